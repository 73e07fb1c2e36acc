#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct zip;

// A zip archive read from memory (libzip), for the spreadsheet formats that are zipped XML.
// It refuses what could run the machine out of memory or give wrong bytes: an entry larger
// than asked for (whatever its header claims), an encrypted entry, a compression method
// libzip cannot undo, and a CRC that does not match.
class ZipReader
{
public:
    // data must outlive the reader (libzip reads it in place).
    explicit ZipReader(const QByteArray &data);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_archive != nullptr; }
    QString error() const { return m_error; } // why it is not open

    bool contains(const QString &name) const;
    // The entry's bytes, or nullopt and *error says why ("it is encrypted", "it is 300 MiB
    // uncompressed, more than the 256 MiB allowed", "there is no such entry").
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error) const;

private:
    zip *m_archive = nullptr;
    QString m_error;
};

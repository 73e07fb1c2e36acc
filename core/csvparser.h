#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <functional>

// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF; a
// field in double quotes may hold commas, line breaks and doubled quotes (""). Empty lines
// are not records. Fields are views as written, without trimming, valid until the next call
// and while the text lives: no copies, since event lists run to hundreds of thousands of rows.
class CsvParser
{
public:
    enum class Status { Record, Malformed, End };

    explicit CsvParser(QStringView text) : m_text(text) {}
    // Reads UTF-8 that has been checked to be well formed, decoding it a piece at a time as
    // records are read, so that a large list is never held whole as UTF-16 (78 MB of CSV at
    // a million rows would be 156 MB). The bytes must outlive the parser.
    explicit CsvParser(QByteArrayView utf8, qsizetype pieceBytes = kPieceBytes);
    static constexpr qsizetype kPieceBytes = 1024 * 1024;

    // Reads up to `most` bytes into `into`: how many, 0 at the end, -1 on an error.
    using ByteSource = std::function<qsizetype(char *into, qsizetype most)>;
    // The same, read from source a piece at a time (a file, never held whole). A source that
    // fails ends the text there: failed() says so.
    explicit CsvParser(ByteSource source, qsizetype pieceBytes = kPieceBytes);

    bool failed() const { return m_failed; }

    // Reads the next record into *fields. After Malformed, error() says why and reading
    // goes on at the next line.
    Status next(QList<QStringView> *fields);

    int line() const { return m_recordLine; } // where the record last read starts, 1-based
    QString error() const { return m_error; }

private:
    Status readRecord(QList<QStringView> *fields);
    void decodeMore();
    Status fail(const QString &why);
    bool atLineEnd(qsizetype i) const
    {
        return m_text[i] == u'\n' ||
               (m_text[i] == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n');
    }
    QStringView quotedField(qsizetype from, qsizetype quote);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    QList<QString> m_unquoted; // fields that had doubled quotes, as read

    // Reading UTF-8 in pieces: m_text is then a view of m_buffer, which holds the record being
    // read and what follows it, decoded from the bytes before m_utf8.
    QByteArrayView m_utf8; // not decoded yet
    ByteSource m_source;   // or, when set, the bytes still to read
    QByteArray m_bytes;    // the piece last read from m_source
    bool m_ended = true;   // no bytes are left to decode
    bool m_failed = false;
    qsizetype m_pieceBytes = 0;
    QString m_buffer;
    QStringDecoder m_decoder;
};

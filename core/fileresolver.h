#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// Reads the files a loader needs: the file the user named, and the files it names in turn
// (a catalogue's source index, the index's documents). Only regular files are read, never
// more than a cap, and a file named by another file must follow the path rule (core/README.md,
// "Reliability"): relative, inside the folder tree of the file that names it, no hidden parts.
// Reads from disk and ":/" resources, or from a map of paths to bytes (tests and fuzzing).
class FileResolver
{
public:
    // Where a file stands in the tree a catalogue may read from: the catalogue's folder and
    // the folders beside it, that is the folders in the one above (top) the catalogue's.
    struct Location
    {
        QString path;        // cleaned, relative when the user's was; what problems name
        QString top;         // the folder above the catalogue's
        QStringList folders; // from top down to the folder the file is in
    };
    // The catalogue at path: the root of what it may name.
    static Location catalogue(const QString &path);

    // Bytes of room a file read from disk has after its end, when it is no larger than it
    // said it was: simdjson reads up to 64 bytes past the end, and then parses it in place.
    static constexpr qsizetype kReadPadding = 64;

    struct Read
    {
        Location location;
        QByteArray data;      // when error is empty
        QString error;        // why the file was refused or could not be read
        bool missing = false; // there is no such file
        bool refused = false; // the path rule, the kind of file or its size refused it
        bool ok() const { return error.isEmpty(); }
        QString path() const { return location.path; }
    };

    FileResolver(); // disk and resources
    static FileResolver inMemory(const QHash<QString, QByteArray> &files);

    // The file at path, as the user named it: it must be a regular file of at most maxBytes.
    Read read(const QString &path, qint64 maxBytes) const;
    // The file that reference (as written in the file at from) names, under the path rule.
    Read resolve(const Location &from, const QString &reference, qint64 maxBytes) const;

    // Where reference leads from the file at from; on refusal, location.path is empty and
    // *why says why. Does not look at the disk.
    static Location locate(const Location &from, const QString &reference, QString *why);

private:
    Read readFromDisk(const QString &path, qint64 maxBytes) const;

    std::shared_ptr<const QHash<QString, QByteArray>> m_files; // null: the disk
};

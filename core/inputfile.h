#pragma once

#include <QFile>
#include <QString>

#include <memory>

// A file the user named, opened to be read: a ":/" resource, or on disk a regular file only
// (opened without blocking, so that a FIFO cannot hang the open), and no larger than a cap.
// Readers that take the file in pieces (EventListReader) and FileResolver, which reads it
// whole, open it here, so that both refuse the same files in the same words.
class InputFile
{
public:
    struct Opened
    {
        std::unique_ptr<QFile> file; // open, when error is empty
        QString error;               // why the file was refused or could not be opened
        bool missing = false;        // there is no such file
        bool refused = false;        // the kind of file or its size refused it

        bool ok() const { return error.isEmpty(); }
    };

    static Opened open(const QString &path, qint64 maxBytes);
};

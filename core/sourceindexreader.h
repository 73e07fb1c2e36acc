#pragma once

#include "fileresolver.h"
#include "problem.h"
#include "sourcedocument.h"
#include "sourceinfo.h"

#include <QList>
#include <QString>

// Reads a source index (seeds/sources.json, format in README.md): what is known about each
// source and, from beside the index, the text of its document. Problems are placed at the
// line of the source's "id" in the index.
class SourceIndexReader
{
public:
    struct Result
    {
        QList<SourceInfo> sources;
        QList<SourceDocument> documents; // one for each source whose text could be read
        ProblemList problems;
        // Found, but the index still opens: an added document's text that no longer has the
        // sha256 the index records.
        ProblemList warnings;
        bool readable = false; // false: the index itself could not be read or parsed
    };

    // path as the user (or the catalogue) named it, also ":/…"; problems carry it. Documents
    // are read through files, under its path rule: inside the index's folder.
    static Result read(const QString &path, const FileResolver &files = FileResolver());
    // The index is data already; index says where it stands (FileResolver::resolve()).
    static Result parse(const FileResolver::Location &index, const QByteArray &data,
                        const FileResolver &files);

    // The hex SHA-256 of bytes, as "sha256" records an added document's text.
    static QString sha256Of(const QByteArray &bytes);
};

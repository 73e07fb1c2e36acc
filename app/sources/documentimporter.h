#pragma once

#include "extracteddocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Extracts the text of a document the user adds as a source. The format comes from the bytes
// (the file name's suffix only decides between plain text and HTML when the bytes do not);
// fileName is what errors name.
class DocumentImporter
{
public:
    // nullopt when nothing can be added; *error then says "<fileName>: <what is wrong>".
    static std::optional<ExtractedDocument> extract(const QString &fileName,
                                                    const QByteArray &bytes, QString *error);
    // Reads the file first (a regular file within the size limits); errors name path.
    static std::optional<ExtractedDocument> extractFile(const QString &path, QString *error);
};

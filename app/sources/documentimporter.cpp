#include "documentimporter.h"

#include "inputlimits.h"
#include "sourcedocument.h"

#include <QFile>
#include <QFileInfo>

std::optional<ExtractedDocument> DocumentImporter::extract(const QString &fileName,
                                                           const QByteArray &bytes,
                                                           QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = fileName + QLatin1String(": ") + why;
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(QStringLiteral("the file is empty"));
    QString decodeError;
    const SourceDocument document = SourceDocument::fromUtf8(QStringLiteral("import"), fileName,
                                                             bytes, &decodeError);
    if (!document.isValid()) {
        if (error)
            *error = decodeError;
        return std::nullopt;
    }
    ExtractedDocument extracted;
    extracted.text = document.text();
    extracted.format = QStringLiteral("text");
    return extracted;
}

std::optional<ExtractedDocument> DocumentImporter::extractFile(const QString &path,
                                                               QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        if (error)
            *error = path + QLatin1String(": there is no such file");
        return std::nullopt;
    }
    if (info.size() > InputLimits::kMaxDocumentBytes) {
        if (error)
            *error = path + QLatin1String(": ")
                     + InputLimits::tooLarge(info.size(), InputLimits::kMaxDocumentBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QLatin1String(": ") + file.errorString();
        return std::nullopt;
    }
    return extract(path, file.readAll(), error);
}

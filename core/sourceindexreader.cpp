#include "sourceindexreader.h"

#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

SourceIndexReader::Result SourceIndexReader::read(const QString &path, const FileResolver &files)
{
    const FileResolver::Read index = files.read(path, InputLimits::kMaxSourceIndexBytes);
    if (!index.ok()) {
        Result result;
        JsonFile::unreadable(path, index.error, &result.problems);
        return result;
    }
    return parse(index.location, index.data, files);
}

SourceIndexReader::Result SourceIndexReader::parse(const FileResolver::Location &index,
                                                   const QByteArray &data,
                                                   const FileResolver &files)
{
    Result result;
    JsonFile file(index.path, data, &result.problems);
    if (!file.isValid())
        return result;
    result.readable = true;

    JsonObjectReader root(file.root(), [&file](const QString &key, const QString &message) {
        file.reportAtMember(key, message);
    });
    const QJsonArray sources = root.array("sources"_L1, JsonObjectReader::Need::Required);
    root.finish();

    QSet<QString> ids;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        QString what = u"source %1"_s.arg(i + 1);
        auto report = [&](const QString &message) {
            file.reportAtElement(u"sources"_s, i, what + u": "_s + message);
        };
        auto reportMember = [&](const QString &, const QString &message) { report(message); };
        if (!sources.at(i).isObject()) {
            report(u"expected an object with \"id\", \"file\", \"title\" and \"date\""_s);
            continue;
        }
        const QJsonObject object = sources.at(i).toObject();
        JsonObjectReader reader(object, reportMember);
        SourceInfo source;
        source.id = reader.text("id"_L1);
        bool duplicate = false;
        if (!source.id.isEmpty()) {
            what = u"source \"%1\""_s.arg(InputLimits::shortened(source.id));
            duplicate = ids.contains(source.id);
            if (duplicate)
                report(u"the id is used by an earlier source too"_s);
            ids.insert(source.id);
        }
        source.file = reader.text("file"_L1);
        source.title = reader.text("title"_L1);
        source.publisher = reader.string("publisher"_L1);
        source.kind = reader.string("kind"_L1);
        source.authors = reader.strings("authors"_L1);
        const QString date = reader.text("date"_L1);
        source.basis = reader.string("basis"_L1);
        const bool approximate = reader.boolean("approximate"_L1);
        reader.finish();

        if (!date.isEmpty()) {
            QString error;
            source.date = EventDate::parse(date, &error);
            if (!source.date.isValid())
                report(u"\"date\": "_s + error);
            else if (approximate)
                source.date.setApproximate(true);
        }
        if (source.id.isEmpty() || duplicate)
            continue;
        if (!source.file.isEmpty()) {
            const FileResolver::Read text =
                files.resolve(index, source.file, InputLimits::kMaxDocumentBytes);
            QString error;
            if (text.refused) {
                report(u"the document %1 is refused: %2"_s.arg(InputLimits::quoted(source.file),
                                                               text.error));
            } else if (!text.ok()) {
                report(text.path() + u": "_s + text.error);
            } else if (const SourceDocument document =
                           SourceDocument::fromUtf8(source.id, text.path(), text.data, &error);
                       document.isValid()) {
                result.documents.append(document);
            } else {
                report(error);
            }
        }
        result.sources.append(source);
    }
    return result;
}

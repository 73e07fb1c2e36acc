#include "sourceindexreader.h"

#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

SourceIndexReader::Result SourceIndexReader::read(const QString &path)
{
    Result result;
    JsonFile file = JsonFile::read(path, &result.problems);
    if (!file.isValid())
        return result;
    result.readable = true;

    const QString folder = QFileInfo(path).path();
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
            what = u"source \"%1\""_s.arg(source.id);
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
            QString error;
            const QString documentPath = QDir::cleanPath(folder + u'/' + source.file);
            const SourceDocument document = SourceDocument::load(source.id, documentPath, &error);
            if (document.isValid())
                result.documents.append(document);
            else
                report(error);
        }
        result.sources.append(source);
    }
    return result;
}

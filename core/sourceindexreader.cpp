#include "sourceindexreader.h"

#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString SourceIndexReader::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

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
        auto warn = [&](const QString &message) {
            // Placed as problems are, then moved to the warnings.
            const qsizetype before = result.problems.size();
            file.reportAtElement(u"sources"_s, i, what + u": "_s + message);
            while (result.problems.size() > before)
                result.warnings.append(result.problems.takeLast());
        };
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
        // Optional: only a document the user added has them (README.md, "Files").
        source.originalFile = reader.string("originalFile"_L1);
        source.format = reader.string("format"_L1);
        source.sha256 = reader.string("sha256"_L1);
        const QString added = reader.string("added"_L1);
        source.notes = reader.strings("notes"_L1);
        reader.finish();

        if (!source.sha256.isEmpty() && !isSha256(source.sha256)) {
            report(u"\"sha256\" must be 64 hexadecimal digits"_s);
            source.sha256.clear();
        }
        if (!added.isEmpty()) {
            source.added = QDate::fromString(added, Qt::ISODate);
            if (!source.added.isValid())
                report(u"\"added\" must be a day written as 2026-12-02"_s);
        }

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
                // Opens all the same: the passages are still there, perhaps on other words.
                if (source.isAddedDocument() && sha256Of(text.data) != source.sha256)
                    warn(u"the text of %1 has changed since it was added: passages may "
                         "point to the wrong words"_s.arg(source.file));
                result.documents.append(document);
            } else {
                report(error);
            }
        }
        result.sources.append(source);
    }
    return result;
}

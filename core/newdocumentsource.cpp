#include "newdocumentsource.h"

#include "documentdate.h"

#include "fileresolver.h"
#include "sourceindexreader.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxIdLength = 48;

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(u"d MMMM yyyy"_s) : u"an earlier day"_s;
}

} // namespace

QString NewDocumentSource::asciiId(const QString &name)
{
    // Decomposed, accents fall away as marks: "Café" is "cafe".
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    if (id.size() > kMaxIdLength) {
        id.truncate(kMaxIdLength);
        if (const qsizetype dash = id.lastIndexOf(u'-'); dash > kMaxIdLength / 2)
            id.truncate(dash);
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? u"document"_s : id;
}

NewDocumentSource NewDocumentSource::make(const Catalogue &catalogue, const QString &catalogueFile,
                                          const Text &text, const QDate &today)
{
    NewDocumentSource result;
    const QString fileName = QFileInfo(text.originalPath).fileName();
    result.sourceIndexPath = catalogue.sourceIndexPath();
    if (result.sourceIndexPath.isEmpty()) {
        if (!catalogue.events().isEmpty()) {
            result.m_message =
                u"%1 cannot be added: this timeline came from an event list, so its events "
                "have no passages and it has no source index for documents; add documents to "
                "a catalogue (File > Save As makes one)"_s.arg(fileName);
            return result;
        }
        result.sourceIndexPath =
            catalogueFile.isEmpty() || catalogueFile.startsWith(u':')
                ? u"sources/sources.json"_s
                : QFileInfo(catalogueFile).completeBaseName() + u"-sources/sources.json"_s;
    }
    QString indexFolder;
    if (!catalogueFile.isEmpty()) {
        QString why;
        const QString index = FileResolver::locate(FileResolver::catalogue(catalogueFile),
                                                   result.sourceIndexPath, &why)
                                  .path;
        if (!index.isEmpty())
            indexFolder = QFileInfo(index).path();
    }
    QString body = text.text;
    // A byte order mark would be dropped when the text is read back, moving every offset.
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    if (body.trimmed().isEmpty()) {
        result.m_message = u"%1: there is no text in it to quote"_s.arg(fileName);
        return result;
    }
    const QByteArray bytes = body.toUtf8();
    const QString sha256 = SourceIndexReader::sha256Of(bytes);

    // The same original again: the same text is nothing new; other text is never put in
    // place of the old (its passages' offsets would point at other words).
    const SourceInfo *changed = nullptr;
    for (const SourceInfo &source : catalogue.sources()) {
        if (!source.isAddedDocument() || source.originalFile != fileName)
            continue;
        if (source.sha256 == sha256) {
            result.match = Match::AlreadyAdded;
            result.existing = source;
            result.m_message = u"%1 was already added as \u201C%2\u201D; nothing was changed"_s.arg(
                fileName, source.title);
            return result;
        }
        if (!changed)
            changed = &source;
    }

    QSet<QString> ids;
    QSet<QString> files;
    for (const SourceInfo &source : catalogue.sources()) {
        ids.insert(source.id);
        files.insert(source.file.toLower());
    }
    const QString title = text.title.trimmed().isEmpty() ? QFileInfo(fileName).completeBaseName()
                                                         : text.title.trimmed();
    const QString base = asciiId(title);
    auto taken = [&](const QString &id) {
        const QString file = id + u".txt"_s;
        return ids.contains(id) || files.contains(file) ||
               (!indexFolder.isEmpty() && QFileInfo::exists(indexFolder + u'/' + file));
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'-' + QString::number(n);

    result.source.id = id;
    result.source.file = id + u".txt"_s;
    result.source.title = title;
    result.source.kind = u"document"_s;
    // The date the document gives itself (its heading, dateline or letter date, or what its
    // cited dates allow), for the user to confirm; failing that, all that is known: it existed
    // on the day it was added.
    const QDate day = today.isValid() ? today : QDate::currentDate();
    const DocumentDate own = DocumentDate::find(text.text);
    if (own.date.isValid()) {
        result.source.date = own.date;
        result.source.basis = own.basis + u" Proposed from the document: confirm it."_s;
    } else {
        result.source.date = EventDate::parse(QString(u"by "_s + dayText(day)));
        result.source.basis = u"Not dated yet: it existed by the day it was added (%1). "
                              "Confirm its date from the document."_s.arg(dayText(day));
    }
    result.source.originalFile = fileName;
    result.source.format = text.format;
    result.source.sha256 = sha256;
    result.source.added = day;
    result.source.notes = text.notes;
    QString error;
    result.document = SourceDocument::fromUtf8(id, result.source.file, bytes, &error);
    if (!result.document.isValid()) {
        result.m_message = error;
        return result;
    }
    if (changed) {
        result.match = Match::ChangedSinceAdded;
        result.existing = *changed;
        result.m_message =
            u"%1 has changed since it was added on %2; it was added as a new "
            "source, \u201C%3\u201D, and the old one and its passages are kept"_s.arg(
                fileName, dayText(changed->added), title);
    } else {
        result.match = Match::New;
        result.m_message = u"%1 was added as \u201C%2\u201D"_s.arg(fileName, title);
    }
    return result;
}

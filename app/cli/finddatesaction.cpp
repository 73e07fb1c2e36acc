#include "finddatesaction.h"

#include "applicationidentity.h"
#include "commandlineoptions.h"
#include "datementionfinder.h"
#include "documentdate.h"
#include "documentimporter.h"
#include "eventlistingwriter.h"
#include "exitcode.h"
#include "listingformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kFindDates = u"find-dates"_s;
const QString kDocumentDate = u"document-date"_s;
const QString kJson = u"json"_s;

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QCommandLineOption FindDatesAction::trigger() const
{
    return QCommandLineOption(kFindDates,
                              tr("Print every date mentioned in the document FILE (text, or any "
                                 "format a source can be added from) and exit."),
                              tr("FILE"));
}

QList<QCommandLineOption> FindDatesAction::modifiers() const
{
    return {
        QCommandLineOption(kDocumentDate,
                           tr("The document's own date for --find-dates, which relative "
                              "mentions count from (found from the document without it)."),
                           tr("DATE")),
        // Shared with --list-events, which declares it first; the same values apply.
        QCommandLineOption(ListingFormat::optionName(), tr("Output format: json or csv."),
                           u"json|csv"_s, kJson),
    };
}

int FindDatesAction::run(const CommandLineOptions &options, QTextStream &out,
                         QTextStream &err) const
{
    const QString prefix = ApplicationIdentity::name() + u": "_s;
    if (!options.positionalArguments().isEmpty()) {
        err << prefix << tr("--find-dates reads FILE only; no CATALOGUE is given with it")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const std::optional<ListingFormat::Kind> format = ListingFormat::read(options, err);
    if (!format)
        return ExitCode::Usage;
    EventDate documentDate;
    QString basis;
    if (options.isSet(kDocumentDate)) {
        QString error;
        documentDate = EventDate::parse(options.value(kDocumentDate), &error);
        if (!documentDate.isValid()) {
            err << prefix << u"--document-date: "_s << error << Qt::endl;
            return ExitCode::Usage;
        }
        basis = tr("Given with --document-date.");
    }

    const QString path = options.value(kFindDates);
    QString error;
    const std::optional<ExtractedDocument> document = DocumentImporter::extractFile(path, &error);
    if (!document) {
        err << prefix << error << Qt::endl;
        return ExitCode::Failure;
    }
    for (const QString &note : document->notes)
        err << prefix << path << u": "_s << note << Qt::endl;
    if (!documentDate.isValid() && basis.isEmpty()) {
        const DocumentDate own = DocumentDate::find(document->text);
        documentDate = own.date;
        basis = own.basis;
    }
    const QList<DateMention> mentions = DateMentionFinder::find(document->text, documentDate);

    if (*format == ListingFormat::Kind::Csv) {
        out << "start,end,text,date,precision,approximate,planned,anchor\r\n";
        for (const DateMention &m : mentions) {
            out << m.start << u',' << m.end << u',' << csvField(m.text) << u','
                << csvField(m.date.isValid() ? m.date.label() : QString()) << u',' << m.precision
                << u',' << (m.isApproximate() ? "true" : "false") << u','
                << (m.isPlanned() ? "true" : "false") << u',' << DateMention::anchorName(m.anchor)
                << "\r\n";
        }
        out.flush();
        return ExitCode::Success;
    }
    QJsonArray list;
    for (const DateMention &m : mentions) {
        list.append(QJsonObject{
            {u"start"_s, qint64(m.start)},
            {u"end"_s, qint64(m.end)},
            {u"text"_s, m.text},
            {u"date"_s, EventListingWriter::dateJson(m.date)},
            {u"planned"_s, m.isPlanned()},
            {u"anchor"_s, DateMention::anchorName(m.anchor)},
        });
    }
    const QJsonObject json{
        {u"document"_s, QJsonObject{{u"file"_s, path},
                                    {u"date"_s, EventListingWriter::dateJson(documentDate)},
                                    {u"dateBasis"_s, basis}}},
        {u"mentions"_s, list},
    };
    out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return ExitCode::Success;
}

#include "eventlistingwriter.h"

#include "csvrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QList<int> chosenEvents(const Catalogue &catalogue, const QList<int> &eventIndexes)
{
    if (!eventIndexes.isEmpty())
        return eventIndexes;
    QList<int> all(catalogue.events().size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

// The file a link points into: the source's file name, else the loaded document's.
QString documentFile(const Catalogue &catalogue, const SourceLink &link)
{
    if (const SourceInfo *source = catalogue.source(link.sourceId))
        return source->file;
    if (const SourceDocument *document = catalogue.document(link.sourceId))
        return document->fileName();
    return {};
}

// The slice of the document when it is loaded, so the output keeps its promise that the
// excerpt is exactly text[start, end) even if a caller built the link by hand.
QString excerpt(const Catalogue &catalogue, const SourceLink &link)
{
    const SourceDocument *document = catalogue.document(link.sourceId);
    if (document && document->isValid() && link.start >= 0 && link.start <= link.end &&
        link.end <= document->codePointCount())
        return document->slice(link.start, link.end);
    return link.excerpt;
}

QString status(const EventDate &date)
{
    return date.isPlanned() ? u"planned"_s : u"happened"_s;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

// An open-ended date's unknown side is null.
QJsonValue isoDayOrNull(QDate day)
{
    return day.isValid() ? QJsonValue(isoDay(day)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sourceJson(const SourceInfo &source)
{
    return QJsonObject{
        {u"id"_s, source.id},
        {u"file"_s, source.file},
        {u"title"_s, source.title},
        {u"publisher"_s, source.publisher},
        {u"date"_s, EventListingWriter::dateJson(source.date)},
        {u"basis"_s, source.basis},
    };
}

QJsonObject eventJson(const Catalogue &catalogue, const TimelineEvent &event)
{
    QJsonArray links;
    for (const SourceLink &link : event.sources())
        links.append(EventListingWriter::linkJson(catalogue, link));
    return QJsonObject{
        {u"id"_s, event.id},
        {u"title"_s, event.title},
        {u"summary"_s, event.summary()},
        {u"date"_s, EventListingWriter::dateJson(event.date)},
        {u"status"_s, status(event.date)},
        {u"lane"_s, event.laneId},
        {u"actors"_s, QJsonArray::fromStringList(event.actorIds())},
        {u"tags"_s, QJsonArray::fromStringList(event.tagIds())},
        {u"sources"_s, links},
    };
}

} // namespace

QJsonValue EventListingWriter::dateJson(const EventDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return QJsonObject{
        {u"start"_s, isoDayOrNull(date.earliest())},
        {u"end"_s, isoDayOrNull(date.latest())},
        {u"precision"_s, date.precisionName()},
        {u"approximate"_s, date.isApproximate()},
        {u"label"_s, date.label()},
    };
}

QJsonObject EventListingWriter::linkJson(const Catalogue &catalogue, const SourceLink &link)
{
    return QJsonObject{
        {u"document"_s, documentFile(catalogue, link)},
        {u"start"_s, qint64(link.start)},
        {u"end"_s, qint64(link.end)},
        {u"excerpt"_s, excerpt(catalogue, link)},
    };
}

QString EventListingWriter::linkReference(const Catalogue &catalogue, const SourceLink &link)
{
    return documentFile(catalogue, link) + u':' + QString::number(link.start) + u'-' +
           QString::number(link.end);
}

QByteArray EventListingWriter::toJson(const Catalogue &catalogue, const QList<int> &eventIndexes)
{
    QJsonArray sources;
    for (const SourceInfo &source : catalogue.sources())
        sources.append(sourceJson(source));

    QJsonArray events;
    for (int index : chosenEvents(catalogue, eventIndexes)) {
        if (index >= 0 && index < catalogue.events().size())
            events.append(eventJson(catalogue, catalogue.events().at(index)));
    }

    const QJsonObject root{{u"sources"_s, sources}, {u"events"_s, events}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray EventListingWriter::toCsv(const Catalogue &catalogue, const QList<int> &eventIndexes)
{
    QString csv =
        CsvRecord::record({u"id"_s, u"start"_s, u"end"_s, u"precision"_s, u"approximate"_s, u"status"_s,
                   u"label"_s, u"title"_s, u"lane"_s, u"actors"_s, u"tags"_s, u"sources"_s});

    for (int index : chosenEvents(catalogue, eventIndexes)) {
        if (index < 0 || index >= catalogue.events().size())
            continue;
        const TimelineEvent &event = catalogue.events().at(index);
        QStringList links;
        for (const SourceLink &link : event.sources())
            links.append(linkReference(catalogue, link));
        csv += CsvRecord::record({
            event.id,
            isoDay(event.date.earliest()), // empty on an open side
            isoDay(event.date.latest()),
            event.date.precisionName(),
            event.date.isApproximate() ? u"true"_s : u"false"_s,
            status(event.date),
            event.date.label(),
            event.title,
            event.laneId,
            event.actorIds().join(u';'),
            event.tagIds().join(u';'),
            links.join(u';'),
        });
    }
    return csv.toUtf8();
}

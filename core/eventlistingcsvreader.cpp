#include "eventlistingcsvreader.h"

#include "csvparser.h"
#include "inputlimits.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

const QString kHeader =
    u"id,start,end,precision,approximate,status,label,title,lane,actors,tags,sources"_s;

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

bool EventListingCsvReader::isListingCsv(const QByteArray &data)
{
    const QByteArray header = kHeader.toLatin1();
    const QByteArray text = withoutBom(data.left(header.size() + 8));
    return text.startsWith(QByteArray(header + "\r\n")) ||
           text.startsWith(QByteArray(header + '\n'));
}

CatalogueLoadResult EventListingCsvReader::read(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    auto problem = [&](int line, const QString &message) {
        result.problems.append({fileName, line, 0, message});
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(withoutBom(data));
    if (decoder.hasError()) {
        problem(0, u"the file is not valid UTF-8"_s);
        return result;
    }
    CsvParser csv(text);
    QList<QStringView> fields;
    QStringList header;
    if (csv.next(&fields) == CsvParser::Status::Record) {
        for (QStringView field : std::as_const(fields))
            header.append(field.toString());
    }
    if (header.join(u',') != kHeader) {
        problem(1, u"expected the header "_s + kHeader);
        return result;
    }
    static const QRegularExpression passage(u"^(.+):(\\d+)-(\\d+)$"_s);
    QList<TimelineEvent> events;
    QList<Lane> lanes;
    QList<Actor> actors;
    QList<Tag> tags;
    QList<SourceInfo> sources;
    QSet<QString> laneIds, actorIds, tagIds, sourceIds, eventIds;
    for (;;) {
        const CsvParser::Status status = csv.next(&fields);
        if (status == CsvParser::Status::End)
            break;
        const int line = csv.line();
        if (status == CsvParser::Status::Malformed) {
            problem(line, csv.error());
            continue;
        }
        if (fields.size() != 12) {
            problem(line, u"expected 12 fields, not %1"_s.arg(fields.size()));
            continue;
        }
        auto field = [&](int i) { return fields.at(i).toString(); };
        QStringList messages;
        TimelineEvent event;
        event.id = field(0);
        if (event.id.isEmpty())
            messages.append(u"the id is empty"_s);
        else if (eventIds.contains(event.id))
            messages.append(u"the id \"%1\" is used twice"_s.arg(InputLimits::shortened(event.id)));
        QString why;
        event.date = EventDate::parse(field(6), &why);
        if (!event.date.isValid()) {
            messages.append(u"the label %1 is not a date"_s.arg(InputLimits::quoted(field(6))));
        } else if (isoDay(event.date.earliest()) != field(1) ||
                   isoDay(event.date.latest()) != field(2) ||
                   event.date.precisionName() != field(3) ||
                   (event.date.isApproximate() ? u"true"_s : u"false"_s) != field(4) ||
                   (event.date.isPlanned() ? u"planned"_s : u"happened"_s) != field(5)) {
            messages.append(u"start, end, precision, approximate and status do not agree with "
                            "the label %1"_s.arg(InputLimits::quoted(field(6))));
        }
        event.title = field(7);
        if (event.title.trimmed().isEmpty())
            messages.append(u"the title is empty"_s);
        event.laneId = field(8);
        event.actorIds = field(9).split(u';', Qt::SkipEmptyParts);
        event.tagIds = field(10).split(u';', Qt::SkipEmptyParts);
        for (const QString &link : field(11).split(u';', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch match = passage.match(link);
            if (!match.hasMatch() ||
                match.captured(2).toLongLong() > match.captured(3).toLongLong()) {
                messages.append(
                    u"the source %1 is not file:start-end"_s.arg(InputLimits::quoted(link)));
                continue;
            }
            event.sources.append({match.captured(1),
                                  match.captured(2).toLongLong(),
                                  match.captured(3).toLongLong(),
                                  {}});
        }
        if (!messages.isEmpty()) {
            for (const QString &message : std::as_const(messages))
                problem(line, message);
            continue;
        }
        eventIds.insert(event.id);
        if (!laneIds.contains(event.laneId)) {
            laneIds.insert(event.laneId);
            lanes.append({event.laneId, event.laneId.isEmpty() ? u"No lane"_s : event.laneId, {}});
        }
        for (const QString &id : std::as_const(event.actorIds)) {
            if (!actorIds.contains(id)) {
                actorIds.insert(id);
                Actor actor;
                actor.id = id;
                actor.name = id;
                actors.append(actor);
            }
        }
        for (const QString &id : std::as_const(event.tagIds)) {
            if (!tagIds.contains(id)) {
                tagIds.insert(id);
                tags.append({id, id});
            }
        }
        for (const SourceLink &link : std::as_const(event.sources)) {
            if (!sourceIds.contains(link.sourceId)) {
                sourceIds.insert(link.sourceId);
                SourceInfo source;
                source.id = link.sourceId;
                source.file = link.sourceId;
                source.title = link.sourceId;
                sources.append(source);
            }
        }
        events.append(std::move(event));
    }
    result.catalogue.setLanes(lanes);
    result.catalogue.setActors(actors);
    result.catalogue.setTags(tags);
    result.catalogue.setSources(sources);
    result.catalogue.setEvents(events);
    return result;
}

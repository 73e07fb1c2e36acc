#include "eventlistingreader.h"

#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Need = JsonObjectReader::Need;

// The date object of a listing: its label says all (the rest is derived from it).
EventDate readDate(const QJsonValue &value, const std::function<void(const QString &)> &report)
{
    if (!value.isObject()) {
        report(u"\"date\" must be an object with a \"label\""_s);
        return {};
    }
    const QString label = value.toObject().value("label"_L1).toString();
    QString error;
    const EventDate date = EventDate::parse(label, &error);
    if (!date.isValid())
        report(u"\"date\": "_s + error);
    return date;
}

// Ids in the order they are first named.
void collect(const QStringList &ids, QStringList *seen, QSet<QString> *known)
{
    for (const QString &id : ids) {
        if (!known->contains(id)) {
            known->insert(id);
            seen->append(id);
        }
    }
}

} // namespace

bool EventListingReader::isListing(const QJsonObject &root)
{
    if (!root.value("sources"_L1).isArray() || !root.value("events"_L1).isArray())
        return false;
    const QJsonArray events = root.value("events"_L1).toArray();
    return events.isEmpty() || events.at(0).toObject().value("date"_L1).isObject();
}

Catalogue EventListingReader::read(JsonFile &file)
{
    Catalogue catalogue;
    const QJsonObject &root = file.root();
    JsonObjectReader rootReader(root, [&](const QString &key, const QString &message) {
        file.reportAtMember(key, message);
    });
    const QJsonArray sources = rootReader.array("sources"_L1, Need::Required);
    const QJsonArray events = rootReader.array("events"_L1, Need::Required);
    rootReader.finish();

    QList<SourceInfo> infos;
    QHash<QString, QString> sourceOfFile;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const auto report = [&](const QString &, const QString &message) {
            file.reportAtElement(u"sources"_s, i, u"source %1: "_s.arg(i + 1) + message);
        };
        const QJsonObject object = sources.at(i).toObject(); // the reader keeps a reference
        JsonObjectReader reader(object, report);
        SourceInfo info;
        info.id = reader.text("id"_L1);
        info.file = reader.string("file"_L1);
        info.title = reader.string("title"_L1);
        info.publisher = reader.string("publisher"_L1);
        const QJsonValue date = reader.value("date"_L1);
        if (!date.isNull() && !date.isUndefined())
            info.date = readDate(date, [&](const QString &message) { report({}, message); });
        info.basis = reader.string("basis"_L1);
        reader.finish();
        if (info.id.isEmpty())
            continue;
        sourceOfFile.insert(info.file, info.id);
        infos.append(info);
    }
    catalogue.setSources(infos);

    QList<TimelineEvent> list;
    QSet<QString> ids, laneSet, actorSet, tagSet;
    QStringList laneIds, actorIds, tagIds;
    for (qsizetype i = 0; i < events.size(); ++i) {
        QString what = u"event %1"_s.arg(i + 1);
        const auto report = [&](const QString &, const QString &message) {
            file.reportAtElement(u"events"_s, i, what + u": "_s + message);
        };
        const QJsonObject object = events.at(i).toObject();
        JsonObjectReader reader(object, report);
        TimelineEvent event;
        event.id = reader.text("id"_L1);
        if (!event.id.isEmpty())
            what = u"event \"%1\""_s.arg(event.id);
        event.title = reader.text("title"_L1);
        event.setSummary(reader.string("summary"_L1));
        event.date =
            readDate(reader.value("date"_L1), [&](const QString &message) { report({}, message); });
        reader.string("status"_L1); // planned or not is in the date's label
        // Every event is in a lane, as in a catalogue, which the listing may be saved as.
        event.laneId = reader.text("lane"_L1);
        event.setActorIds(reader.ids("actors"_L1));
        event.setTagIds(reader.ids("tags"_L1));
        const QJsonArray links = reader.array("sources"_L1);
        reader.finish();
        for (qsizetype k = 0; k < links.size(); ++k) {
            const QJsonObject linkObject = links.at(k).toObject();
            JsonObjectReader link(linkObject, [&](const QString &, const QString &m) {
                report({}, u"source %1: "_s.arg(k + 1) + m);
            });
            const QString document = link.text("document"_L1);
            const qint64 start = link.value("start"_L1).toInteger(-1);
            const qint64 end = link.value("end"_L1).toInteger(-1);
            const QString excerpt = link.string("excerpt"_L1);
            link.finish();
            if (start < 0 || end < start)
                report({}, u"source %1: \"start\" and \"end\" must be offsets, start first"_s.arg(
                               k + 1));
            event.editDetails().sources.append(
                {sourceOfFile.value(document, document), start, end, excerpt});
        }
        if (event.id.isEmpty() || !event.date.isValid())
            continue;
        if (ids.contains(event.id)) {
            report({}, u"the id is used by an earlier event too"_s);
            continue;
        }
        ids.insert(event.id);
        if (!event.laneId.isEmpty())
            collect({event.laneId}, &laneIds, &laneSet);
        collect(event.actorIds(), &actorIds, &actorSet);
        collect(event.tagIds(), &tagIds, &tagSet);
        list.append(event);
    }

    QList<Lane> lanes;
    for (const QString &id : std::as_const(laneIds))
        lanes.append({id, id, {}});
    QList<Actor> actors;
    for (const QString &id : std::as_const(actorIds))
        actors.append({id, id, {}, {}, {}, {}});
    QList<Tag> tags;
    for (const QString &id : std::as_const(tagIds))
        tags.append({id, id});
    catalogue.setLanes(lanes);
    catalogue.setActors(actors);
    catalogue.setTags(tags);
    catalogue.setEvents(list);
    return catalogue;
}

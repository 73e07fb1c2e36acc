#include "importmerge.h"

#include "catalogueedit.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Joins items of imported to those of into by name; returns imported id -> joined id and
// appends the new items (under fresh ids) to *joined.
template <typename Item>
QHash<QString, QString> joinByName(const QList<Item> &into, const QList<Item> &imported,
                                   QList<Item> *joined, int *added)
{
    *joined = into;
    QHash<QString, QString> idOfName;
    QStringList taken;
    for (const Item &item : into) {
        idOfName.insert(nameKey(item.name), item.id);
        taken.append(item.id);
    }
    QHash<QString, QString> idMap;
    for (Item item : imported) {
        const QString key = nameKey(item.name.isEmpty() ? item.id : item.name);
        if (const auto found = idOfName.constFind(key); found != idOfName.constEnd()) {
            idMap.insert(item.id, *found);
            continue;
        }
        const QString oldId = item.id;
        item.id = CatalogueEdit::newItemId(item.name.isEmpty() ? item.id : item.name, taken);
        if (item.name.isEmpty())
            item.name = oldId;
        taken.append(item.id);
        idOfName.insert(key, item.id);
        idMap.insert(oldId, item.id);
        joined->append(item);
        ++*added;
    }
    return idMap;
}

QStringList mapped(const QStringList &ids, const QHash<QString, QString> &idMap)
{
    QStringList out;
    for (const QString &id : ids) {
        const QString to = idMap.value(id, id);
        if (!out.contains(to))
            out.append(to);
    }
    return out;
}

} // namespace

MergedImport ImportMerge::merge(const Catalogue &into, const Catalogue &imported,
                                const QString &fallbackLane)
{
    MergedImport result;
    QList<Lane> importedLanes = imported.lanes();
    bool needsFallback = false;
    QSet<QString> laneIds;
    for (const Lane &lane : importedLanes)
        laneIds.insert(lane.id);
    for (const TimelineEvent &event : imported.events())
        needsFallback = needsFallback || !laneIds.contains(event.laneId);
    // A lane id no imported lane has, so the fallback never captures one of theirs.
    QString fallbackId = u"\u0001fallback"_s;
    if (needsFallback)
        importedLanes.append(Lane{fallbackId, fallbackLane, {}});

    const QHash<QString, QString> laneMap =
        joinByName(into.lanes(), importedLanes, &result.lanes, &result.addedLanes);
    const QHash<QString, QString> actorMap =
        joinByName(into.actors(), imported.actors(), &result.actors, &result.addedActors);
    const QHash<QString, QString> tagMap =
        joinByName(into.tags(), imported.tags(), &result.tags, &result.addedTags);

    result.sources = into.sources();
    QSet<QString> sourceIds;
    for (const SourceInfo &source : into.sources())
        sourceIds.insert(source.id);
    for (const SourceInfo &source : imported.sources()) {
        if (!sourceIds.contains(source.id)) {
            result.sources.append(source);
            sourceIds.insert(source.id);
        }
    }

    QSet<QString> takenIds;
    for (TimelineEvent event : imported.events()) {
        event.laneId = laneIds.contains(event.laneId) ? laneMap.value(event.laneId)
                                                      : laneMap.value(fallbackId);
        event.setActorIds(mapped(event.actorIds(), actorMap));
        event.setTagIds(mapped(event.tagIds(), tagMap));
        QString id = CatalogueEdit::unusedEventId(into, event.id);
        for (int n = 2; takenIds.contains(id); ++n)
            id = CatalogueEdit::unusedEventId(into, event.id + u'-' + QString::number(n));
        event.id = id;
        takenIds.insert(id);
        result.events.append(event);
    }
    return result;
}

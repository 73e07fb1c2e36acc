#include "catalogueedit.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

template <typename T> QStringList changedIds(const QList<T> &before, const QList<T> &after)
{
    QHash<QString, qsizetype> old;
    for (qsizetype i = 0; i < before.size(); ++i)
        old.insert(before.at(i).id, i);
    QStringList ids;
    QSet<QString> now;
    for (const T &item : after) {
        now.insert(item.id);
        if (!old.contains(item.id))
            ids.append(item.id);
    }
    for (const T &item : before) {
        if (!now.contains(item.id))
            ids.append(item.id);
    }
    return ids;
}

template <typename Test> QStringList eventsWhere(const Catalogue &catalogue, Test test)
{
    QStringList ids;
    for (const TimelineEvent &event : catalogue.events()) {
        if (test(event))
            ids.append(event.id);
    }
    return ids;
}

} // namespace

CatalogueChange CatalogueEdit::addEvents(Catalogue &catalogue, const QList<TimelineEvent> &events)
{
    CatalogueChange change{CatalogueChange::What::EventsAdded, {}, {}};
    for (const TimelineEvent &event : events) {
        const Catalogue::EventMove move = catalogue.insertEvent(event);
        if (move.to < 0)
            continue;
        change.ids.append(event.id);
        change.moves.append(move);
    }
    return change;
}

CatalogueChange CatalogueEdit::removeEvents(Catalogue &catalogue, const QStringList &ids)
{
    CatalogueChange change{CatalogueChange::What::EventsRemoved, {}, {}};
    for (const QString &id : ids) {
        const Catalogue::EventMove move = catalogue.removeEvent(id);
        if (move.from < 0)
            continue;
        change.ids.append(id);
        change.moves.append(move);
    }
    if (change.ids.isEmpty())
        return change;
    const QSet<QString> gone(change.ids.cbegin(), change.ids.cend());
    QList<Story> stories = catalogue.stories();
    bool storiesChanged = false;
    for (Story &story : stories) {
        const qsizetype before = story.eventIds.size();
        story.eventIds.removeIf([&](const QString &id) { return gone.contains(id); });
        storiesChanged = storiesChanged || story.eventIds.size() != before;
    }
    if (storiesChanged)
        catalogue.setStories(stories);
    return change;
}

CatalogueChange CatalogueEdit::replaceEvents(Catalogue &catalogue,
                                             const QList<TimelineEvent> &events)
{
    CatalogueChange change{CatalogueChange::What::EventsChanged, {}, {}};
    for (const TimelineEvent &event : events) {
        const Catalogue::EventMove move = catalogue.replaceEvent(event);
        if (move.from < 0)
            continue;
        change.ids.append(event.id);
        change.moves.append(move);
    }
    return change;
}

CatalogueChange CatalogueEdit::setTitle(Catalogue &catalogue, const QString &title)
{
    catalogue.setTitle(title);
    return {CatalogueChange::What::Title, {}, {}};
}

CatalogueChange CatalogueEdit::setLanes(Catalogue &catalogue, const QList<Lane> &lanes)
{
    CatalogueChange change{CatalogueChange::What::Lanes, changedIds(catalogue.lanes(), lanes), {}};
    catalogue.setLanes(lanes);
    return change;
}

CatalogueChange CatalogueEdit::setActors(Catalogue &catalogue, const QList<Actor> &actors)
{
    CatalogueChange change{
        CatalogueChange::What::Actors, changedIds(catalogue.actors(), actors), {}};
    catalogue.setActors(actors);
    return change;
}

CatalogueChange CatalogueEdit::setTags(Catalogue &catalogue, const QList<Tag> &tags)
{
    CatalogueChange change{CatalogueChange::What::Tags, changedIds(catalogue.tags(), tags), {}};
    catalogue.setTags(tags);
    return change;
}

CatalogueChange CatalogueEdit::setSources(Catalogue &catalogue, const QList<SourceInfo> &sources)
{
    CatalogueChange change{
        CatalogueChange::What::Sources, changedIds(catalogue.sources(), sources), {}};
    catalogue.setSources(sources);
    return change;
}

CatalogueChange CatalogueEdit::setStories(Catalogue &catalogue, const QList<Story> &stories)
{
    CatalogueChange change{
        CatalogueChange::What::Stories, changedIds(catalogue.stories(), stories), {}};
    catalogue.setStories(stories);
    return change;
}

QStringList CatalogueEdit::eventsInLane(const Catalogue &catalogue, const QString &laneId)
{
    return eventsWhere(catalogue, [&](const TimelineEvent &e) { return e.laneId == laneId; });
}

QStringList CatalogueEdit::eventsWithActor(const Catalogue &catalogue, const QString &actorId)
{
    return eventsWhere(catalogue,
                       [&](const TimelineEvent &e) { return e.actorIds.contains(actorId); });
}

QStringList CatalogueEdit::eventsWithTag(const Catalogue &catalogue, const QString &tagId)
{
    return eventsWhere(catalogue, [&](const TimelineEvent &e) { return e.tagIds.contains(tagId); });
}

QString CatalogueEdit::unusedEventId(const Catalogue &catalogue, const QString &base)
{
    const QString stem = base.isEmpty() ? u"event"_s : base;
    if (catalogue.eventIndex(stem) < 0)
        return stem;
    for (int n = 2;; ++n) {
        const QString id = stem + u'-' + QString::number(n);
        if (catalogue.eventIndex(id) < 0)
            return id;
    }
}

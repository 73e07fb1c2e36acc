#include "catalogueedit.h"

#include <QSet>

#include <algorithm>
#include <functional>

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

template <typename T> QList<T> renamed(QList<T> items, const QString &id, const QString &name)
{
    for (T &item : items) {
        if (item.id == id)
            item.name = name;
    }
    return items;
}

template <typename T> QList<T> without(QList<T> items, const QString &id)
{
    items.removeIf([&](const T &item) { return item.id == id; });
    return items;
}

template <typename T> bool hasId(const QList<T> &items, const QString &id)
{
    return std::any_of(items.cbegin(), items.cend(), [&](const T &item) { return item.id == id; });
}

template <typename Change>
QList<TimelineEvent> changedEvents(const Catalogue &catalogue, Change change)
{
    QList<TimelineEvent> events;
    for (const TimelineEvent &event : catalogue.events()) {
        TimelineEvent after = event;
        if (change(after))
            events.append(after);
    }
    return events;
}

// The events first, then the list: views never see an event naming one that is gone.
QList<CatalogueChange> changeEventsThen(Catalogue &catalogue, const QList<TimelineEvent> &events,
                                        const std::function<CatalogueChange(Catalogue &)> &list)
{
    QList<CatalogueChange> changes;
    if (!events.isEmpty())
        changes.append(CatalogueEdit::replaceEvents(catalogue, events));
    changes.append(list(catalogue));
    return changes;
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
    // A figure belongs to its event: left behind, it would make the saved file unreadable.
    QList<Figure> figures = catalogue.figures();
    if (figures.removeIf([&](const Figure &figure) { return gone.contains(figure.eventId); }))
        catalogue.setFigures(figures);
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

CatalogueChange CatalogueEdit::addSource(Catalogue &catalogue, const SourceInfo &source,
                                         const SourceDocument &document)
{
    if (catalogue.source(source.id))
        return {CatalogueChange::What::Sources, {}, {}};
    QList<SourceInfo> sources = catalogue.sources();
    sources.append(source);
    catalogue.setSources(sources);
    catalogue.addDocument(document);
    return {CatalogueChange::What::Sources, {source.id}, {}};
}

CatalogueChange CatalogueEdit::removeSource(Catalogue &catalogue, const QString &sourceId)
{
    QList<SourceInfo> sources = catalogue.sources();
    const qsizetype before = sources.size();
    sources.removeIf([&](const SourceInfo &source) { return source.id == sourceId; });
    if (sources.size() == before)
        return {CatalogueChange::What::Sources, {}, {}};
    catalogue.setSources(sources);
    catalogue.removeDocument(sourceId);
    return {CatalogueChange::What::Sources, {sourceId}, {}};
}

namespace {

bool sameFigure(const Figure &a, const Figure &b)
{
    if (a.id != b.id || a.measure != b.measure || a.label != b.label || a.written != b.written ||
        !(a.amount == b.amount) || !(a.period == b.period) || a.eventId != b.eventId ||
        a.sources.size() != b.sources.size())
        return false;
    for (qsizetype i = 0; i < a.sources.size(); ++i) {
        const SourceLink &x = a.sources.at(i), &y = b.sources.at(i);
        if (x.sourceId != y.sourceId || x.start != y.start || x.end != y.end ||
            x.excerpt != y.excerpt)
            return false;
    }
    return true;
}

} // namespace

// Unlike lanes and the like, a figure changes in more than its name, so the ids of changed
// figures are given too: a chart redraws only what they touch.
CatalogueChange CatalogueEdit::setFigures(Catalogue &catalogue, const QList<Figure> &figures)
{
    QStringList ids = changedIds(catalogue.figures(), figures);
    for (const Figure &figure : figures) {
        const Figure *before = catalogue.figure(figure.id);
        if (before && !sameFigure(*before, figure))
            ids.append(figure.id);
    }
    catalogue.setFigures(figures);
    return {CatalogueChange::What::Figures, ids, {}};
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
                       [&](const TimelineEvent &e) { return e.actorIds().contains(actorId); });
}

QStringList CatalogueEdit::eventsWithTag(const Catalogue &catalogue, const QString &tagId)
{
    return eventsWhere(catalogue,
                       [&](const TimelineEvent &e) { return e.tagIds().contains(tagId); });
}

QList<Lane> CatalogueEdit::lanesRenamed(const Catalogue &catalogue, const QString &laneId,
                                        const QString &name)
{
    return renamed(catalogue.lanes(), laneId, name);
}

QList<Actor> CatalogueEdit::actorsRenamed(const Catalogue &catalogue, const QString &actorId,
                                          const QString &name)
{
    return renamed(catalogue.actors(), actorId, name);
}

QList<Tag> CatalogueEdit::tagsRenamed(const Catalogue &catalogue, const QString &tagId,
                                      const QString &name)
{
    return renamed(catalogue.tags(), tagId, name);
}

CatalogueChange CatalogueEdit::renameLane(Catalogue &catalogue, const QString &laneId,
                                          const QString &name)
{
    const bool known = hasId(catalogue.lanes(), laneId);
    CatalogueChange change = setLanes(catalogue, lanesRenamed(catalogue, laneId, name));
    if (known)
        change.ids = {laneId};
    return change;
}

CatalogueChange CatalogueEdit::renameActor(Catalogue &catalogue, const QString &actorId,
                                           const QString &name)
{
    const bool known = hasId(catalogue.actors(), actorId);
    CatalogueChange change = setActors(catalogue, actorsRenamed(catalogue, actorId, name));
    if (known)
        change.ids = {actorId};
    return change;
}

CatalogueChange CatalogueEdit::renameTag(Catalogue &catalogue, const QString &tagId,
                                         const QString &name)
{
    const bool known = hasId(catalogue.tags(), tagId);
    CatalogueChange change = setTags(catalogue, tagsRenamed(catalogue, tagId, name));
    if (known)
        change.ids = {tagId};
    return change;
}

QList<TimelineEvent> CatalogueEdit::eventsMovedToLane(const Catalogue &catalogue,
                                                      const QString &laneId,
                                                      const QString &toLaneId)
{
    return changedEvents(catalogue, [&](TimelineEvent &event) {
        if (event.laneId != laneId)
            return false;
        event.laneId = toLaneId;
        return true;
    });
}

QList<TimelineEvent> CatalogueEdit::eventsWithoutActor(const Catalogue &catalogue,
                                                       const QString &actorId)
{
    return changedEvents(catalogue, [&](TimelineEvent &event) {
        // Only events that name it get their own details.
        return event.actorIds().contains(actorId) &&
               event.editDetails().actorIds.removeAll(actorId) > 0;
    });
}

QList<TimelineEvent> CatalogueEdit::eventsWithoutTag(const Catalogue &catalogue,
                                                     const QString &tagId)
{
    return changedEvents(catalogue, [&](TimelineEvent &event) {
        return event.tagIds().contains(tagId) && event.editDetails().tagIds.removeAll(tagId) > 0;
    });
}

QList<Lane> CatalogueEdit::lanesWithout(const Catalogue &catalogue, const QString &laneId)
{
    return without(catalogue.lanes(), laneId);
}

QList<Actor> CatalogueEdit::actorsWithout(const Catalogue &catalogue, const QString &actorId)
{
    QList<Actor> actors = without(catalogue.actors(), actorId);
    for (Actor &actor : actors) {
        if (actor.affiliation == actorId)
            actor.affiliation.clear();
    }
    return actors;
}

QList<Tag> CatalogueEdit::tagsWithout(const Catalogue &catalogue, const QString &tagId)
{
    return without(catalogue.tags(), tagId);
}

QList<CatalogueChange> CatalogueEdit::deleteLane(Catalogue &catalogue, const QString &laneId,
                                                 const QString &toLaneId)
{
    if (!hasId(catalogue.lanes(), laneId))
        return {};
    const QList<TimelineEvent> moved = eventsMovedToLane(catalogue, laneId, toLaneId);
    if (!moved.isEmpty() && (toLaneId == laneId || !hasId(catalogue.lanes(), toLaneId)))
        return {};
    const QList<Lane> lanes = lanesWithout(catalogue, laneId);
    return changeEventsThen(catalogue, moved, [&](Catalogue &c) { return setLanes(c, lanes); });
}

QList<CatalogueChange> CatalogueEdit::deleteActor(Catalogue &catalogue, const QString &actorId)
{
    if (!hasId(catalogue.actors(), actorId))
        return {};
    const QList<Actor> actors = actorsWithout(catalogue, actorId);
    return changeEventsThen(catalogue, eventsWithoutActor(catalogue, actorId),
                            [&](Catalogue &c) { return setActors(c, actors); });
}

QList<CatalogueChange> CatalogueEdit::deleteTag(Catalogue &catalogue, const QString &tagId)
{
    if (!hasId(catalogue.tags(), tagId))
        return {};
    const QList<Tag> tags = tagsWithout(catalogue, tagId);
    return changeEventsThen(catalogue, eventsWithoutTag(catalogue, tagId),
                            [&](Catalogue &c) { return setTags(c, tags); });
}

QString CatalogueEdit::newItemId(const QString &name, const QStringList &taken)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    if (id.isEmpty())
        id = u"item"_s;
    QString unique = id;
    for (int n = 2; taken.contains(unique); ++n)
        unique = id + u'-' + QString::number(n);
    return unique;
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

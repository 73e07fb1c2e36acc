#pragma once

#include "cataloguechange.h"

// The plain edits of a catalogue that the editor's undo commands are made of, each
// returning what it changed. They check nothing a person must decide (whether to delete a
// lane still in use is the caller's question); they keep the catalogue whole: events stay
// in order and stories never name an event that is gone.
class CatalogueEdit
{
public:
    // Events whose id is there already are skipped (and not in the change).
    static CatalogueChange addEvents(Catalogue &catalogue, const QList<TimelineEvent> &events);
    // Removes the events and their places in stories.
    static CatalogueChange removeEvents(Catalogue &catalogue, const QStringList &ids);
    // Each replaces the event with the same id.
    static CatalogueChange replaceEvents(Catalogue &catalogue, const QList<TimelineEvent> &events);

    static CatalogueChange setTitle(Catalogue &catalogue, const QString &title);
    static CatalogueChange setLanes(Catalogue &catalogue, const QList<Lane> &lanes);
    static CatalogueChange setActors(Catalogue &catalogue, const QList<Actor> &actors);
    static CatalogueChange setTags(Catalogue &catalogue, const QList<Tag> &tags);
    static CatalogueChange setSources(Catalogue &catalogue, const QList<SourceInfo> &sources);
    static CatalogueChange setStories(Catalogue &catalogue, const QList<Story> &stories);

    // The events that use a lane, actor or tag, by id: what to name before deleting one.
    static QStringList eventsInLane(const Catalogue &catalogue, const QString &laneId);
    static QStringList eventsWithActor(const Catalogue &catalogue, const QString &actorId);
    static QStringList eventsWithTag(const Catalogue &catalogue, const QString &tagId);

    // base, or base-2, base-3 … : the first no event has (base "event" when empty).
    static QString unusedEventId(const Catalogue &catalogue, const QString &base);
};

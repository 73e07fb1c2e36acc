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
    // Also takes the events out of their stories and removes their figures.
    static CatalogueChange removeEvents(Catalogue &catalogue, const QStringList &ids);
    // Each replaces the event with the same id.
    static CatalogueChange replaceEvents(Catalogue &catalogue, const QList<TimelineEvent> &events);

    static CatalogueChange setTitle(Catalogue &catalogue, const QString &title);
    static CatalogueChange setLanes(Catalogue &catalogue, const QList<Lane> &lanes);
    static CatalogueChange setActors(Catalogue &catalogue, const QList<Actor> &actors);
    static CatalogueChange setTags(Catalogue &catalogue, const QList<Tag> &tags);
    static CatalogueChange setSources(Catalogue &catalogue, const QList<SourceInfo> &sources);
    static CatalogueChange setStories(Catalogue &catalogue, const QList<Story> &stories);
    // A source with its text (a document the user added), after the others; removing it
    // takes both. Either refuses (no change, no ids) a source id that is taken or unknown.
    static CatalogueChange addSource(Catalogue &catalogue, const SourceInfo &source,
                                     const SourceDocument &document);
    static CatalogueChange removeSource(Catalogue &catalogue, const QString &sourceId);
    static CatalogueChange setFigures(Catalogue &catalogue, const QList<Figure> &figures);

    // The events that use a lane, actor or tag, by id: what to name before deleting one.
    static QStringList eventsInLane(const Catalogue &catalogue, const QString &laneId);
    static QStringList eventsWithActor(const Catalogue &catalogue, const QString &actorId);
    static QStringList eventsWithTag(const Catalogue &catalogue, const QString &tagId);

    // Lanes, actors and tags: renaming changes the name only (the id, and every event that
    // names it, stay); an unknown id changes nothing.
    static QList<Lane> lanesRenamed(const Catalogue &catalogue, const QString &laneId,
                                    const QString &name);
    static QList<Actor> actorsRenamed(const Catalogue &catalogue, const QString &actorId,
                                      const QString &name);
    static QList<Tag> tagsRenamed(const Catalogue &catalogue, const QString &tagId,
                                  const QString &name);
    static CatalogueChange renameLane(Catalogue &catalogue, const QString &laneId,
                                      const QString &name);
    static CatalogueChange renameActor(Catalogue &catalogue, const QString &actorId,
                                       const QString &name);
    static CatalogueChange renameTag(Catalogue &catalogue, const QString &tagId,
                                     const QString &name);

    // What deleting one in use does to the events that name it (only those are returned):
    // the lane's events move to toLaneId; the actor or tag is taken off each event.
    static QList<TimelineEvent> eventsMovedToLane(const Catalogue &catalogue, const QString &laneId,
                                                  const QString &toLaneId);
    static QList<TimelineEvent> eventsWithoutActor(const Catalogue &catalogue,
                                                   const QString &actorId);
    static QList<TimelineEvent> eventsWithoutTag(const Catalogue &catalogue, const QString &tagId);
    // The lists without it; actors affiliated to a deleted actor lose that affiliation.
    static QList<Lane> lanesWithout(const Catalogue &catalogue, const QString &laneId);
    static QList<Actor> actorsWithout(const Catalogue &catalogue, const QString &actorId);
    static QList<Tag> tagsWithout(const Catalogue &catalogue, const QString &tagId);

    // Deletes one, in use or not: the events that name it change first, then the list, so no
    // event ever names one that is gone; returns the changes in that order. Nothing changes
    // (no changes) for an unknown id, or for a lane in use when toLaneId is not another lane.
    static QList<CatalogueChange> deleteLane(Catalogue &catalogue, const QString &laneId,
                                             const QString &toLaneId = {});
    static QList<CatalogueChange> deleteActor(Catalogue &catalogue, const QString &actorId);
    static QList<CatalogueChange> deleteTag(Catalogue &catalogue, const QString &tagId);

    // An id for a new lane, actor or tag: the name's letters and digits in lower case, words
    // joined by '-' ("Health & Care" is "health-care"), with -2, -3 … when taken.
    static QString newItemId(const QString &name, const QStringList &taken);

    // base, or base-2, base-3 … : the first no event has (base "event" when empty).
    static QString unusedEventId(const Catalogue &catalogue, const QString &base);
};

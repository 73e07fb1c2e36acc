#pragma once

#include "actor.h"
#include "eventidmap.h"
#include "figure.h"
#include "lane.h"
#include "sourcedocument.h"
#include "sourceinfo.h"
#include "story.h"
#include "tag.h"
#include "timelineevent.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class EventSearchText;

// A complete timeline: lanes, actors, tags, sources with their texts, and events kept in
// chronological order (by first day, then last day, then the order they were given in).
// A value type; the loaders build one, views read it.
class Catalogue
{
public:
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }

    // The catalogue's "sourceIndex" as the file gives it, relative to the file; empty for
    // event lists, which have no source documents.
    QString sourceIndexPath() const { return m_sourceIndexPath; }
    void setSourceIndexPath(const QString &path) { m_sourceIndexPath = path; }

    const QList<Lane> &lanes() const { return m_lanes; }
    void setLanes(const QList<Lane> &lanes);
    int laneIndex(const QString &id) const { return m_laneIndex.value(id, -1); }
    const Lane *lane(const QString &id) const;

    const QList<Actor> &actors() const { return m_actors; }
    void setActors(const QList<Actor> &actors);
    const Actor *actor(const QString &id) const;

    const QList<Tag> &tags() const { return m_tags; }
    void setTags(const QList<Tag> &tags);
    const Tag *tag(const QString &id) const;

    const QList<SourceInfo> &sources() const { return m_sources; }
    void setSources(const QList<SourceInfo> &sources);
    const SourceInfo *source(const QString &id) const;

    // The text of a source, keyed by the source's id.
    void addDocument(const SourceDocument &document);
    void removeDocument(const QString &sourceId);
    const SourceDocument *document(const QString &sourceId) const;

    // Chronological. setEvents() sorts stably, so equal dates keep the given order.
    const QList<TimelineEvent> &events() const { return m_events; }
    void setEvents(const QList<TimelineEvent> &events);
    int eventIndex(const QString &id) const { return m_eventIndex.value(id, -1); }
    const TimelineEvent *event(const QString &id) const;
    // The ids in the order the events were given (the file's order, which a writer keeps so
    // that a saved file differs from the one read only where it was edited). An added event
    // goes after the one it follows in time.
    const QStringList &fileOrder() const { return m_fileOrder; }

    // Where a single-event edit took an event: positions in events() before and after
    // (-1 for none), so views re-index only what moved.
    struct EventMove
    {
        int from = -1;
        int to = -1;
    };
    // Each keeps the chronological order by binary search, an event going after those with
    // the same date, and re-numbers only the positions between from and to.
    // Adding an id that is there already, or replacing or removing one that is not, does
    // nothing and returns {-1, -1}.
    EventMove insertEvent(const TimelineEvent &event);
    EventMove replaceEvent(const TimelineEvent &event); // the event with event.id
    EventMove removeEvent(const QString &id);

    const QList<Story> &stories() const { return m_stories; }
    void setStories(const QList<Story> &stories) { m_stories = stories; }

    // The amounts the sources give, in the file's order (a few dozen, so looked up by scan).
    const QList<Figure> &figures() const { return m_figures; }
    void setFigures(const QList<Figure> &figures) { m_figures = figures; }
    const Figure *figure(const QString &id) const;
    QList<Figure> figuresOfEvent(const QString &eventId) const;

    // The events' text laid out for searching, built on first use, changed in place when one
    // event is replaced and dropped on other changes of events or actors (copies share it
    // until then). Not for two threads at once.
    const EventSearchText &searchText() const;

    // First and last day covered by any event; invalid when there are none.
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

private:
    int insertionPoint(const EventDate &date) const;
    void renumber(int from, int to); // m_eventIndex for positions from..to (inclusive)
    void recomputeSpan();

    QString m_title;
    QString m_sourceIndexPath;
    QList<Lane> m_lanes;
    QHash<QString, int> m_laneIndex;
    QList<Actor> m_actors;
    QHash<QString, int> m_actorIndex;
    QList<Tag> m_tags;
    QHash<QString, int> m_tagIndex;
    QList<SourceInfo> m_sources;
    QHash<QString, int> m_sourceIndex;
    QHash<QString, SourceDocument> m_documents;
    QList<TimelineEvent> m_events;
    EventIdMap m_eventIndex;
    // Shared by copies; changed in place only while no copy shares it.
    mutable std::shared_ptr<EventSearchText> m_searchText;
    QStringList m_fileOrder;
    QList<Story> m_stories;
    QList<Figure> m_figures;
    QDate m_firstDay;
    QDate m_lastDay;
};

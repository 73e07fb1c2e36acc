#include "catalogue.h"

#include <algorithm>
#include <numeric>

namespace {

template <typename T> QHash<QString, int> indexById(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items.at(i).id, i);
    return index;
}

template <typename T>
const T *lookup(const QList<T> &items, const QHash<QString, int> &index, const QString &id)
{
    const int i = index.value(id, -1);
    return i < 0 ? nullptr : &items.at(i);
}

} // namespace

void Catalogue::setLanes(const QList<Lane> &lanes)
{
    m_lanes = lanes;
    m_laneIndex = indexById(m_lanes);
}

const Lane *Catalogue::lane(const QString &id) const
{
    return lookup(m_lanes, m_laneIndex, id);
}

void Catalogue::setActors(const QList<Actor> &actors)
{
    m_actors = actors;
    m_actorIndex = indexById(m_actors);
}

const Actor *Catalogue::actor(const QString &id) const
{
    return lookup(m_actors, m_actorIndex, id);
}

void Catalogue::setTags(const QList<Tag> &tags)
{
    m_tags = tags;
    m_tagIndex = indexById(m_tags);
}

const Tag *Catalogue::tag(const QString &id) const
{
    return lookup(m_tags, m_tagIndex, id);
}

void Catalogue::setSources(const QList<SourceInfo> &sources)
{
    m_sources = sources;
    m_sourceIndex = indexById(m_sources);
}

const SourceInfo *Catalogue::source(const QString &id) const
{
    return lookup(m_sources, m_sourceIndex, id);
}

void Catalogue::addDocument(const SourceDocument &document)
{
    m_documents.insert(document.id(), document);
}

const SourceDocument *Catalogue::document(const QString &sourceId) const
{
    const auto it = m_documents.constFind(sourceId);
    return it == m_documents.cend() ? nullptr : &it.value();
}

void Catalogue::setEvents(const QList<TimelineEvent> &events)
{
    auto before = [](const TimelineEvent &a, const TimelineEvent &b) { return a.date < b.date; };
    if (std::is_sorted(events.cbegin(), events.cend(), before)) {
        m_events = events; // shared, not copied: lists of 100,000 events usually come sorted
    } else {
        // Sort positions, then copy each event once: an event is a dozen members to move.
        QList<qsizetype> order(events.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return before(events.at(a), events.at(b));
        });
        m_events.clear();
        m_events.reserve(events.size());
        for (qsizetype i : std::as_const(order))
            m_events.append(events.at(i));
    }
    m_eventIndex.clear();
    for (int i = 0; i < m_events.size(); ++i)
        m_eventIndex.assign(m_events.at(i).id, i); // as elsewhere, the last of a repeated id wins
    m_firstDay = {};
    m_lastDay = {};
    for (const TimelineEvent &event : std::as_const(m_events)) {
        if (!m_firstDay.isValid() || event.date.first() < m_firstDay)
            m_firstDay = event.date.first();
        if (!m_lastDay.isValid() || event.date.last() > m_lastDay)
            m_lastDay = event.date.last();
    }
}

const TimelineEvent *Catalogue::event(const QString &id) const
{
    const int i = eventIndex(id);
    return i < 0 ? nullptr : &m_events.at(i);
}

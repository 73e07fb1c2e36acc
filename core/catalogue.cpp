#include "catalogue.h"

#include "eventsearchtext.h"

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
    m_searchText.reset();
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

void Catalogue::removeDocument(const QString &sourceId)
{
    m_documents.remove(sourceId);
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
    m_searchText.reset();
    m_eventIndex.clear();
    for (int i = 0; i < m_events.size(); ++i)
        m_eventIndex.assign(m_events.at(i).id, i); // as elsewhere, the last of a repeated id wins
    m_fileOrder.clear();
    m_fileOrder.reserve(events.size());
    for (const TimelineEvent &event : events)
        m_fileOrder.append(event.id);
    recomputeSpan();
}

void Catalogue::recomputeSpan()
{
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

int Catalogue::insertionPoint(const EventDate &date) const
{
    const auto at = std::upper_bound(m_events.cbegin(), m_events.cend(), date,
                                     [](const EventDate &d, const TimelineEvent &e) {
                                         return d < e.date;
                                     });
    return int(at - m_events.cbegin());
}

void Catalogue::renumber(int from, int to)
{
    // A long shift is cheaper numbered afresh: ids in order stay a few runs instead of
    // each moved one becoming an exception.
    if (to - from > 64 && to - from > m_events.size() / 8) {
        m_eventIndex.clear();
        for (int i = 0; i < m_events.size(); ++i)
            m_eventIndex.assign(m_events.at(i).id, i);
        return;
    }
    for (int i = std::max(from, 0); i <= to && i < m_events.size(); ++i)
        m_eventIndex.assign(m_events.at(i).id, i);
}

Catalogue::EventMove Catalogue::insertEvent(const TimelineEvent &event)
{
    if (eventIndex(event.id) >= 0)
        return {};
    m_searchText.reset();
    const int to = insertionPoint(event.date);
    m_events.insert(to, event);
    renumber(to, int(m_events.size()) - 1);
    if (to > 0)
        m_fileOrder.insert(m_fileOrder.indexOf(m_events.at(to - 1).id) + 1, event.id);
    else if (m_events.size() > 1)
        m_fileOrder.insert(std::max<qsizetype>(m_fileOrder.indexOf(m_events.at(1).id), 0), event.id);
    else
        m_fileOrder.append(event.id);
    if (!m_firstDay.isValid() || event.date.first() < m_firstDay)
        m_firstDay = event.date.first();
    if (!m_lastDay.isValid() || event.date.last() > m_lastDay)
        m_lastDay = event.date.last();
    return {-1, to};
}

Catalogue::EventMove Catalogue::replaceEvent(const TimelineEvent &event)
{
    const int from = eventIndex(event.id);
    if (from < 0)
        return {};
    // The search text follows the edit where no copy of the catalogue shares it.
    if (m_searchText && m_searchText.use_count() > 1)
        m_searchText.reset();
    const EventDate before = m_events.at(from).date;
    if (!(before < event.date) && !(event.date < before)) {
        m_events[from] = event; // same period: the order cannot change
        if (m_searchText)
            m_searchText->moveEvent(*this, from, from);
        return {from, from};
    }
    // Where it goes among the others: the search sees the event still at from, which is
    // before that place or not. Rotating moves only the events between the two places, not
    // the whole tail twice (a remove and an insert).
    int to = insertionPoint(event.date);
    if (from < to)
        --to;
    auto first = m_events.begin();
    if (from < to)
        std::rotate(first + from, first + from + 1, first + to + 1);
    else if (to < from)
        std::rotate(first + to, first + from, first + from + 1);
    m_events[to] = event;
    // The events between moved one place; the edited one is an exception to its run.
    const bool shifted = from < to ? m_eventIndex.shiftValues(from + 1, to, -1)
                                   : m_eventIndex.shiftValues(to, from - 1, 1);
    if (shifted)
        m_eventIndex.assign(event.id, to);
    else
        renumber(std::min(from, to), std::max(from, to));
    if (m_searchText)
        m_searchText->moveEvent(*this, from, to);
    const bool wasEdge = before.first() == m_firstDay || before.last() == m_lastDay;
    if (wasEdge)
        recomputeSpan();
    else {
        m_firstDay = std::min(m_firstDay, event.date.first());
        m_lastDay = std::max(m_lastDay, event.date.last());
    }
    return {from, to};
}

Catalogue::EventMove Catalogue::removeEvent(const QString &id)
{
    const int from = eventIndex(id);
    if (from < 0)
        return {};
    m_searchText.reset();
    const EventDate before = m_events.at(from).date;
    m_events.removeAt(from);
    m_eventIndex.assign(id, -1);
    m_fileOrder.removeOne(id);
    renumber(from, int(m_events.size()) - 1);
    if (before.first() == m_firstDay || before.last() == m_lastDay)
        recomputeSpan();
    return {from, -1};
}

const EventSearchText &Catalogue::searchText() const
{
    if (!m_searchText)
        m_searchText = std::make_shared<EventSearchText>(*this);
    return *m_searchText;
}

const Figure *Catalogue::figure(const QString &id) const
{
    for (const Figure &figure : m_figures) {
        if (figure.id == id)
            return &figure;
    }
    return nullptr;
}

QList<Figure> Catalogue::figuresOfEvent(const QString &eventId) const
{
    QList<Figure> found;
    for (const Figure &figure : m_figures) {
        if (figure.eventId == eventId)
            found.append(figure);
    }
    return found;
}

#include "timelineindex.h"

#include "catalogue.h"
#include "timescale.h"

#include <algorithm>
#include <bit>
#include <limits>

TimelineIndex::TimelineIndex(const Catalogue &catalogue)
{
    const QList<TimelineEvent> &events = catalogue.events();
    const int knownLanes = int(catalogue.lanes().size());
    m_starts.resize(events.size());
    m_ends.resize(events.size());
    m_laneOf.assign(events.size(), -1);
    m_lanes.resize(knownLanes + 1);

    std::vector<qint8> classes(size_t(events.size()));          // each event's duration class
    std::vector<std::vector<qsizetype>> counts(m_lanes.size()); // events per lane and class
    bool any = false;
    QString lastLaneId;
    int lastLane = -1;
    for (int i = 0; i < events.size(); ++i) {
        const EventDate &date = events.at(i).date;
        if (!date.isValid())
            continue; // not drawable; the loader has reported it
        const qint64 start = TimeScale::dayStart(date.first());
        const qint64 end = TimeScale::dayEnd(date.last());
        m_starts[i] = start;
        m_ends[i] = end;
        m_firstTime = any ? std::min(m_firstTime, start) : start;
        m_lastTime = any ? std::max(m_lastTime, end) : end;
        any = true;

        // Neighbouring events often share a lane: compare before hashing.
        const QString &laneId = events.at(i).laneId;
        if (laneId != lastLaneId) {
            lastLaneId = laneId;
            lastLane = catalogue.laneIndex(laneId);
        }
        int lane = lastLane;
        if (lane < 0) {
            lane = knownLanes;
            m_hasUnknownLane = true;
        }
        m_laneOf[i] = lane;
        LaneEvents &laneEvents = m_lanes[lane];
        ++laneEvents.count;
        const int durationClass = classOf(start, end);
        classes[i] = qint8(durationClass);
        if (int(laneEvents.classes.size()) <= durationClass) {
            laneEvents.classes.resize(durationClass + 1);
            counts[lane].resize(durationClass + 1);
        }
        ++counts[lane][durationClass];
    }
    // Then each class's arrays made at their size and filled: grown a push at a time, a
    // million events' arrays would be copied as they doubled, and hold up to twice their size.
    for (size_t lane = 0; lane < m_lanes.size(); ++lane) {
        for (size_t k = 0; k < m_lanes[lane].classes.size(); ++k) {
            DurationClass &c = m_lanes[lane].classes[k];
            c.events.reserve(size_t(counts[lane][k]));
            c.starts.reserve(size_t(counts[lane][k]));
            c.ends.reserve(size_t(counts[lane][k]));
        }
    }
    for (int i = 0; i < events.size(); ++i) {
        if (m_laneOf[i] < 0)
            continue;
        DurationClass &c = m_lanes[m_laneOf[i]].classes[classes[i]];
        c.events.push_back(i);
        c.starts.push_back(m_starts[i]);
        c.ends.push_back(m_ends[i]);
    }
    if (!m_hasUnknownLane)
        m_lanes.pop_back();

    for (LaneEvents &lane : m_lanes) {
        for (DurationClass &c : lane.classes) {
            // The catalogue keeps events in order; sort anyway should that ever change.
            if (!std::is_sorted(c.starts.cbegin(), c.starts.cend())) {
                std::stable_sort(c.events.begin(), c.events.end(),
                                 [this](int a, int b) { return m_starts[a] < m_starts[b]; });
                for (size_t i = 0; i < c.events.size(); ++i) {
                    c.starts[i] = m_starts[c.events[i]];
                    c.ends[i] = m_ends[c.events[i]];
                }
            }
            c.maxEnds.resize(c.events.size());
            qint64 maxEnd = std::numeric_limits<qint64>::min();
            c.duration = c.events.empty() ? -1 : c.ends[0] - c.starts[0];
            for (size_t i = 0; i < c.events.size(); ++i) {
                maxEnd = std::max(maxEnd, m_ends[c.events[i]]);
                c.maxEnds[i] = maxEnd;
                if (c.ends[i] - c.starts[i] != c.duration)
                    c.duration = -1;
            }
        }
    }
}

void TimelineIndex::eventsInWindow(int lane, qint64 from, qint64 to, const QBitArray &visible,
                                   std::vector<int> &out) const
{
    forEachInWindow(lane, from, to, visible,
                    [&out](int event, qint64, qint64) { out.push_back(event); });
}

qsizetype TimelineIndex::candidatesInWindow(int lane, qint64 from, qint64 to) const
{
    if (lane < 0 || lane >= laneCount() || to <= from)
        return 0;
    qsizetype count = 0;
    for (const DurationClass &c : m_lanes[lane].classes) {
        const auto [first, last] = c.candidates(from, to);
        count += std::max<qsizetype>(last - first, 0);
    }
    return count;
}

bool TimelineIndex::laneHasVisible(int lane, const QBitArray &visible) const
{
    if (lane < 0 || lane >= laneCount())
        return false;
    if (visible.isEmpty())
        return m_lanes[lane].count > 0;
    for (const DurationClass &c : m_lanes[lane].classes) {
        if (std::any_of(c.events.cbegin(), c.events.cend(),
                        [&visible](int event) { return isSet(visible, event); }))
            return true;
    }
    return false;
}

int TimelineIndex::classOf(qint64 start, qint64 end)
{
    return std::bit_width(quint64((end - start) / TimeScale::kDay)) - 1;
}

int TimelineIndex::laneFor(const Catalogue &catalogue, const QString &laneId) const
{
    const int known = catalogue.laneIndex(laneId);
    if (known >= 0)
        return known < laneCount() ? known : -1;
    return m_hasUnknownLane ? laneCount() - 1 : -1;
}

bool TimelineIndex::moveEvent(const Catalogue &catalogue, int from, int to)
{
    const QList<TimelineEvent> &events = catalogue.events();
    if (from < 0 || to < 0 || from >= eventCount() || to >= eventCount() ||
        events.size() != eventCount() || m_laneOf[from] < 0)
        return false;
    const TimelineEvent &event = events.at(to);
    if (!event.date.isValid())
        return false;
    const int lane = laneFor(catalogue, event.laneId);
    if (lane < 0)
        return false;
    // The lane for events the catalogue does not list goes when its last event leaves it.
    if (m_hasUnknownLane && m_laneOf[from] == laneCount() - 1 && lane != m_laneOf[from])
        return false;
    const qint64 start = TimeScale::dayStart(event.date.first());
    const qint64 end = TimeScale::dayEnd(event.date.last());

    // The span needs a pass over every event only when the moved one was at an edge of it.
    const bool wasAtEdge = m_starts[from] == m_firstTime || m_ends[from] == m_lastTime;

    // Out of its class: found among the entries that start when it started.
    {
        LaneEvents &old = m_lanes[m_laneOf[from]];
        DurationClass &c = old.classes[classOf(m_starts[from], m_ends[from])];
        const auto first = std::lower_bound(c.starts.cbegin(), c.starts.cend(), m_starts[from]);
        qsizetype j = first - c.starts.cbegin();
        while (j < qsizetype(c.events.size()) && c.events[j] != from)
            ++j;
        if (j == qsizetype(c.events.size()))
            return false; // not where it should be: leave it to a rebuild
        c.events.erase(c.events.begin() + j);
        c.starts.erase(c.starts.begin() + j);
        c.ends.erase(c.ends.begin() + j);
        c.maxEnds.erase(c.maxEnds.begin() + j);
        updateMaxEnds(c, size_t(j));
        --old.count;
    }
    // The events between the two places moved up or down one, as in the catalogue.
    if (from != to) {
        const int low = std::min(from, to), high = std::max(from, to);
        const int shift = from < to ? -1 : 1;
        // Without a branch, so that a million entries take a vector pass (the moved event
        // is out of its class by now, so every entry in the span shifts).
        const unsigned span = unsigned(high - low);
        for (LaneEvents &l : m_lanes) {
            for (DurationClass &c : l.classes) {
                for (int &e : c.events)
                    e += shift & -int(unsigned(e - low) <= span);
            }
        }
        auto rotate = [&](auto &v) {
            if (from < to)
                std::rotate(v.begin() + from, v.begin() + from + 1, v.begin() + to + 1);
            else
                std::rotate(v.begin() + to, v.begin() + from, v.begin() + from + 1);
        };
        rotate(m_starts);
        rotate(m_ends);
        rotate(m_laneOf);
    }
    m_starts[to] = start;
    m_ends[to] = end;
    m_laneOf[to] = lane;

    // Into its new class, by start and then position, as the constructor orders them.
    LaneEvents &now = m_lanes[lane];
    const int k = classOf(start, end);
    if (int(now.classes.size()) <= k)
        now.classes.resize(k + 1);
    DurationClass &c = now.classes[k];
    qsizetype j = std::upper_bound(c.starts.cbegin(), c.starts.cend(), start) - c.starts.cbegin();
    while (j > 0 && c.starts[j - 1] == start && c.events[j - 1] > to)
        --j;
    c.events.insert(c.events.begin() + j, to);
    c.starts.insert(c.starts.begin() + j, start);
    c.ends.insert(c.ends.begin() + j, end);
    c.maxEnds.insert(c.maxEnds.begin() + j, 0);
    updateMaxEnds(c, size_t(j));
    if (c.events.size() == 1)
        c.duration = end - start;
    else if (c.duration != end - start)
        c.duration = -1;
    ++now.count;

    if (!wasAtEdge) {
        m_firstTime = std::min(m_firstTime, start);
        m_lastTime = std::max(m_lastTime, end);
        return true;
    }
    m_firstTime = std::numeric_limits<qint64>::max();
    m_lastTime = std::numeric_limits<qint64>::min();
    for (int i = 0; i < eventCount(); ++i) {
        if (m_laneOf[i] < 0)
            continue;
        m_firstTime = std::min(m_firstTime, m_starts[i]);
        m_lastTime = std::max(m_lastTime, m_ends[i]);
    }
    return true;
}

void TimelineIndex::updateMaxEnds(DurationClass &c, size_t from)
{
    // A prefix maximum: once an entry comes out as it was, every later one is as it was.
    for (size_t i = from; i < c.ends.size(); ++i) {
        const qint64 value =
            std::max(i > 0 ? c.maxEnds[i - 1] : std::numeric_limits<qint64>::min(), c.ends[i]);
        if (i > from && c.maxEnds[i] == value)
            break;
        c.maxEnds[i] = value;
    }
}

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
        const int durationClass = std::bit_width(quint64((end - start) / TimeScale::kDay)) - 1;
        if (int(laneEvents.classes.size()) <= durationClass)
            laneEvents.classes.resize(durationClass + 1);
        DurationClass &c = laneEvents.classes[durationClass];
        c.events.push_back(i);
        c.starts.push_back(start);
        c.ends.push_back(end);
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

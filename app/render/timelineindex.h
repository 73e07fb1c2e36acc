#pragma once

#include "densitymerge.h"
#include "timescale.h"

#include <QBitArray>
#include <QtGlobal>

#include <algorithm>
#include <utility>

#include <vector>

class Catalogue;

// Finds the events of a lane that overlap a time window without visiting the others. Built
// once per Catalogue: each event's period [start, end) in ms (see TimeScale), and per lane the
// events grouped by duration class (under 2, 4, 8 ... days) with, per class, starts in order
// and a running maximum of ends. Two binary searches per class bound the window, and the
// running maximum can only overshoot by the class's longest duration, so one long event does
// not make every query visit the whole lane. A visibility mask (the filter) is applied while
// scanning, so filtering never rebuilds the index.
class TimelineIndex
{
public:
    TimelineIndex() = default;
    explicit TimelineIndex(const Catalogue &catalogue);

    // After catalogue.replaceEvent() took an event from position from to position to (the
    // same when it stayed): updates the index to what building it again would give, in one
    // pass over its arrays instead of over the events. False, and unchanged, when it cannot
    // (a date that cannot be drawn, a lane the index does not have): build it again then.
    bool moveEvent(const Catalogue &catalogue, int from, int to);

    int eventCount() const { return int(m_starts.size()); }
    // The catalogue's lanes in order, plus one last lane for events whose lane is not in the
    // catalogue, when there are such events.
    int laneCount() const { return int(m_lanes.size()); }
    bool hasUnknownLane() const { return m_hasUnknownLane; }
    int laneOf(int event) const { return m_laneOf[event]; }
    int laneEventCount(int lane) const { return m_lanes[lane].count; }

    qint64 start(int event) const { return m_starts[event]; }
    qint64 end(int event) const { return m_ends[event]; }
    // The span of all events; both 0 when there are none.
    qint64 firstTime() const { return m_firstTime; }
    qint64 lastTime() const { return m_lastTime; }

    // Appends to out the events of lane that overlap [from, to) and are set in visible (an
    // empty mask shows every event). Within a duration class they come in order of start;
    // sort them when order matters.
    void eventsInWindow(int lane, qint64 from, qint64 to, const QBitArray &visible,
                        std::vector<int> &out) const;
    // Calls f(event, start, end) for the same events, without collecting them: the level of
    // detail counts a hundred thousand events this way.
    template <typename F>
    void forEachInWindow(int lane, qint64 from, qint64 to, const QBitArray &visible, F f) const;
    // Counts every event of lane that overlaps [from, to) into density, as forEachInWindow()
    // with density.add(timeToX(start), timeToX(end)) would, and returns how many there are.
    // Where a class's events all last as long and are narrower than a column (a whole year of
    // day events), it finds where each column's events begin by binary search instead of
    // visiting them: a million events cost a few thousand steps. timeToX must be
    // non-decreasing.
    template <typename X>
    qsizetype addToDensity(int lane, qint64 from, qint64 to, DensityMerge &density,
                           X timeToX) const;
    // At least as many as eventsInWindow() finds, in a few binary searches.
    qsizetype candidatesInWindow(int lane, qint64 from, qint64 to) const;
    // Whether any event of lane is set in visible.
    bool laneHasVisible(int lane, const QBitArray &visible) const;

private:
    struct DurationClass
    {
        std::vector<int> events;     // by start, then catalogue order
        std::vector<qint64> starts;  // starts[i] = start of events[i]
        std::vector<qint64> ends;    // ends[i] = end of events[i]
        std::vector<qint64> maxEnds; // max end of events[0..i]
        qint64 duration = -1;        // of every event, when they all last as long

        // [first, last) of the events that may overlap [from, to).
        std::pair<qsizetype, qsizetype> candidates(qint64 from, qint64 to) const
        {
            const auto first = std::upper_bound(maxEnds.cbegin(), maxEnds.cend(), from);
            const auto last = std::lower_bound(starts.cbegin(), starts.cend(), to);
            return {first - maxEnds.cbegin(), last - starts.cbegin()};
        }
    };
    struct LaneEvents
    {
        std::vector<DurationClass> classes; // class k: durations under 2^(k+1) days
        int count = 0;
    };

    // maxEnds from entry from on, after an entry there was taken out or put in.
    static void updateMaxEnds(DurationClass &c, size_t from);
    // The duration class of [start, end): under 2^(class+1) days.
    static int classOf(qint64 start, qint64 end);
    // addToDensity() for the candidates [first, last) of a class whose every duration is
    // under bound, bound being well under a column: runs in one column are counted at once.
    template <typename X>
    static qsizetype addBoundedToDensity(const DurationClass &c, qsizetype first, qsizetype last,
                                         qint64 from, qint64 bound, DensityMerge &density,
                                         X timeToX);
    // The lane an event of the catalogue goes in, or -1 when the index has no such lane.
    int laneFor(const Catalogue &catalogue, const QString &laneId) const;

    // A mask shorter than the catalogue hides the events it does not cover.
    static bool isSet(const QBitArray &mask, int event)
    {
        return event < mask.size() && mask.testBit(event);
    }

    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<int> m_laneOf;
    std::vector<LaneEvents> m_lanes;
    bool m_hasUnknownLane = false;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

template <typename F>
void TimelineIndex::forEachInWindow(int lane, qint64 from, qint64 to, const QBitArray &visible,
                                    F f) const
{
    if (lane < 0 || lane >= laneCount() || to <= from)
        return;
    const bool masked = !visible.isEmpty();
    for (const DurationClass &c : m_lanes[lane].classes) {
        // Candidates started before the window ends, and not all of the earlier ones ended
        // before it began.
        const auto [first, last] = c.candidates(from, to);
        for (auto i = first; i < last; ++i) {
            if (c.ends[i] > from && (!masked || isSet(visible, c.events[i])))
                f(c.events[i], c.starts[i], c.ends[i]);
        }
    }
}

template <typename X>
qsizetype TimelineIndex::addToDensity(int lane, qint64 from, qint64 to, DensityMerge &density,
                                      X timeToX) const
{
    if (lane < 0 || lane >= laneCount() || to <= from)
        return 0;
    qsizetype count = 0;
    const std::vector<DurationClass> &classes = m_lanes[lane].classes;
    for (size_t classIndex = 0; classIndex < classes.size(); ++classIndex) {
        const DurationClass &c = classes[classIndex];
        const auto [first, last] = c.candidates(from, to);
        if (first >= last)
            continue;
        // Narrower than a column by a margin that rounding cannot cross, so that add() would
        // count each of them once, in the column of its centre.
        const bool narrow = c.duration >= 0 &&
                            timeToX(c.starts[first] + c.duration) - timeToX(c.starts[first]) <
                                density.columnWidth() * 0.999;
        // Durations differ, but all are under the class's bound, which is well under a column.
        const qint64 bound = (qint64(2) << classIndex) * TimeScale::kDay;
        if (!narrow && timeToX(c.starts[first] + bound) - timeToX(c.starts[first]) <
                           density.columnWidth() * 0.5) {
            count += addBoundedToDensity(c, first, last, from, bound, density, timeToX);
            continue;
        }
        if (!narrow) {
            for (auto i = first; i < last; ++i) {
                if (c.ends[i] > from) {
                    density.add(timeToX(c.starts[i]), timeToX(c.ends[i]));
                    ++count;
                }
            }
            continue;
        }
        // Ends are starts + duration, so those that end after from are a tail of the range.
        const auto begin = c.starts.cbegin();
        qsizetype i = std::upper_bound(begin + first, begin + last, from - c.duration) - begin;
        count += last - i;
        auto columnOf = [&](qint64 start) {
            return density.columnOf(timeToX(start), timeToX(start + c.duration));
        };
        while (i < last) {
            const int column = columnOf(c.starts[i]);
            // The first event past this column: columns do not decrease along the starts.
            const qsizetype past =
                std::partition_point(begin + i + 1, begin + last,
                                     [&](qint64 start) { return columnOf(start) <= column; }) -
                begin;
            density.addToColumn(column, int(past - i));
            i = past;
        }
    }
    return count;
}

template <typename X>
qsizetype TimelineIndex::addBoundedToDensity(const DurationClass &c, qsizetype first,
                                             qsizetype last, qint64 from, qint64 bound,
                                             DensityMerge &density, X timeToX)
{
    qsizetype count = 0;
    auto one = [&](qsizetype i) {
        density.add(timeToX(c.starts[i]), timeToX(c.ends[i]));
        ++count;
    };
    qsizetype i = first;
    // Those starting before from may also end before it: one by one.
    for (; i < last && c.starts[i] < from; ++i) {
        if (c.ends[i] > from)
            one(i);
    }
    auto columnAt = [&](qint64 t) {
        const double x = timeToX(t);
        return density.columnOf(x, x);
    };
    // An event whose start and start + bound fall in one column has its centre there; so do
    // all the events after it until start + bound crosses into the next column. Those near
    // a column's edge go one by one.
    while (i < last) {
        const int column = columnAt(c.starts[i]);
        if (columnAt(c.starts[i] + bound) != column) {
            one(i++);
            continue;
        }
        const auto begin = c.starts.cbegin();
        const qsizetype past =
            std::partition_point(begin + i + 1, begin + last,
                                 [&](qint64 start) { return columnAt(start + bound) <= column; }) -
            begin;
        density.addToColumn(column, int(past - i));
        count += past - i;
        i = past;
    }
    return count;
}

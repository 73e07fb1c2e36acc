#include "timelinelayout.h"

#include "timescale.h"

double TimelineLayout::timeToX(qint64 t) const
{
    return TimeScale::timeToPixel(t, start, end, eventArea.left(), eventArea.width());
}

qint64 TimelineLayout::xToTime(double x) const
{
    return TimeScale::pixelToTime(x, start, end, eventArea.left(), eventArea.width());
}

int TimelineLayout::eventAt(QPointF pos) const
{
    if (!eventArea.contains(pos))
        return -1;
    for (const Lane &lane : lanes) {
        if (!lane.band.contains(pos))
            continue;
        // The last drawn is on top.
        for (int i = lane.firstItem + lane.itemCount - 1; i >= lane.firstItem; --i) {
            if (items[i].bounds().contains(pos))
                return items[i].event;
        }
    }
    return -1;
}

const TimelineLayout::Mark *TimelineLayout::markAt(QPointF pos) const
{
    if (!eventArea.contains(pos))
        return nullptr;
    for (const Lane &lane : lanes) {
        if (!lane.densityRect.contains(pos))
            continue;
        for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
            if (marks[i].group ? marks[i].rect.contains(pos)
                               : marks[i].rect.left() <= pos.x() && pos.x() < marks[i].rect.right())
                return &marks[i];
        }
    }
    return nullptr;
}

int TimelineLayout::laneAt(QPointF pos) const
{
    // Bands scrolled up under the axis or down past the rect are not there.
    if (pos.y() < eventArea.top() || pos.y() >= eventArea.bottom())
        return -1;
    for (const Lane &lane : lanes) {
        if (lane.band.contains(pos))
            return lane.lane;
    }
    return -1;
}

QRectF TimelineLayout::laneBand(int lane) const
{
    for (const Lane &candidate : lanes) {
        if (candidate.lane == lane)
            return candidate.band;
    }
    return {};
}

const TimelineLayout::Item *TimelineLayout::item(int event) const
{
    for (const Item &candidate : items) {
        if (candidate.event == event)
            return &candidate;
    }
    return nullptr;
}

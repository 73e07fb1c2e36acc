#include "timelinezoom.h"

#include <cmath>

TimelineZoom::TimelineZoom(QObject *parent) : QObject(parent) {}

void TimelineZoom::setRange(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    const qint64 span = std::clamp(end - start, kMinimumSpan, kMaximumSpan);
    if (span != end - start) {
        const qint64 centre = start + (end - start) / 2;
        start = centre - span / 2;
        end = start + span;
    }
    if (start == m_start && end == m_end)
        return;
    m_start = start;
    m_end = end;
    emit rangeChanged(m_start, m_end);
}

void TimelineZoom::zoomAround(qint64 anchor, double factor)
{
    if (!(factor > 0))
        return;
    const double span = double(rangeSpan());
    const double newSpan = std::clamp(span * factor, double(kMinimumSpan), double(kMaximumSpan));
    const double ratio = span > 0 ? double(anchor - m_start) / span : 0.5;
    const qint64 start = anchor - qint64(std::llround(ratio * newSpan));
    setRange(start, start + qint64(std::llround(newSpan)));
}

void TimelineZoom::pan(qint64 delta)
{
    setRange(m_start + delta, m_end + delta);
}

void TimelineZoom::setSelectedEvent(int eventIndex)
{
    if (eventIndex < -1)
        eventIndex = -1;
    if (eventIndex == m_selected)
        return;
    m_selected = eventIndex;
    emit selectionChanged(m_selected);
}

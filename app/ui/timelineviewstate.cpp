#include "timelineviewstate.h"

#include "catalogue.h"
#include "eventmasks.h"
#include "textmatch.h"
#include "timelinezoom.h"
#include "timescale.h"
#include "viewanimator.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <limits>

TimelineViewState::TimelineViewState(QObject *parent)
    : QObject(parent), m_zoom(new TimelineZoom(this)), m_animator(new ViewAnimator(this))
{
    m_animator->setZoom(m_zoom);
    connect(m_zoom, &TimelineZoom::selectionChanged, this, &TimelineViewState::onSelectionChanged);
}

TimelineViewState::~TimelineViewState()
{
    m_animator->stop();
}

void TimelineViewState::setCatalogue(const Catalogue *catalogue)
{
    m_animator->stop();
    m_zoom->setSelectedEvent(-1);
    m_catalogue = catalogue;
    m_selectedId.clear();
    const bool filtered = !m_filter.isEmpty();
    m_filter = {};
    makeMasks();
    if (filtered)
        emit filterChanged(m_filter);
    announceMasks();
}

void TimelineViewState::catalogueEdited()
{
    const QString selected = m_selectedId;
    makeMasks();
    announceMasks();
    selectId(selected);
}

void TimelineViewState::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    makeMasks();
    emit filterChanged(m_filter);
    announceMasks();
}

void TimelineViewState::setVisibleMask(const QBitArray &mask)
{
    m_visible = mask.size() == eventCount() ? mask : QBitArray(eventCount(), true);
    m_highlighted = m_catalogue ? EventMasks::searchMatches(*m_catalogue, m_filter.text.trimmed())
                                : QBitArray();
    if (!m_highlighted.isEmpty())
        m_highlighted &= m_visible;
    announceMasks();
}

void TimelineViewState::makeMasks()
{
    if (!m_catalogue) {
        m_visible = {};
        m_highlighted = {};
        return;
    }
    m_visible = EventMasks::visible(*m_catalogue, m_filter);
    // Matches are highlighted among the events the rest of the filter shows; with a search
    // in the filter they are the shown events themselves, so the text is searched once.
    m_highlighted = TextMatch(m_filter.text).isEmpty() ? QBitArray() : m_visible;
}

void TimelineViewState::announceMasks()
{
    emit visibleEventsChanged(m_visible);
    emit highlightedEventsChanged(m_highlighted);
}

int TimelineViewState::eventCount() const
{
    return m_catalogue ? int(m_catalogue->events().size()) : 0;
}

bool TimelineViewState::isVisible(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < m_visible.size() && m_visible.testBit(eventIndex);
}

int TimelineViewState::selectedEvent() const
{
    return m_zoom->selectedEvent();
}

QString TimelineViewState::selectedId() const
{
    return m_selectedId;
}

void TimelineViewState::select(int eventIndex)
{
    m_zoom->setSelectedEvent(eventIndex >= 0 && eventIndex < eventCount() ? eventIndex : -1);
}

void TimelineViewState::selectId(const QString &id)
{
    const int index = m_catalogue && !id.isEmpty() ? m_catalogue->eventIndex(id) : -1;
    if (index == m_zoom->selectedEvent()) {
        // The same position may now hold another event; the id is what counts.
        onSelectionChanged(index);
        return;
    }
    m_zoom->setSelectedEvent(index);
}

void TimelineViewState::onSelectionChanged(int eventIndex)
{
    m_selectedId = m_catalogue && eventIndex >= 0 && eventIndex < eventCount()
                       ? m_catalogue->events().at(eventIndex).id
                       : QString();
}

int TimelineViewState::nextEvent() const
{
    const int count = eventCount();
    const int current = selectedEvent();
    if (current >= 0 && current < count) {
        for (int i = current + 1; i < count; ++i) {
            if (isVisible(i))
                return i;
        }
        return -1;
    }
    // Nothing selected yet: the first event in view, else the last before it.
    const qint64 viewStart = m_zoom->rangeStart();
    int next = -1;
    for (int i = 0; i < count; ++i) {
        if (!isVisible(i))
            continue;
        next = i;
        if (eventSpan(i).second > viewStart)
            break;
    }
    return next;
}

int TimelineViewState::previousEvent() const
{
    const int count = eventCount();
    const int current = selectedEvent();
    if (current >= 0 && current < count) {
        for (int i = current - 1; i >= 0; --i) {
            if (isVisible(i))
                return i;
        }
        return -1;
    }
    // Nothing selected yet: the last event in view, else the first after it.
    const qint64 viewEnd = m_zoom->rangeEnd();
    int previous = -1;
    for (int i = count - 1; i >= 0; --i) {
        if (!isVisible(i))
            continue;
        previous = i;
        if (eventSpan(i).first < viewEnd)
            break;
    }
    return previous;
}

void TimelineViewState::selectNext()
{
    const int next = nextEvent();
    const int target = next >= 0 ? next : selectedEvent();
    if (next >= 0)
        select(next);
    reveal(target);
}

void TimelineViewState::selectPrevious()
{
    const int previous = previousEvent();
    const int target = previous >= 0 ? previous : selectedEvent();
    if (previous >= 0)
        select(previous);
    reveal(target);
}

std::pair<qint64, qint64> TimelineViewState::eventSpan(int eventIndex) const
{
    if (!m_catalogue || eventIndex < 0 || eventIndex >= eventCount())
        return {0, 0};
    const EventDate &date = m_catalogue->events().at(eventIndex).date;
    if (!date.isValid())
        return {0, 0};
    return {TimeScale::dayStart(date.first()), TimeScale::dayEnd(date.last())};
}

std::pair<qint64, qint64> TimelineViewState::target() const
{
    return m_animator->target();
}

std::pair<qint64, qint64> TimelineViewState::fitRange() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    const int count = eventCount();
    for (int pass = 0; pass < 2 && first >= last; ++pass) {
        for (int i = 0; i < count; ++i) {
            if (pass == 0 && !isVisible(i))
                continue; // the first pass takes the shown events, the second all of them
            const auto [start, end] = eventSpan(i);
            if (start >= end)
                continue;
            first = std::min(first, start);
            last = std::max(last, end);
        }
    }
    if (first >= last) {
        const int year = QDate::currentDate().year();
        first = TimeScale::dayStart(QDate(year, 1, 1));
        last = TimeScale::dayEnd(QDate(year, 12, 31));
    }
    // A margin of a fortieth each side, so the first and last marks are not on the edges.
    const qint64 margin = std::max((last - first) / 40, TimeScale::kDay);
    return {first - margin, last + margin};
}

void TimelineViewState::animateTo(qint64 start, qint64 end)
{
    m_animator->animateTo(start, end);
}

void TimelineViewState::jumpTo(qint64 start, qint64 end)
{
    m_animator->stop();
    m_zoom->setRange(start, end);
}

void TimelineViewState::fitAll()
{
    const auto [start, end] = fitRange();
    animateTo(start, end);
}

void TimelineViewState::zoomToSelection()
{
    const int selected = selectedEvent();
    if (!isVisible(selected))
        return;
    const auto [start, end] = eventSpan(selected);
    if (start >= end)
        return;
    const qint64 span = std::max(qint64((end - start) * 1.25), kMinimumSelectionSpan);
    const qint64 from = start + (end - start) / 2 - span / 2;
    animateTo(from, from + span);
}

void TimelineViewState::zoomBy(double factor)
{
    if (!(factor > 0))
        return;
    const auto [start, end] = target();
    const double span = std::clamp(double(end - start) * factor, double(TimelineZoom::kMinimumSpan),
                                   double(TimelineZoom::kMaximumSpan));
    const qint64 from = start + (end - start) / 2 - std::llround(span / 2);
    animateTo(from, from + std::llround(span));
}

void TimelineViewState::panBy(double fractionOfSpan)
{
    const auto [start, end] = target();
    const qint64 delta = std::llround(double(end - start) * fractionOfSpan);
    animateTo(start + delta, end + delta);
}

void TimelineViewState::reveal(int eventIndex)
{
    if (!isVisible(eventIndex))
        return;
    const auto [eventStart, eventEnd] = eventSpan(eventIndex);
    if (eventStart >= eventEnd)
        return;
    const auto [start, end] = target();
    const qint64 span = end - start;
    const qint64 margin = span / 10;
    if (eventStart >= start + margin && eventEnd <= end - margin)
        return; // comfortably in view already
    // Centre it; an event longer than the view shows its beginning.
    const qint64 from = eventEnd - eventStart <= span - 2 * margin
                            ? eventStart + (eventEnd - eventStart) / 2 - span / 2
                            : eventStart - margin;
    animateTo(from, from + span);
}

void TimelineViewState::bringIntoView(const QBitArray &mask)
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (int i = 0; i < mask.size() && i < eventCount(); ++i) {
        if (!mask.testBit(i) || !isVisible(i))
            continue;
        const auto [start, end] = eventSpan(i);
        if (start >= end)
            continue;
        first = std::min(first, start);
        last = std::max(last, end);
    }
    if (first >= last)
        return;
    const auto [start, end] = target();
    if (first >= start && last <= end)
        return;
    const qint64 span = std::max((last - first) + (last - first) / 10, kMinimumSelectionSpan);
    const qint64 from = first + (last - first) / 2 - span / 2;
    animateTo(from, from + span);
}

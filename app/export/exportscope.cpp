#include "exportscope.h"

#include "catalogue.h"
#include "eventmasks.h"
#include "timescale.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Room left either side of the whole story, so that the first and last events are not
// drawn against the edge: 2% of the span, at least a fortnight.
qint64 storyPadding(qint64 span)
{
    return std::max<qint64>(span / 50, 14 * TimeScale::kDay);
}

qint64 startOfMonth(qint64 t)
{
    const QDate day = TimeScale::dayOf(t);
    return TimeScale::dayStart(QDate(day.year(), day.month(), 1));
}

// The month start nearest to t.
qint64 nearestMonthStart(qint64 t)
{
    const qint64 before = startOfMonth(t);
    const QDate first = TimeScale::dayOf(before);
    const qint64 after = TimeScale::dayStart(first.addMonths(1));
    return t - before <= after - t ? before : after;
}

qint64 nearestDayStart(qint64 t)
{
    const qint64 before = TimeScale::dayStart(TimeScale::dayOf(t));
    return t - before <= TimeScale::kDay / 2 ? before : before + TimeScale::kDay;
}

} // namespace

ExportScope::ExportScope(const Catalogue &catalogue, const ExportSettings &settings)
    : m_catalogue(&catalogue)
{
    switch (settings.range) {
    case ExportSettings::Range::WholeStory: {
        QDate first = catalogue.firstDay();
        QDate last = catalogue.lastDay();
        // With the figures, the story reaches as far as the periods they are for: "a £30bn
        // gap by 2020/21" is part of it.
        if (settings.figures != ExportSettings::Figures::None) {
            for (const Figure &figure : catalogue.figures()) {
                if (!figure.period.isValid())
                    continue;
                first = first.isValid() ? std::min(first, figure.period.first())
                                        : figure.period.first();
                last = last.isValid() ? std::max(last, figure.period.last())
                                      : figure.period.last();
            }
        }
        if (!first.isValid()) { // no events: this year
            const QDate today = QDate::currentDate();
            first = QDate(today.year(), 1, 1);
            last = QDate(today.year(), 12, 31);
        }
        const qint64 start = TimeScale::dayStart(first);
        const qint64 end = TimeScale::dayEnd(last);
        const qint64 pad = storyPadding(end - start);
        m_start = start - pad;
        m_end = end + pad;
        break;
    }
    case ExportSettings::Range::CurrentView:
        m_start = settings.viewStart;
        m_end = std::max(settings.viewEnd, settings.viewStart + 1);
        break;
    case ExportSettings::Range::Dates:
        m_start = TimeScale::dayStart(settings.from);
        m_end = TimeScale::dayEnd(std::max(settings.from, settings.to));
        break;
    }

    if (settings.applyFilter)
        m_filter = settings.filter;

    // Lanes: the chosen ones (all when none are), narrowed by the filter's own lanes.
    const QSet<QString> filterLanes = m_filter.laneIds;
    for (const Lane &lane : catalogue.lanes()) {
        if (!settings.laneIds.isEmpty() && !settings.laneIds.contains(lane.id))
            continue;
        if (!filterLanes.isEmpty() && !filterLanes.contains(lane.id))
            continue;
        m_laneIds.append(lane.id);
    }
    m_noLanes = m_laneIds.isEmpty();
    m_filter.laneIds = m_noLanes || m_laneIds.size() == catalogue.lanes().size()
                           ? QSet<QString>()
                           : QSet<QString>(m_laneIds.cbegin(), m_laneIds.cend());
    collect();
}

void ExportScope::collect()
{
    m_firstDay = TimeScale::dayOf(m_start);
    m_lastDay = TimeScale::dayOf(m_end - 1);
    m_filter.from = m_firstDay;
    m_filter.to = m_lastDay;

    m_eventIndexes.clear();
    if (m_noLanes || !m_catalogue)
        return;
    // The same mask the window's views use, so an export holds what the screen shows.
    const QBitArray shown = EventMasks::visible(*m_catalogue, m_filter);
    for (int i = 0; i < shown.size(); ++i) {
        if (shown.testBit(i))
            m_eventIndexes.append(i);
    }
}

QList<const SourceInfo *> ExportScope::citedSources() const
{
    QList<const SourceInfo *> sources;
    if (!m_catalogue)
        return sources;
    QSet<QString> seen;
    for (int index : m_eventIndexes) {
        for (const SourceLink &link : m_catalogue->events().at(index).sources()) {
            if (seen.contains(link.sourceId))
                continue;
            seen.insert(link.sourceId);
            if (const SourceInfo *source = m_catalogue->source(link.sourceId))
                sources.append(source);
        }
    }
    std::stable_sort(sources.begin(), sources.end(), [](const SourceInfo *a, const SourceInfo *b) {
        if (a->date.first() != b->date.first())
            return a->date < b->date;
        return a->title < b->title;
    });
    return sources;
}

ExportScope ExportScope::restrictedTo(qint64 start, qint64 end) const
{
    ExportScope page = *this;
    page.m_start = start;
    page.m_end = std::max(end, start + 1);
    page.collect();
    return page;
}

QList<std::pair<qint64, qint64>> ExportScope::splitRange(qint64 start, qint64 end, int count)
{
    count = std::max(1, count);
    if (end <= start)
        return {{start, end}};
    const qint64 span = end - start;
    const bool byMonth = span / count >= 60 * TimeScale::kDay;
    QList<qint64> bounds{start};
    for (int i = 1; i < count; ++i) {
        const qint64 exact = start + qint64(double(span) * i / count);
        const qint64 bound = byMonth ? nearestMonthStart(exact) : nearestDayStart(exact);
        if (bound > bounds.last() && bound < end)
            bounds.append(bound);
    }
    bounds.append(end);

    QList<std::pair<qint64, qint64>> ranges;
    for (int i = 0; i + 1 < bounds.size(); ++i)
        ranges.append({bounds.at(i), bounds.at(i + 1)});
    return ranges;
}

int ExportScope::automaticPageCount(qint64 start, qint64 end, double bodyWidthMm)
{
    // 270 mm (A4 landscape less margins) holds about a year legibly.
    const double daysPerMm = 366.0 / 270.0;
    const double days = double(end - start) / double(TimeScale::kDay);
    const int pages = int(std::ceil(days / (std::max(bodyWidthMm, 10.0) * daysPerMm) - 0.05));
    return std::clamp(pages, 1, ExportSettings::kMaxPages);
}

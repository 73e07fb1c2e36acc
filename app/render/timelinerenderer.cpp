#include "timelinerenderer.h"

#include "catalogue.h"
#include "densitymerge.h"
#include "labelstacker.h"
#include "timescale.h"

#include <QImage>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

TimelineLayout::Shape shapeOf(const EventDate &date)
{
    // Open-ended: a bar between two known bounds, else a point at the one known bound.
    if (date.isOpenEnded())
        return date.first() == date.last() ? TimelineLayout::Shape::Point
                                           : TimelineLayout::Shape::Period;
    if (date.isRange())
        return TimelineLayout::Shape::Range;
    return date.start().precision() == DatePoint::Precision::Day ? TimelineLayout::Shape::Point
                                                                 : TimelineLayout::Shape::Period;
}

// a + (b - a) * t / 256, channel by channel, for opaque pixels.
QRgb mixRgb(QRgb a, QRgb b, int t)
{
    auto channel = [t](int from, int to) { return from + (to - from) * t / 256; };
    return qRgb(channel(qRed(a), qRed(b)), channel(qGreen(a), qGreen(b)),
                channel(qBlue(a), qBlue(b)));
}

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(colour.alphaF() * alpha);
    return colour;
}

// Scales marks so that their height grows with the square root of their count: a column of
// one event stays visible next to a column of a thousand.
void scaleMarks(std::vector<TimelineLayout::Mark> &marks, const TimelineLayout::Lane &lane,
                int maxCount)
{
    const qreal maxHeight = lane.densityRect.height();
    for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
        TimelineLayout::Mark &mark = marks[i];
        const qreal h =
            std::max(1.5, maxHeight * std::sqrt(qreal(mark.count) / std::max(maxCount, 1)));
        mark.rect.setTop(mark.rect.bottom() - h);
    }
}

} // namespace

// An event of a labelled lane on its way to a row.
struct TimelineRenderer::Placement
{
    int event;
    TimelineLayout::Shape shape;
    double x0, x1; // the event's period
    double shapeLeft, shapeRight;
    double labelLeft, labelWidth;
    double left, right; // what the label stacker keeps clear
    int row;
};

TimelineRenderer::TimelineRenderer()
    : m_theme(TimelineTheme::screen(QPalette())), m_today(QDate::currentDate())
{
    updateMetrics();
}

void TimelineRenderer::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    m_index = catalogue ? TimelineIndex(*catalogue) : TimelineIndex();
    forgetEvents();
}

void TimelineRenderer::forgetEvents()
{
    m_labelWidths.assign(m_index.eventCount(), -1.0f);
    m_highlighted.clear();
    m_laneEvents.clear();
    setVisibleEvents({});
}

void TimelineRenderer::followMove(int from, int to)
{
    if (!m_catalogue || !m_index.moveEvent(*m_catalogue, from, to)) {
        setCatalogue(m_catalogue);
        return;
    }
    forgetEvents();
}

void TimelineRenderer::setVisibleEvents(const QBitArray &visible)
{
    m_visible = visible;
    m_allVisible = visible.isEmpty() || visible.count(true) == visible.size();
    const QBitArray &lanes = m_laneEvents.size() == m_index.eventCount() ? m_laneEvents : visible;
    m_laneShown.assign(m_index.laneCount(), true);
    if (!lanes.isEmpty()) {
        for (int lane = 0; lane < m_index.laneCount(); ++lane)
            m_laneShown[lane] = m_index.laneHasVisible(lane, lanes);
    }
    invalidate();
}

void TimelineRenderer::setLaneEvents(const QBitArray &events)
{
    if (events == m_laneEvents)
        return;
    m_laneEvents = events;
    setVisibleEvents(m_visible);
}

void TimelineRenderer::setHighlightedEvents(const QBitArray &highlighted)
{
    m_highlighted = highlighted;
    invalidate();
}

void TimelineRenderer::setTheme(const TimelineTheme &theme)
{
    m_theme = theme;
    updateMetrics();
    invalidate();
}

void TimelineRenderer::setToday(QDate today)
{
    m_today = today;
    invalidate();
}

void TimelineRenderer::setMaxRowsPerLane(int rows)
{
    m_maxRows = std::max(rows, 1);
    invalidate();
}

void TimelineRenderer::setExpandedLane(int lane)
{
    if (lane == m_expandedLane)
        return;
    m_expandedLane = lane;
    invalidate();
}

void TimelineRenderer::setPinnedEvent(int event)
{
    if (event == m_pinned)
        return;
    m_pinned = event;
    invalidate();
}

void TimelineRenderer::setEventNumbers(const std::vector<int> &numbers)
{
    m_numbers = numbers;
    m_labelWidths.assign(m_labelWidths.size(), -1.0f);
    invalidate();
}

QString TimelineRenderer::labelText(int event) const
{
    if (!m_numbers.empty()) {
        const int number = event < int(m_numbers.size()) ? m_numbers[event] : 0;
        return number > 0 ? QString::number(number) : QString();
    }
    const TimelineEvent &e = m_catalogue->events().at(event);
    return e.title.isEmpty() ? e.id : e.title;
}

QString TimelineRenderer::numbersLabel(std::vector<int> numbers) const
{
    // "12–14, 17": the numbers of a group, runs joined.
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (size_t i = 0; i < numbers.size();) {
        size_t j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        parts.append(j == i ? QString::number(numbers[i])
                            : u"%1\u2013%2"_s.arg(numbers[i]).arg(numbers[j]));
        i = j + 1;
    }
    return parts.join(u", "_s);
}

void TimelineRenderer::setShowLaneCounts(bool show)
{
    if (show == m_showCounts)
        return;
    m_showCounts = show;
    invalidate();
}

void TimelineRenderer::setScrollable(bool scrollable, int minimumRows)
{
    minimumRows = std::max(minimumRows, 1);
    if (scrollable == m_scrollable && minimumRows == m_minimumRows)
        return;
    m_scrollable = scrollable;
    m_minimumRows = minimumRows;
    if (!scrollable)
        m_scrollOffset = 0;
    invalidate();
}

void TimelineRenderer::setLaneCollapsed(int lane, bool collapsed)
{
    if (collapsed == isLaneCollapsed(lane))
        return;
    if (collapsed)
        m_collapsed.insert(lane);
    else
        m_collapsed.remove(lane);
    invalidate();
}

void TimelineRenderer::setScrollOffset(qreal offset)
{
    offset = m_scrollable ? std::max(0.0, std::round(offset)) : 0.0;
    if (offset == m_scrollOffset)
        return;
    m_scrollOffset = offset;
    invalidate();
}

void TimelineRenderer::updateMetrics()
{
    const qreal s = m_theme.scale;
    m_font = m_theme.scaledFont();
    m_font.setKerning(false); // so that TextWidthCache measures exactly what is drawn
    m_text = TextWidthCache(m_font);
    const QFontMetricsF &metrics = m_text.metrics();
    const qreal textHeight = metrics.height();
    m_pad = std::round(4 * s);
    m_gap = std::round(2 * s);
    m_marker = std::max(6.0, std::round(textHeight * 0.75));
    m_row = std::ceil(m_marker + m_gap + textHeight + m_pad);
    m_strip = std::round(7 * s);
    m_groupHeight = std::ceil(textHeight + 2 * m_gap);
    m_numberRow = std::ceil(std::max(m_marker, textHeight) + m_pad);
    m_axisHeight = std::ceil(2 * textHeight + 3 * m_pad);
    m_maxLabelWidth = std::round(metrics.averageCharWidth() * 40);
    // A lane with more events in view than rows of this many pixels could hold is drawn
    // as density marks: most of its events would find no row anyway.
    m_minSlot = 2.5 * m_marker + 2 * m_pad;
    m_minTickSpacing = m_text.width(u"Wed 30 Sept"_s) + 3 * m_pad;
    m_labelWidths.assign(m_labelWidths.size(), -1.0f);
    m_textImages.setFont(m_font);
    m_sprites.clear();
}

qreal TimelineRenderer::labelWidth(int event)
{
    float &width = m_labelWidths[event];
    if (width < 0)
        width = float(m_text.width(labelText(event)));
    return std::min(qreal(width), m_maxLabelWidth);
}

QString TimelineRenderer::laneName(int lane) const
{
    if (m_catalogue && lane >= 0 && lane < m_catalogue->lanes().size()) {
        const Lane &l = m_catalogue->lanes().at(lane);
        return l.name.isEmpty() ? l.id : l.name;
    }
    return tr("Other");
}

QString TimelineRenderer::countLabel(int events)
{
    return tr("%1 in view").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(events));
}

QString TimelineRenderer::groupLabel(int events)
{
    return tr("+%1").arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(events));
}

qreal TimelineRenderer::minimumHeight(int lanes) const
{
    // A row per lane and the strip of groups under it ("+3"), as a lane with more events than
    // rows is laid out: less, and the lanes at the bottom are cut off.
    qsizetype count = std::count(m_laneShown.cbegin(), m_laneShown.cend(), true);
    if (lanes >= 0)
        count = std::min<qsizetype>(count, lanes);
    return m_axisHeight +
           qreal(std::max<qsizetype>(count, 1)) * (m_row + m_groupHeight + 3 * m_pad);
}

std::pair<qint64, qint64> TimelineRenderer::fullRange() const
{
    if (m_index.eventCount() == 0 || m_index.lastTime() <= m_index.firstTime()) {
        const int year = QDate::currentDate().year();
        return {TimeScale::dayStart(QDate(year, 1, 1)), TimeScale::dayStart(QDate(year + 1, 1, 1))};
    }
    const qint64 span = m_index.lastTime() - m_index.firstTime();
    const qint64 margin = std::max(span / 40, TimeScale::kDay);
    return {m_index.firstTime() - margin, m_index.lastTime() + margin};
}

QRectF TimelineRenderer::eventRect(int event) const
{
    const TimelineLayout::Item *item = m_layout.item(event);
    return item ? item->bounds() : QRectF();
}

const TimelineLayout &TimelineRenderer::layout(const QRectF &rect, qint64 start, qint64 end)
{
    if (!m_layoutValid || m_layout.rect != rect || m_layout.start != start || m_layout.end != end) {
        buildLayout(rect, start, end);
        m_layoutValid = true;
    }
    return m_layout;
}

void TimelineRenderer::buildLayout(const QRectF &rect, qint64 start, qint64 end)
{
    m_marksImageValid = false;
    TimelineLayout &l = m_layout;
    l.rect = rect;
    l.start = start;
    l.end = std::max(end, start + 1);
    const bool numbered = !m_numbers.empty();
    const qreal rowHeight = numbered ? m_numberRow : m_row;
    l.rowHeight = rowHeight;
    l.markerSize = m_marker;
    l.contentHeight = 0;
    l.scrollOffset = 0;
    l.lanes.clear();
    l.items.clear();
    l.marks.clear();
    l.searchMarks.clear();
    l.todayX = -1;

    QList<int> shown;
    qreal nameWidth = m_showCounts ? m_text.width(countLabel(99999)) : 0;
    for (int lane = 0; lane < m_index.laneCount(); ++lane) {
        if (m_laneShown[lane]) {
            shown.append(lane);
            nameWidth = std::max(nameWidth, m_text.width(laneName(lane)));
        }
    }
    // On screen a disclosure triangle goes before each name.
    const qreal toggleWidth = m_scrollable ? std::round(m_text.metrics().height()) + m_gap : 0;
    const qreal headerWidth =
        std::round(std::min(nameWidth + toggleWidth + 3 * m_pad, rect.width() * 0.25));
    const qreal axisHeight = std::min(m_axisHeight, rect.height());
    l.axisRect =
        QRectF(rect.left() + headerWidth, rect.top(), rect.width() - headerWidth, axisHeight);
    l.headerRect =
        QRectF(rect.left(), rect.top() + axisHeight, headerWidth, rect.height() - axisHeight);
    l.eventArea =
        QRectF(l.axisRect.left(), l.headerRect.top(), l.axisRect.width(), l.headerRect.height());
    const QRectF &area = l.eventArea;
    l.ticks =
        AxisTicks::generate(l.start, l.end, area.width(), m_minTickSpacing, 6 * m_theme.scale);
    if (m_today.isValid()) {
        const qint64 noon = TimeScale::dayStart(m_today) + TimeScale::kDay / 2;
        if (noon >= l.start && noon < l.end)
            l.todayX = l.timeToX(noon);
    }
    if (shown.isEmpty() || area.width() < 1 || !m_catalogue)
        return;

    // Pass 1: per lane, the events in view, and either their rows or their density.
    struct LanePlan
    {
        int lane;
        bool dense;
        int eventsInView;
        std::vector<Placement> placements; // labelled lanes, by left edge
        std::vector<int> eventsInRow;      // labelled lanes
        int unplaced = 0;
        std::vector<DensityMark> marks; // dense lanes
        std::vector<DensityMark> searchMarks;
    };
    std::vector<LanePlan> plans;
    plans.reserve(shown.size());
    auto maxRowsOf = [this](int lane) {
        return lane == m_expandedLane ? std::max(kExpandedRows, m_maxRows) : m_maxRows;
    };
    const QList<TimelineEvent> &events = m_catalogue->events();
    const bool searching = !m_highlighted.isEmpty();
    auto highlighted = [this](int event) {
        return event < m_highlighted.size() && m_highlighted.testBit(event);
    };
    for (const int lane : std::as_const(shown)) {
        LanePlan plan{lane, false, 0, {}, {}, 0, {}, {}};
        // Too many to label: count them into columns without collecting them. The index's
        // bound may count events that ended before the view or are hidden, so count exactly.
        // A collapsed lane is drawn the same way, in one thin row.
        const bool collapsed = isLaneCollapsed(lane);
        const double capacity = maxRowsOf(lane) * area.width() / m_minSlot;
        if (collapsed || m_index.candidatesInWindow(lane, l.start, l.end) > capacity) {
            DensityMerge merge(area.left(), area.right());
            DensityMerge matches(area.left(), area.right());
            const double left = area.left();
            const double scale = area.width() / double(l.end - l.start);
            auto timeToX = [&](qint64 t) { return left + double(t - l.start) * scale; };
            if (!searching && m_allVisible) {
                // Nothing to tell apart event by event: count whole runs at once.
                plan.eventsInView =
                    int(m_index.addToDensity(lane, l.start, l.end, merge, timeToX));
            } else {
                m_index.forEachInWindow(lane, l.start, l.end, m_visible,
                                        [&](int event, qint64 s, qint64 e) {
                                            const double x0 = timeToX(s);
                                            const double x1 = timeToX(e);
                                            merge.add(x0, x1);
                                            if (searching && highlighted(event))
                                                matches.add(x0, x1);
                                            ++plan.eventsInView;
                                        });
            }
            if (collapsed || plan.eventsInView > capacity) {
                plan.dense = true;
                plan.marks = merge.marks();
                plan.searchMarks = matches.marks();
                plans.push_back(std::move(plan));
                continue;
            }
        }
        m_window.clear();
        m_index.eventsInWindow(lane, l.start, l.end, m_visible, m_window);
        plan.eventsInView = int(m_window.size());
        plan.placements.reserve(m_window.size());
        for (const int event : std::as_const(m_window)) {
            Placement p;
            p.event = event;
            p.shape = shapeOf(events.at(event).date);
            p.x0 = l.timeToX(m_index.start(event));
            p.x1 = l.timeToX(m_index.end(event));
            if (p.shape == TimelineLayout::Shape::Point) {
                const double centre = (p.x0 + p.x1) / 2;
                p.shapeLeft = centre - m_marker / 2;
                p.shapeRight = centre + m_marker / 2;
            } else {
                p.shapeLeft = p.x0;
                p.shapeRight = std::max(p.x1, p.x0 + 2);
            }
            // A bar that starts before the view keeps its label in view; a label that would
            // run past the right edge ends where its marker or bar does instead.
            p.labelWidth = labelWidth(event);
            p.labelLeft = std::max(p.shapeLeft, area.left());
            if (numbered) {
                // A number goes after a day's marker, before a period's bar (after it when
                // the bar begins before the view), and to the other side at the edges.
                const bool point = p.shape == TimelineLayout::Shape::Point;
                const double after = std::max(p.shapeRight, area.left()) + m_gap;
                const double before = p.shapeLeft - m_gap - p.labelWidth;
                p.labelLeft = point || before < area.left() ? after : before;
                if (p.labelLeft + p.labelWidth > area.right() - m_pad)
                    p.labelLeft = before >= area.left() ? before : area.left() + m_pad;
            } else if (p.labelLeft + p.labelWidth > area.right() - m_pad) {
                const double edge = std::min(p.shapeRight, area.right() - m_pad);
                p.labelLeft =
                    std::max(area.left() + m_pad, std::min(p.labelLeft, edge - p.labelWidth));
            }
            p.left = std::max(std::min(p.shapeLeft, p.labelLeft), area.left());
            p.right = std::max(p.shapeRight, p.labelLeft + p.labelWidth);
            if (p.shape == TimelineLayout::Shape::Point && events.at(event).date.isApproximate()) {
                // Keep the soft whiskers either side of the marker clear as well (and the
                // label, which the right edge may have put to the left of the marker).
                p.left = std::max(std::min(p.left, p.shapeLeft - m_marker), area.left());
                p.right = std::max(p.right, p.shapeRight + m_marker);
            }
            p.row = -1;
            plan.placements.push_back(p);
        }
        // Events that begin in view get rows first, left to right; those already under way
        // (long ranges from before the view) take what room is left, so that they do not
        // push every event of the week out of its rows. Among the rest, events on a day come
        // before periods: when a lane runs short of rows, "14 June" keeps its label ahead of
        // "June" or "2018/19", which the bars themselves still show.
        const qint64 viewStart = l.start;
        std::sort(plan.placements.begin(), plan.placements.end(),
                  [this, viewStart](const Placement &a, const Placement &b) {
                      const bool aEarlier = m_index.start(a.event) < viewStart;
                      const bool bEarlier = m_index.start(b.event) < viewStart;
                      if (aEarlier != bEarlier)
                          return bEarlier;
                      const bool aPoint = a.shape == TimelineLayout::Shape::Point;
                      const bool bPoint = b.shape == TimelineLayout::Shape::Point;
                      if (aPoint != bPoint)
                          return aPoint;
                      return a.left < b.left || (a.left == b.left && a.event < b.event);
                  });
        LabelStacker stacker(maxRowsOf(lane), 2 * m_pad);
        plan.eventsInRow.assign(maxRowsOf(lane), 0);
        for (Placement &p : plan.placements) {
            p.row = stacker.place(p.left, p.right);
            if (p.row < 0)
                ++plan.unplaced;
            else
                ++plan.eventsInRow[p.row];
        }
        plan.eventsInRow.resize(stacker.rowCount());
        plans.push_back(std::move(plan));
    }

    // How many rows each labelled lane keeps: first the same cap for all, the most that fits
    // the height (an expanded lane keeps all it needs, as far as the others leave room at
    // one row each); then what height is left goes a row at a time to lanes that still have
    // events without one. What is left after that is shared out evenly.
    const qreal collapsedHeight = std::ceil(m_text.metrics().height() + 2 * m_pad);
    auto laneHeight = [&](const LanePlan &plan, int rows) {
        if (plan.dense && isLaneCollapsed(plan.lane))
            return collapsedHeight;
        if (plan.dense)
            return 2 * rowHeight + 2 * m_pad;
        int unlabelled = plan.unplaced;
        for (size_t row = rows; row < plan.eventsInRow.size(); ++row)
            unlabelled += plan.eventsInRow[row];
        return rows * rowHeight + (unlabelled > 0 ? m_groupHeight + m_pad : 0) + 2 * m_pad;
    };
    auto rowsWithin = [](const LanePlan &plan, int cap) {
        return std::max(1, std::min(int(plan.eventsInRow.size()), cap));
    };
    int expandedRows = 0;
    qreal othersAtOne = 0;
    for (const LanePlan &plan : plans) {
        if (plan.lane == m_expandedLane && !plan.dense)
            expandedRows = rowsWithin(plan, int(plan.eventsInRow.size()));
        else
            othersAtOne += laneHeight(plan, 1);
    }
    for (const LanePlan &plan : plans) {
        // Lanes that scroll leave the expanded one all its rows; the others scroll to.
        if (plan.lane != m_expandedLane || plan.dense || m_scrollable)
            continue;
        while (expandedRows > 1 && othersAtOne + laneHeight(plan, expandedRows) > area.height())
            --expandedRows;
    }
    auto rowsOf = [&](const LanePlan &plan, int cap) {
        return expandedRows > 0 && plan.lane == m_expandedLane ? expandedRows
                                                               : rowsWithin(plan, cap);
    };
    // Lanes that scroll never go below their least rows to fit: the rest is scrolled to.
    const int leastCap = m_scrollable ? std::min(m_minimumRows, m_maxRows) : 1;
    int cap = m_maxRows;
    qreal total = 0;
    for (; cap >= leastCap; --cap) {
        total = 0;
        for (const LanePlan &plan : plans)
            total += laneHeight(plan, rowsOf(plan, cap));
        if (total <= area.height() || cap == leastCap)
            break;
    }
    std::vector<int> rows;
    for (const LanePlan &plan : plans)
        rows.push_back(rowsOf(plan, cap));
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < plans.size(); ++i) {
            if (plans[i].dense || rows[i] >= int(plans[i].eventsInRow.size()))
                continue;
            const qreal more = laneHeight(plans[i], rows[i] + 1) - laneHeight(plans[i], rows[i]);
            if (total + more <= area.height()) {
                ++rows[i];
                total += more;
                grew = true;
            }
        }
    }
    const qreal extra = std::max(0.0, std::floor((area.height() - total) / qreal(plans.size())));
    std::vector<qreal> bandHeights;
    for (size_t i = 0; i < plans.size(); ++i) {
        bandHeights.push_back(std::round(laneHeight(plans[i], rows[i]) + extra));
        l.contentHeight += bandHeights.back();
    }
    if (m_scrollable)
        l.scrollOffset =
            std::clamp(m_scrollOffset, 0.0, std::max(0.0, l.contentHeight - area.height()));

    // Pass 2: bands, items and marks.
    qreal y = area.top() - l.scrollOffset;
    int maxDense = 1;
    std::vector<TimelineLayout::Mark> groupMarks;
    std::vector<std::vector<int>> groupNumbers; // numbered: the numbers each group holds
    for (size_t planIndex = 0; planIndex < plans.size(); ++planIndex) {
        LanePlan &plan = plans[planIndex];
        TimelineLayout::Lane lane;
        lane.lane = plan.lane;
        lane.name = laneName(plan.lane);
        lane.dense = plan.dense;
        lane.collapsed = isLaneCollapsed(plan.lane);
        if (m_scrollable) {
            // The disclosure triangle before the name: collapse to a row, or show again.
            const qreal size = std::round(m_text.metrics().height());
            lane.toggle = QRectF(rect.left() + m_pad, y + m_pad, size, size);
        }
        lane.eventsInView = plan.eventsInView;
        lane.band = QRectF(rect.left(), y, rect.width(), bandHeights[planIndex]);
        y = lane.band.bottom();
        lane.firstItem = int(l.items.size());
        lane.firstMark = int(l.marks.size());

        std::vector<DensityMark> marks;
        std::vector<DensityMark> searchMarks;
        if (plan.dense) {
            lane.densityRect = QRectF(area.left(), lane.band.top() + m_pad, area.width(),
                                      lane.band.height() - 2 * m_pad);
            lane.unlabelled = plan.eventsInView;
            marks = std::move(plan.marks);
            searchMarks = std::move(plan.searchMarks);
        } else {
            lane.rows = rows[planIndex];
            lane.expanded = plan.lane == m_expandedLane;
            lane.densityRect = QRectF(area.left(), lane.band.bottom() - m_pad - m_groupHeight,
                                      area.width(), m_groupHeight);
            auto pinned = std::find_if(plan.placements.begin(), plan.placements.end(),
                                       [this](const Placement &p) { return p.event == m_pinned; });
            if (pinned != plan.placements.end() && (pinned->row < 0 || pinned->row >= lane.rows)) {
                // The selection is named in its place: stack the lane again with it first.
                std::rotate(plan.placements.begin(), pinned, pinned + 1);
                LabelStacker stacker(lane.rows, 2 * m_pad);
                for (Placement &p : plan.placements)
                    p.row = stacker.place(p.left, p.right);
            }
            std::vector<const Placement *> kept;
            std::vector<const Placement *> left;
            for (const Placement &p : plan.placements) {
                if (p.row >= 0 && p.row < lane.rows)
                    kept.push_back(&p);
                else
                    left.push_back(&p);
            }
            lane.unlabelled = int(left.size());
            // Events left without a row become groups: a badge "+n" where the first of them
            // begins, taking in those that begin before the badge ends, so that every event
            // in view is either named or counted in a badge that opens it.
            std::sort(left.begin(), left.end(), [](const Placement *a, const Placement *b) {
                return a->shapeLeft < b->shapeLeft ||
                       (a->shapeLeft == b->shapeLeft && a->event < b->event);
            });
            for (const Placement *p : left) {
                const double anchor = std::clamp(p->shapeLeft, area.left(), area.right() - m_pad);
                const bool match = searching && highlighted(p->event);
                const int number =
                    numbered && p->event < int(m_numbers.size()) ? m_numbers[p->event] : 0;
                if (!groupMarks.empty() && anchor < groupMarks.back().rect.right() + m_pad) {
                    TimelineLayout::Mark &g = groupMarks.back();
                    ++g.count;
                    g.start = std::min(g.start, m_index.start(p->event));
                    g.end = std::max(g.end, m_index.end(p->event));
                    g.highlighted = g.highlighted || match;
                    if (numbered && number > 0)
                        groupNumbers.back().push_back(number);
                    g.text = numbered ? numbersLabel(groupNumbers.back()) : groupLabel(g.count);
                    g.rect.setWidth(std::max(g.rect.width(), m_text.width(g.text) + 2 * m_pad));
                    continue;
                }
                TimelineLayout::Mark g;
                g.lane = plan.lane;
                g.group = true;
                g.count = 1;
                g.start = m_index.start(p->event);
                g.end = m_index.end(p->event);
                g.highlighted = match;
                groupNumbers.push_back(number > 0 ? std::vector<int>{number} : std::vector<int>{});
                g.text = numbered ? numbersLabel(groupNumbers.back()) : groupLabel(1);
                g.rect = QRectF(anchor, lane.densityRect.top(), m_text.width(g.text) + 2 * m_pad,
                                lane.densityRect.height());
                groupMarks.push_back(g);
            }
            // A badge at the right edge stays whole in view, pushing those before it along.
            qreal limit = area.right();
            for (auto g = groupMarks.rbegin(); g != groupMarks.rend(); ++g) {
                if (g->rect.right() <= limit)
                    break;
                g->rect.moveRight(limit);
                limit = g->rect.left() - m_pad;
            }
            // A label may use the room up to the next item of its row, so that it is cut short
            // only where it has to be. At the edge of the view it is cut to fit (never to less
            // than a few letters) rather than clipped mid-letter: exports end there.
            std::sort(kept.begin(), kept.end(), [](const Placement *a, const Placement *b) {
                return a->row < b->row || (a->row == b->row && a->left < b->left);
            });
            for (size_t k = 0; k < kept.size(); ++k) {
                const Placement &p = *kept[k];
                const bool last = k + 1 == kept.size() || kept[k + 1]->row != p.row;
                const qreal room =
                    (last ? area.right() - m_pad : kept[k + 1]->left - 2 * m_pad) - p.labelLeft;
                const TimelineEvent &event = events.at(p.event);
                const QString title = labelText(p.event);
                const qreal full = m_labelWidths[p.event];
                const qreal top = lane.band.top() + m_pad + p.row * rowHeight;
                TimelineLayout::Item item;
                item.event = p.event;
                item.lane = plan.lane;
                item.row = p.row;
                item.shape = p.shape;
                item.approximate = event.date.isApproximate();
                item.planned = event.date.isPlanned();
                // Titles go under their marker; numbers beside it, on one line.
                const qreal textHeight = m_text.metrics().height();
                const qreal centre = numbered ? top + textHeight / 2 : top + m_marker / 2;
                if (p.shape == TimelineLayout::Shape::Point)
                    item.shapeRect = QRectF(p.shapeLeft, centre - m_marker / 2, m_marker, m_marker);
                else
                    item.shapeRect = QRectF(p.shapeLeft, centre - m_marker * 0.3,
                                            p.shapeRight - p.shapeLeft, m_marker * 0.6);
                const qreal least = last ? std::min(p.labelWidth, m_minSlot) : p.labelWidth;
                const qreal width = numbered ? full : std::clamp(room, least, full);
                item.text = width >= full ? title : m_text.elided(title, width);
                item.labelRect =
                    QRectF(p.labelLeft, numbered ? top : top + m_marker + m_gap, width, textHeight);
                l.items.push_back(item);
            }
            // Items go left to right within the lane, as hit testing and drawing expect.
            std::sort(l.items.begin() + lane.firstItem, l.items.end(),
                      [](const TimelineLayout::Item &a, const TimelineLayout::Item &b) {
                          return a.shapeRect.left() < b.shapeRect.left() ||
                                 (a.shapeRect.left() == b.shapeRect.left() && a.row < b.row);
                      });
        }
        for (const DensityMark &m : marks) {
            TimelineLayout::Mark mark;
            mark.lane = plan.lane;
            mark.rect =
                QRectF(m.x0, lane.densityRect.top(), m.x1 - m.x0, lane.densityRect.height());
            mark.count = m.count;
            mark.start = l.xToTime(m.x0);
            mark.end = std::max(l.xToTime(m.x1), mark.start + 1);
            l.marks.push_back(mark);
            maxDense = std::max(maxDense, m.count);
        }
        l.marks.insert(l.marks.end(), groupMarks.begin(), groupMarks.end());
        groupMarks.clear();
        groupNumbers.clear();
        for (const DensityMark &m : searchMarks)
            l.searchMarks.push_back(QRectF(m.x0, lane.densityRect.top() - m_pad, m.x1 - m.x0,
                                           std::max(2.0, m_pad / 2)));
        lane.itemCount = int(l.items.size()) - lane.firstItem;
        lane.markCount = int(l.marks.size()) - lane.firstMark;
        l.lanes.append(lane);
    }
    // Dense lanes share one scale, so that lanes compare.
    for (const TimelineLayout::Lane &lane : std::as_const(l.lanes)) {
        if (lane.dense)
            scaleMarks(l.marks, lane, maxDense);
    }
}

namespace {

// A 1-pixel line at x on the pixel grid, so that grid lines stay sharp at any scale.
qreal crisp(qreal x)
{
    return std::round(x);
}

QPolygonF diamond(const QRectF &box)
{
    const QPointF c = box.center();
    return QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                      QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())});
}

} // namespace

void TimelineRenderer::paintSoftEnds(QPainter *painter, const QRectF &rect, const QColor &colour,
                                     const QColor &background, qreal fade)
{
    // Opaque steps from the background to the colour: gradients with alpha do not survive
    // Qt's PDF writer (the bar comes out solid, overstating what is known).
    constexpr int kSteps = 4;
    const qreal f = std::clamp(fade, 0.0, rect.width() / 2);
    const qreal step = f / kSteps;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRect(QRectF(rect.left() + f, rect.top(), rect.width() - 2 * f, rect.height()));
    for (int i = 0; i < kSteps; ++i) {
        painter->setBrush(TimelineTheme::blend(background, colour, (i + 1.0) / (kSteps + 1)));
        painter->drawRect(QRectF(rect.left() + i * step, rect.top(), step, rect.height()));
        painter->drawRect(QRectF(rect.right() - (i + 1) * step, rect.top(), step, rect.height()));
    }
    painter->restore();
}

// An open-ended date known on one side only ("by June 2018"): the marker at the known bound
// and a bar that steps out to the background towards the side the source leaves open. The
// steps are opaque, as in paintSoftEnds(), so that PDF output keeps them.
void TimelineRenderer::paintOpenEnded(QPainter *painter, const QRectF &box, bool openBefore,
                                      const QColor &fill, const QColor &background,
                                      const QPen &outline, qreal marker)
{
    constexpr int kSteps = 5;
    const qreal step = 3 * marker / kSteps;
    const qreal x = box.center().x();
    const QRectF bar(0, box.center().y() - marker * 0.2, step, marker * 0.4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < kSteps; ++i) {
        // The full colour beside the marker, nearly the background at the open end.
        painter->setBrush(TimelineTheme::blend(background, fill, 1.0 - qreal(i) / kSteps));
        painter->drawRect(bar.translated(openBefore ? x - (i + 1) * step : x + i * step, 0));
    }
    painter->restore();
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawConvexPolygon(diamond(box));
}

const QImage &TimelineRenderer::markerSprite(const QColor &fill, const QPen &outline,
                                             qreal dpr) const
{
    // A day's marker, drawn once per colour and device pixel ratio and then copied: a view
    // holds hundreds, and an antialiased polygon with an outline costs far more than a copy.
    for (const MarkerSprite &sprite : m_sprites) {
        if (sprite.fill == fill && sprite.outline == outline.color() && sprite.dpr == dpr)
            return sprite.image;
    }
    const qreal size = std::ceil(m_marker + 2 * outline.widthF());
    QImage image(QSize(int(std::ceil(size * dpr)), int(std::ceil(size * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(outline);
    painter.setBrush(fill);
    const qreal inset = (size - m_marker) / 2;
    painter.drawConvexPolygon(diamond(QRectF(inset, inset, m_marker, m_marker)));
    painter.end();
    m_sprites.push_back({fill, outline.color(), dpr, image});
    return m_sprites.back().image;
}

QColor TimelineRenderer::bandColour(int position) const
{
    return position % 2 == 1 && m_theme.alternateBand.isValid() ? m_theme.alternateBand
                                                                : m_theme.background;
}

QColor TimelineRenderer::markColour(const TimelineLayout &l, int position) const
{
    // Opaque, so that the marks image is copied rather than blended.
    const TimelineLayout::Lane &lane = l.lanes.at(position);
    return TimelineTheme::blend(bandColour(position), m_theme.laneColour(lane.lane),
                                lane.dense ? 0.85 : 0.6);
}

void TimelineRenderer::drawMarks(QImage &image, const TimelineLayout &l, qreal dpr) const
{
    const QRectF &area = l.eventArea;
    const QSize size(int(std::ceil(area.width() * dpr)), int(std::ceil(area.height() * dpr)));
    if (image.size() != size || image.format() != QImage::Format_RGB32)
        image = QImage(size, QImage::Format_RGB32);
    image.setDevicePixelRatio(1);
    uchar *const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    const int width = size.width();
    auto deviceX = [&](qreal x) {
        return std::clamp(int(std::floor((x - area.left()) * dpr)), 0, width);
    };
    auto deviceY = [&](qreal y) {
        return std::clamp((y - area.top()) * dpr, 0.0, qreal(size.height()));
    };
    auto line = [&](int y) { return reinterpret_cast<QRgb *>(bits + y * stride); };

    // A lane at a time, row by row (memory order): a column takes the mark's colour from the
    // first row the mark covers entirely, written without branches so that the compiler
    // vectorises it; the row above gets it in proportion to how much of it the mark covers.
    // Only the lanes' density areas and the search ticks' rows above them are drawn from
    // the image, so nothing else of it is written.
    std::vector<int> firstFull(width);
    std::vector<float> tops(width);
    for (int position = 0; position < l.lanes.size(); ++position) {
        const TimelineLayout::Lane &lane = l.lanes.at(position);
        if (!lane.dense || lane.markCount == 0)
            continue;
        const QColor background = bandColour(position);
        const QColor colour = markColour(l, position);
        const QRgb empty = background.rgb();
        const QRgb full = colour.rgb();
        std::fill(firstFull.begin(), firstFull.end(), std::numeric_limits<int>::max());
        for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
            const QRectF &r = l.marks[i].rect;
            const int x0 = deviceX(r.left());
            const int x1 = std::max(std::min(x0 + 1, width), deviceX(r.right()));
            const float top = float(deviceY(r.top()));
            std::fill(tops.begin() + x0, tops.begin() + x1, top);
            std::fill(firstFull.begin() + x0, firstFull.begin() + x1, int(std::ceil(top)));
        }
        const int y0 = int(deviceY(lane.densityRect.top()));
        const int y1 = int(std::round(deviceY(lane.densityRect.bottom())));
        for (int y = int(deviceY(lane.densityRect.top() - m_pad)); y < y0; ++y)
            std::fill_n(line(y), width, empty);
        const int *firstRow = firstFull.data();
        for (int y = y0; y < y1; ++y) {
            QRgb *pixels = line(y);
            for (int x = 0; x < width; ++x)
                pixels[x] = y >= firstRow[x] ? full : empty;
        }
        for (int x = 0; x < width; ++x) {
            const int y = firstFull[x] - 1;
            if (firstFull[x] == std::numeric_limits<int>::max() || y < y0 || y >= y1)
                continue;
            const qreal coverage = y + 1 - tops[x];
            if (coverage > 0)
                line(y)[x] = mixRgb(empty, full, int(coverage * 256));
        }
    }
    // Search matches: few and small.
    const QRgb match = m_theme.text.rgb();
    for (const QRectF &r : l.searchMarks) {
        const int x0 = deviceX(r.left());
        const int x1 = std::max(std::min(x0 + 1, width), deviceX(r.right()));
        for (int y = int(deviceY(r.top())); y < int(std::round(deviceY(r.bottom()))); ++y)
            std::fill(line(y) + x0, line(y) + x1, match);
    }
    image.setDevicePixelRatio(dpr);
}

void TimelineRenderer::paint(QPainter *painter, const TimelineLayout &l, int selectedEvent,
                             int hoveredEvent) const
{
    const TimelineTheme &t = m_theme;
    const QRectF &area = l.eventArea;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setFont(m_font);

    // Every pixel is filled once: at this size, filling is a good part of a repaint.
    painter->fillRect(QRectF(l.rect.left(), l.rect.top(), l.headerRect.width(), l.rect.height()),
                      t.headerBackground);
    painter->fillRect(l.axisRect, t.headerBackground);
    qreal bandsEnd = area.top();
    for (int i = 0; i < l.lanes.size(); ++i) {
        const QRectF band = l.lanes.at(i).band.intersected(area);
        painter->fillRect(band, bandColour(i));
        bandsEnd = std::max(bandsEnd, band.bottom());
    }
    if (bandsEnd < area.bottom())
        painter->fillRect(QRectF(area.left(), bandsEnd, area.width(), area.bottom() - bandsEnd),
                          t.background);

    painter->setClipRect(area);
    std::vector<QLineF> lines;
    // The grid and rules are horizontal or vertical: filled as thin rectangles, which the
    // raster engine does faster than it draws lines.
    auto drawLines = [&](const QColor &colour, qreal width) {
        for (const QLineF &line : lines) {
            const QRectF rect = line.x1() == line.x2()
                                    ? QRectF(line.x1(), line.y1(), width, line.y2() - line.y1())
                                    : QRectF(line.x1(), line.y1(), line.x2() - line.x1(), width);
            painter->fillRect(rect.normalized(), colour);
        }
        lines.clear();
    };

    // Merged events. Thousands of one-pixel columns are slow to fill one by one, so on
    // screen and into images they are written into a cached image, copied in one go.
    std::vector<QRectF> rects;
    auto fillRects = [&](const QBrush &brush) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(brush);
        painter->drawRects(rects.data(), int(rects.size()));
        rects.clear();
    };
    // Images made for this device's pixels stay sharp only when the painter does not scale.
    const bool raster = painter->paintEngine()->type() == QPaintEngine::Raster &&
                        painter->transform().type() <= QTransform::TxTranslate;
    const qreal dpr = painter->device()->devicePixelRatioF();
    if (raster) {
        QImage other;
        QImage &image = &l == &m_layout ? m_marksImage : other;
        if (&image == &other || !m_marksImageValid || image.devicePixelRatio() != dpr) {
            drawMarks(image, l, dpr);
            m_marksImageValid = &image == &m_marksImage;
        }
        // Only the lanes' density areas (and the search ticks above them) hold anything.
        for (const TimelineLayout::Lane &lane : l.lanes) {
            if (!lane.dense || lane.markCount == 0)
                continue;
            const QRectF target = lane.densityRect.adjusted(0, -m_pad, 0, 0).intersected(area);
            const QRectF source((target.left() - area.left()) * dpr,
                                (target.top() - area.top()) * dpr, target.width() * dpr,
                                target.height() * dpr);
            painter->drawImage(target, image, source);
        }
    } else {
        for (int position = 0; position < l.lanes.size(); ++position) {
            const TimelineLayout::Lane &lane = l.lanes.at(position);
            if (!lane.dense)
                continue;
            for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i)
                rects.push_back(l.marks[i].rect);
            fillRects(markColour(l, position));
        }
        rects.assign(l.searchMarks.cbegin(), l.searchMarks.cend());
        fillRects(t.text);
    }

    // The grid and today's line, over the merged events and under the rest.
    for (const qint64 time : l.ticks.minor) {
        const qreal x = crisp(l.timeToX(time));
        lines.emplace_back(x, area.top(), x, area.bottom());
    }
    drawLines(t.minorGrid, 1);
    for (const AxisTicks::Tick &tick : l.ticks.major) {
        const qreal x = crisp(l.timeToX(tick.time));
        lines.emplace_back(x, area.top(), x, area.bottom());
    }
    drawLines(t.grid, 1);
    if (l.todayX >= 0) {
        const qreal dayWidth = l.timeToX(l.start + TimeScale::kDay) - l.timeToX(l.start);
        if (dayWidth >= 8)
            painter->fillRect(QRectF(l.todayX - dayWidth / 2, area.top(), dayWidth, area.height()),
                              withAlpha(t.today, 0.07));
        lines.emplace_back(crisp(l.todayX), area.top(), crisp(l.todayX), area.bottom());
        drawLines(t.today, t.lineWidth);
    }

    // Events drawn on their own, grouped by lane colour and by kind of shape.
    const qreal outlineWidth = t.lineWidth;
    std::vector<const TimelineLayout::Item *> special;
    for (int position = 0; position < l.lanes.size(); ++position) {
        const TimelineLayout::Lane &lane = l.lanes.at(position);
        const QColor colour = t.laneColour(lane.lane);
        const QPen outline(t.shapeOutline(lane.lane), outlineWidth);
        const auto first = l.items.cbegin() + lane.firstItem;
        const auto last = first + lane.itemCount;

        if (!m_highlighted.isEmpty()) {
            for (auto it = first; it != last; ++it) {
                if (it->event < m_highlighted.size() && m_highlighted.testBit(it->event))
                    rects.push_back(it->labelRect.adjusted(-m_gap, 0, m_gap, 0));
            }
            fillRects(t.searchHighlight);
        }

        auto isOpen = [this](int event) {
            return m_catalogue->events().at(event).date.isOpenEnded();
        };
        for (auto it = first; it != last; ++it) {
            if (it->approximate || it->planned || isOpen(it->event))
                special.push_back(&*it);
            else if (it->shape != TimelineLayout::Shape::Point)
                rects.push_back(it->shapeRect);
        }
        painter->setPen(outline);
        painter->setBrush(colour);
        painter->drawRects(rects.data(), int(rects.size()));
        rects.clear();

        // Both ends of a range, as caps the height of a marker (thin rectangles: wide pens
        // go through the stroker).
        const qreal capWidth = std::max(2.0, outlineWidth * 1.5);
        for (auto it = first; it != last; ++it) {
            if (it->shape == TimelineLayout::Shape::Range && !it->approximate) {
                const QRectF &r = it->shapeRect;
                const qreal top = r.top() - m_marker * 0.2;
                rects.emplace_back(r.left() - capWidth / 2, top, capWidth, m_marker);
                rects.emplace_back(r.right() - capWidth / 2, top, capWidth, m_marker);
            }
        }
        fillRects(outline.color());

        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(outline);
        painter->setBrush(colour);
        const QImage *sprite = raster ? &markerSprite(colour, outline, dpr) : nullptr;
        for (auto it = first; it != last; ++it) {
            if (it->shape != TimelineLayout::Shape::Point || it->approximate || it->planned ||
                isOpen(it->event))
                continue;
            if (sprite) {
                const QPointF centre = it->shapeRect.center();
                const qreal half = sprite->width() / dpr / 2;
                painter->drawImage(QPointF(std::round((centre.x() - half) * dpr) / dpr,
                                           std::round((centre.y() - half) * dpr) / dpr),
                                   *sprite);
            } else {
                painter->drawConvexPolygon(diamond(it->shapeRect));
            }
        }
        for (const TimelineLayout::Item *item : special) {
            const bool point = item->shape == TimelineLayout::Shape::Point;
            if (item->planned) {
                // Announced, not yet happened: hollow, with a dashed edge.
                QPen dashed(t.shapeOutline(lane.lane), std::max(1.5, outlineWidth * 1.5),
                            point ? Qt::SolidLine : Qt::DashLine);
                painter->setPen(dashed);
                painter->setBrush(bandColour(position));
                if (point)
                    painter->drawConvexPolygon(diamond(item->shapeRect));
                else
                    painter->drawRect(item->shapeRect);
            } else if (const EventDate &date = m_catalogue->events().at(item->event).date;
                       point && date.isOpenEnded()) {
                paintOpenEnded(painter, item->shapeRect, !date.earliest().isValid(), colour,
                               bandColour(position), outline, m_marker);
            } else if (point) {
                // About this day: a soft whisker either side of the marker.
                const QRectF &box = item->shapeRect;
                const QRectF whisker(box.left() - m_marker, box.center().y() - m_marker * 0.15,
                                     3 * m_marker, m_marker * 0.3);
                paintSoftEnds(painter, whisker, colour, bandColour(position), m_marker);
                painter->setPen(QPen(withAlpha(t.shapeOutline(lane.lane), 0.6), outlineWidth));
                painter->setBrush(withAlpha(colour, 0.6));
                painter->drawConvexPolygon(diamond(box));
            } else {
                paintSoftEnds(painter, item->shapeRect, colour, bandColour(position),
                              std::min(3 * m_marker, item->shapeRect.width() / 3));
            }
        }
        special.clear();
        painter->setRenderHint(QPainter::Antialiasing, false);

        for (auto it = first; it != last; ++it)
            m_textImages.draw(painter, it->labelRect.topLeft(), it->text, t.text);
    }

    drawGroups(painter, l);

    // Hover and selection on top.
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    auto ring = [&](int event, const QColor &colour, qreal width) {
        if (event < 0)
            return false;
        const TimelineLayout::Item *item = l.item(event);
        if (!item)
            return false;
        painter->setPen(QPen(colour, width));
        painter->drawRoundedRect(item->bounds().adjusted(-m_gap - 1, -m_gap, m_gap + 1, m_gap),
                                 m_gap, m_gap);
        return true;
    };
    if (hoveredEvent != selectedEvent)
        ring(hoveredEvent, t.hover, 1.5);
    if (!ring(selectedEvent, t.selection, 2) && selectedEvent >= 0 &&
        selectedEvent < m_index.eventCount()) {
        // Merged or not in a row: mark its period across its lane instead.
        for (const TimelineLayout::Lane &lane : l.lanes) {
            if (lane.lane != m_index.laneOf(selectedEvent))
                continue;
            const qreal x0 = l.timeToX(m_index.start(selectedEvent));
            const qreal x1 = std::max(l.timeToX(m_index.end(selectedEvent)), x0 + 3);
            const QRectF band(x0, lane.band.top() + 1, x1 - x0, lane.band.height() - 2);
            painter->fillRect(band, withAlpha(t.selection, 0.25));
            painter->setPen(QPen(t.selection, 2));
            painter->drawRect(band);
        }
        drawCallout(painter, l, selectedEvent);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setClipping(false);

    // Lane names, scrolling with their lanes under the axis.
    const qreal textWidth = l.headerRect.width() - 2 * m_pad;
    painter->setClipRect(QRectF(l.rect.left(), area.top(), l.rect.width(), area.height()));
    for (const TimelineLayout::Lane &lane : l.lanes) {
        if (lane.band.top() >= l.rect.bottom())
            break;
        if (lane.band.bottom() < area.top())
            continue;
        qreal nameLeft = l.rect.left() + m_pad;
        if (!lane.toggle.isNull()) {
            // Pointing right when collapsed, down when open.
            const QRectF box = lane.toggle.adjusted(m_gap, m_gap, -m_gap, -m_gap);
            const QPolygonF triangle =
                lane.collapsed ? QPolygonF({box.topLeft(), QPointF(box.right(), box.center().y()),
                                            box.bottomLeft()})
                               : QPolygonF({box.topLeft(), box.topRight(),
                                            QPointF(box.center().x(), box.bottom())});
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(Qt::NoPen);
            painter->setBrush(t.mutedText);
            painter->drawConvexPolygon(triangle);
            painter->setRenderHint(QPainter::Antialiasing, false);
            nameLeft = lane.toggle.right() + m_gap;
        }
        const qreal nameWidth = textWidth - (nameLeft - l.rect.left() - m_pad);
        const QPointF topLeft(nameLeft, lane.band.top() + m_pad);
        if (lane.collapsed) {
            // One line: the name, and its count at the right of the column.
            const QString count =
                QLocale(QLocale::English, QLocale::UnitedKingdom).toString(lane.eventsInView);
            const qreal countWidth = m_text.width(count);
            m_textImages.draw(painter, topLeft,
                              m_text.elided(lane.name, nameWidth - countWidth - 2 * m_pad), t.text);
            m_textImages.draw(painter,
                              QPointF(l.headerRect.right() - m_pad - countWidth, topLeft.y()),
                              count, t.mutedText);
        } else {
            m_textImages.draw(painter, topLeft, m_text.elided(lane.name, nameWidth), t.text);
        }
        if (m_showCounts && !lane.collapsed)
            m_textImages.draw(painter, topLeft + QPointF(0, m_text.metrics().height()),
                              m_text.elided(countLabel(lane.eventsInView), nameWidth), t.mutedText);
        lines.emplace_back(l.rect.left(), crisp(lane.band.bottom()), l.rect.right(),
                           crisp(lane.band.bottom()));
    }
    drawLines(t.separator, 1);
    painter->setClipping(false);
    lines.emplace_back(crisp(area.left()), l.rect.top(), crisp(area.left()), l.rect.bottom());
    drawLines(t.separator, 1);

    // The date axis: context periods above, labelled ticks below.
    const QRectF &axis = l.axisRect;
    painter->setClipRect(axis);
    const qreal contextTop = axis.top() + m_pad;
    const qreal majorTop = contextTop + m_text.metrics().height() + m_pad;
    for (int i = 0; i < l.ticks.context.size(); ++i) {
        const AxisTicks::Tick &tick = l.ticks.context.at(i);
        const qreal x = l.timeToX(tick.time);
        const qreal next = i + 1 < l.ticks.context.size()
                               ? l.timeToX(l.ticks.context.at(i + 1).time)
                               : axis.right();
        const qreal width = m_text.width(tick.label);
        // The label of the period at the left edge stays in view until the next pushes it out.
        const qreal labelX = std::min(std::max(x, axis.left()) + m_pad, next - m_pad - width);
        m_textImages.draw(painter, QPointF(labelX, contextTop), tick.label, t.mutedText);
        if (x > axis.left())
            lines.emplace_back(crisp(x), axis.top(), crisp(x), axis.bottom());
    }
    for (const AxisTicks::Tick &tick : l.ticks.major) {
        const qreal x = crisp(l.timeToX(tick.time));
        m_textImages.draw(painter, QPointF(x + m_pad, majorTop), tick.label, t.text);
        lines.emplace_back(x, majorTop, x, axis.bottom());
    }
    drawLines(t.grid, 1);
    for (const qint64 time : l.ticks.minor) {
        const qreal x = crisp(l.timeToX(time));
        lines.emplace_back(x, axis.bottom() - m_pad, x, axis.bottom());
    }
    lines.emplace_back(axis.left(), crisp(axis.bottom()), axis.right(), crisp(axis.bottom()));
    drawLines(t.separator, 1);
    if (l.todayX >= 0) {
        const QString text = tr("Today");
        const qreal w = m_text.width(text) + 2 * m_pad;
        const QRectF pill(l.todayX - w / 2, axis.top() + m_pad / 2, w, m_text.metrics().height());
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(t.today);
        painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        m_textImages.draw(painter, pill.topLeft() + QPointF(m_pad, 0), text, t.background);
    }
    painter->restore();
}

void TimelineRenderer::drawGroups(QPainter *painter, const TimelineLayout &l) const
{
    // Badges of events left without a row: the lane's colour, light enough to read the count,
    // with a frame in the text colour around those holding a search match.
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int position = 0; position < l.lanes.size(); ++position) {
        const TimelineLayout::Lane &lane = l.lanes.at(position);
        if (lane.dense)
            continue;
        // As much of the lane's colour as leaves the count 4.5:1 from it (dim desktop text).
        QColor fill = bandColour(position);
        for (qreal tint = 0.35; tint > 0; tint -= 0.05) {
            const QColor candidate =
                TimelineTheme::blend(bandColour(position), m_theme.laneColour(lane.lane), tint);
            if (TimelineTheme::contrast(m_theme.text, candidate) >= 4.5) {
                fill = candidate;
                break;
            }
        }
        for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
            const TimelineLayout::Mark &mark = l.marks[i];
            const QRectF box = mark.rect.adjusted(0.5, 0.5, -0.5, -0.5);
            painter->setPen(mark.highlighted
                                ? QPen(m_theme.text, 2)
                                : QPen(m_theme.shapeOutline(lane.lane), m_theme.lineWidth));
            painter->setBrush(mark.highlighted ? m_theme.searchHighlight : fill);
            painter->drawRoundedRect(box, m_gap * 2, m_gap * 2);
            m_textImages.draw(painter, QPointF(box.left() + m_pad, box.top() + m_gap - 0.5),
                              mark.text, m_theme.text);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
}

QRectF TimelineRenderer::calloutRect(const TimelineLayout &l, int event) const
{
    // The selection has no row of its own: it is named in a box beside its period, over the
    // labels there, so the officer always sees what is selected.
    if (!m_catalogue || event < 0 || event >= m_catalogue->events().size() || l.item(event))
        return {};
    const auto lane = std::find_if(l.lanes.cbegin(), l.lanes.cend(), [&](const auto &candidate) {
        return candidate.lane == m_index.laneOf(event);
    });
    const QRectF &area = l.eventArea;
    if (lane == l.lanes.cend() || lane->band.bottom() <= area.top() ||
        lane->band.top() >= area.bottom())
        return {}; // its lane is not shown, or scrolled out of view
    const qreal x0 = l.timeToX(m_index.start(event));
    const qreal x1 = std::max(l.timeToX(m_index.end(event)), x0 + 3);
    if (x1 < area.left() || x0 > area.right())
        return {}; // out of view: a box here would say it is here
    const qreal height = m_text.metrics().height() + 2 * m_gap;
    const qreal width = std::min(m_text.width(calloutText(event)) + 2 * m_pad,
                                 std::max(area.width() - 2 * m_pad, 1.0));
    qreal left = x1 + m_pad;
    if (left + width > area.right() - m_pad)
        left = x0 - m_pad - width;
    left = std::clamp(left, area.left() + m_pad,
                      std::max(area.left() + m_pad, area.right() - m_pad - width));
    const qreal top = std::clamp(lane->band.top() + m_pad, area.top(),
                                 std::max(area.top(), lane->band.bottom() - height - m_pad));
    return QRectF(left, top, width, height);
}

const QString &TimelineRenderer::calloutText(int event) const
{
    const TimelineEvent &chosen = m_catalogue->events().at(event);
    return chosen.title.isEmpty() ? chosen.id : chosen.title;
}

void TimelineRenderer::drawCallout(QPainter *painter, const TimelineLayout &l, int event) const
{
    const QRectF box = calloutRect(l, event);
    if (box.isNull())
        return;
    painter->setPen(QPen(m_theme.selection, 1.5));
    painter->setBrush(m_theme.background);
    painter->drawRoundedRect(box, m_gap, m_gap);
    painter->setBrush(Qt::NoBrush);
    m_textImages.draw(painter, box.topLeft() + QPointF(m_pad, m_gap),
                      m_text.elided(calloutText(event), box.width() - 2 * m_pad), m_theme.text);
}

#include "timelinewidget.h"

#include "catalogue.h"
#include "timelinezoom.h"
#include "timescale.h"
#include "timelineviewstate.h"
#include "viewanimator.h"

#include <QAction>
#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent), m_ownState(new TimelineViewState(this)),
      m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    // The renderer fills every pixel, so Qt need not clear the background first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
    grabGesture(Qt::PinchGesture);
    // Always there beside the lanes (disabled while they all fit), so that where time runs
    // does not change as lanes grow and shrink while zooming.
    m_renderer.setScrollable(true, kMinimumLaneRows);
    m_scrollBar->setAccessibleName(tr("Scroll lanes"));
    m_scrollBar->setFocusPolicy(Qt::NoFocus);
    m_scrollBar->setEnabled(false);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_scroll)
            return;
        m_scroll = value;
        m_scrollTo = -1;
        m_hovered = -1;
        update();
    });
    applyPaletteTheme();
    setViewState(m_ownState);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setCatalogue(const Catalogue *catalogue)
{
    m_animator->stop();
    if (m_state == m_ownState)
        m_ownState->setCatalogue(catalogue); // a shared state is given it by its owner
    m_renderer.setCatalogue(catalogue);
    m_visible = m_state->visibleMask();
    m_renderer.setVisibleEvents(effectiveMask());
    m_renderer.setExpandedLane(-1);
    m_renderer.clearCollapsedLanes();
    m_eventAreaSize = QSize();
    m_hovered = -1;
    const auto [start, end] = m_state->fitRange();
    m_zoom->setRange(start, end);
    applyHighlighted(m_state->highlightedMask());
    updateAccessibleDescription();
    update();
}

void TimelineWidget::followEdit(const CatalogueChange &change)
{
    // One event changed: the index follows its move (a million events: milliseconds, not a
    // rebuild); anything else builds it again.
    if (change.what == CatalogueChange::What::EventsChanged && change.moves.size() == 1)
        m_renderer.followMove(change.moves.constFirst().from, change.moves.constFirst().to);
    else
        m_renderer.setCatalogue(m_renderer.catalogue());
    m_visible = m_state->visibleMask();
    m_renderer.setVisibleEvents(effectiveMask());
    // The same matches, perhaps at other positions: highlighted, not brought into view again.
    m_matches = m_state->highlightedMask().size() == m_renderer.index().eventCount()
                    ? m_state->highlightedMask()
                    : QBitArray();
    m_renderer.setHighlightedEvents(m_matches);
    m_eventAreaSize = QSize();
    m_hovered = -1;
    updateAccessibleDescription();
    update();
}

void TimelineWidget::setViewState(TimelineViewState *state)
{
    if (!state)
        state = m_ownState;
    if (state == m_state)
        return;
    if (m_state) {
        disconnect(m_state, nullptr, this, nullptr);
        disconnect(m_zoom, nullptr, this, nullptr);
        disconnect(m_animator, nullptr, this, nullptr);
    }
    m_state = state;
    m_zoom = state->zoom();
    m_animator = state->animator();
    connect(m_zoom, &TimelineZoom::rangeChanged, this, &TimelineWidget::onRangeChanged);
    connect(m_zoom, &TimelineZoom::selectionChanged, this, &TimelineWidget::onSelectionChanged);
    connect(m_animator, &ViewAnimator::finished, this, &TimelineWidget::animationFinished);
    connect(state, &TimelineViewState::visibleEventsChanged, this,
            &TimelineWidget::applyVisible);
    connect(state, &TimelineViewState::highlightedEventsChanged, this,
            &TimelineWidget::applyHighlighted);
    if (state != m_ownState)
        connect(state, &QObject::destroyed, this, [this] { setViewState(nullptr); });
    m_visible = state->visibleMask();
    m_renderer.setVisibleEvents(effectiveMask());
    m_matches = {};
    applyHighlighted(state->highlightedMask());
    m_hovered = -1;
    updateAccessibleDescription();
    update();
}

void TimelineWidget::setVisibleEvents(const QBitArray &visible)
{
    m_state->setVisibleMask(visible);
}

void TimelineWidget::applyVisible(const QBitArray &visible)
{
    m_visible = visible;
    m_renderer.setVisibleEvents(effectiveMask());
    m_eventAreaSize = QSize();
    if (!isVisibleEvent(m_hovered))
        m_hovered = -1;
    updateAccessibleDescription();
    update();
}

void TimelineWidget::applyHighlighted(const QBitArray &highlighted)
{
    const QBitArray matches =
        highlighted.size() == m_renderer.index().eventCount() ? highlighted : QBitArray();
    m_renderer.setHighlightedEvents(matches);
    if (matches != m_matches) {
        m_matches = matches;
        // A new search brings every match into view, when some are outside it, and the
        // lane of the earliest one when the lanes scroll.
        m_state->bringIntoView(m_matches);
        const TimelineIndex &index = m_renderer.index();
        int earliest = -1;
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches.testBit(i) && isVisibleEvent(i)
                && (earliest < 0 || index.start(i) < index.start(earliest)))
                earliest = i;
        }
        if (earliest >= 0)
            scrollToEvent(earliest);
    }
    update();
}

void TimelineWidget::setTheme(const TimelineTheme &theme)
{
    m_themeMode = ThemeMode::Custom;
    m_renderer.setTheme(theme);
    m_eventAreaSize = QSize();
    update();
}

void TimelineWidget::setHighContrast(bool highContrast)
{
    if (!highContrast) {
        followPalette();
        return;
    }
    m_themeMode = ThemeMode::HighContrast;
    m_renderer.setTheme(TimelineTheme::highContrast());
    m_eventAreaSize = QSize();
    update();
}

void TimelineWidget::followPalette()
{
    m_themeMode = ThemeMode::Palette;
    applyPaletteTheme();
}

void TimelineWidget::applyPaletteTheme()
{
    m_renderer.setTheme(TimelineTheme::screen(palette()));
    m_eventAreaSize = QSize();
    update();
}

void TimelineWidget::setAnimated(bool animated)
{
    m_animator->setEnabled(animated);
}

bool TimelineWidget::isAnimated() const
{
    return m_animator->isEnabled();
}

bool TimelineWidget::isAnimating() const
{
    return m_animator->isRunning();
}

const TimelineLayout &TimelineWidget::currentLayout()
{
    // The selection always has a row in its lane, so that it is named where it is.
    const int selected = m_zoom ? m_zoom->selectedEvent() : -1;
    m_renderer.setPinnedEvent(isVisibleEvent(selected) ? selected : -1);
    m_renderer.setScrollOffset(m_scroll);
    const TimelineLayout *layout =
        &m_renderer.layout(layoutRect(), m_zoom->rangeStart(), m_zoom->rangeEnd());
    if (m_scrollTo >= 0) {
        // Kept in view through a glide: rows and lane heights change as the range does.
        if (scrollInto(*layout, m_scrollTo)) {
            m_renderer.setScrollOffset(m_scroll);
            layout = &m_renderer.layout(layoutRect(), m_zoom->rangeStart(), m_zoom->rangeEnd());
        }
        if (!m_animator->isRunning())
            m_scrollTo = -1;
    }
    syncScrollBar(*layout);
    m_eventArea = layout->eventArea;
    m_eventAreaSize = size();
    return *layout;
}

QRectF TimelineWidget::layoutRect() const
{
    // The scroll bar's column, and a margin for the focus frame, on the right.
    const int reserved = m_scrollBar->sizeHint().width() + 2;
    return QRectF(0, 0, std::max(0, width() - reserved), height());
}

void TimelineWidget::syncScrollBar(const TimelineLayout &layout)
{
    // The layout clamps the offset to what there is to scroll.
    m_scroll = int(layout.scrollOffset);
    const QRectF &area = layout.eventArea;
    const int maximum = std::max(0, int(std::ceil(layout.contentHeight - area.height())));
    const QSignalBlocker blocker(m_scrollBar);
    m_scrollBar->setRange(0, maximum);
    m_scrollBar->setPageStep(std::max(1, int(area.height())));
    m_scrollBar->setSingleStep(std::max(1, int(layout.rowHeight)));
    m_scrollBar->setValue(m_scroll);
    m_scrollBar->setEnabled(maximum > 0);
    const QRect geometry(int(layoutRect().right()), int(area.top()),
                         m_scrollBar->sizeHint().width(), std::max(0, int(area.height()) - 2));
    if (m_scrollBar->geometry() != geometry)
        m_scrollBar->setGeometry(geometry);
}

bool TimelineWidget::scrollInto(const TimelineLayout &layout, int eventIndex)
{
    // The whole lane when it fits, else the event's row (the selection always has one).
    const QRectF &area = layout.eventArea;
    const QRectF band = layout.laneBand(m_renderer.index().laneOf(eventIndex));
    if (band.isNull())
        return false;
    QRectF target = band;
    if (band.height() > area.height()) {
        const TimelineLayout::Item *item = layout.item(eventIndex);
        if (!item)
            return false;
        target = item->bounds().adjusted(0, -layout.rowHeight / 2, 0, layout.rowHeight / 2);
    }
    // In the lanes' own coordinates, from the top of the first.
    const qreal top = target.top() - area.top() + layout.scrollOffset;
    const qreal bottom = target.bottom() - area.top() + layout.scrollOffset;
    int scroll = m_scroll;
    if (top < scroll)
        scroll = int(std::floor(top));
    else if (bottom > scroll + area.height())
        scroll = int(std::ceil(bottom - area.height()));
    scroll =
        std::clamp(scroll, 0, std::max(0, int(std::ceil(layout.contentHeight - area.height()))));
    if (scroll == m_scroll)
        return false;
    m_scroll = scroll;
    return true;
}

void TimelineWidget::setVerticalScroll(int pixels)
{
    m_scrollTo = -1;
    m_scroll = std::max(0, pixels);
    m_hovered = -1;
    currentLayout(); // clamps it
    update();
}

void TimelineWidget::scrollToEvent(int eventIndex)
{
    if (!isVisibleEvent(eventIndex))
        return;
    m_scrollTo = eventIndex;
    currentLayout();
    update();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    currentLayout(); // places the scroll bar
}

QRectF TimelineWidget::eventArea()
{
    // Where time runs depends on the size and the lane names, not on the range: a drag or a
    // burst of wheel events maps pixels to times without laying out a range never drawn.
    if (m_eventAreaSize != size())
        currentLayout();
    return m_eventArea;
}

int TimelineWidget::eventAt(QPointF pos)
{
    currentLayout();
    return m_renderer.eventAt(pos);
}

QRectF TimelineWidget::eventRect(int eventIndex)
{
    currentLayout();
    return m_renderer.eventRect(eventIndex);
}

QRectF TimelineWidget::axisRect()
{
    return currentLayout().axisRect;
}

qint64 TimelineWidget::timeAt(double x)
{
    const QRectF area = eventArea();
    return TimeScale::pixelToTime(x, m_zoom->rangeStart(), m_zoom->rangeEnd(), area.left(),
                                  area.width());
}

double TimelineWidget::xOf(qint64 time)
{
    const QRectF area = eventArea();
    return TimeScale::timeToPixel(time, m_zoom->rangeStart(), m_zoom->rangeEnd(), area.left(),
                                  area.width());
}

QSize TimelineWidget::sizeHint() const
{
    return {800, 400};
}

QSize TimelineWidget::minimumSizeHint() const
{
    // In a small window the timeline keeps most of the width (the panes beside it give way
    // first) and a row for each of its first lanes; more lanes than that scroll.
    return {480, int(std::ceil(m_renderer.minimumHeight(kLanesInMinimumHeight)))};
}

// Navigation ---------------------------------------------------------------------------------

QBitArray TimelineWidget::effectiveMask() const
{
    return m_visible.size() == m_renderer.index().eventCount() ? m_visible : QBitArray();
}

bool TimelineWidget::isVisibleEvent(int eventIndex) const
{
    const int count = m_renderer.index().eventCount();
    if (eventIndex < 0 || eventIndex >= count)
        return false;
    return m_visible.size() != count || m_visible.testBit(eventIndex);
}

void TimelineWidget::fitAll()
{
    m_state->fitAll();
}

void TimelineWidget::zoomToSelection()
{
    m_state->zoomToSelection();
}

void TimelineWidget::zoomIn()
{
    m_state->zoomBy(kKeyZoomFactor);
}

void TimelineWidget::zoomOut()
{
    m_state->zoomBy(1.0 / kKeyZoomFactor);
}

void TimelineWidget::panBy(double fractionOfSpan)
{
    m_state->panBy(fractionOfSpan);
}

void TimelineWidget::animateTo(qint64 start, qint64 end)
{
    m_state->animateTo(start, end);
}

void TimelineWidget::selectNext()
{
    m_state->selectNext();
}

void TimelineWidget::selectPrevious()
{
    m_state->selectPrevious();
}

void TimelineWidget::clearSelection()
{
    select(-1, false);
}

void TimelineWidget::select(int eventIndex, bool revealIt)
{
    m_selectingHere = true;
    m_zoom->setSelectedEvent(eventIndex);
    m_selectingHere = false;
    if (revealIt && eventIndex >= 0)
        reveal(eventIndex);
}

void TimelineWidget::reveal(int eventIndex)
{
    scrollToEvent(eventIndex); // its lane, when the lanes scroll
    m_state->reveal(eventIndex);
}

void TimelineWidget::onRangeChanged()
{
    // What is under the cursor moved; the next mouse move finds it again.
    m_hovered = -1;
    update();
}

void TimelineWidget::onSelectionChanged(int eventIndex)
{
    updateAccessibleDescription();
    update();
    // Chosen in another view (the event list): bring it into this one.
    if (!m_selectingHere)
        reveal(eventIndex);
}

void TimelineWidget::updateAccessibleDescription()
{
    const int selected = m_zoom ? m_zoom->selectedEvent() : -1;
    const Catalogue *catalogue = m_renderer.catalogue();
    if (catalogue && isVisibleEvent(selected)) {
        const TimelineEvent &event = catalogue->events().at(selected);
        setAccessibleDescription(tr("Selected: %1 — %2").arg(event.date.phrase(), event.title));
    } else {
        setAccessibleDescription(
            tr("No event selected. Left and Right arrows move between events in date order."));
    }
}

// Painting -----------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const TimelineLayout &layout = currentLayout();
    const int selected = m_zoom->selectedEvent();
    m_renderer.paint(&painter, layout, isVisibleEvent(selected) ? selected : -1, m_hovered);

    const TimelineTheme &theme = m_renderer.theme();
    const QRectF drawn = layout.rect;
    painter.fillRect(QRectF(drawn.right(), 0, width() - drawn.right(), height()),
                     theme.headerBackground);
    if (m_drag == Drag::Range) {
        QColor fill = theme.selection;
        fill.setAlphaF(0.25);
        const QRectF band = rangeBand();
        painter.fillRect(band, fill);
        painter.setPen(QPen(theme.selection, 1));
        painter.drawLine(QLineF(band.topLeft(), band.bottomLeft()));
        painter.drawLine(QLineF(band.topRight(), band.bottomRight()));
    }
    if (hasFocus()) {
        painter.setPen(QPen(theme.selection, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

QRectF TimelineWidget::rangeBand()
{
    const QRectF area = eventArea();
    const double x0 =
        std::clamp(std::min(m_pressPos.x(), m_dragPos.x()), area.left(), area.right());
    const double x1 =
        std::clamp(std::max(m_pressPos.x(), m_dragPos.x()), area.left(), area.right());
    return QRectF(x0, 0, x1 - x0, height());
}

void TimelineWidget::setHovered(int eventIndex)
{
    if (eventIndex == m_hovered)
        return;
    // Only the rings around the two events change.
    const QRectF before = m_renderer.eventRect(m_hovered);
    const QRectF after = m_renderer.eventRect(eventIndex);
    m_hovered = eventIndex;
    for (const QRectF &r : {before, after}) {
        if (!r.isNull())
            update(r.adjusted(-8, -8, 8, 8).toAlignedRect());
    }
}

void TimelineWidget::updateHover(QPointF pos)
{
    setHovered(eventAt(pos));
}

void TimelineWidget::updateCursor(QPointF pos)
{
    if (m_drag == Drag::Pan || m_drag == Drag::Scroll) {
        setCursor(Qt::ClosedHandCursor);
    } else if (m_drag == Drag::Range || axisRect().contains(pos)) {
        setCursor(Qt::IBeamCursor);
    } else if (eventAt(pos) >= 0 || m_renderer.markAt(pos)) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
}

// Input --------------------------------------------------------------------------------------

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_animator->stop();
    m_pressPos = m_dragPos = event->position();
    m_pressStart = m_zoom->rangeStart();
    m_pressEnd = m_zoom->rangeEnd();
    m_pressScroll = m_scroll;
    const TimelineLayout &layout = currentLayout();
    m_drag = layout.axisRect.contains(m_pressPos)     ? Drag::PendingRange
             : layout.headerRect.contains(m_pressPos) ? Drag::PendingScroll
                                                      : Drag::PendingPan;
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        updateHover(pos);
        updateCursor(pos);
        return;
    }
    m_dragPos = pos;
    const double threshold = QApplication::startDragDistance();
    if (m_drag == Drag::PendingPan && (pos - m_pressPos).manhattanLength() >= threshold) {
        m_drag = Drag::Pan;
        setHovered(-1);
        updateCursor(pos);
    } else if (m_drag == Drag::PendingRange && std::abs(pos.x() - m_pressPos.x()) >= threshold) {
        m_drag = Drag::Range;
    } else if (m_drag == Drag::PendingScroll && std::abs(pos.y() - m_pressPos.y()) >= threshold) {
        m_drag = Drag::Scroll;
        setHovered(-1);
    }
    if (m_drag == Drag::Scroll) {
        // The names follow the pointer, as a page does under a hand.
        setVerticalScroll(m_pressScroll - int(std::lround(pos.y() - m_pressPos.y())));
        event->accept();
        return;
    }
    if (m_drag == Drag::Pan) {
        const double width = eventArea().width();
        if (width > 0) {
            const qint64 delta = std::llround((pos.x() - m_pressPos.x()) *
                                              double(m_pressEnd - m_pressStart) / width);
            m_zoom->setRange(m_pressStart - delta, m_pressEnd - delta);
        }
    } else if (m_drag == Drag::Range) {
        update();
    }
    event->accept();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QPointF pos = event->position();
    switch (drag) {
    case Drag::PendingPan:
    case Drag::PendingRange:
    case Drag::PendingScroll:
        clickAt(pos);
        break;
    case Drag::Range: {
        const QRectF band = rangeBand();
        update();
        if (band.width() >= 2)
            animateTo(timeAt(band.left()), timeAt(band.right()));
        break;
    }
    case Drag::Pan:
    case Drag::Scroll:
    case Drag::None:
        break;
    }
    updateCursor(pos);
    event->accept();
}

void TimelineWidget::clickAt(QPointF pos)
{
    const int hit = eventAt(pos);
    if (hit >= 0) {
        select(hit, false);
        return;
    }
    if (const TimelineLayout::Mark *mark = m_renderer.markAt(pos)) {
        openMark(*mark);
        return;
    }
    const TimelineLayout &layout = currentLayout();
    if (layout.headerRect.contains(pos)) {
        const int lane = layout.laneAt(pos);
        if (lane < 0)
            return;
        const auto clicked = std::find_if(layout.lanes.cbegin(), layout.lanes.cend(),
                                          [lane](const auto &l) { return l.lane == lane; });
        if (clicked->toggle.contains(pos) || clicked->collapsed)
            setLaneCollapsed(lane, !clicked->collapsed);
        else
            setExpandedLane(lane == m_renderer.expandedLane() ? -1 : lane);
        return;
    }
    if (layout.eventArea.contains(pos))
        clearSelection();
}

void TimelineWidget::setExpandedLane(int lane)
{
    m_renderer.setExpandedLane(lane);
    if (lane >= 0) {
        // A lane that grew past the view starts at the top of it, its first rows in sight.
        const TimelineLayout &layout = currentLayout();
        const QRectF band = layout.laneBand(lane);
        const QRectF &area = layout.eventArea;
        if (!band.isNull() &&
            (band.top() < area.top() || band.top() > area.bottom() - band.height()))
            setVerticalScroll(
                m_scroll + int(std::min(band.top() - area.top(), band.bottom() - area.bottom())));
    }
    update();
}

void TimelineWidget::setLaneCollapsed(int lane, bool collapsed)
{
    if (collapsed && lane == m_renderer.expandedLane())
        m_renderer.setExpandedLane(-1);
    m_renderer.setLaneCollapsed(lane, collapsed);
    m_hovered = -1;
    update();
}

bool TimelineWidget::isLaneCollapsed(int lane) const
{
    return m_renderer.isLaneCollapsed(lane);
}

int TimelineWidget::expandedLane() const
{
    return m_renderer.expandedLane();
}

void TimelineWidget::openMark(const TimelineLayout::Mark &mark)
{
    const TimelineLayout::Mark opened = mark; // the layout it lives in is about to change
    if (opened.group && m_renderer.expandedLane() != opened.lane) {
        // Events left without a row: first give their lane the rows it needs, in place.
        setExpandedLane(opened.lane);
        const TimelineLayout &layout = currentLayout();
        const bool stillGrouped =
            std::any_of(layout.marks.cbegin(), layout.marks.cend(), [&](const auto &m) {
                return m.lane == opened.lane && m.start < opened.end && m.end > opened.start;
            });
        if (!stillGrouped)
            return;
    }
    // Then zoom to the time they cover, with some context either side; when the view is
    // there already (events of one day, more than the lane has rows), list them instead.
    const qint64 span = std::max(opened.end - opened.start, kMinimumGroupSpan);
    const qint64 centre = opened.start + (opened.end - opened.start) / 2;
    const qint64 view = span + span / 4;
    const auto [start, end] = m_animator->target();
    const qint64 from = centre - view / 2;
    const qint64 slack = view / 20;
    if (!opened.group || std::abs(start - from) > slack || std::abs(end - (from + view)) > slack) {
        animateTo(from, from + view);
        return;
    }
    showGroupMenu(opened);
}

void TimelineWidget::showGroupMenu(const TimelineLayout::Mark &group)
{
    const Catalogue *catalogue = m_renderer.catalogue();
    const TimelineIndex &index = m_renderer.index();
    const TimelineLayout &layout = currentLayout();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"groupMenu"_s);
    for (int i = 0; i < index.eventCount(); ++i) {
        if (index.laneOf(i) != group.lane || !isVisibleEvent(i) || layout.item(i) ||
            index.start(i) >= group.end || index.end(i) <= group.start)
            continue;
        const TimelineEvent &event = catalogue->events().at(i);
        const QString title = event.title.isEmpty() ? event.id : event.title;
        QAction *action = menu->addAction(tr("%1 — %2").arg(event.date.phrase(), title));
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i] { select(i, false); });
    }
    menu->popup(mapToGlobal(group.rect.bottomLeft().toPoint()));
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const int hit = eventAt(event->position());
    if (hit >= 0) {
        select(hit, false);
        emit eventActivated(hit);
        emit editRequested(hit);
    }
    event->accept();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const TimelineLayout &layout = currentLayout();
    if (layout.headerRect.contains(event->position()) && angle.y() != 0 &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        // Over the lane names the wheel scrolls the lanes; over the lanes it stays on time.
        m_animator->stop();
        const double rows = angle.y() / 120.0 * QApplication::wheelScrollLines();
        setVerticalScroll(m_scroll - int(std::lround(rows * layout.rowHeight)));
        event->accept();
        return;
    }
    int panUnits = angle.x();
    int zoomUnits = angle.y();
    if (event->modifiers() & Qt::ShiftModifier) {
        // Some platforms turn Shift+wheel into a horizontal wheel themselves.
        panUnits = angle.x() != 0 ? angle.x() : angle.y();
        zoomUnits = 0;
    }
    if (panUnits == 0 && zoomUnits == 0) {
        event->ignore();
        return;
    }
    m_animator->stop();
    if (panUnits != 0) {
        // Rolling forwards (or left) goes back in time, like a horizontal scroll bar.
        m_zoom->pan(std::llround(-panUnits / 120.0 * kPanStep * double(m_zoom->rangeSpan())));
    }
    if (zoomUnits != 0)
        zoomBy(event->position(), std::pow(kWheelZoomFactor, zoomUnits / 120.0));
    event->accept();
}

void TimelineWidget::zoomBy(QPointF pos, double factor)
{
    m_animator->stop();
    const QRectF area = eventArea();
    const double x = std::clamp(pos.x(), area.left(), area.right());
    m_zoom->zoomAround(timeAt(x), factor);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    // Ctrl, Alt and Meta combinations belong to the application's shortcuts.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        if (shift)
            panBy(-kPanStep);
        else
            selectPrevious();
        break;
    case Qt::Key_Right:
        if (shift)
            panBy(kPanStep);
        else
            selectNext();
        break;
    case Qt::Key_Up:
        setVerticalScroll(m_scroll - m_scrollBar->singleStep());
        break;
    case Qt::Key_Down:
        setVerticalScroll(m_scroll + m_scrollBar->singleStep());
        break;
    case Qt::Key_PageUp:
        panBy(-kPageStep);
        break;
    case Qt::Key_PageDown:
        panBy(kPageStep);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Z:
        zoomToSelection();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const int selected = m_zoom->selectedEvent();
        if (!isVisibleEvent(selected)) {
            event->ignore();
            return;
        }
        emit eventActivated(selected);
        break;
    }
    case Qt::Key_Escape:
        if (m_drag == Drag::Range) {
            m_drag = Drag::None;
            update();
        } else if (m_zoom->selectedEvent() >= 0) {
            clearSelection();
        } else {
            event->ignore(); // let a dialog or the window have it
            return;
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_themeMode == ThemeMode::Palette)
        applyPaletteTheme();
    QWidget::changeEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!showToolTip(help->pos(), help->globalPos())) {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    case QEvent::NativeGesture: {
        // Trackpad pinch on macOS and Wayland: value() is the change of scale.
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(gesture->position(), 1.0 / std::max(1.0 + gesture->value(), 0.01));
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        // Touch screens.
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged &&
                pinch->scaleFactor() > 0) {
                zoomBy(mapFromGlobal(pinch->centerPoint()), 1.0 / pinch->scaleFactor());
            }
            gestures->accept(pinch);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

bool TimelineWidget::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const Catalogue *catalogue = m_renderer.catalogue();
    if (!catalogue)
        return false;
    const int hit = eventAt(pos);
    if (hit >= 0) {
        QToolTip::showText(globalPos, toolTipFor(hit), this, eventRect(hit).toAlignedRect());
        return true;
    }
    if (const TimelineLayout::Mark *mark = m_renderer.markAt(pos)) {
        const EventDate period =
            EventDate::fromDays(TimeScale::dayOf(mark->start), TimeScale::dayOf(mark->end - 1));
        const QString count = QLocale().toString(mark->count);
        const QString lane = m_renderer.laneName(mark->lane);
        const QString text = mark->count == 1
                                 ? tr("1 event, %1 — %2").arg(period.label(), lane)
                                 : tr("%1 events, %2 — %3").arg(count, period.label(), lane);
        const QString hint = mark->group && m_renderer.expandedLane() != mark->lane
                                 ? tr("Click to give the lane room for them.")
                                 : tr("Click to zoom to them.");
        QToolTip::showText(globalPos,
                           u"<p>"_s + text.toHtmlEscaped() + u"<br>"_s + hint.toHtmlEscaped() +
                               u"</p>"_s,
                           this, mark->rect.toAlignedRect());
        return true;
    }
    const TimelineLayout &layout = currentLayout();
    if (layout.headerRect.contains(pos)) {
        const int lane = layout.laneAt(pos);
        if (lane < 0)
            return false;
        const auto hovered = std::find_if(layout.lanes.cbegin(), layout.lanes.cend(),
                                          [lane](const auto &l) { return l.lane == lane; });
        if (hovered->collapsed || hovered->toggle.contains(pos)) {
            const QString text = hovered->collapsed ? tr("%1: click to show its events again")
                                                    : tr("%1: click to collapse it to one row");
            QToolTip::showText(globalPos, text.arg(m_renderer.laneName(lane)), this);
            return true;
        }
        const QString text = lane == m_renderer.expandedLane()
                                 ? tr("%1: click to share the height with the other lanes again")
                                 : tr("%1: click to give this lane the rows its events need");
        QToolTip::showText(globalPos, text.arg(m_renderer.laneName(lane)), this);
        return true;
    }
    return false;
}

QString TimelineWidget::toolTipFor(int eventIndex) const
{
    const TimelineEvent &event = m_renderer.catalogue()->events().at(eventIndex);
    const QString title = event.title.isEmpty() ? event.id : event.title;
    const QString lane = m_renderer.laneName(m_renderer.index().laneOf(eventIndex));
    // Shown as rich text so that long titles wrap; everything from the catalogue is escaped.
    const QString text = tr("%1 — %2 — %3").arg(event.date.phrase(), title, lane);
    return u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
}

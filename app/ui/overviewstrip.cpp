#include "overviewstrip.h"

#include "catalogue.h"
#include "timelinewidget.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QKeyEvent>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(alpha);
    return colour;
}

// How many bits of mask are set in [begin, end).
qsizetype setBits(const QBitArray &mask, qsizetype begin, qsizetype end)
{
    qsizetype count = 0;
    const uchar *bytes = reinterpret_cast<const uchar *>(mask.bits());
    qsizetype i = begin;
    for (; i < end && i % 8 != 0; ++i)
        count += mask.testBit(i);
    for (; i + 64 <= end; i += 64) {
        quint64 word;
        std::memcpy(&word, bytes + i / 8, sizeof word);
        count += std::popcount(word);
    }
    for (; i < end; ++i)
        count += mask.testBit(i);
    return count;
}

} // namespace

OverviewStrip::OverviewStrip(QWidget *parent)
    : QChartView(new QChart, parent), m_chart(chart()), m_upper(new QLineSeries(this)),
      m_axisX(new QCategoryAxis), m_axisY(new QValueAxis), m_ownZoom(new TimelineZoom(this))
{
    setAccessibleName(tr("Overview"));
    setAccessibleDescription(tr("Events per month across the whole timeline. The marked window "
                                "is the part the timeline shows; click or drag to move it."));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);

    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    // A step outline, two points per month, filled down to zero: a histogram without gaps.
    m_area = new QAreaSeries(m_upper);
    m_chart->addSeries(m_area);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_area->attachAxis(m_axisX);
    m_area->attachAxis(m_axisY);
    m_axisX->setLineVisible(false);
    m_axisX->setMinorGridLineVisible(false);
    m_axisY->setVisible(false);

    m_window = new QGraphicsRectItem(m_chart);
    m_window->setZValue(10);
    m_selection = new QGraphicsLineItem(m_chart);
    m_selection->setZValue(11);

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateYearLabels();
        updateWindow();
    });
    applyTheme();
    setZoom(m_ownZoom);
    recount();
}

OverviewStrip::~OverviewStrip() = default;

void OverviewStrip::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    recount();
}

void OverviewStrip::setZoom(TimelineZoom *zoom)
{
    if (!zoom)
        zoom = m_ownZoom;
    if (zoom == m_zoom)
        return;
    if (m_zoom)
        disconnect(m_zoom, nullptr, this, nullptr);
    m_zoom = zoom;
    connect(zoom, &TimelineZoom::rangeChanged, this, &OverviewStrip::updateWindow);
    connect(zoom, &TimelineZoom::selectionChanged, this, &OverviewStrip::updateWindow);
    if (zoom != m_ownZoom)
        connect(zoom, &QObject::destroyed, this, [this] { setZoom(nullptr); });
    updateWindow();
}

void OverviewStrip::setVisibleEvents(const QBitArray &visible)
{
    m_visible = visible;
    recount();
}

void OverviewStrip::setHighContrast(bool highContrast)
{
    if (highContrast == m_highContrast)
        return;
    m_highContrast = highContrast;
    applyTheme();
}

void OverviewStrip::recount()
{
    m_counts.clear();
    m_firstMonth = QDate();
    m_spanStart = m_spanEnd = 0;
    const QDate first = m_catalogue ? m_catalogue->firstDay() : QDate();
    const QDate last = m_catalogue ? m_catalogue->lastDay() : QDate();
    if (!first.isValid() || !last.isValid()) {
        m_upper->clear();
        updateYearLabels();
        updateWindow();
        return;
    }

    // Whole years, so that the year labels have room and the strip does not end mid-year.
    m_firstMonth = QDate(first.year(), 1, 1);
    const int years = last.year() - first.year() + 1;
    m_counts.fill(0, years * 12);
    const QList<TimelineEvent> &events = m_catalogue->events();
    const bool masked = m_visible.size() == events.size();
    // Events come in order of their first day, so each month's events are a range of
    // positions, found by binary search; a filter's mask is then counted a word at a time.
    // Neither reads the million events themselves, which costs more than the rest.
    auto positionOf = [&events](qint64 day) {
        return std::lower_bound(events.cbegin(), events.cend(), day,
                                [](const TimelineEvent &event, qint64 wanted) {
                                    return event.date.first().toJulianDay() < wanted;
                                }) -
               events.cbegin();
    };
    qsizetype begin = positionOf(m_firstMonth.toJulianDay());
    for (qsizetype m = 0; m < m_counts.size(); ++m) {
        const qsizetype end = positionOf(m_firstMonth.addMonths(int(m + 1)).toJulianDay());
        m_counts[m] = int(masked ? setBits(m_visible, begin, end) : end - begin);
        begin = end;
    }

    QList<QPointF> points;
    points.reserve(2 * m_counts.size());
    int highest = 0;
    QDate month = m_firstMonth;
    for (const int count : std::as_const(m_counts)) {
        const QDate next = month.addMonths(1);
        points.append(QPointF(double(TimeScale::dayStart(month)), count));
        points.append(QPointF(double(TimeScale::dayStart(next)), count));
        highest = std::max(highest, count);
        month = next;
    }
    // The span the timeline shows when it fits every event (TimelineViewState::fitRange):
    // at Fit All a date is at the same x in both, and the counts of the first and last
    // years are cut where the timeline's axis is.
    const qint64 firstTime = TimeScale::dayStart(first);
    const qint64 lastTime = TimeScale::dayEnd(last);
    const qint64 margin = std::max((lastTime - firstTime) / 40, TimeScale::kDay);
    m_spanStart = firstTime - margin;
    m_spanEnd = lastTime + margin;
    m_upper->replace(points);
    m_axisX->setRange(double(m_spanStart), double(m_spanEnd));
    m_axisY->setRange(0, std::max(highest, 1) * 1.1);
    m_yearStep = 0; // relabel
    updateYearLabels();
    updateWindow();
}

void OverviewStrip::updateYearLabels()
{
    const int years = m_firstMonth.isValid() ? int(m_counts.size() / 12) : 0;
    const double width = m_chart->plotArea().width();
    // The fewest years per label that keeps labels about 48 px apart.
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50, 100, 200}) {
        step = candidate;
        if (years == 0 || width * candidate / years >= 48)
            break;
    }
    if (step == m_yearStep && !m_axisX->categoriesLabels().isEmpty())
        return;
    m_yearStep = step;
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    if (years == 0)
        return;
    m_axisX->setStartValue(double(m_spanStart));
    if (step == 1) {
        // Each year's label in the middle of its year.
        m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        for (int y = 0; y < years; ++y) {
            const int year = m_firstMonth.year() + y;
            m_axisX->append(QString::number(year),
                            double(TimeScale::dayStart(QDate(year + 1, 1, 1))));
        }
    } else {
        // A label on every step-th new year.
        m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int firstYear = m_firstMonth.year();
        for (int year = (firstYear + step - 1) / step * step; year < firstYear + years;
             year += step) {
            m_axisX->append(QString::number(year), double(TimeScale::dayStart(QDate(year, 1, 1))));
        }
    }
}

double OverviewStrip::xOf(qint64 time) const
{
    const QPointF chartPos = m_chart->mapToPosition(QPointF(double(time), 0), m_area);
    return viewportTransform().map(m_chart->mapToScene(chartPos)).x();
}

qint64 OverviewStrip::timeAt(double x) const
{
    const QPointF scenePos = viewportTransform().inverted().map(QPointF(x, 0));
    const QPointF value = m_chart->mapToValue(m_chart->mapFromScene(scenePos), m_area);
    return std::llround(value.x());
}

QRectF OverviewStrip::windowRect() const
{
    if (!m_window->isVisible())
        return {};
    return viewportTransform().mapRect(m_window->mapRectToScene(m_window->rect()));
}

void OverviewStrip::updateWindow()
{
    const QRectF plot = m_chart->plotArea();
    if (!m_zoom || m_spanEnd <= m_spanStart || plot.width() <= 0) {
        m_window->hide();
        m_selection->hide();
        return;
    }
    const auto chartX = [this](qint64 t) {
        return m_chart->mapToPosition(QPointF(double(t), 0), m_area).x();
    };
    double x0 = std::max(chartX(m_zoom->rangeStart()), plot.left());
    double x1 = std::min(chartX(m_zoom->rangeEnd()), plot.right());
    if (x1 < plot.left() || x0 > plot.right()) {
        m_window->hide();
    } else {
        // Never thinner than a grip when zoomed far in.
        if (x1 - x0 < 3) {
            const double centre = (x0 + x1) / 2;
            x0 = centre - 1.5;
            x1 = centre + 1.5;
        }
        m_window->setRect(QRectF(x0, plot.top(), x1 - x0, plot.height()));
        m_window->show();
    }

    const int selected = m_zoom->selectedEvent();
    const bool shown =
        m_catalogue && selected >= 0 && selected < m_catalogue->events().size() &&
        (m_visible.size() != m_catalogue->events().size() || m_visible.testBit(selected));
    if (shown) {
        const qint64 t = TimeScale::dayStart(m_catalogue->events().at(selected).date.first());
        const double x = chartX(t);
        m_selection->setLine(x, plot.top(), x, plot.bottom());
        m_selection->setVisible(x >= plot.left() && x <= plot.right());
    } else {
        m_selection->hide();
    }
}

void OverviewStrip::applyTheme()
{
    const QPalette pal = palette();
    const bool dark = !m_highContrast && pal.color(QPalette::Base).lightnessF() < 0.5;
    // The chart theme resets fonts and colours; ours go on top.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor base = m_highContrast ? QColor(Qt::white) : pal.color(QPalette::Base);
    const QColor text = m_highContrast ? QColor(Qt::black) : pal.color(QPalette::Text);
    const QColor accent = m_highContrast ? QColor(Qt::black) : pal.color(QPalette::Highlight);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    // The view paints the ground: under a plot area set by hand the chart's own background
    // keeps the size the strip had before a resize.
    m_chart->setBackgroundVisible(false);
    setBackgroundBrush(base);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);

    m_area->setBrush(m_highContrast ? QColor(Qt::black) : mix(base, text, dark ? 0.45 : 0.4));
    m_area->setPen(Qt::NoPen);

    QFont font = this->font();
    font.setPixelSize(m_highContrast ? 11 : 10);
    font.setBold(m_highContrast);
    m_axisX->setLabelsFont(font);
    m_axisX->setLabelsColor(m_highContrast ? text : mix(text, base, 0.25));
    m_axisX->setGridLinePen(QPen(m_highContrast ? text : mix(base, text, 0.18), 1));
    m_axisX->setGridLineVisible(true);
    m_axisX->setLineVisible(false);

    m_window->setBrush(m_highContrast ? QBrush(Qt::NoBrush) : QBrush(withAlpha(accent, 0.22)));
    m_window->setPen(QPen(accent, m_highContrast ? 2.5 : 1.5));
    m_selection->setPen(QPen(m_highContrast ? QColor(Qt::black) : accent, 2));
    viewport()->update();
}

void OverviewStrip::centreOn(qint64 time)
{
    // The view's centre stays on the chart: the window never leaves it.
    if (m_spanEnd > m_spanStart)
        time = std::clamp(time, m_spanStart, m_spanEnd);
    const qint64 span = m_zoom->rangeSpan();
    m_zoom->setRange(time - span / 2, time - span / 2 + span);
}

void OverviewStrip::updateCursor(QPointF pos)
{
    if (m_dragging)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (windowRect().contains(pos))
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(Qt::PointingHandCursor);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_spanEnd <= m_spanStart) {
        QChartView::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const QRectF window = windowRect();
    const qint64 t = timeAt(pos.x());
    if (window.left() <= pos.x() && pos.x() <= window.right()) {
        // Grabbing the window: keep the grip under the cursor.
        m_grabOffset = t - (m_zoom->rangeStart() + m_zoom->rangeSpan() / 2);
    } else {
        m_grabOffset = 0;
        centreOn(t);
    }
    m_dragging = true;
    updateCursor(pos);
    event->accept();
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        const QRectF plot =
            viewportTransform().mapRect(m_chart->mapRectToScene(m_chart->plotArea()));
        centreOn(timeAt(std::clamp(pos.x(), plot.left(), plot.right())) - m_grabOffset);
        event->accept();
        return;
    }
    updateCursor(pos);
    QChartView::mouseMoveEvent(event);
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    updateCursor(event->position());
    event->accept();
}

void OverviewStrip::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The second click of a quick pair is one more click, not a different gesture.
    mousePressEvent(event);
}

void OverviewStrip::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms the view about its middle, which stays where it is on the strip.
    const int units = event->angleDelta().y();
    if (units == 0) {
        event->ignore();
        return;
    }
    m_zoom->zoomAround(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2,
                       std::pow(0.8, units / 120.0));
    event->accept();
}

void OverviewStrip::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier) ||
        m_spanEnd <= m_spanStart) {
        QChartView::keyPressEvent(event);
        return;
    }
    const qint64 span = m_zoom->rangeSpan();
    switch (event->key()) {
    case Qt::Key_Left:
        centreOn(m_zoom->rangeStart() + span / 2 - span / 2);
        break;
    case Qt::Key_Right:
        centreOn(m_zoom->rangeStart() + span / 2 + span / 2);
        break;
    case Qt::Key_Home:
        m_zoom->setRange(m_spanStart, m_spanStart + span);
        break;
    case Qt::Key_End:
        m_zoom->setRange(m_spanEnd - span, m_spanEnd);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void OverviewStrip::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
    updateYearLabels();
    updateWindow();
}

void OverviewStrip::alignWith(TimelineWidget *timeline)
{
    if (m_alignedWith)
        m_alignedWith->removeEventFilter(this);
    m_alignedWith = timeline;
    if (timeline)
        timeline->installEventFilter(this);
    updatePlotArea();
}

bool OverviewStrip::eventFilter(QObject *watched, QEvent *event)
{
    // A widget gets its first Resize before it counts as visible: Show too, and once more
    // when the event loop has laid out both views (the chart's plot area has a height then).
    if (watched == m_alignedWith &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
         event->type() == QEvent::Show)) {
        updatePlotArea();
        QMetaObject::invokeMethod(this, &OverviewStrip::updatePlotArea, Qt::QueuedConnection);
    }
    return QChartView::eventFilter(watched, event);
}

void OverviewStrip::updatePlotArea()
{
    if (!m_alignedWith || !m_alignedWith->isVisible() || m_alignedWith->window() != window()) {
        m_chart->setPlotArea(QRectF()); // laid out by the chart itself
        return;
    }
    // The timeline's event area, in this view's coordinates (the chart fills the view).
    const QRectF area = m_alignedWith->eventArea();
    const QPoint origin =
        m_alignedWith->mapTo(window(), QPoint(0, 0)) - mapTo(window(), QPoint(0, 0));
    const qreal left = std::max(0.0, area.left() + origin.x());
    const qreal right = std::min(qreal(viewport()->width()), area.right() + origin.x());
    // The height from this view's own size, not from the plot area the chart laid out last:
    // once set by hand the chart keeps it, and a strip first laid out squeezed (a hint above
    // it, a small window) would keep a squeezed plot and lose its year labels.
    const qreal labels = QFontMetricsF(m_axisX->labelsFont()).height() + 8;
    const QRectF plot(QPointF(left, 4), QPointF(right, viewport()->height() - labels));
    if (right - left < 10 || plot.height() <= 4)
        return;
    if (plot != m_chart->plotArea()) {
        m_chart->setPlotArea(plot);
        // Qt Charts (6.4) moves the series to a plot area set by hand at once but the axes only
        // at its next layout, which a resize has already had: without one the year labels
        // stay where the last size put them.
        m_chart->layout()->invalidate();
    }
}

void OverviewStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void OverviewStrip::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void OverviewStrip::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void OverviewStrip::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    // A focus frame, so that keyboard users see where they are.
    const QColor accent = m_highContrast ? QColor(Qt::black) : palette().color(QPalette::Highlight);
    painter->save();
    painter->setPen(QPen(accent, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(sceneRect().adjusted(1, 1, -1, -1));
    painter->restore();
}

QSize OverviewStrip::sizeHint() const
{
    return {600, 90};
}

QSize OverviewStrip::minimumSizeHint() const
{
    // Room for the bars and the year labels under them: squeezed further, the labels go
    // first, and a strip without years says nothing. The lanes below scroll instead.
    return {120, 80};
}

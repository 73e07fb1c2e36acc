#include "figureschart.h"

#include "axisticks.h"
#include "catalogue.h"
#include "figurereports.h"
#include "figuretimes.h"
#include "timelinetheme.h"
#include "timelinewidget.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr double kMarkerSize = 10;
constexpr double kSideBySide = 13; // px between the reports of one measure and period
constexpr double kHitRadius = 8;
constexpr int kLegendWidth = 230; // beside the plot when the chart is wider than the timeline
constexpr int kLegendLabel = 34;  // characters of a measure's name in the legend

double moneyValue(const FigureAmount &amount)
{
    return std::log10(std::max(double(amount.amount) / 100.0, 1.0));
}

} // namespace

FiguresChart::FiguresChart(QWidget *parent)
    : QChartView(new QChart, parent), m_chart(chart()), m_axisX(new QValueAxis),
      m_axisMoney(new QCategoryAxis), m_axisCount(new QValueAxis), m_ownZoom(new TimelineZoom(this))
{
    setAccessibleName(tr("Figures"));
    setAccessibleDescription(tr("The amounts the sources give, on the timeline's dates. "
                                "Hover a marker for its citation; click it to select its event."));
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setMinimumHeight(90); // tabbed with the event list, which gives way in a small window
    // drawForeground() paints the axes, frames and rings outside any item's bounds.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);

    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setShowToolTips(true);

    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisMoney, Qt::AlignLeft);
    m_chart->addAxis(m_axisCount, Qt::AlignLeft);
    // Qt lays out axis labels for a plot area of its own choosing; ours is the timeline's,
    // so the labels (the timeline's own ticks, and the amounts) are drawn in drawForeground.
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisMoney),
          static_cast<QAbstractAxis *>(m_axisCount)}) {
        axis->setLabelsVisible(false);
        axis->setLineVisible(false);
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
    }

    connect(m_chart, &QChart::plotAreaChanged, this, [this] { viewport()->update(); });
    applyTheme();
    setZoom(m_ownZoom);
    rebuild();
}

FiguresChart::~FiguresChart() = default;

void FiguresChart::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    rebuild();
}

void FiguresChart::setZoom(TimelineZoom *zoom)
{
    if (!zoom)
        zoom = m_ownZoom;
    if (zoom == m_zoom)
        return;
    if (m_zoom)
        disconnect(m_zoom, nullptr, this, nullptr);
    m_zoom = zoom;
    connect(zoom, &TimelineZoom::rangeChanged, this, &FiguresChart::relayout);
    connect(zoom, &TimelineZoom::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    if (zoom != m_ownZoom)
        connect(zoom, &QObject::destroyed, this, [this] { setZoom(nullptr); });
    relayout();
}

void FiguresChart::setHighContrast(bool highContrast)
{
    if (highContrast == m_highContrast)
        return;
    m_highContrast = highContrast;
    applyTheme();
}

void FiguresChart::setTheme(const TimelineTheme &theme)
{
    m_fixedTheme = theme;
    rebuild(); // markers and bars are sized by the theme's scale
}

void FiguresChart::setPlotSpan(qreal left, qreal right)
{
    m_plotSpan = std::make_pair(left, right);
    updatePlotArea();
    relayout();
}

void FiguresChart::setAmountsLabelled(bool labelled)
{
    m_amountsLabelled = labelled;
    viewport()->update();
}

QString FiguresChart::amountLabel(int figure) const
{
    const Placed *p = placed(figure);
    if (!p || !m_catalogue)
        return {};
    QStringList amounts;
    // The same amount reported twice is written once; the frame shows there are two reports.
    for (int at : m_groups.at(p->group)) {
        const Figure &f = m_catalogue->figures().at(m_placed.at(at).figure);
        QString amount = FigureReports::amountText(f.amount);
        if (f.amount.qualifier != FigureAmount::Qualifier::None)
            amount = FigureAmount::qualifierName(f.amount.qualifier) + u' ' + amount;
        else if (f.amount.approximate)
            amount = tr("about %1").arg(amount);
        if (!amounts.contains(amount))
            amounts.append(amount);
    }
    return amounts.join(u" / "_s);
}

void FiguresChart::renderTo(QPainter *painter, const QPointF &topLeft)
{
    const QRectF area(QPointF(0, 0), QSizeF(size()));
    painter->save();
    painter->translate(topLeft);
    painter->setClipRect(area, Qt::IntersectClip);
    painter->fillRect(area, backgroundBrush());
    // The scene at its own scale: the chart's geometry is the view's size.
    scene()->render(painter, area, area, Qt::IgnoreAspectRatio);
    drawForeground(painter, area);
    painter->restore();
}

TimelineTheme FiguresChart::currentTheme() const
{
    if (m_fixedTheme)
        return *m_fixedTheme;
    return m_highContrast ? TimelineTheme::highContrast() : TimelineTheme::screen(palette());
}

QList<int> FiguresChart::figuresOf(int series) const
{
    QList<int> figures;
    if (series < 0 || series >= m_pointsOf.size())
        return figures;
    for (int at : m_pointsOf.at(series))
        figures.append(m_placed.at(at).figure);
    return figures;
}

const FiguresChart::Placed *FiguresChart::placed(int figure) const
{
    for (const Placed &p : m_placed) {
        if (p.figure == figure)
            return &p;
    }
    return nullptr;
}

qint64 FiguresChart::figureStart(int figure) const
{
    const Placed *p = placed(figure);
    return p ? p->start : 0;
}

qint64 FiguresChart::figureEnd(int figure) const
{
    const Placed *p = placed(figure);
    return p ? p->end : 0;
}

void FiguresChart::rebuild()
{
    m_chart->removeAllSeries();
    m_measureSeries.clear();
    m_spanSeries.clear();
    m_measureIsMoney.clear();
    m_placed.clear();
    m_groups.clear();
    m_pointsOf.clear();

    QStringList measures;
    QHash<QString, int> groupOf; // "measure\nstart\nend"
    double moneyLow = 0, moneyHigh = 0, countHigh = 0;
    bool anyMoney = false, anyCount = false;
    const QList<Figure> none;
    const QList<Figure> &figures = m_catalogue ? m_catalogue->figures() : none;
    for (int i = 0; i < figures.size(); ++i) {
        const Figure &figure = figures.at(i);
        Placed p;
        p.figure = i;
        const auto times = FigureTimes::of(*m_catalogue, figure);
        if (!times)
            continue; // nowhere in time to put it
        std::tie(p.start, p.end) = *times;
        // A day is a point: a marker, no bar.
        if (p.end - p.start <= TimeScale::kDay)
            p.end = p.start;
        p.measure = int(measures.indexOf(figure.measure));
        if (p.measure < 0) {
            p.measure = int(measures.size());
            measures.append(figure.measure);
            m_measureIsMoney.append(figure.amount.unit == FigureAmount::Unit::GBP);
            m_pointsOf.append(QList<int>());
            auto *series = new QScatterSeries;
            series->setName(figure.label);
            series->setMarkerSize(kMarkerSize * scale());
            m_measureSeries.append(series);
        }
        const bool money = m_measureIsMoney.at(p.measure);
        if (money) {
            p.y = moneyValue(figure.amount);
            moneyLow = anyMoney ? std::min(moneyLow, p.y) : p.y;
            moneyHigh = anyMoney ? std::max(moneyHigh, p.y) : p.y;
            anyMoney = true;
        } else {
            p.y = double(figure.amount.amount) / double(FigureAmount::scale(figure.amount.unit));
            countHigh = std::max(countHigh, p.y);
            anyCount = true;
        }
        const QString key =
            figure.measure + u'\n' + QString::number(p.start) + u'\n' + QString::number(p.end);
        p.group = groupOf.value(key, -1);
        if (p.group < 0) {
            p.group = int(m_groups.size());
            groupOf.insert(key, p.group);
            m_groups.append(QList<int>());
        }
        p.slot = int(m_groups[p.group].size());
        m_groups[p.group].append(int(m_placed.size()));
        m_pointsOf[p.measure].append(int(m_placed.size()));
        m_placed.append(p);
    }

    // Money on powers of ten, labelled as figures are written ("£100m", "£1bn").
    const int low = anyMoney ? int(std::floor(moneyLow)) : 5;
    const int high = anyMoney ? std::max(int(std::ceil(moneyHigh)), low + 1) : 9;
    m_axisMoney->setRange(low - 0.25, high + 0.25);
    m_axisCount->setRange(0, anyCount ? std::ceil(countHigh * 1.3) : 1);
    m_hasMoney = anyMoney;
    m_hasCount = anyCount;

    for (int m = 0; m < m_measureSeries.size(); ++m) {
        QScatterSeries *series = m_measureSeries.at(m);
        m_chart->addSeries(series);
        // Short in the legend, so that it leaves the plot some height; whole in the tooltips.
        for (QLegendMarker *marker : m_chart->legend()->markers(series)) {
            if (series->name().size() > kLegendLabel)
                marker->setLabel(series->name().left(kLegendLabel - 1).trimmed() + u'\u2026');
        }
        series->attachAxis(m_axisX);
        series->attachAxis(m_measureIsMoney.at(m) ? m_axisMoney : m_axisCount);
    }
    for (const Placed &p : std::as_const(m_placed)) {
        if (p.end == p.start)
            continue;
        auto *span = new QLineSeries;
        span->setName(figures.at(p.figure).label);
        m_chart->addSeries(span);
        span->attachAxis(m_axisX);
        span->attachAxis(m_measureIsMoney.at(p.measure) ? m_axisMoney : m_axisCount);
        span->append(double(p.start), p.y);
        span->append(double(p.end), p.y);
        // The legend names each measure once, by its markers.
        for (QLegendMarker *marker : m_chart->legend()->markers(span))
            marker->setVisible(false);
        span->setProperty("measure", p.measure);
        m_spanSeries.append(span);
    }
    applyTheme();
    relayout();
}

qint64 FiguresChart::markerTime(const Placed &p) const
{
    const qint64 centre = p.start + (p.end - p.start) / 2;
    const int count = int(m_groups.at(p.group).size());
    if (count < 2 || !m_zoom)
        return centre;
    const double width = m_chart->plotArea().width();
    const double msPerPixel = width > 0 ? double(m_zoom->rangeSpan()) / width : 0;
    const double offset = (p.slot - (count - 1) / 2.0) * kSideBySide * scale();
    return centre + qint64(std::llround(offset * msPerPixel));
}

void FiguresChart::relayout()
{
    if (!m_zoom)
        return;
    m_axisX->setRange(double(m_zoom->rangeStart()), double(m_zoom->rangeEnd()));
    for (int m = 0; m < m_measureSeries.size(); ++m) {
        QList<QPointF> points;
        for (int at : m_pointsOf.at(m)) {
            const Placed &p = m_placed.at(at);
            points.append(QPointF(double(markerTime(p)), p.y));
        }
        m_measureSeries.at(m)->replace(points);
    }
    viewport()->update();
}

double FiguresChart::xOf(qint64 time) const
{
    const QRectF plot = m_chart->plotArea();
    const double chartX =
        m_zoom ? TimeScale::timeToPixel(time, m_zoom->rangeStart(), m_zoom->rangeEnd(), plot.left(),
                                        plot.width())
               : plot.left();
    return viewportTransform().map(m_chart->mapToScene(QPointF(chartX, 0))).x();
}

QPointF FiguresChart::chartPosition(const Placed &p) const
{
    const QRectF plot = m_chart->plotArea();
    const bool money = m_measureIsMoney.at(p.measure);
    const double low = money ? m_axisMoney->min() : m_axisCount->min();
    const double high = money ? m_axisMoney->max() : m_axisCount->max();
    const double x = m_zoom ? TimeScale::timeToPixel(markerTime(p), m_zoom->rangeStart(),
                                                     m_zoom->rangeEnd(), plot.left(), plot.width())
                            : plot.left();
    const double y =
        high > low ? plot.bottom() - (p.y - low) / (high - low) * plot.height() : plot.bottom();
    return {x, y};
}

QRectF FiguresChart::groupBox(const QList<int> &group) const
{
    const double marker = kMarkerSize * scale();
    QRectF box;
    for (int at : group) {
        const QPointF c = m_chart->mapToScene(chartPosition(m_placed.at(at)));
        box = box.united(QRectF(c.x() - marker / 2, c.y() - marker / 2, marker, marker));
    }
    return box;
}

QPointF FiguresChart::markerPosition(int figure) const
{
    const Placed *p = placed(figure);
    if (!p)
        return {-1, -1};
    return viewportTransform().map(m_chart->mapToScene(chartPosition(*p)));
}

int FiguresChart::figureAt(QPointF pos) const
{
    const QRectF plot = viewportTransform().mapRect(m_chart->mapRectToScene(m_chart->plotArea()));
    if (!plot.adjusted(-kHitRadius, -kHitRadius, kHitRadius, kHitRadius).contains(pos))
        return -1;
    int best = -1;
    double bestDistance = kHitRadius;
    for (const Placed &p : m_placed) {
        const QPointF at = markerPosition(p.figure);
        const double distance = std::hypot(at.x() - pos.x(), at.y() - pos.y());
        if (distance <= bestDistance) {
            best = p.figure;
            bestDistance = distance;
        }
    }
    return best;
}

QString FiguresChart::toolTipFor(int figure) const
{
    if (!m_catalogue || figure < 0 || figure >= m_catalogue->figures().size())
        return {};
    const Figure &f = m_catalogue->figures().at(figure);
    QStringList lines;
    QString amount = f.written;
    if (f.amount.qualifier != FigureAmount::Qualifier::None)
        amount = FigureAmount::qualifierName(f.amount.qualifier) + u' ' + amount;
    else if (f.amount.approximate)
        amount = tr("estimated %1").arg(amount);
    lines.append(amount + u" \u2014 "_s + f.label);
    if (f.period.isValid()) {
        lines.append(tr("Period: %1").arg(f.period.label()));
    } else if (const TimelineEvent *event = m_catalogue->event(f.eventId)) {
        lines.append(tr("No period given; event dated %1").arg(event->date.label()));
    }
    lines.append(FigureReports::citation(*m_catalogue, f));
    if (const Placed *p = placed(figure); p && m_groups.at(p->group).size() > 1) {
        QList<Figure> reports;
        for (int at : m_groups.at(p->group))
            reports.append(m_catalogue->figures().at(m_placed.at(at).figure));
        lines.append(FigureReports::reportedAs(*m_catalogue, reports));
    }
    return lines.join(u'\n');
}

void FiguresChart::mouseMoveEvent(QMouseEvent *event)
{
    const int figure = figureAt(event->position());
    if (figure != m_hovered) {
        m_hovered = figure;
        viewport()->update();
    }
    if (figure >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(figure), this);
        setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        unsetCursor();
    }
    QChartView::mouseMoveEvent(event);
}

void FiguresChart::mousePressEvent(QMouseEvent *event)
{
    const int figure = event->button() == Qt::LeftButton ? figureAt(event->position()) : -1;
    if (figure < 0 || !m_catalogue || !m_zoom) {
        QChartView::mousePressEvent(event);
        return;
    }
    const Figure &f = m_catalogue->figures().at(figure);
    m_zoom->setSelectedEvent(m_catalogue->eventIndex(f.eventId));
    if (!f.sources.isEmpty()) {
        const SourceLink &link = f.sources.first();
        emit passageRequested(link.sourceId, link.start, link.end);
    }
    event->accept();
}

void FiguresChart::wheelEvent(QWheelEvent *event)
{
    // Zooms the shared range as the timeline does, about the time under the pointer.
    if (!m_zoom || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QRectF plot = viewportTransform().mapRect(m_chart->mapRectToScene(m_chart->plotArea()));
    const qint64 anchor = TimeScale::pixelToTime(event->position().x(), m_zoom->rangeStart(),
                                                 m_zoom->rangeEnd(), plot.left(), plot.width());
    m_zoom->zoomAround(anchor, std::pow(0.85, event->angleDelta().y() / 120.0));
    event->accept();
}

void FiguresChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updatePlotArea();
    relayout();
}

void FiguresChart::alignWith(TimelineWidget *timeline)
{
    if (m_alignedWith)
        m_alignedWith->removeEventFilter(this);
    m_alignedWith = timeline;
    if (timeline)
        timeline->installEventFilter(this);
    updatePlotArea();
}

void FiguresChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    // Where the chart sits against the timeline changes when a dock (or a tab of docks) that
    // holds it moves, which tells the chart nothing: follow its ancestors too.
    for (QWidget *ancestor = parentWidget(); ancestor && ancestor != window();
         ancestor = ancestor->parentWidget()) {
        if (!m_watchedAncestors.contains(ancestor)) {
            ancestor->installEventFilter(this);
            m_watchedAncestors.append(ancestor);
        }
    }
    updatePlotArea();
    QMetaObject::invokeMethod(this, &FiguresChart::updatePlotArea, Qt::QueuedConnection);
}

bool FiguresChart::eventFilter(QObject *watched, QEvent *event)
{
    const bool ancestor = m_watchedAncestors.contains(watched);
    if ((watched == m_alignedWith || ancestor) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
         event->type() == QEvent::Show)) {
        updatePlotArea();
        QMetaObject::invokeMethod(this, &FiguresChart::updatePlotArea, Qt::QueuedConnection);
    }
    return QChartView::eventFilter(watched, event);
}

void FiguresChart::updatePlotArea()
{
    QLegend *legend = m_chart->legend();
    const qreal labels = QFontMetricsF(labelFont()).height() + 10;
    const bool aligned =
        m_alignedWith && m_alignedWith->isVisible() && m_alignedWith->window() == window();
    if (!m_plotSpan && !aligned) {
        if (!legend->isAttachedToChart())
            legend->attachToChart();
        // Laid out by the chart itself, with room for the labels drawAxes() puts around it.
        m_chart->setMargins(QMargins(100, 8, 8, int(labels)));
        m_chart->setPlotArea(QRectF());
        return;
    }
    // The timeline's event area in this view's coordinates, exactly: not clipped to the view,
    // so that time maps to the same x even where the chart is narrower.
    qreal left = 0, right = 0;
    if (m_plotSpan) {
        std::tie(left, right) = *m_plotSpan;
    } else {
        const QRectF area = m_alignedWith->eventArea();
        const QPoint origin =
            m_alignedWith->mapTo(window(), QPoint(0, 0)) - mapTo(window(), QPoint(0, 0));
        left = area.left() + origin.x();
        right = area.right() + origin.x();
    }
    // The legend goes beside the plot when the chart reaches past the timeline (under the
    // side docks), else in a strip above it.
    const qreal room = m_plotSpan ? 0 : viewport()->width() - right - 8;
    qreal top = 8;
    if (legend->isAttachedToChart())
        legend->detachFromChart();
    if (room >= 120) {
        legend->setAlignment(Qt::AlignRight);
        legend->setGeometry(QRectF(right + 8, 4, std::min<qreal>(room, kLegendWidth * 1.5),
                                   viewport()->height() - 8));
    } else {
        legend->setAlignment(Qt::AlignTop);
        const qreal x = std::max<qreal>(left, 0);
        const qreal width = std::min(right, qreal(viewport()->width())) - x;
        // As many rows as the names need at this width (a marker, a gap, the name, a gap).
        const QFontMetricsF metrics(legend->font());
        int rows = m_measureSeries.isEmpty() ? 0 : 1;
        qreal used = 0;
        for (const QLegendMarker *marker : legend->markers()) {
            if (!marker->isVisible())
                continue;
            const qreal item =
                metrics.height() + 8 + metrics.horizontalAdvance(marker->label()) + 48;
            if (used > 0 && used + item > width) {
                ++rows;
                used = 0;
            }
            used += item;
        }
        qreal height = rows * (metrics.height() + 5) + 6;
        // Qt's rows are what counts: lay the legend out with room to spare, then keep the
        // height its markers took, so that no measure's name is cut off.
        legend->setGeometry(QRectF(x, 2, width, std::max(height * 2, viewport()->height() / 2.0)));
        if (QGraphicsLayout *layout = legend->layout())
            layout->activate();
        qreal markersBottom = 0;
        for (const QGraphicsItem *group : legend->childItems()) {
            for (const QGraphicsItem *item : group->childItems()) {
                if (item->isVisible())
                    markersBottom = std::max(markersBottom,
                                    item->mapRectToItem(legend, item->boundingRect()).bottom());
            }
        }
        if (markersBottom > 0)
            height = std::ceil(markersBottom) + 4;
        legend->setGeometry(QRectF(x, 2, width, height));
        top = height + 8;
    }
    legend->update();
    m_chart->setMargins(QMargins(4, 4, 4, 0));
    const QRectF plot(QPointF(left, top), QPointF(right, viewport()->height() - labels));
    if (right - left < 10 || plot.height() <= 4)
        return;
    if (plot != m_chart->plotArea())
        m_chart->setPlotArea(plot);
}

void FiguresChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void FiguresChart::applyTheme()
{
    const TimelineTheme theme = currentTheme();
    const bool dark = theme.background.lightnessF() < 0.5;
    // The chart theme resets fonts and colours; ours go on top.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The view paints the ground: the chart's own background item keeps an old height when a
    // dock grows under a plot area set by hand.
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundBrush(theme.background);
    setBackgroundBrush(theme.background);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setDropShadowEnabled(false);

    QFont font = labelFont();
    font.setPixelSize(font.pixelSize() - 1);
    m_chart->legend()->setFont(font);
    m_chart->legend()->setLabelColor(theme.text);

    const QList<QColor> &colours = theme.laneColours;
    for (int m = 0; m < m_measureSeries.size(); ++m) {
        const QColor colour = colours.isEmpty() ? theme.text : colours.at(m % colours.size());
        QScatterSeries *series = m_measureSeries.at(m);
        series->setColor(colour);
        series->setBorderColor(m_highContrast ? theme.text : theme.background);
    }
    for (QLineSeries *span : std::as_const(m_spanSeries)) {
        const int m = span->property("measure").toInt();
        QColor colour = colours.isEmpty() ? theme.text : colours.at(m % colours.size());
        QPen pen(colour, 4 * scale());
        pen.setCapStyle(Qt::FlatCap);
        span->setPen(pen);
    }
    viewport()->update();
}

void FiguresChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const TimelineTheme theme = currentTheme();
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const double marker = kMarkerSize * scale();
    painter->save();
    drawAxes(painter, theme);
    painter->setClipRect(plot.adjusted(-marker, -marker, marker, marker));
    painter->setRenderHint(QPainter::Antialiasing);
    // Differing reports of one measure and period: a dashed frame around them.
    QPen frame(theme.text, 1, Qt::DashLine);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    for (const QList<int> &group : std::as_const(m_groups)) {
        if (group.size() < 2)
            continue;
        const QRectF box = groupBox(group);
        // Not past the plot: an SVG does not clip (Qt 6.4), and a frame for reports out of
        // range would show in the gutter.
        if (!plot.contains(box.center()))
            continue;
        const double pad = 4 * scale();
        painter->drawRoundedRect(box.adjusted(-pad, -pad, pad, pad), pad, pad);
    }
    if (m_amountsLabelled)
        drawAmountLabels(painter, theme);
    // The selected event's figures and the one under the pointer get a ring.
    const int selected = m_zoom ? m_zoom->selectedEvent() : -1;
    const QString selectedId =
        m_catalogue && selected >= 0 && selected < m_catalogue->events().size()
            ? m_catalogue->events().at(selected).id
            : QString();
    for (const Placed &p : std::as_const(m_placed)) {
        const bool isSelected =
            !selectedId.isEmpty() && m_catalogue->figures().at(p.figure).eventId == selectedId;
        if (!isSelected && p.figure != m_hovered)
            continue;
        painter->setPen(QPen(isSelected ? theme.selection : theme.hover, isSelected ? 3 : 2));
        const QPointF c = m_chart->mapToScene(chartPosition(p));
        painter->drawEllipse(c, kMarkerSize / 2 + 3, kMarkerSize / 2 + 3);
    }
    painter->restore();
}

QFont FiguresChart::labelFont() const
{
    if (m_fixedTheme) {
        QFont font = m_fixedTheme->scaledFont();
        font.setPixelSize(std::max(1, int(std::lround(11 * scale()))));
        return font;
    }
    QFont font = this->font();
    font.setPixelSize(m_highContrast ? 12 : 11);
    font.setBold(m_highContrast);
    return font;
}

// The timeline's ticks under the plot, with a grid line for each, and the amounts in the
// gutter left of it (the timeline's lane names above): money on powers of ten, counts beside.
void FiguresChart::drawAxes(QPainter *painter, const TimelineTheme &theme) const
{
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    if (!m_zoom || plot.width() <= 0 || plot.height() <= 0)
        return;
    painter->save();
    painter->setFont(labelFont());
    const QFontMetricsF metrics(painter->font());
    const AxisTicks ticks =
        AxisTicks::generate(m_zoom->rangeStart(), m_zoom->rangeEnd(), plot.width());
    const auto xAt = [&](qint64 t) {
        return TimeScale::timeToPixel(t, m_zoom->rangeStart(), m_zoom->rangeEnd(), plot.left(),
                                      plot.width());
    };
    for (const AxisTicks::Tick &tick : ticks.major) {
        const double x = std::round(xAt(tick.time)) + 0.5;
        painter->setPen(QPen(theme.grid, 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(theme.text);
        painter->drawText(QPointF(x + 3, plot.bottom() + metrics.ascent() + 3), tick.label);
    }
    painter->setPen(QPen(theme.separator, 1));
    painter->drawLine(QPointF(plot.left(), plot.bottom() + 0.5),
                      QPointF(plot.right(), plot.bottom() + 0.5));

    const auto yAt = [&](double value, double low, double high) {
        return plot.bottom() - (value - low) / (high - low) * plot.height();
    };
    const double gutterRight = plot.left() - 6;
    // A label only where it does not crowd the one before.
    double lastY = 1e9;
    if (m_hasMoney) {
        const int low = int(std::ceil(m_axisMoney->min()));
        const int high = int(std::floor(m_axisMoney->max()));
        for (int power = low; power <= high; ++power) {
            const double y = yAt(power, m_axisMoney->min(), m_axisMoney->max());
            painter->setPen(QPen(theme.minorGrid, 1, Qt::DotLine));
            painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            if (lastY - y < metrics.height())
                continue;
            lastY = y;
            const qint64 pence = qint64(std::llround(std::pow(10.0, power))) * 100;
            const QString label = FigureAmount::format(pence, FigureAmount::Unit::GBP, pence);
            painter->setPen(theme.text);
            painter->drawText(QPointF(gutterRight - metrics.horizontalAdvance(label),
                                      y + metrics.ascent() / 2 - 1),
                              label);
        }
    }
    if (m_hasCount) {
        const double right = m_hasMoney ? gutterRight - 70 * scale() : gutterRight;
        const double high = m_axisCount->max();
        lastY = 1e9;
        for (const double value : {0.0, std::round(high / 2), high}) {
            const double y = yAt(value, m_axisCount->min(), high);
            if (lastY - y < metrics.height())
                continue;
            lastY = y;
            const QString label =
                FigureAmount::format(qint64(value * 100), FigureAmount::Unit::FTE, 100);
            painter->setPen(theme.mutedText);
            painter->drawText(
                QPointF(right - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                label);
        }
    }
    painter->restore();
}

// Every marker's amount above it (the reports of a group once, above their frame), moved
// below, right or left when that place is taken; on paper nothing can be hovered instead.
void FiguresChart::drawAmountLabels(QPainter *painter, const TimelineTheme &theme) const
{
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    const double marker = kMarkerSize * scale();
    const double gap = 3 * scale();
    painter->save();
    painter->setFont(labelFont());
    painter->setPen(theme.text);
    const QFontMetricsF metrics(painter->font());
    // The markers and the bars of periods: a label goes where it covers neither.
    QList<QRectF> taken;
    const QRectF area = m_chart->plotArea();
    for (const Placed &p : std::as_const(m_placed)) {
        const QPointF c = m_chart->mapToScene(chartPosition(p));
        taken.append(QRectF(c.x() - marker / 2, c.y() - marker / 2, marker, marker));
        if (p.end > p.start && m_zoom) {
            const auto x = [&](qint64 t) {
                return TimeScale::timeToPixel(t, m_zoom->rangeStart(), m_zoom->rangeEnd(),
                                              area.left(), area.width());
            };
            const double bar = 4 * scale();
            const QPointF a = m_chart->mapToScene(QPointF(x(p.start), c.y()));
            const QPointF b = m_chart->mapToScene(QPointF(x(p.end), c.y()));
            taken.append(QRectF(a.x(), c.y() - bar / 2, b.x() - a.x(), bar));
        }
    }
    for (const QList<int> &group : std::as_const(m_groups)) {
        QRectF box = groupBox(group);
        if (!plot.contains(box.center()))
            continue;
        if (group.size() > 1)
            box.adjust(-4 * scale(), -4 * scale(), 4 * scale(), 4 * scale());
        const QString text = amountLabel(m_placed.at(group.first()).figure);
        const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
        const double cx = box.center().x() - size.width() / 2;
        const double line = size.height();
        const QRectF candidates[] = {
            QRectF(QPointF(cx, box.top() - gap - line), size),
            QRectF(QPointF(cx, box.bottom() + gap), size),
            QRectF(QPointF(box.right() + gap, box.center().y() - line / 2), size),
            QRectF(QPointF(box.left() - gap - size.width(), box.center().y() - line / 2), size),
            QRectF(QPointF(cx, box.top() - gap - 2 * line), size),
            QRectF(QPointF(cx, box.bottom() + gap + line), size),
            QRectF(QPointF(cx, box.top() - gap - 3 * line), size),
        };
        QRectF place = candidates[0];
        for (const QRectF &candidate : candidates) {
            const bool inside = plot.adjusted(0, -size.height(), 0, size.height())
                                    .contains(candidate);
            const bool free = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &r) {
                return r.intersects(candidate);
            });
            if (inside && free) {
                place = candidate;
                break;
            }
        }
        taken.append(place);
        painter->drawText(QPointF(place.left(), place.top() + metrics.ascent()), text);
    }
    painter->restore();
}

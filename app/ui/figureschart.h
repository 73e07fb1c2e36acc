#pragma once

#include "timelinetheme.h"
#include "timelinezoom.h"

#include <QChartView>
#include <QList>
#include <QPointer>

#include <optional>

class Catalogue;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class TimelineWidget;

// The amounts the sources give, on the timeline's own time axis: it follows the shared
// TimelineZoom and lines its plot up with the timeline's event area, so that a date is at the
// same x in both. One series per measure (money on a scale of powers of ten, staff and other
// counts on a plain one beside it); a figure for a period (a financial year) is a bar across it
// with its marker in the middle, a figure without one a marker at its event's date. Reports
// of one measure for the same period stand side by side inside a dashed frame, never averaged:
// the tooltip says "reported as £399m (HSJ), £400m (Cabinet report para 3), £409m (para 16)".
// Hovering a marker shows the amount as written, the period and the citation; a click selects
// the figure's event (the window's selection) and asks for its passage. For paper
// (FiguresExport), the theme and the plot's span are set rather than followed, and every
// marker is labelled with its amount, since a page cannot be hovered.
class FiguresChart : public QChartView
{
    Q_OBJECT
public:
    explicit FiguresChart(QWidget *parent = nullptr);
    ~FiguresChart() override;

    void setCatalogue(const Catalogue *catalogue);
    // The shared range and selection. Until one is set the chart uses its own.
    void setZoom(TimelineZoom *zoom);
    TimelineZoom *zoom() const { return m_zoom; }
    // The plot spans the timeline's event area (see OverviewStrip::alignWith).
    void alignWith(TimelineWidget *timeline);
    void setHighContrast(bool highContrast);
    bool isHighContrast() const { return m_highContrast; }
    // An export's theme (print, high contrast…, at its scale) instead of the window's.
    void setTheme(const TimelineTheme &theme);
    // The plot from left to right in this view's coordinates, with the legend above it,
    // instead of following a timeline.
    void setPlotSpan(qreal left, qreal right);
    // Each marker labelled with its amount ("£1.3m"; the reports of a group together).
    void setAmountsLabelled(bool labelled);
    // The label of a figure's marker, or of the group of reports it is one of.
    QString amountLabel(int figure) const;
    // Draws what the view shows (the ground, the chart, the axes and labels over it) with
    // its top left at topLeft, at the view's size: for exports, where it is never shown.
    void renderTo(QPainter *painter, const QPointF &topLeft);

    // One per measure, in the order the catalogue first names them, named by its label.
    const QList<QScatterSeries *> &measureSeries() const { return m_measureSeries; }
    // The bar of each figure for a period longer than a day.
    const QList<QLineSeries *> &spanSeries() const { return m_spanSeries; }
    // The figures (indexes into Catalogue::figures()) of the points of measureSeries()[i].
    QList<int> figuresOf(int series) const;
    // Where a figure sits in time: [start, end) of its period, start == end for a date.
    qint64 figureStart(int figure) const;
    qint64 figureEnd(int figure) const;

    // Viewport x of a time; a figure's marker and the figure under a point, in viewport
    // coordinates (-1 for none).
    double xOf(qint64 time) const;
    QPointF markerPosition(int figure) const;
    int figureAt(QPointF pos) const;
    QString toolTipFor(int figure) const;

signals:
    // A click on a figure: its first passage, for the document reader.
    void passageRequested(const QString &sourceId, qsizetype start, qsizetype end);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct Placed
    {
        int figure = -1;
        int measure = -1;
        qint64 start = 0;
        qint64 end = 0;
        double y = 0;   // on its measure's axis
        int group = -1; // into m_groups
        int slot = 0;   // its place in the group, side by side
    };

    void rebuild();
    void relayout();
    void updatePlotArea();
    void applyTheme();
    TimelineTheme currentTheme() const;
    qreal scale() const { return m_fixedTheme ? m_fixedTheme->scale : 1.0; }
    QFont labelFont() const;
    void drawAmountLabels(QPainter *painter, const TimelineTheme &theme) const;
    void drawAxes(QPainter *painter, const TimelineTheme &theme) const;
    const Placed *placed(int figure) const;
    QPointF chartPosition(const Placed &p) const; // in the chart's coordinates
    // Around the markers of a group of reports (indexes into m_placed), in the scene's.
    QRectF groupBox(const QList<int> &group) const;
    qint64 markerTime(const Placed &p) const;

    QChart *m_chart;
    QValueAxis *m_axisX;
    QCategoryAxis *m_axisMoney;
    QValueAxis *m_axisCount;
    bool m_hasMoney = false;
    bool m_hasCount = false;
    QList<QScatterSeries *> m_measureSeries;
    QList<QLineSeries *> m_spanSeries;
    QList<bool> m_measureIsMoney;
    QList<Placed> m_placed;
    QList<QList<int>> m_groups;   // indexes into m_placed; the reports of one measure and period
    QList<QList<int>> m_pointsOf; // per measure series: indexes into m_placed, in point order

    const Catalogue *m_catalogue = nullptr;
    QPointer<TimelineZoom> m_zoom;
    TimelineZoom *m_ownZoom;
    QPointer<TimelineWidget> m_alignedWith;
    QList<QPointer<QObject>> m_watchedAncestors;
    bool m_highContrast = false;
    std::optional<TimelineTheme> m_fixedTheme;
    std::optional<std::pair<qreal, qreal>> m_plotSpan;
    bool m_amountsLabelled = false;
    int m_hovered = -1;
};

#pragma once

#include "timelinezoom.h"

#include <QBitArray>
#include <QChartView>
#include <QDate>
#include <QList>
#include <QPointer>

class Catalogue;
class QAreaSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QLineSeries;
class QValueAxis;
class TimelineWidget;

// A compact chart of the whole catalogue: how many events begin in each month, with the
// range the timeline shows drawn on it as a window. Clicking centres the view on that time;
// dragging moves it continuously (grabbing the window keeps the grip where it was taken).
// Honours the filter. One point pair per month, never per event, so 100,000 events cost one
// counting pass and a few hundred points.
//
// Keys: Left/Right move the view by half its span, Home/End to the start/end of the catalogue.
class OverviewStrip : public QChartView
{
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);
    ~OverviewStrip() override;

    void setCatalogue(const Catalogue *catalogue);
    const Catalogue *catalogue() const { return m_catalogue; }

    // The shared range and selection. Until one is set the strip uses its own.
    void setZoom(TimelineZoom *zoom);
    TimelineZoom *zoom() const { return m_zoom; }

    // The filter, one bit per Catalogue::events() entry (empty: count all).
    void setVisibleEvents(const QBitArray &visible);

    // Lines the chart's time axis up with the timeline's: the plot spans the timeline's
    // event area (not its lane names), following its size. nullptr lays the chart out alone.
    void alignWith(TimelineWidget *timeline);

    // Black on white instead of the palette's colours.
    void setHighContrast(bool highContrast);
    bool isHighContrast() const { return m_highContrast; }

    // Visible events beginning in each month, the first being firstMonth() (a January; the
    // strip covers whole years).
    const QList<int> &monthCounts() const { return m_counts; }
    QDate firstMonth() const { return m_firstMonth; }
    // The time span the chart covers, ms since the epoch: whole years around every event.
    qint64 spanStart() const { return m_spanStart; }
    qint64 spanEnd() const { return m_spanEnd; }

    // Viewport x of a time and back.
    double xOf(qint64 time) const;
    qint64 timeAt(double x) const;
    // The view window as drawn, in viewport coordinates; empty when out of the chart.
    QRectF windowRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recount();
    void updateYearLabels();
    void updateWindow();
    void applyTheme();
    void centreOn(qint64 time);
    void updateCursor(QPointF pos);
    void updatePlotArea();

    QChart *m_chart;
    QLineSeries *m_upper;
    QAreaSeries *m_area;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QGraphicsRectItem *m_window;
    QGraphicsLineItem *m_selection;

    const Catalogue *m_catalogue = nullptr;
    QPointer<TimelineZoom> m_zoom;
    TimelineZoom *m_ownZoom;
    QBitArray m_visible;
    QList<int> m_counts;
    QDate m_firstMonth;
    qint64 m_spanStart = 0;
    qint64 m_spanEnd = 0;
    int m_yearStep = 0;
    bool m_highContrast = false;
    bool m_dragging = false;
    qint64 m_grabOffset = 0;
    QPointer<TimelineWidget> m_alignedWith;
};

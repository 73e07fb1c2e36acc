#pragma once

#include "axisticks.h"

#include <QList>
#include <QRectF>

#include <vector>

// The geometry of one drawn timeline: what TimelineRenderer::layout() computes for a rectangle
// and a time range, and what paint() and hit testing read. Plain data, in the painter's
// logical coordinates; event and lane numbers are those of Catalogue::events() and
// TimelineIndex.
struct TimelineLayout
{
    // How a date is drawn: a day as a point marker, a single month, quarter, season, year or
    // financial year as a bar across its period, a range as a bar with both ends marked.
    enum class Shape { Point, Period, Range };

    // An event drawn on its own, with its label.
    struct Item
    {
        int event = -1;
        int lane = -1;
        int row = 0;
        Shape shape = Shape::Point;
        bool approximate = false; // soft, faded ends
        bool planned = false;     // hollow, dashed
        QRectF shapeRect;         // the marker's box or the bar (may extend beyond the view)
        QRectF labelRect;         // where the title is drawn
        QString text;             // the title as drawn: elided where the next item is near
        QRectF bounds() const { return shapeRect.united(labelRect); }
    };

    // Events not drawn on their own. In a dense lane, how many touch a pixel column (the
    // level of detail); in a labelled lane, a group of events left without a row, drawn as a
    // badge with its count ("+3") where the first of them begins. Either way one click on it
    // opens it: start and end are the time its events cover.
    struct Mark
    {
        int lane = -1;
        QRectF rect; // as drawn: a column's height grows with its count
        int count = 0;
        qint64 start = 0;
        qint64 end = 0;
        bool group = false;       // a badge of a labelled lane, not a column
        bool highlighted = false; // a group holding a search match
        QString text;             // a group's badge, as drawn
    };

    struct Lane
    {
        int lane = -1; // TimelineIndex lane
        QString name;
        QRectF band;            // the whole band, header included
        QRectF densityRect;     // where marks are drawn: the whole band when dense, else the
                                // strip under the rows that holds events without a row
        bool dense = false;     // too many events to label: every event is a mark
        int rows = 0;           // label rows kept
        int eventsInView = 0;   // visible events overlapping the range
        int unlabelled = 0;     // of those, drawn as marks
        bool expanded = false;  // given the rows it needs before the other lanes
        bool collapsed = false; // one thin row of marks (dense too)
        QRectF toggle;          // the disclosure triangle before the name; null on paper
        int firstItem = 0, itemCount = 0;
        int firstMark = 0, markCount = 0;
    };

    QRectF rect;       // everything
    QRectF axisRect;   // the date axis along the top, right of the header
    QRectF headerRect; // the lane names along the left, below the axis
    QRectF eventArea;  // where time runs from start (left edge) to end (right edge)
    qint64 start = 0;
    qint64 end = 0;
    qreal rowHeight = 0;
    qreal markerSize = 0;
    // The lanes' height together, and how far down them eventArea begins (scrollable
    // layouts; otherwise 0, and the lanes end within the rect).
    qreal contentHeight = 0;
    qreal scrollOffset = 0;

    AxisTicks ticks;
    QList<Lane> lanes;
    std::vector<Item> items;         // by lane, then left to right
    std::vector<Mark> marks;         // by lane, then left to right
    std::vector<QRectF> searchMarks; // search matches among the marks, one per column
    qreal todayX = -1;               // where today's line is; < 0 when not in view

    double timeToX(qint64 t) const;
    qint64 xToTime(double x) const;

    // Hit testing; -1 or nullptr for nothing there.
    int eventAt(QPointF pos) const;        // an event drawn on its own
    const Mark *markAt(QPointF pos) const; // a column of merged events
    int laneAt(QPointF pos) const;         // a TimelineIndex lane, from the band under pos
    // The lane's band, null when the layout does not show it.
    QRectF laneBand(int lane) const;
    const Item *item(int event) const;
};

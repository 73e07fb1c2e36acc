#pragma once

#include <QRectF>

class Catalogue;
class QPainter;
struct TimelineTheme;

// What draws the figures (the amounts the sources give) into an export, on the timeline's
// own time axis. The chart is the window's Qt Charts view, which needs Widgets; this library
// draws with Qt Gui only, so the program hands ImageExporter an implementation (FiguresExport
// in app/ui) and a caller without one exports the timeline alone.
class ExportFigures
{
public:
    virtual ~ExportFigures() = default;

    // Draws the catalogue's figures for the times [start, end) into rect (1/96 inch, any
    // painter). The plot runs from plotLeft to plotRight, the timeline's event area, so
    // that a date is at the same x as on the timeline above it; the amounts are labelled in
    // the room left of plotLeft.
    virtual void paint(QPainter *painter, const Catalogue &catalogue, const QRectF &rect,
                       qreal plotLeft, qreal plotRight, qint64 start, qint64 end,
                       const TimelineTheme &theme) const = 0;
};

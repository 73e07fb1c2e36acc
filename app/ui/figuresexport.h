#pragma once

#include "exportfigures.h"

#include <QSize>

#include <memory>

class FiguresChart;

// Draws an export's figures with the window's own FiguresChart (Qt Charts), laid out off
// screen at the band's size, its plot on the timeline's event area, in the export's theme,
// every marker labelled with its amount. Needs a QApplication; the command line makes one on
// the offscreen platform when --with-figures asks for the chart.
class FiguresExport : public ExportFigures
{
public:
    void paint(QPainter *painter, const Catalogue &catalogue, const QRectF &rect, qreal plotLeft,
               qreal plotRight, qint64 start, qint64 end,
               const TimelineTheme &theme) const override;

    // The chart paint() draws: size units large, its plot from plotLeft to plotRight (in its
    // own coordinates), showing [start, end). Never shown on a screen.
    static std::unique_ptr<FiguresChart> chartFor(const Catalogue &catalogue, QSize size,
                                                  qreal plotLeft, qreal plotRight, qint64 start,
                                                  qint64 end, const TimelineTheme &theme);
};

#include "figuresexport.h"

#include "figureschart.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

#include <cmath>

std::unique_ptr<FiguresChart> FiguresExport::chartFor(const Catalogue &catalogue, QSize size,
                                                      qreal plotLeft, qreal plotRight,
                                                      qint64 start, qint64 end,
                                                      const TimelineTheme &theme)
{
    auto chart = std::make_unique<FiguresChart>();
    chart->setFrameShape(QFrame::NoFrame);
    chart->setCatalogue(&catalogue);
    chart->setTheme(theme);
    chart->setAmountsLabelled(true);
    chart->zoom()->setRange(start, end);
    // Never shown: the view, its viewport and its scene take the size from the event.
    chart->resize(size);
    chart->viewport()->resize(size);
    QResizeEvent resized(size, QSize());
    QCoreApplication::sendEvent(chart.get(), &resized);
    // A view that is never shown does not size its chart or its scene: both are the band,
    // so that the scene is the view's own coordinates, unscrolled.
    chart->chart()->resize(QSizeF(size));
    chart->setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->setPlotSpan(plotLeft, plotRight);
    // The chart lays itself out when its layout request is handled: now, not in the event
    // loop; then the plot goes back where it must be.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    chart->setPlotSpan(plotLeft, plotRight);
    return chart;
}

void FiguresExport::paint(QPainter *painter, const Catalogue &catalogue, const QRectF &rect,
                          qreal plotLeft, qreal plotRight, qint64 start, qint64 end,
                          const TimelineTheme &theme) const
{
    const QSize size(int(std::floor(rect.width())), int(std::floor(rect.height())));
    if (size.isEmpty() || end <= start)
        return;
    const std::unique_ptr<FiguresChart> chart = chartFor(
        catalogue, size, plotLeft - rect.left(), plotRight - rect.left(), start, end, theme);
    chart->renderTo(painter, rect.topLeft());
}

#include "exportlegend.h"

#include "timelinerenderer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(float(alpha));
    return colour;
}

QPolygonF diamond(const QRectF &box)
{
    const QPointF c = box.center();
    return QPolygonF({QPointF(c.x(), box.top()), QPointF(box.right(), c.y()),
                      QPointF(c.x(), box.bottom()), QPointF(box.left(), c.y())});
}

} // namespace

ExportLegend::ExportLegend(const TimelineTheme &theme, const QList<LaneEntry> &lanes, bool merged,
                           bool openEnded)
    : m_theme(theme)
{
    for (const LaneEntry &lane : lanes)
        m_entries.append({Sample::Lane, lane.lane, lane.name});
    m_firstStyle = int(m_entries.size());
    const QStringList names = dateStyleNames(openEnded);
    QList<Sample> samples = {Sample::Day, Sample::Period, Sample::Range, Sample::Approximate};
    if (openEnded)
        samples.append(Sample::OpenEnded);
    samples.append(Sample::Planned);
    for (int i = 0; i < names.size(); ++i)
        m_entries.append({samples.at(i), -1, names.at(i)});
    if (merged)
        m_entries.append({Sample::Merged, -1, mergedName()});
}

QStringList ExportLegend::texts() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result.append(entry.text);
    return result;
}

QString ExportLegend::mergedName()
{
    return tr("Events with no room for a label (their count or numbers)");
}

QStringList ExportLegend::dateStyleNames(bool openEnded)
{
    QStringList names = {tr("On a day"), tr("In a month, quarter or year"), tr("Between two dates"),
                         tr("Approximate (c.)")};
    // Only where the timeline has one: most ranges have none, and the key stays short.
    if (openEnded)
        names.append(openEndedName());
    names.append(tr("Planned"));
    return names;
}

QString ExportLegend::openEndedName()
{
    return tr("By, before or after a date: the report does not say when");
}

QList<QRectF> ExportLegend::flow(qreal width) const
{
    const QFontMetricsF metrics(m_theme.scaledFont());
    const qreal s = m_theme.scale;
    const qreal lineHeight = std::ceil(metrics.height() + 6 * s);
    const qreal marker = std::max(6.0, std::round(metrics.height() * 0.6));
    const qreal spacing = std::round(18 * s);

    QList<QRectF> rects;
    qreal x = 0;
    qreal y = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const qreal sampleWidth = entry.sample == Sample::Lane ? marker * 1.4 : marker * 3.2;
        // A pixel to spare: elidedText() measures a little wider than horizontalAdvance().
        const qreal w = std::min(width, sampleWidth + std::round(6 * s) +
                                            std::ceil(metrics.horizontalAdvance(entry.text)) + 1);
        // Date styles start a line of their own, under the lanes.
        const bool newLine = (i == m_firstStyle && i > 0) || (x > 0 && x + w > width);
        if (newLine) {
            x = 0;
            y += lineHeight;
        }
        rects.append(QRectF(x, y, w, lineHeight));
        x += w + spacing;
    }
    return rects;
}

qreal ExportLegend::height(qreal width) const
{
    const QList<QRectF> rects = flow(width);
    return rects.isEmpty() ? 0 : rects.last().bottom();
}

void ExportLegend::paint(QPainter *painter, const QRectF &rect) const
{
    const QFont font = m_theme.scaledFont();
    const QFontMetricsF metrics(font);
    const qreal s = m_theme.scale;
    const qreal marker = std::max(6.0, std::round(metrics.height() * 0.6));
    const QList<QRectF> rects = flow(rect.width());

    painter->save();
    painter->setFont(font);
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRectF r = rects.at(i).translated(rect.topLeft());
        const qreal sampleWidth = entry.sample == Sample::Lane ? marker * 1.4 : marker * 3.2;
        const QRectF box(r.left(), r.center().y() - marker / 2, sampleWidth, marker);
        paintSample(painter, entry, box);
        painter->setPen(m_theme.text);
        const qreal textLeft = box.right() + std::round(6 * s);
        const QString text = metrics.elidedText(entry.text, Qt::ElideRight, r.right() - textLeft);
        painter->drawText(
            QPointF(textLeft, r.center().y() - metrics.height() / 2 + metrics.ascent()), text);
    }
    painter->restore();
}

void ExportLegend::paintSample(QPainter *painter, const Entry &entry, const QRectF &box) const
{
    const TimelineTheme &t = m_theme;
    const qreal marker = box.height();
    // Date styles are shown in a neutral colour, so that none reads as a lane.
    const QColor colour = entry.sample == Sample::Lane ? t.laneColour(entry.lane) : t.mutedText;
    const QColor outline = entry.sample == Sample::Lane ? t.shapeOutline(entry.lane)
                           : t.outline.isValid()        ? t.outline
                                                        : t.text;
    const QPen pen(outline, t.lineWidth);
    const QRectF point(box.center().x() - marker / 2, box.top(), marker, marker);
    const QRectF bar(box.left() + marker * 0.3, box.top() + marker * 0.2,
                     box.width() - marker * 0.6, marker * 0.6);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(pen);
    painter->setBrush(colour);
    switch (entry.sample) {
    case Sample::Lane:
        painter->drawRoundedRect(box, marker * 0.2, marker * 0.2);
        break;
    case Sample::Day:
        painter->drawConvexPolygon(diamond(point));
        break;
    case Sample::Period:
        painter->drawRect(bar);
        break;
    case Sample::Range: {
        painter->drawRect(bar);
        painter->setPen(
            QPen(outline, std::max(2.0, t.lineWidth * 1.5), Qt::SolidLine, Qt::FlatCap));
        const qreal top = bar.top() - marker * 0.2;
        painter->drawLine(QLineF(bar.left(), top, bar.left(), top + marker));
        painter->drawLine(QLineF(bar.right(), top, bar.right(), top + marker));
        break;
    }
    case Sample::Approximate: {
        const QRectF whisker(point.left() - marker, point.center().y() - marker * 0.15, 3 * marker,
                             marker * 0.3);
        TimelineRenderer::paintSoftEnds(painter, whisker, colour, t.background, marker);
        painter->setPen(QPen(withAlpha(outline, 0.6), t.lineWidth));
        painter->setBrush(withAlpha(colour, 0.6));
        painter->drawConvexPolygon(diamond(point));
        break;
    }
    case Sample::OpenEnded: {
        // As the renderer draws "by June 2018": the known bound, stepping out to the unknown.
        const QRectF known(box.right() - marker * 1.2, box.top(), marker, marker);
        TimelineRenderer::paintOpenEnded(painter, known, true, colour, t.background, pen, marker);
        break;
    }
    case Sample::Planned:
        painter->setPen(QPen(outline, std::max(1.5, t.lineWidth * 1.5), Qt::DashLine));
        painter->setBrush(t.background);
        painter->drawRect(bar);
        break;
    case Sample::Merged: {
        // As the renderer's badge for events left without a row: their count, "+3".
        painter->setPen(QPen(outline, t.lineWidth));
        painter->setBrush(TimelineTheme::blend(t.background, colour, 0.35));
        painter->drawRoundedRect(box, marker * 0.3, marker * 0.3);
        QFont small = t.scaledFont();
        small.setPixelSize(std::max(1, int(std::lround(box.height() * 0.9))));
        painter->setFont(small);
        painter->setPen(t.text);
        painter->drawText(box, Qt::AlignCenter, tr("+3"));
        break;
    }
    }
    painter->restore();
}

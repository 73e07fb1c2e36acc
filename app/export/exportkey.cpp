#include "exportkey.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// text broken into lines no wider than width, at word boundaries where it can be.
QStringList wrapLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

ExportKey::ExportKey(const TimelineTheme &theme, const QList<Entry> &entries, qreal textFactor)
    : m_theme(theme), m_entries(entries), m_textFactor(textFactor)
{}

QFont ExportKey::font() const
{
    // A little smaller than the labels, as a chart's notes are: about 7 pt on paper.
    QFont f = m_theme.scaledFont();
    f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * 0.88 * m_textFactor))));
    return f;
}

int ExportKey::columnCount(qreal width) const
{
    // Columns about 60 characters wide: a title of the story fits on one or two lines.
    const QFontMetricsF metrics(font());
    const qreal column = metrics.averageCharWidth() * 60;
    return std::clamp(int(width / std::max(column, 1.0)), 1, 6);
}

qreal ExportKey::numberWidth() const
{
    const QFontMetricsF metrics(font());
    int widest = 1;
    for (const Entry &entry : m_entries)
        widest = std::max(widest, entry.number);
    return std::ceil(metrics.horizontalAdvance(QString::number(widest)) +
                     metrics.averageCharWidth() * 1.5);
}

QList<QList<ExportKey::Line>> ExportKey::columns(qreal width) const
{
    const QFont regular = font();
    const int count = columnCount(width);
    // Wide, so that a reader of the PDF's text (pdftotext, a search) keeps the columns apart.
    const qreal gap = std::round(28 * m_theme.scale);
    const qreal columnWidth = (width - (count - 1) * gap) / count;
    const qreal swatch = std::max(2.0, std::round(3 * m_theme.scale));
    const qreal textWidth = std::max(columnWidth - numberWidth() - swatch, 1.0);

    QList<Line> lines;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QString text = tr("%1 — %2").arg(entry.date, entry.title);
        const QStringList wrapped = wrapLines(text, regular, textWidth);
        for (int k = 0; k < wrapped.size(); ++k)
            lines.append({i, wrapped.at(k), k == 0});
    }
    // Fill the columns in turn, to about the same length, never splitting an entry.
    const int perColumn = int(std::ceil(lines.size() / double(count)));
    QList<QList<Line>> result(1);
    for (int i = 0; i < lines.size();) {
        int end = i + 1;
        while (end < lines.size() && !lines.at(end).first)
            ++end;
        if (!result.last().isEmpty() && result.last().size() + (end - i) > perColumn &&
            result.size() < count)
            result.append(QList<Line>());
        for (; i < end; ++i)
            result.last().append(lines.at(i));
    }
    return result;
}

qreal ExportKey::height(qreal width) const
{
    if (m_entries.isEmpty())
        return 0;
    const QFontMetricsF metrics(font());
    qsizetype longest = 0;
    for (const QList<Line> &column : columns(width))
        longest = std::max(longest, column.size());
    return std::ceil(longest * metrics.lineSpacing());
}

void ExportKey::paint(QPainter *painter, const QRectF &rect) const
{
    if (m_entries.isEmpty())
        return;
    const QFont regular = font();
    QFont bold = regular;
    bold.setBold(true);
    const QFontMetricsF metrics(regular);
    const QList<QList<Line>> cols = columns(rect.width());
    const int count = columnCount(rect.width());
    // Wide, so that a reader of the PDF's text (pdftotext, a search) keeps the columns apart.
    const qreal gap = std::round(28 * m_theme.scale);
    const qreal columnWidth = (rect.width() - (count - 1) * gap) / count;
    const qreal numbers = numberWidth();
    const qreal swatch = std::max(2.0, std::round(3 * m_theme.scale));

    painter->save();
    for (int c = 0; c < cols.size(); ++c) {
        const qreal left = rect.left() + c * (columnWidth + gap);
        qreal y = rect.top();
        for (const Line &line : cols.at(c)) {
            const Entry &entry = m_entries.at(line.entry);
            if (line.first) {
                // The lane's colour beside the number, as on the timeline.
                painter->fillRect(QRectF(left, y + 1, swatch, metrics.height() - 2),
                                  m_theme.laneColour(entry.lane));
                painter->setFont(bold);
                painter->setPen(m_theme.text);
                painter->drawText(QPointF(left + swatch + 2, y + metrics.ascent()),
                                  QString::number(entry.number));
            }
            painter->setFont(regular);
            painter->setPen(m_theme.text);
            painter->drawText(QPointF(left + numbers + swatch, y + metrics.ascent()), line.text);
            y += metrics.lineSpacing();
        }
    }
    painter->restore();
}

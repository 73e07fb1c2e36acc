#include "exportfooter.h"

#include "sourceinfo.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kMinColumnWidth = 380; // a citation reads on one line at about this width

} // namespace

ExportFooter::ExportFooter(const TimelineTheme &theme, const QList<const SourceInfo *> &sources,
                           QDate madeOn)
    : m_theme(theme), m_madeOn(madeOn)
{
    for (const SourceInfo *source : sources)
        m_citations.append(source->citation());
}

QString ExportFooter::madeOnText(QDate date)
{
    return tr("Made on %1")
        .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, u"d MMMM yyyy"_s));
}

QFont ExportFooter::font() const
{
    QFont f = m_theme.scaledFont();
    f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * 0.85))));
    return f;
}

ExportFooter::Plan ExportFooter::plan(qreal width, qreal maxHeight) const
{
    const QFontMetricsF metrics(font());
    const qreal line = std::ceil(metrics.lineSpacing());
    const qreal gap = std::round(6 * m_theme.scale);
    Plan p;
    // As many columns as leave every citation whole, at most three.
    qreal widest = 0;
    for (const QString &citation : m_citations)
        widest = std::max(widest, metrics.horizontalAdvance(citation) + 1);
    p.columns = std::clamp(int(width / kMinColumnWidth), 1, 3);
    while (p.columns > 1 && (width - (p.columns - 1) * 2 * gap) / p.columns < widest)
        --p.columns;
    p.columnWidth = (width - (p.columns - 1) * 2 * gap) / p.columns;

    // A heading line that also gives the date, the citations, a line for "and N more".
    const qreal fixed = gap + line + gap;
    const int available = std::max(0, int((maxHeight - fixed) / line));
    const int needed = int((m_citations.size() + p.columns - 1) / p.columns);
    if (m_citations.isEmpty() || needed <= available) {
        p.rows = needed;
        p.shown = int(m_citations.size());
    } else {
        p.rows = std::max(0, available - 1);
        p.shown = std::min(int(m_citations.size()), p.rows * p.columns);
    }
    const bool more = p.shown < m_citations.size();
    p.height = fixed + (p.rows + (more ? 1 : 0)) * line;
    return p;
}

qreal ExportFooter::height(qreal width, qreal maxHeight) const
{
    return std::min(plan(width, maxHeight).height, maxHeight);
}

QStringList ExportFooter::lines(qreal width, qreal maxHeight) const
{
    const Plan p = plan(width, maxHeight);
    QStringList out;
    if (!m_citations.isEmpty())
        out.append(tr("Sources"));
    out.append(madeOnText(m_madeOn));
    for (int i = 0; i < p.shown; ++i)
        out.append(m_citations.at(i));
    if (p.shown < m_citations.size())
        out.append(tr("… and %1 more sources").arg(m_citations.size() - p.shown));
    return out;
}

void ExportFooter::paint(QPainter *painter, const QRectF &rect) const
{
    const Plan p = plan(rect.width(), rect.height());
    const QFont regular = font();
    QFont bold = regular;
    bold.setBold(true);
    const QFontMetricsF metrics(regular);
    const qreal line = std::ceil(metrics.lineSpacing());
    const qreal gap = std::round(6 * m_theme.scale);

    painter->save();
    painter->setClipRect(rect);
    painter->setPen(QPen(m_theme.separator, 1));
    painter->drawLine(QLineF(rect.left(), rect.top() + 0.5, rect.right(), rect.top() + 0.5));

    qreal y = rect.top() + gap;
    auto baseline = [&](qreal top) { return top + metrics.ascent(); };
    const QString made = madeOnText(m_madeOn);
    painter->setFont(regular);
    painter->setPen(m_theme.mutedText);
    painter->drawText(QPointF(rect.right() - metrics.horizontalAdvance(made), baseline(y)), made);
    if (!m_citations.isEmpty()) {
        painter->setFont(bold);
        painter->setPen(m_theme.text);
        painter->drawText(QPointF(rect.left(), baseline(y)), tr("Sources"));
        y += line;
        painter->setFont(regular);
        const qreal gutter = 2 * gap;
        for (int i = 0; i < p.shown; ++i) {
            const int column = i / std::max(p.rows, 1);
            const int row = i % std::max(p.rows, 1);
            const qreal x = rect.left() + column * (p.columnWidth + gutter);
            const QString text =
                metrics.elidedText(m_citations.at(i), Qt::ElideRight, p.columnWidth);
            painter->drawText(QPointF(x, baseline(y + row * line)), text);
        }
        y += p.rows * line;
        if (p.shown < m_citations.size()) {
            painter->setPen(m_theme.mutedText);
            painter->drawText(QPointF(rect.left(), baseline(y)),
                              tr("… and %1 more sources").arg(m_citations.size() - p.shown));
        }
    }
    painter->restore();
}

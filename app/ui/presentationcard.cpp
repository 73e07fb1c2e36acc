#include "presentationcard.h"

#include "catalogue.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kEllipsis = u"\u2026"_s;

QFont sized(QFont font, qreal pixels, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

// Draws lines from top; returns the y below the last.
qreal drawLines(QPainter *painter, const QStringList &lines, const QFont &font, qreal left,
                qreal top, qreal lineSpacing)
{
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    qreal y = top;
    for (const QString &line : lines) {
        painter->drawText(QPointF(left, y + metrics.ascent()), line);
        y += metrics.height() * lineSpacing;
    }
    return y;
}

} // namespace

PresentationCard::Text PresentationCard::text(const Catalogue &catalogue, int event)
{
    Text text;
    if (event < 0 || event >= catalogue.events().size())
        return text;
    const TimelineEvent &e = catalogue.events().at(event);
    text.date = e.date.phrase();
    text.tentative = e.date.isPlanned() || e.date.isApproximate();
    text.title = e.title.isEmpty() ? e.id : e.title;
    if (!e.sources().isEmpty()) {
        const SourceLink &link = e.sources().first();
        text.excerpt = link.excerpt.simplified();
        text.quoted = !text.excerpt.isEmpty();
        const SourceInfo *source = catalogue.source(link.sourceId);
        text.citation = source ? source->citation() : link.sourceId;
    }
    if (text.excerpt.isEmpty())
        text.excerpt = e.summary().simplified();
    return text;
}

QStringList PresentationCard::wrap(const QString &text, const QFont &font, qreal width,
                                   int maxLines, const QString &closing)
{
    if (text.isEmpty() || maxLines < 1 || width <= 0)
        return {};
    const QString whole = text + closing;
    QTextLayout layout(whole, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<std::pair<int, int>> spans; // start, length
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        spans.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();

    QStringList lines;
    const int kept = std::min(int(spans.size()), maxLines);
    for (int i = 0; i < kept; ++i)
        lines.append(whole.mid(spans.at(i).first, spans.at(i).second).trimmed());
    if (spans.size() <= maxLines)
        return lines;

    // Cut the last line kept at the last word that leaves room for "…" and the closing.
    const QFontMetricsF metrics(font);
    const QString rest = text.mid(spans.at(maxLines - 1).first);
    const QString suffix = kEllipsis + closing;
    const qreal room = width - metrics.horizontalAdvance(suffix);
    QString cut;
    for (qsizetype space = rest.indexOf(u' '); space > 0; space = rest.indexOf(u' ', space + 1)) {
        const QString candidate = rest.left(space);
        if (metrics.horizontalAdvance(candidate) > room)
            break;
        cut = candidate;
    }
    if (cut.isEmpty()) { // one long word: cut inside it
        cut = metrics.elidedText(rest, Qt::ElideRight, std::max(room, 0.0));
        if (cut.endsWith(kEllipsis))
            cut.chop(kEllipsis.size());
    }
    while (!cut.isEmpty() && QStringView(u",;:-\u2013\u2014").contains(cut.back()))
        cut.chop(1);
    lines.last() = cut.trimmed() + suffix;
    return lines;
}

void PresentationCard::paint(QPainter *painter, const QRectF &rect, qreal unit,
                             const Catalogue &catalogue, int event) const
{
    const Text t = text(catalogue, event);
    if (t.title.isEmpty())
        return;
    const TimelineTheme &theme = m_theme;
    const QFont base = theme.font;
    QFont serif = base;
    serif.setFamilies({u"DejaVu Serif"_s, u"Georgia"_s, u"Noto Serif"_s});
    serif.setStyleHint(QFont::Serif);

    const QFont dateFont = sized(base, 32 * unit, QFont::DemiBold, t.tentative);
    const QFont titleFont = sized(base, 54 * unit, QFont::Bold);
    const QFont excerptFont = sized(serif, 36 * unit);
    const QFont citationFont = sized(base, 24 * unit);
    const qreal gap = 22 * unit;
    const qreal bar = std::max(3.0, std::round(6 * unit));
    const qreal left = rect.left() + bar + 28 * unit;
    const qreal width = rect.right() - left;

    painter->save();
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // Date and title, with a bar in the lane's colour that ties them to the timeline above.
    qreal y = rect.top();
    const QColor dateColour = t.tentative ? theme.mutedText : theme.selection;
    painter->setPen(dateColour);
    y = drawLines(painter, {QFontMetricsF(dateFont).elidedText(t.date, Qt::ElideRight, width)},
                  dateFont, left, y, 1.0);
    y += gap * 0.25;
    painter->setPen(theme.text);
    y = drawLines(painter, wrap(t.title, titleFont, width, 2), titleFont, left, y, 1.05);
    const TimelineEvent &e = catalogue.events().at(event);
    painter->fillRect(QRectF(rect.left(), rect.top(), bar, y - rect.top()),
                      theme.laneColour(catalogue.laneIndex(e.laneId)));
    y += gap * 1.2;

    // The excerpt takes what room the citation leaves.
    const QFontMetricsF citationMetrics(citationFont);
    const QStringList citation =
        wrap(t.citation.isEmpty() ? QString() : u"\u2014 "_s + t.citation, citationFont, width, 2);
    const qreal citationHeight = citation.size() * citationMetrics.height();
    const QFontMetricsF excerptMetrics(excerptFont);
    const qreal excerptLine = excerptMetrics.height() * 1.18;
    const qreal room = rect.bottom() - y - (citation.isEmpty() ? 0 : gap * 0.6 + citationHeight);
    const int maxLines = std::clamp(int(std::floor(room / excerptLine)), 1, 6);
    const QStringList excerpt =
        t.quoted ? wrap(u"\u201C"_s + t.excerpt, excerptFont, width, maxLines, u"\u201D"_s)
                 : wrap(t.excerpt, excerptFont, width, maxLines);
    painter->setPen(theme.text);
    y = drawLines(painter, excerpt, excerptFont, left, y, 1.18);

    if (!citation.isEmpty()) {
        y += gap * 0.6;
        painter->setPen(theme.mutedText);
        drawLines(painter, citation, citationFont, left, y, 1.0);
    }
    painter->restore();
}

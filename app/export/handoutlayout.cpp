#include "handoutlayout.h"

#include "catalogue.h"
#include "exportscope.h"
#include "handoutwriter.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// An excerpt in curly quotes: the quote marks it already has are not doubled, and one that
// begins or ends mid-sentence says so with an ellipsis.
// "Figure: about £130,000 — County Council strategic level input (2017/18)".
QString figureLine(const Figure &figure)
{
    QString amount = figure.written;
    if (figure.amount.qualifier != FigureAmount::Qualifier::None)
        amount = FigureAmount::qualifierName(figure.amount.qualifier) + u' ' + amount;
    else if (figure.amount.approximate)
        amount = HandoutLayout::tr("estimated %1").arg(amount);
    const QString period =
        figure.period.isValid() ? figure.period.label() : HandoutLayout::tr("no period given");
    return HandoutLayout::tr("Figure: %1 \u2014 %2 (%3)").arg(amount, figure.label, period);
}

QString quotedExcerpt(const QString &excerpt)
{
    static const QString marks = u"\"'\u201C\u201D\u2018\u2019"_s;
    QString text = excerpt.simplified();
    while (!text.isEmpty() && marks.contains(text.front()))
        text.remove(0, 1);
    while (!text.isEmpty() && marks.contains(text.back()))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    if (text.front().isLower() && !text.startsWith(u"\u2026"_s))
        text.prepend(u"\u2026"_s);
    static const QString ends = u".!?\u2026:;)"_s;
    if (!ends.contains(text.back()))
        text.append(u"\u2026"_s);
    return u"\u201C"_s + text + u"\u201D"_s;
}

} // namespace

HandoutLayout::HandoutLayout(const Catalogue &catalogue, const ExportScope &scope,
                             const TimelineTheme &theme, const QSizeF &page)
    : m_theme(theme), m_page(page)
{
    add(Style::Heading, tr("Events"), -1, -1);
    const QList<int> &events = scope.eventIndexes();
    if (events.isEmpty())
        add(Style::Summary, tr("No events in this range."), -1, -1);
    for (int block = 0; block < events.size(); ++block) {
        const TimelineEvent &event = catalogue.events().at(events.at(block));
        const int lane = catalogue.laneIndex(event.laneId);
        const Lane *laneInfo = catalogue.lane(event.laneId);
        // An open-ended date says what the report leaves open: "by June 2018 — …".
        const QString date = event.date.described();
        const QString laneName = laneInfo ? laneInfo->name : event.laneId;
        add(Style::Date, laneName.isEmpty() ? date : date + u"  \u00B7  "_s + laneName, block, lane,
            int(date.size()));
        add(Style::Title, event.title.isEmpty() ? event.id : event.title, block, lane);
        if (!event.summary().isEmpty())
            add(Style::Summary, event.summary(), block, lane);
        // The event's figures, as written, with what they measure and the period they cover.
        for (const Figure &figure : catalogue.figuresOfEvent(event.id))
            add(Style::Summary, figureLine(figure), block, lane);

        // Excerpts grouped by source, each group followed by its citation.
        QStringList order;
        for (const SourceLink &link : event.sources()) {
            if (!order.contains(link.sourceId))
                order.append(link.sourceId);
        }
        for (const QString &sourceId : std::as_const(order)) {
            for (const SourceLink &link : event.sources()) {
                if (link.sourceId == sourceId && !link.excerpt.trimmed().isEmpty())
                    add(Style::Quote, quotedExcerpt(link.excerpt), block, lane);
            }
            const SourceInfo *source = catalogue.source(sourceId);
            add(Style::Citation,
                u"\u2014 "_s + (source ? HandoutWriter::fullCitation(*source) : sourceId), block,
                lane);
        }
    }

    const QList<const SourceInfo *> sources = scope.citedSources();
    if (!sources.isEmpty()) {
        add(Style::Heading, tr("Sources"), -1, -1);
        for (const SourceInfo *source : sources) {
            add(Style::SourceName, HandoutWriter::fullCitation(*source), -1, -1);
            QString dated = tr("Dated %1.").arg(source->date.phrase());
            if (!source->basis.isEmpty())
                dated += u' ' + source->basis;
            add(Style::SourceText, dated, -1, -1);
        }
    }
    paginate();
}

HandoutLayout::~HandoutLayout() = default;

QFont HandoutLayout::font(Style style) const
{
    QFont f = m_theme.scaledFont();
    const int base = f.pixelSize() > 0 ? f.pixelSize() : 13;
    auto px = [base](qreal factor) { return std::max(1, int(std::lround(base * factor))); };
    f.setBold(false);
    switch (style) {
    case Style::Heading:
        f.setPixelSize(px(1.55));
        f.setBold(true);
        break;
    case Style::Date:
        f.setPixelSize(px(0.92));
        break;
    case Style::Title:
        f.setPixelSize(px(1.25));
        f.setBold(true);
        break;
    case Style::Summary:
        f.setPixelSize(px(1.05));
        break;
    case Style::Quote:
        f.setPixelSize(px(1.0));
        f.setItalic(true);
        break;
    case Style::Citation:
    case Style::SourceText:
        f.setPixelSize(px(0.88));
        break;
    case Style::SourceName:
        f.setPixelSize(px(1.0));
        f.setBold(true);
        break;
    }
    return f;
}

void HandoutLayout::add(Style style, const QString &text, int block, int lane, int plainPrefix)
{
    const qreal s = m_theme.scale;
    Paragraph p;
    p.style = style;
    p.block = block;
    p.lane = lane;
    const bool inBlock = block >= 0;
    const qreal bar = inBlock ? std::round(12 * s) : 0; // room for the lane's bar
    switch (style) {
    case Style::Heading:
        p.spaceBefore = m_paragraphs.empty() ? 0 : std::round(22 * s);
        break;
    case Style::Date:
        p.spaceBefore = std::round(18 * s);
        break;
    case Style::Title:
        p.spaceBefore = std::round(1 * s);
        break;
    case Style::Summary:
        p.spaceBefore = std::round(4 * s);
        break;
    case Style::Quote:
        p.spaceBefore = std::round(7 * s);
        p.indent = std::round(16 * s);
        break;
    case Style::Citation:
        p.spaceBefore = std::round(2 * s);
        p.indent = std::round(16 * s);
        break;
    case Style::SourceName:
        p.spaceBefore = std::round(10 * s);
        break;
    case Style::SourceText:
        p.spaceBefore = std::round(2 * s);
        break;
    }
    p.indent += bar;

    const QFont f = font(style);
    p.text = std::make_unique<QTextLayout>(text, f);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    p.text->setTextOption(option);
    if (style == Style::Date && plainPrefix > 0) {
        QTextCharFormat date;
        date.setFontWeight(QFont::Bold);
        QTextCharFormat rest;
        rest.setForeground(m_theme.mutedText);
        p.text->setFormats(
            {{0, plainPrefix, date}, {plainPrefix, int(text.size()) - plainPrefix, rest}});
    }
    const qreal width = std::max(m_page.width() - p.indent, 20.0);
    qreal y = 0;
    p.text->beginLayout();
    for (QTextLine line = p.text->createLine(); line.isValid(); line = p.text->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    p.text->endLayout();
    p.height = std::ceil(y);
    m_paragraphs.push_back(std::move(p));
}

void HandoutLayout::paginate()
{
    const qreal pageHeight = m_page.height();
    int page = 0;
    qreal y = 0;
    auto place = [&](Paragraph &p, bool pageTop) {
        p.page = page;
        p.y = y + (pageTop ? 0 : p.spaceBefore);
        y = p.y + p.height;
    };
    // The height of paragraphs [from, to) set one after the other, the first at a page top.
    auto runHeight = [&](size_t from, size_t to) {
        qreal h = 0;
        for (size_t i = from; i < to; ++i)
            h += (i == from ? 0 : m_paragraphs[i].spaceBefore) + m_paragraphs[i].height;
        return h;
    };

    size_t i = 0;
    while (i < m_paragraphs.size()) {
        // A run: an event block, a heading with what follows it, or a source with its note.
        size_t end = i + 1;
        if (m_paragraphs[i].block >= 0) {
            while (end < m_paragraphs.size() && m_paragraphs[end].block == m_paragraphs[i].block)
                ++end;
        } else if (m_paragraphs[i].style == Style::Heading ||
                   m_paragraphs[i].style == Style::SourceName) {
            // Keep with the first lines of what follows (a block's date, title and summary).
            end = std::min(m_paragraphs.size(),
                           i + (m_paragraphs[i].style == Style::Heading ? 4 : 2));
        }
        const bool atTop = y == 0;
        const qreal needed = runHeight(i, end) + (atTop ? 0 : m_paragraphs[i].spaceBefore);
        const bool fitsHere = y + needed <= pageHeight;
        const bool fitsAPage = runHeight(i, end) <= pageHeight;
        if (!fitsHere && !atTop && fitsAPage) {
            ++page;
            y = 0;
        }
        for (size_t k = i; k < end; ++k) {
            Paragraph &p = m_paragraphs[k];
            // A run longer than a page breaks between paragraphs, never within one.
            if (y > 0 && y + p.spaceBefore + p.height > pageHeight) {
                ++page;
                y = 0;
            }
            place(p, y == 0);
        }
        i = end;
    }
    m_pageCount = m_paragraphs.empty() ? 0 : page + 1;
}

QList<std::pair<int, int>> HandoutLayout::blockPages() const
{
    QList<std::pair<int, int>> pages;
    for (const Paragraph &p : m_paragraphs) {
        if (p.block < 0)
            continue;
        if (p.block >= pages.size())
            pages.append({p.page, p.page});
        pages[p.block].second = p.page;
    }
    return pages;
}

void HandoutLayout::paintPage(QPainter *painter, int page, const QPointF &origin) const
{
    const qreal s = m_theme.scale;
    painter->save();
    // The lane's colour beside each event block, one bar per block and page.
    int block = -1;
    qreal top = 0;
    qreal bottom = 0;
    int lane = -1;
    auto flushBar = [&]() {
        if (block < 0)
            return;
        painter->fillRect(QRectF(origin.x(), origin.y() + top, std::round(4 * s), bottom - top),
                          m_theme.laneColour(lane));
        block = -1;
    };
    for (const Paragraph &p : m_paragraphs) {
        if (p.page != page)
            continue;
        if (p.block != block) {
            flushBar();
            if (p.block >= 0) {
                block = p.block;
                lane = p.lane;
                top = p.y;
            }
        }
        bottom = p.y + p.height;
        if (p.style == Style::Quote) {
            painter->fillRect(QRectF(origin.x() + p.indent - std::round(8 * s), origin.y() + p.y,
                                     std::round(2 * s), p.height),
                              m_theme.grid);
        }
        const bool muted = p.style == Style::Citation || p.style == Style::SourceText;
        painter->setPen(muted ? m_theme.mutedText : m_theme.text);
        p.text->draw(painter, QPointF(origin.x() + p.indent, origin.y() + p.y));
    }
    flushBar();
    painter->restore();
}

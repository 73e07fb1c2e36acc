#include "exportcomposer.h"

#include "catalogue.h"
#include "exportfigures.h"
#include "exportfooter.h"
#include "figuretimes.h"
#include "exportkey.h"
#include "exportlegend.h"
#include "timescale.h"

#include <QBitArray>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qreal kSpillCover = 4000; // wider than any label or bar can run past the edge

QString dayLabel(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, u"d MMMM yyyy"_s);
}

QFont sized(QFont font, qreal factor, bool bold = false)
{
    font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    font.setBold(bold || font.bold());
    return font;
}

// Up to maxLines lines of text wrapped at width, the last elided when more would be needed.
QStringList wrapped(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines)
{
    QStringList lines;
    QString rest = text.simplified();
    while (!rest.isEmpty() && lines.size() < maxLines) {
        if (lines.size() == maxLines - 1 || metrics.horizontalAdvance(rest) <= width) {
            lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
            break;
        }
        // The longest run of whole words that fits.
        qsizetype cut = -1;
        for (qsizetype i = rest.indexOf(u' '); i > 0; i = rest.indexOf(u' ', i + 1)) {
            if (metrics.horizontalAdvance(rest.left(i)) > width)
                break;
            cut = i;
        }
        if (cut <= 0) { // one word wider than the line
            lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(rest.left(cut));
        rest = rest.mid(cut + 1);
    }
    return lines;
}

// The figures of the catalogue that the range [start, end) shows.
QList<const Figure *> figuresIn(const Catalogue &catalogue, qint64 start, qint64 end)
{
    QList<const Figure *> figures;
    for (const Figure &figure : catalogue.figures()) {
        const auto times = FigureTimes::of(catalogue, figure);
        if (times && times->first < end && times->second > start)
            figures.append(&figure);
    }
    return figures;
}

} // namespace

ExportComposer::ExportComposer(const Catalogue &catalogue, const ExportSettings &settings,
                               const ExportFigures *figures)
    : m_catalogue(&catalogue), m_figures(figures), m_settings(settings),
      m_pageLayout(settings.pageLayout()), m_scope(catalogue, settings)
{
    splitPages();

    TimelineTheme theme = themeFor(settings.theme);
    theme.scale *= textScale(settings);
    m_renderer.setTheme(theme);
    m_renderer.setToday(QDate());        // a paper is read later: "today" would mislead
    m_renderer.setShowLaneCounts(false); // "16 in view" means nothing on paper
    m_renderer.setCatalogue(&catalogue);
    // Every page draws the same lanes: those with an event anywhere in the export.
    QBitArray visible(int(catalogue.events().size()));
    for (int index : m_scope.eventIndexes())
        visible.setBit(index);
    m_renderer.setVisibleEvents(visible);
}

void ExportComposer::setPageLayout(const QPageLayout &layout)
{
    m_pageLayout = layout;
    m_planned = false;
    splitPages();
}

void ExportComposer::splitPages()
{
    int pages = 1;
    if (m_settings.format == ExportSettings::Format::Pdf && !m_settings.handout &&
        m_settings.pagination == ExportSettings::Pagination::SplitPages) {
        const qreal bodyWidthMm = m_pageLayout.paintRect(QPageLayout::Millimeter).width();
        pages = m_settings.pageCount > 0
                    ? m_settings.pageCount
                    : ExportScope::automaticPageCount(m_scope.start(), m_scope.end(), bodyWidthMm);
    }
    m_pages.clear();
    for (const auto &[start, end] : ExportScope::splitRange(m_scope.start(), m_scope.end(), pages))
        m_pages.append(pages == 1 ? m_scope : m_scope.restrictedTo(start, end));
}

TimelineTheme ExportComposer::themeFor(ExportSettings::Theme theme)
{
    switch (theme) {
    case ExportSettings::Theme::Screen:
        return TimelineTheme::screen(QGuiApplication::palette());
    case ExportSettings::Theme::Print:
        return TimelineTheme::print();
    case ExportSettings::Theme::HighContrast:
        return TimelineTheme::highContrast();
    }
    return TimelineTheme::print();
}

qreal ExportComposer::textScale(const ExportSettings &settings)
{
    if (settings.textScale > 0)
        return settings.textScale;
    // About 8 pt on paper, the size of the labels of a chart in a committee paper; an image
    // wider than an A4 page at its DPI (a slide) grows its text with its width, up to twice.
    constexpr qreal kPaper = 0.8;
    if (settings.format == ExportSettings::Format::Pdf || settings.handout)
        return kPaper;
    const qreal a4Width = 297 / 25.4 * 96;
    return kPaper * std::clamp(logicalSize(settings).width() / a4Width, 1.0, 2.0);
}

QSizeF ExportComposer::logicalSize(const ExportSettings &settings)
{
    const qreal factor = 96.0 / std::max(settings.dpi, 1);
    return QSizeF(settings.pixelSize) * factor;
}

qreal ExportComposer::imagePadding(const QSizeF &logicalSize)
{
    return std::round(
        std::clamp(std::min(logicalSize.width(), logicalSize.height()) * 0.03, 4.0, 32.0));
}

QSizeF ExportComposer::pageSize() const
{
    if (m_settings.format != ExportSettings::Format::Pdf)
        return logicalSize(m_settings);
    return m_pageLayout.fullRect(QPageLayout::Point).size() * (96.0 / 72.0);
}

QRectF ExportComposer::contentRect() const
{
    const QRectF page(QPointF(0, 0), pageSize());
    if (m_settings.format != ExportSettings::Format::Pdf) {
        const qreal pad = imagePadding(page.size());
        return page.adjusted(pad, pad, -pad, -pad);
    }
    const QMarginsF m = m_pageLayout.margins(QPageLayout::Millimeter) * (96.0 / 25.4);
    return page.marginsRemoved(m);
}

void ExportComposer::paintPage(QPainter *painter, int page)
{
    painter->fillRect(QRectF(QPointF(0, 0), pageSize()), theme().background);
    paint(painter, contentRect(), page);
}

QString ExportComposer::rangeText(int page) const
{
    const ExportScope &scope = m_pages.at(page);
    QDate first = scope.firstDay();
    QDate last = scope.lastDay();
    if (m_settings.range == ExportSettings::Range::WholeStory && m_pages.size() == 1 &&
        !scope.eventIndexes().isEmpty()) {
        // The padding either side is room to draw, not part of the story.
        first = m_catalogue->events().at(scope.eventIndexes().first()).date.first();
        last = first;
        for (int index : scope.eventIndexes())
            last = std::max(last, m_catalogue->events().at(index).date.last());
        // As the scope, the periods of the figures too.
        if (m_settings.figures != ExportSettings::Figures::None) {
            for (const Figure &figure : m_catalogue->figures()) {
                if (figure.period.isValid()) {
                    first = std::min(first, figure.period.first());
                    last = std::max(last, figure.period.last());
                }
            }
        }
    }
    if (figuresAlone()) {
        const qsizetype count = figuresIn(*m_catalogue, scope.start(), scope.end()).size();
        const QString figures = count == 1 ? tr("1 figure") : tr("%1 figures").arg(count);
        return tr("%1 – %2 · %3").arg(dayLabel(first), dayLabel(last), figures);
    }
    const qsizetype count = scope.eventIndexes().size();
    const QString events = count == 1 ? tr("1 event") : tr("%1 events").arg(count);
    return tr("%1 – %2 · %3").arg(dayLabel(first), dayLabel(last), events);
}

void ExportComposer::setNumbered(bool numbered)
{
    // Numbers follow the date order of every event exported, so that they stay the same
    // from page to page.
    std::vector<int> numbers;
    if (numbered) {
        numbers.assign(m_catalogue->events().size(), 0);
        int next = 0;
        for (int index : m_scope.eventIndexes())
            numbers[index] = ++next;
    }
    if (numbers != m_numbers) {
        m_numbers = numbers;
        m_renderer.setEventNumbers(numbers);
    }
}

QList<ExportKey::Entry> ExportComposer::keyEntries(const ExportScope &scope) const
{
    std::vector<int> numbers(m_catalogue->events().size(), 0);
    int next = 0;
    for (int index : m_scope.eventIndexes())
        numbers[index] = ++next;
    QList<ExportKey::Entry> entries;
    for (int index : scope.eventIndexes()) {
        const TimelineEvent &event = m_catalogue->events().at(index);
        entries.append({numbers[index], m_catalogue->laneIndex(event.laneId), event.date.phrase(),
                        event.title.isEmpty() ? event.id : event.title});
    }
    return entries;
}

qreal ExportComposer::paintHeader(QPainter *painter, const QRectF &rect, int page, int sheet,
                                  const QString &note) const
{
    const TimelineTheme &t = theme();
    const qreal s = t.scale;
    const QFont base = t.scaledFont();
    const QFont titleFont = sized(base, 1.75, true);
    const QFont subtitleFont = sized(base, 1.15);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    const QFontMetricsF metaMetrics(base);

    // Right: what is shown, and the page when there are several.
    QStringList meta{rangeText(page)};
    if (!note.isEmpty())
        meta.append(note);
    // While the key's sheets are being planned, their number is not known yet: count one, so
    // that the header is no shorter than it will be.
    const int sheets = m_planning ? pageCount() + (keyMayGoApart() ? 1 : 0)
                                  : pageCount() + int(m_keySheets.size());
    if (sheets > 1)
        meta.append(tr("Page %1 of %2").arg(sheet + 1).arg(sheets));
    qreal metaWidth = 0;
    for (const QString &line : meta)
        metaWidth = std::max(metaWidth, metaMetrics.horizontalAdvance(line));
    metaWidth = std::min(metaWidth, rect.width() * 0.4);
    const qreal gap = std::round(16 * s);
    const qreal textWidth = std::max(rect.width() - metaWidth - gap, rect.width() * 0.5);

    const QStringList titleLines = wrapped(m_settings.title, titleMetrics, textWidth, 2);
    const QStringList subtitleLines = wrapped(m_settings.subtitle, subtitleMetrics, textWidth, 2);

    qreal y = rect.top();
    if (!painter) {
        y += titleLines.size() * titleMetrics.lineSpacing();
        if (!titleLines.isEmpty() && !subtitleLines.isEmpty())
            y += std::round(2 * s);
        y += subtitleLines.size() * subtitleMetrics.lineSpacing();
        const qreal metaY =
            rect.top() + (titleLines.isEmpty() ? 0 : titleMetrics.ascent() - metaMetrics.ascent()) +
            meta.size() * metaMetrics.lineSpacing();
        return std::ceil(std::max(y, metaY) - rect.top());
    }
    painter->save();
    painter->setPen(t.text);
    painter->setFont(titleFont);
    for (const QString &line : titleLines) {
        painter->drawText(QPointF(rect.left(), y + titleMetrics.ascent()), line);
        y += titleMetrics.lineSpacing();
    }
    painter->setPen(t.mutedText);
    painter->setFont(subtitleFont);
    if (!titleLines.isEmpty() && !subtitleLines.isEmpty())
        y += std::round(2 * s);
    for (const QString &line : subtitleLines) {
        painter->drawText(QPointF(rect.left(), y + subtitleMetrics.ascent()), line);
        y += subtitleMetrics.lineSpacing();
    }

    painter->setFont(base);
    qreal metaY =
        rect.top() + (titleLines.isEmpty() ? 0 : titleMetrics.ascent() - metaMetrics.ascent());
    for (const QString &line : meta) {
        const QString text = metaMetrics.elidedText(line, Qt::ElideLeft, metaWidth);
        painter->drawText(QPointF(rect.right() - metaMetrics.horizontalAdvance(text),
                                  metaY + metaMetrics.ascent()),
                          text);
        metaY += metaMetrics.lineSpacing();
    }
    painter->restore();
    return std::ceil(std::max(y, metaY) - rect.top());
}

bool ExportComposer::keyMayGoApart() const
{
    return m_settings.format == ExportSettings::Format::Pdf && !m_settings.handout &&
           !figuresAlone();
}

bool ExportComposer::showsFigures() const
{
    return m_figures && m_settings.figures != ExportSettings::Figures::None;
}

bool ExportComposer::figuresAlone() const
{
    return showsFigures() && m_settings.figures == ExportSettings::Figures::Alone;
}

qreal ExportComposer::figuresBandHeight(qreal room) const
{
    // Enough for a legend strip and a plot whose powers of ten are apart, never more than a
    // third of the room: the timeline stays the larger part of the page.
    const qreal wanted = std::max(room * 0.32, 150 * theme().scale);
    return std::floor(std::clamp(wanted, 0.0, room / 3));
}

void ExportComposer::paintFigures(QPainter *painter, const QRectF &band, const QRectF &eventArea,
                                  int page)
{
    const ExportScope &scope = m_pages.at(page);
    // A whole number of units wide and high, so that the chart is drawn at its own size and
    // a date falls at the same x as on the timeline, not scaled by a fraction of a pixel.
    m_figuresRect =
        QRectF(band.topLeft(), QSizeF(std::floor(band.width()), std::floor(band.height())));
    m_figuresPlotLeft = eventArea.left();
    m_figuresPlotRight = eventArea.right();
    // Planning the key's sheets needs the band's room, not its picture.
    if (m_figuresRect.isEmpty() || m_planning)
        return;
    painter->save();
    m_figures->paint(painter, *m_catalogue, m_figuresRect, m_figuresPlotLeft, m_figuresPlotRight,
                     scope.start(), scope.end(), theme());
    painter->restore();
}

void ExportComposer::paintFiguresAlone(QPainter *painter, const QRectF &rect, int page)
{
    const ExportScope &scope = m_pages.at(page);
    const TimelineTheme &t = theme();
    const qreal gap = std::round(12 * t.scale);
    const QList<const Figure *> shown = figuresIn(*m_catalogue, scope.start(), scope.end());
    painter->save();
    painter->setClipRect(rect);
    QRectF body = rect;
    const qreal headerHeight = paintHeader(painter, rect, page, page);
    if (headerHeight > 0)
        body.setTop(rect.top() + headerHeight + gap);
    if (m_settings.footer) {
        // The sources the figures shown cite.
        QList<const SourceInfo *> sources;
        for (const Figure *figure : shown) {
            for (const SourceLink &link : figure->sources) {
                const SourceInfo *source = m_catalogue->source(link.sourceId);
                if (source && !sources.contains(source))
                    sources.append(source);
            }
        }
        const ExportFooter footer(t, sources, m_settings.madeOnOrToday());
        const qreal height = footer.height(rect.width(), rect.height() * 0.3);
        footer.paint(painter, QRectF(rect.left(), rect.bottom() - height, rect.width(), height));
        body.setBottom(rect.bottom() - height - gap);
    }
    m_bodyRect = QRectF();
    m_keyRect = QRectF();
    m_figuresRect = QRectF();
    if (body.height() > 0) {
        // The plot spans the event area a timeline of this page would have: the chart alone
        // lines up with the timeline exported with the same settings.
        const TimelineLayout &layout = m_renderer.layout(body, scope.start(), scope.end());
        paintFigures(painter, body, layout.eventArea, page);
        if (shown.isEmpty()) {
            painter->setPen(t.mutedText);
            painter->setFont(sized(t.scaledFont(), 1.15));
            painter->drawText(body, Qt::AlignCenter, tr("No figures in this range"));
        }
    }
    painter->restore();
}

void ExportComposer::planKeySheets()
{
    if (m_planned || m_planning)
        return;
    m_planning = true;
    m_keySheets.clear();
    if (keyMayGoApart()) {
        // Lay each page out as paint() will, on a scratch image: metrics do not depend on
        // the device, so the choice is the same as when the page is drawn.
        QImage scratch(8, 8, QImage::Format_RGB32);
        QPainter painter(&scratch);
        for (int page = 0; page < pageCount(); ++page)
            paintTimeline(&painter, contentRect(), page);
    }
    m_planning = false;
    m_planned = true;
}

int ExportComposer::sheetCount()
{
    planKeySheets();
    return pageCount() + int(m_keySheets.size());
}

int ExportComposer::keySheetOf(int sheet)
{
    planKeySheets();
    const int k = sheet - pageCount();
    return k >= 0 && k < m_keySheets.size() ? m_keySheets.at(k) : -1;
}

void ExportComposer::paint(QPainter *painter, const QRectF &rect, int sheet)
{
    if (!m_planning) {
        if (const int page = keySheetOf(sheet); page >= 0) {
            paintKeySheet(painter, rect, page, sheet);
            return;
        }
    }
    if (figuresAlone()) {
        paintFiguresAlone(painter, rect, std::clamp(sheet, 0, pageCount() - 1));
        return;
    }
    paintTimeline(painter, rect, std::clamp(sheet, 0, pageCount() - 1));
}

void ExportComposer::paintKeySheet(QPainter *painter, const QRectF &rect, int page, int sheet)
{
    const TimelineTheme &t = theme();
    const qreal gap = std::round(12 * t.scale);
    painter->save();
    painter->setClipRect(rect);
    const QString note = pageCount() > 1 ? tr("Key to the timeline on page %1").arg(page + 1)
                                         : tr("Key to the timeline");
    const qreal headerHeight = paintHeader(painter, rect, page, sheet, note);
    const QRectF area = rect.adjusted(0, headerHeight > 0 ? headerHeight + gap : 0, 0, 0);
    // The largest text that fills the sheet, up to the size of the timeline's labels and a
    // little more; a key longer than the sheet gets smaller text rather than losing entries.
    const QList<ExportKey::Entry> entries = keyEntries(m_pages.at(page));
    ExportKey key(t, entries, 1.3);
    for (qreal factor = 1.2; key.height(area.width()) > area.height() && factor > 0.35;
         factor -= 0.1)
        key = ExportKey(t, entries, factor);
    m_keyRect = QRectF(area.topLeft(), QSizeF(area.width(), key.height(area.width())));
    key.paint(painter, m_keyRect);
    painter->restore();
}

void ExportComposer::paintTimeline(QPainter *painter, const QRectF &rect, int page)
{
    const ExportScope &scope = m_pages.at(page);
    const TimelineTheme &t = theme();
    const qreal gap = std::round(12 * t.scale);

    painter->save();
    painter->setClipRect(rect);
    QRectF body = rect;

    // The key of a page too dense for it to fit below the timeline has a sheet of its own.
    const qsizetype keySheet = m_planning ? -1 : m_keySheets.indexOf(page);
    QString note;
    if (keySheet >= 0)
        note = tr("Key on page %1").arg(pageCount() + keySheet + 1);
    else if (m_planning && keyMayGoApart())
        note = tr("Key on page %1").arg(pageCount() + 1); // as long as it may be
    const qreal headerHeight = paintHeader(painter, rect, page, page, note);
    if (headerHeight > 0)
        body.setTop(rect.top() + headerHeight + gap);

    if (m_settings.footer) {
        const ExportFooter footer(t, scope.citedSources(), m_settings.madeOnOrToday());
        const qreal height = footer.height(rect.width(), rect.height() * 0.3);
        footer.paint(painter, QRectF(rect.left(), rect.bottom() - height, rect.width(), height));
        body.setBottom(rect.bottom() - height - gap);
    }

    QList<ExportLegend::LaneEntry> lanes;
    for (const QString &id : m_scope.laneIds()) {
        const int lane = m_catalogue->laneIndex(id);
        // Only lanes the timeline draws: those with an event somewhere in the export.
        const bool drawn =
            std::any_of(m_scope.eventIndexes().cbegin(), m_scope.eventIndexes().cend(),
                        [&](int event) { return m_catalogue->events().at(event).laneId == id; });
        if (drawn)
            lanes.append({lane, m_renderer.laneName(lane)});
    }
    const bool openEnded =
        std::any_of(m_scope.eventIndexes().cbegin(), m_scope.eventIndexes().cend(),
                    [&](int event) { return m_catalogue->events().at(event).date.isOpenEnded(); });
    // When titles leave events without a row, the events are numbered instead and a key
    // under the timeline lists number, date and title: every event of the page can be
    // found. The legend explains the marks of unlabelled events when there still are any;
    // whether there are depends on the room the legend and the key leave, so try with the
    // entry first.
    // The figures' band sits right under the timeline, above the key and the legend.
    const qreal legendBottom = body.bottom();
    const qreal bandHeight = showsFigures() ? figuresBandHeight(legendBottom - body.top()) : 0;
    const qreal bodyBottom = legendBottom - (bandHeight > 0 ? bandHeight + gap : 0);
    qreal keyHeight = 0;
    ExportKey key(t, {});
    auto layOut = [&](bool merged) {
        const qreal height =
            m_settings.legend ? ExportLegend(t, lanes, merged, openEnded).height(rect.width())
                              : 0;
        body.setBottom(bodyBottom - (height > 0 ? height + gap : 0) -
                       (keyHeight > 0 ? keyHeight + gap : 0));
        m_bodyRect = body.height() > 0 ? body : QRectF();
        if (!m_bodyRect.isEmpty())
            m_renderer.layout(m_bodyRect, scope.start(), scope.end());
    };
    auto hasMarks = [&] {
        return !m_bodyRect.isEmpty() &&
               !m_renderer.layout(m_bodyRect, scope.start(), scope.end()).marks.empty();
    };
    setNumbered(false);
    layOut(true);
    if (hasMarks() && !scope.eventIndexes().isEmpty()) {
        const QList<ExportKey::Entry> entries = keyEntries(scope);
        key = ExportKey(t, entries);
        keyHeight = key.height(rect.width());
        // The timeline keeps at least half the room between header and legend: a key that
        // would take more goes to a sheet of its own on paper, or gets smaller text in an
        // image, which has one sheet only.
        const qreal legendHeight =
            m_settings.legend ? ExportLegend(t, lanes, true, openEnded).height(rect.width()) + gap
                              : 0;
        const qreal room = (bodyBottom - legendHeight - body.top()) / 2;
        if (keyMayGoApart()) {
            const bool apart = m_planning ? keyHeight + gap > room : keySheet >= 0;
            if (apart) {
                keyHeight = 0;
                if (m_planning)
                    m_keySheets.append(page);
            }
        } else {
            for (qreal factor = 0.9; keyHeight + gap > room && factor > 0.45; factor -= 0.1) {
                key = ExportKey(t, entries, factor);
                keyHeight = key.height(rect.width());
            }
        }
        setNumbered(true);
        layOut(true);
    }
    bool merged = hasMarks();
    if (!merged)
        layOut(false);
    if (m_settings.legend) {
        const ExportLegend legend(t, lanes, merged, openEnded);
        const qreal height = legend.height(rect.width());
        legend.paint(painter, QRectF(rect.left(), legendBottom - height, rect.width(), height));
    }
    m_keyRect = QRectF();
    m_figuresRect = QRectF();
    qreal below = m_bodyRect.isEmpty() ? 0 : m_bodyRect.bottom() + gap;
    if (bandHeight > 0 && !m_bodyRect.isEmpty()) {
        const TimelineLayout &layout = m_renderer.layout(m_bodyRect, scope.start(), scope.end());
        paintFigures(painter, QRectF(rect.left(), below, rect.width(), bandHeight),
                     layout.eventArea, page);
        below += bandHeight + gap;
    }
    if (keyHeight > 0 && !m_bodyRect.isEmpty()) {
        m_keyRect = QRectF(rect.left(), below, rect.width(), keyHeight);
        key.paint(painter, m_keyRect);
    }

    if (!m_bodyRect.isEmpty()) {
        // The renderer's own layout, so that it can keep what it caches for it.
        const TimelineLayout &layout = m_renderer.layout(m_bodyRect, scope.start(), scope.end());
        m_renderer.paint(painter, layout);
        m_bodyLayout = layout;
        // QSvgGenerator (Qt 6.4) ignores clipping, so labels and bars that run past the right
        // edge of the timeline would show in the margin: cover them, as a clip would.
        painter->fillRect(
            QRectF(m_bodyRect.right(), m_bodyRect.top() - 1, kSpillCover, m_bodyRect.height() + 2),
            t.background);
        painter->setPen(QPen(t.separator, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_bodyRect.adjusted(0.5, 0.5, -0.5, -0.5));
        if (scope.eventIndexes().isEmpty()) {
            painter->setPen(t.mutedText);
            painter->setFont(sized(t.scaledFont(), 1.15));
            painter->drawText(m_bodyLayout.eventArea, Qt::AlignCenter,
                              tr("No events in this range"));
        }
    }
    painter->restore();
}

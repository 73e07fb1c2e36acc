#include "handoutwriter.h"

#include "catalogue.h"
#include "exportcomposer.h"
#include "exportfooter.h"
#include "handoutlayout.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QPageLayout withMargins(const QPageLayout &layout, const QMarginsF &marginsMm)
{
    return QPageLayout(layout.pageSize(), layout.orientation(), marginsMm, QPageLayout::Millimeter);
}

QSizeF paperSize(const QPageLayout &layout)
{
    return layout.fullRect(QPageLayout::Point).size() * (96.0 / 72.0);
}

QRectF contentRect(const QPageLayout &layout)
{
    return QRectF(QPointF(0, 0), paperSize(layout))
        .marginsRemoved(layout.margins(QPageLayout::Millimeter) * (96.0 / 25.4));
}

// The pages of one handout: the cover drawn by ExportComposer, the text by HandoutLayout,
// and the running header and page numbers around them.
class Handout
{
public:
    Handout(const Catalogue &catalogue, const ExportSettings &settings,
            const ExportFigures *figures)
        : m_settings(coverSettings(settings)), m_cover(catalogue, m_settings, figures)
    {
        m_coverLayout = withMargins(settings.pageLayout(), settings.marginsMm);
        m_cover.setPageLayout(m_coverLayout);
        m_textLayout = QPageLayout(settings.pageLayout().pageSize(), QPageLayout::Portrait,
                                   settings.marginsMm, QPageLayout::Millimeter);
        const QFontMetricsF small(smallFont());
        m_strip = std::ceil(small.lineSpacing() + 10 * theme().scale);
        const QRectF text = contentRect(m_textLayout).adjusted(0, m_strip, 0, -m_strip);
        m_text = std::make_unique<HandoutLayout>(catalogue, m_cover.scope(), theme(), text.size());
    }

    const TimelineTheme &theme() const { return m_cover.theme(); }
    int pageCount() const { return 1 + m_text->pageCount(); }
    const QPageLayout &pageLayout(int page) const
    {
        return page == 0 ? m_coverLayout : m_textLayout;
    }

    void paintPage(QPainter *painter, int page)
    {
        const QPageLayout &layout = pageLayout(page);
        const QRectF content = contentRect(layout);
        painter->fillRect(QRectF(QPointF(0, 0), paperSize(layout)), theme().background);
        if (page == 0) {
            m_cover.paint(painter, content.adjusted(0, 0, 0, -m_strip), 0);
        } else {
            paintRunningHeader(painter, content);
            m_text->paintPage(painter, page - 1, content.topLeft() + QPointF(0, m_strip));
        }
        paintPageNumber(painter, content, page);
    }

private:
    static ExportSettings coverSettings(ExportSettings settings)
    {
        settings.format = ExportSettings::Format::Pdf;
        settings.pagination = ExportSettings::Pagination::FitPage;
        return settings;
    }

    QFont smallFont() const
    {
        QFont f = theme().scaledFont();
        f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * 0.85))));
        f.setBold(false);
        return f;
    }

    void paintRunningHeader(QPainter *painter, const QRectF &content) const
    {
        const QFont f = smallFont();
        const QFontMetricsF metrics(f);
        painter->save();
        painter->setFont(f);
        painter->setPen(theme().mutedText);
        const QString title =
            metrics.elidedText(m_settings.title, Qt::ElideRight, content.width() * 0.7);
        painter->drawText(QPointF(content.left(), content.top() + metrics.ascent()), title);
        const QString made = ExportFooter::madeOnText(m_settings.madeOnOrToday());
        painter->drawText(QPointF(content.right() - metrics.horizontalAdvance(made),
                                  content.top() + metrics.ascent()),
                          made);
        const qreal y = content.top() + metrics.lineSpacing() + 4 * theme().scale;
        painter->setPen(QPen(theme().separator, 1));
        painter->drawLine(QLineF(content.left(), y, content.right(), y));
        painter->restore();
    }

    void paintPageNumber(QPainter *painter, const QRectF &content, int page) const
    {
        const QFont f = smallFont();
        const QFontMetricsF metrics(f);
        painter->save();
        painter->setFont(f);
        painter->setPen(theme().mutedText);
        const QString text = HandoutWriter::tr("Page %1 of %2").arg(page + 1).arg(pageCount());
        painter->drawText(QPointF(content.center().x() - metrics.horizontalAdvance(text) / 2,
                                  content.bottom() - metrics.descent()),
                          text);
        painter->restore();
    }

    ExportSettings m_settings;
    ExportComposer m_cover;
    QPageLayout m_coverLayout;
    QPageLayout m_textLayout;
    qreal m_strip = 0;
    std::unique_ptr<HandoutLayout> m_text;
};

void prepare(QPainter &painter, const QPaintDevice &device)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const qreal scale = device.logicalDpiX() / 96.0;
    painter.resetTransform();
    painter.scale(scale, scale);
}

} // namespace

QString HandoutWriter::fullCitation(const SourceInfo &source)
{
    QString text = source.citation();
    if (!source.authors.isEmpty()) {
        QStringList authors = source.authors;
        const QString last = authors.takeLast();
        const QString names =
            authors.isEmpty() ? last : tr("%1 and %2").arg(authors.join(u", "_s), last);
        text += tr("; by %1").arg(names);
    }
    return text;
}

int HandoutWriter::pageCount(const Catalogue &catalogue, const ExportSettings &settings)
{
    return Handout(catalogue, settings, nullptr).pageCount();
}

QString HandoutWriter::write(const Catalogue &catalogue, const ExportSettings &settings,
                             QIODevice *device, const ExportFigures *figures)
{
    const QString invalid = settings.validate();
    if (!invalid.isEmpty())
        return invalid;
    QPdfWriter pdf(device);
    pdf.setCreator(QCoreApplication::applicationName().isEmpty()
                       ? u"Civic Timeline"_s
                       : QCoreApplication::applicationName());
    pdf.setTitle(settings.title);
    return paintPages(catalogue, settings, &pdf, figures);
}

QString HandoutWriter::paintPages(const Catalogue &catalogue, const ExportSettings &settings,
                                  QPagedPaintDevice *device, const ExportFigures *figures)
{
    Handout handout(catalogue, settings, figures);
    // No margins of the device's own: the handout keeps the settings' margins itself.
    auto bare = [](const QPageLayout &layout) {
        return QPageLayout(layout.pageSize(), layout.orientation(), QMarginsF(0, 0, 0, 0));
    };
    device->setPageLayout(bare(handout.pageLayout(0)));

    QPainter painter;
    if (!painter.begin(device))
        return tr("cannot start drawing the handout");
    for (int page = 0; page < handout.pageCount(); ++page) {
        if (page > 0) {
            // A new layout applies to the page newPage() starts.
            if (handout.pageLayout(page).orientation() !=
                handout.pageLayout(page - 1).orientation())
                device->setPageLayout(bare(handout.pageLayout(page)));
            if (!device->newPage()) {
                painter.end();
                return tr("cannot start page %1 of the handout").arg(page + 1);
            }
        }
        prepare(painter, *device);
        handout.paintPage(&painter, page);
    }
    if (!painter.end())
        return tr("cannot finish the handout");
    return {};
}

QImage HandoutWriter::preview(const Catalogue &catalogue, const ExportSettings &settings,
                              const QSize &maxSize, int page, const ExportFigures *figures)
{
    Handout handout(catalogue, settings, figures);
    page = std::clamp(page, 0, handout.pageCount() - 1);
    const QSizeF size = paperSize(handout.pageLayout(page));
    const qreal scale = std::min(maxSize.width() / size.width(), maxSize.height() / size.height());
    if (!(scale > 0))
        return {};
    QImage image(std::max(1, int(std::lround(size.width() * scale))),
                 std::max(1, int(std::lround(size.height() * scale))), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(scale, scale);
    handout.paintPage(&painter, page);
    painter.end();
    return image;
}

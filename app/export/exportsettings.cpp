#include "exportsettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>

using namespace Qt::StringLiterals;

namespace {

QString dayLabel(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, u"d MMMM yyyy"_s);
}

} // namespace

QString ExportSettings::validate() const
{
    if (handout && format != Format::Pdf) {
        return tr("a handout is a PDF, not %1").arg(formatName(format).toUpper());
    }

    switch (range) {
    case Range::WholeStory:
        break;
    case Range::CurrentView:
        if (viewEnd <= viewStart)
            return tr("the current view is empty");
        break;
    case Range::Dates:
        if (!from.isValid())
            return tr("the start date is missing");
        if (!to.isValid())
            return tr("the end date is missing");
        if (from > to) {
            return tr("the start date %1 is after the end date %2")
                .arg(dayLabel(from), dayLabel(to));
        }
        break;
    }

    if (textScale != 0 && (textScale < kMinTextScale || textScale > kMaxTextScale)) {
        return tr("text size %1% is out of range (%2% to %3%)")
            .arg(qRound(textScale * 100))
            .arg(qRound(kMinTextScale * 100))
            .arg(qRound(kMaxTextScale * 100));
    }

    if (format != Format::Pdf) {
        if (dpi < kMinDpi || dpi > kMaxDpi)
            return tr("%1 DPI is out of range (%2 to %3)").arg(dpi).arg(kMinDpi).arg(kMaxDpi);
        if (pixelSize.width() < kMinPixels || pixelSize.width() > kMaxPixels) {
            return tr("width %1 pixels is out of range (%2 to %3)")
                .arg(pixelSize.width())
                .arg(kMinPixels)
                .arg(kMaxPixels);
        }
        if (pixelSize.height() < kMinPixels || pixelSize.height() > kMaxPixels) {
            return tr("height %1 pixels is out of range (%2 to %3)")
                .arg(pixelSize.height())
                .arg(kMinPixels)
                .arg(kMaxPixels);
        }
        if (qint64(pixelSize.width()) * pixelSize.height() > kMaxPixelCount) {
            return tr("%1 \u00D7 %2 pixels is too large (at most %3 million pixels)")
                .arg(pixelSize.width())
                .arg(pixelSize.height())
                .arg(kMaxPixelCount / 1'000'000);
        }
    }

    if (format == Format::Pdf) {
        const QSizeF page = pageLayout().pageSize().size(QPageSize::Millimeter);
        const QSizeF paper = orientation == QPageLayout::Landscape ? page.transposed() : page;
        const QMarginsF m = marginsMm;
        if (m.left() < 0 || m.top() < 0 || m.right() < 0 || m.bottom() < 0)
            return tr("margins cannot be negative");
        if (m.left() + m.right() > paper.width() / 2 || m.top() + m.bottom() > paper.height() / 2)
            return tr("the margins leave less than half the page to draw on");
        if (pageCount < 0 || pageCount > kMaxPages)
            return tr("%1 pages is out of range (1 to %2)").arg(pageCount).arg(kMaxPages);
    }
    return {};
}

QPageLayout ExportSettings::pageLayout() const
{
    const QPageSize size(pageSize == PageSize::A3 ? QPageSize::A3 : QPageSize::A4);
    return QPageLayout(size, orientation, marginsMm, QPageLayout::Millimeter);
}

QString ExportSettings::formatName(Format format)
{
    switch (format) {
    case Format::Png:
        return u"png"_s;
    case Format::Svg:
        return u"svg"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

std::optional<ExportSettings::Format> ExportSettings::formatFromName(const QString &name)
{
    for (Format format : {Format::Png, Format::Svg, Format::Pdf}) {
        if (name.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportSettings::Format> ExportSettings::formatFromFileName(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QString ExportSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Screen:
        return u"screen"_s;
    case Theme::Print:
        return u"print"_s;
    case Theme::HighContrast:
        return u"high-contrast"_s;
    }
    return {};
}

std::optional<ExportSettings::Theme> ExportSettings::themeFromName(const QString &name)
{
    for (Theme theme : {Theme::Screen, Theme::Print, Theme::HighContrast}) {
        if (name.compare(themeName(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QString ExportSettings::pageSizeName(PageSize size)
{
    return size == PageSize::A3 ? u"A3"_s : u"A4"_s;
}

std::optional<ExportSettings::PageSize> ExportSettings::pageSizeFromName(const QString &name)
{
    for (PageSize size : {PageSize::A4, PageSize::A3}) {
        if (name.compare(pageSizeName(size), Qt::CaseInsensitive) == 0)
            return size;
    }
    return std::nullopt;
}

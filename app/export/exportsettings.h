#pragma once

#include "eventfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QMarginsF>
#include <QPageLayout>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// Everything that decides what an exported file looks like. A plain value filled by the
// export dialog or the command line; both call validate() before anything is drawn, so the
// two report a bad value in the same words.
struct ExportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ExportSettings)

public:
    enum class Format { Png, Svg, Pdf };
    enum class Range {
        WholeStory,  // every event of the catalogue, with a little room either side
        CurrentView, // viewStart..viewEnd, as the window shows it
        Dates,       // from..to, whole days
    };
    enum class Theme { Screen, Print, HighContrast };
    enum class PageSize { A4, A3 };
    // The Figures chart: none, in a band under the timeline (the same time axis), or alone.
    enum class Figures { None, BelowTimeline, Alone };
    enum class Pagination {
        FitPage,    // the whole range on one page
        SplitPages, // the range continues over several pages, the axis repeated on each
    };

    // Limits of the image size and resolution; 0 and 100,000 pixels are both refused.
    static constexpr int kMinPixels = 1;
    static constexpr int kMaxPixels = 20000;
    static constexpr qint64 kMaxPixelCount = 200'000'000; // about 800 MB of image memory
    static constexpr int kMinDpi = 30;
    static constexpr int kMaxDpi = 1200;
    static constexpr int kMaxPages = 50;

    Format format = Format::Png;

    Range range = Range::WholeStory;
    QDate from; // Range::Dates, inclusive
    QDate to;
    qint64 viewStart = 0; // Range::CurrentView: ms since the epoch, as TimelineZoom
    qint64 viewEnd = 0;

    QStringList laneIds; // empty: every lane
    bool applyFilter = false;
    EventFilter filter; // used when applyFilter; its own range is ignored

    // PNG and SVG: pixel size and resolution. The layout is done at 96 units per inch, so
    // the same picture at 192 DPI takes twice the pixels. SVG is pixelSize at 96 per inch.
    QSize pixelSize{3508, 2480}; // A4 landscape at 300 DPI
    int dpi = 300;

    // PDF
    PageSize pageSize = PageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF marginsMm{12, 12, 12, 12};
    Pagination pagination = Pagination::FitPage;
    int pageCount = 0; // SplitPages: 0 chooses from the span and the page width
    bool handout = false;

    Figures figures = Figures::None;

    QString title;
    QString subtitle;
    bool legend = true;
    bool footer = true;
    Theme theme = Theme::Print;
    // Text and shapes relative to the window's (1.0); 0 chooses from the page: smaller on
    // paper, larger on an image as wide as a slide.
    qreal textScale = 0;
    static constexpr qreal kMinTextScale = 0.5;
    static constexpr qreal kMaxTextScale = 3.0;
    QDate madeOn; // the date the footer gives; today when invalid

    // Empty when the settings can be drawn; otherwise one line naming the bad value.
    QString validate() const;

    QPageLayout pageLayout() const;
    QDate madeOnOrToday() const { return madeOn.isValid() ? madeOn : QDate::currentDate(); }

    // Names used on the command line and in file names.
    static QString formatName(Format format); // "png", "svg", "pdf"
    static std::optional<Format> formatFromName(const QString &name);
    static std::optional<Format> formatFromFileName(const QString &fileName); // by suffix
    static QString themeName(Theme theme); // "screen", "print", "high-contrast"
    static std::optional<Theme> themeFromName(const QString &name);
    static QString pageSizeName(PageSize size); // "A4", "A3"
    static std::optional<PageSize> pageSizeFromName(const QString &name);
};

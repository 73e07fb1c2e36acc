#pragma once

#include "exportkey.h"
#include "exportscope.h"
#include "exportsettings.h"
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>

class Catalogue;
class ExportFigures;
class QPainter;

// Lays out one exported page: the title and subtitle with the range shown, the timeline
// (drawn by the same TimelineRenderer as the window, into a sub-rectangle), the legend and
// the footer of cited sources. Draws onto any QPainter in units of 1/96 inch, so PNG, SVG,
// PDF, the clipboard, the print preview and the dialog's preview are one picture.
// A long span in a paged PDF becomes several pages, each with its own axis. With figures
// asked for and an ExportFigures to draw them, the chart goes in a band under the timeline,
// its plot spanning the timeline's event area, or takes the timeline's place.
class ExportComposer
{
    Q_DECLARE_TR_FUNCTIONS(ExportComposer)

public:
    // The catalogue and figures must outlive the composer. Settings should be valid
    // (validate()). Without figures, settings.figures is ignored: the timeline alone.
    ExportComposer(const Catalogue &catalogue, const ExportSettings &settings,
                   const ExportFigures *figures = nullptr);

    const ExportSettings &settings() const { return m_settings; }
    const ExportScope &scope() const { return m_scope; } // every page together
    // The timeline's pages: 0 to pageCount() - 1.
    int pageCount() const { return int(m_pages.size()); }
    const ExportScope &pageScope(int page) const { return m_pages.at(page); }
    // Every sheet of a paged export: the timeline's pages, then a page of key for each
    // timeline page whose key would not fit beside it (paged PDF only; see the README).
    int sheetCount();
    // The timeline page whose key a sheet carries, or -1 for a timeline page.
    int keySheetOf(int sheet);
    const TimelineTheme &theme() const { return m_renderer.theme(); }

    // The paper of a paged export; settings.pageLayout() unless a printer chose another.
    QPageLayout pageLayout() const { return m_pageLayout; }
    void setPageLayout(const QPageLayout &layout);

    // The whole page in 1/96 inch: the paper for PDF, the image for PNG and SVG.
    QSizeF pageSize() const;
    // Where paint() draws within the page: inside the PDF margins or the image's padding.
    QRectF contentRect() const;
    // Fills the page with the theme's background and draws sheet (0-based: a timeline page
    // or, from pageCount() on, a page of key) into contentRect().
    void paintPage(QPainter *painter, int sheet = 0);
    // Draws sheet into rect without filling the background.
    void paint(QPainter *painter, const QRectF &rect, int sheet = 0);

    // What the last paint() drew the timeline into, and its layout; for tests.
    QRectF bodyRect() const { return m_bodyRect; }
    const TimelineLayout &bodyLayout() const { return m_bodyLayout; }
    // Where the last paint() drew the numbered key; null when every event had its title.
    QRectF keyRect() const { return m_keyRect; }
    // Where the last paint() drew the figures, and the span of their plot; null without.
    QRectF figuresRect() const { return m_figuresRect; }
    qreal figuresPlotLeft() const { return m_figuresPlotLeft; }
    qreal figuresPlotRight() const { return m_figuresPlotRight; }
    // Whether the pages show the figures: asked for, and something to draw them with.
    bool showsFigures() const;
    bool figuresAlone() const;

    // The header's second line: "1 January 2014 – 31 December 2018 · 76 events".
    QString rangeText(int page) const;

    // The renderer's preset for a theme, before textScale().
    static TimelineTheme themeFor(ExportSettings::Theme theme);
    // settings.textScale, or when that is automatic (0), what suits the page (see the .cpp).
    static qreal textScale(const ExportSettings &settings);
    // PNG and SVG: the page in 1/96 inch, the pixel size at the settings' DPI.
    static QSizeF logicalSize(const ExportSettings &settings);
    // Room left around the picture in PNG and SVG, which have no page margins.
    static qreal imagePadding(const QSizeF &logicalSize);

private:
    void splitPages();
    void planKeySheets();
    void paintTimeline(QPainter *painter, const QRectF &rect, int page);
    void paintKeySheet(QPainter *painter, const QRectF &rect, int page, int sheet);
    void paintFiguresAlone(QPainter *painter, const QRectF &rect, int page);
    void paintFigures(QPainter *painter, const QRectF &band, const QRectF &eventArea, int page);
    // The height of the band under the timeline, out of the room between header and legend.
    qreal figuresBandHeight(qreal room) const;
    // Draws the header unless painter is null; returns its height.
    qreal paintHeader(QPainter *painter, const QRectF &rect, int page, int sheet,
                      const QString &note = {}) const;
    bool keyMayGoApart() const;
    void setNumbered(bool numbered);
    QList<ExportKey::Entry> keyEntries(const ExportScope &scope) const;

    const Catalogue *m_catalogue;
    const ExportFigures *m_figures;
    ExportSettings m_settings;
    QPageLayout m_pageLayout;
    ExportScope m_scope;
    QList<ExportScope> m_pages;
    TimelineRenderer m_renderer;
    QRectF m_bodyRect;
    TimelineLayout m_bodyLayout;
    QRectF m_keyRect;
    QRectF m_figuresRect;
    qreal m_figuresPlotLeft = 0;
    qreal m_figuresPlotRight = 0;
    std::vector<int> m_numbers; // as given to the renderer
    QList<int> m_keySheets;     // timeline pages whose key has its own sheet, in order
    bool m_planned = false;
    bool m_planning = false;
};

// The Figures chart in exports: under the timeline or alone, in SVG and PDF with its amounts,
// measures and axis as text a reader can search, its dates at the timeline's x for the same
// date at several ranges, and the export's theme applied.
#include "catalogueloader.h"
#include "export/pdftools.h"
#include "exportcomposer.h"
#include "figuresexport.h"
#include "figureschart.h"
#include "imageexporter.h"
#include "timescale.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FiguresExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsHaveTheFiguresAsText_data();
    void exportsHaveTheFiguresAsText();
    void timeAxisLinesUp_data();
    void timeAxisLinesUp();
    void themesApply_data();
    void themesApply();

private:
    Catalogue m_story;
};

namespace {

ExportSettings dates(QDate from, QDate to)
{
    ExportSettings s;
    s.range = ExportSettings::Range::Dates;
    s.from = from;
    s.to = to;
    return s;
}

// Paints the first page into a scratch image, so that the composer records where things went.
void paintScratch(ExportComposer &composer)
{
    QImage scratch(16, 16, QImage::Format_RGB32);
    QPainter painter(&scratch);
    composer.paintPage(&painter, 0);
}

} // namespace

void tst_FiguresExport::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
    QVERIFY(!m_story.figures().isEmpty());
}

void tst_FiguresExport::exportsHaveTheFiguresAsText_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    // The amounts as the chart writes them (the differing reports of one gap together), the
    // measures in the legend and the money axis.
    const QStringList story{u"£399m / £400m / £409m"_s,
                            u"£40m"_s,
                            u"4.4 FTE"_s,
                            u"about £130,000"_s,
                            u"LLR health and care funding gap"_s,
                            u"£100m"_s};
    ExportSettings svg;
    svg.format = ExportSettings::Format::Svg;
    svg.figures = ExportSettings::Figures::BelowTimeline;
    // The whole story reaches the £30bn gap "by 2020/21", past the last event.
    QTest::newRow("svg, under the timeline") << svg << story + QStringList{u"£30bn"_s}
                                             << QStringList{};
    ExportSettings alone = dates(QDate(2016, 1, 1), QDate(2018, 12, 31));
    alone.format = ExportSettings::Format::Svg;
    alone.figures = ExportSettings::Figures::Alone;
    QTest::newRow("svg, alone, 2016 to 2018") << alone << story << QStringList{u"£30bn"_s};
    ExportSettings contrast = svg;
    contrast.theme = ExportSettings::Theme::HighContrast;
    QTest::newRow("svg, high contrast") << contrast << story << QStringList{};
    ExportSettings pdf = svg;
    pdf.format = ExportSettings::Format::Pdf;
    QTest::newRow("pdf, under the timeline") << pdf << story << QStringList{};
    ExportSettings pages = pdf;
    pages.pagination = ExportSettings::Pagination::SplitPages;
    pages.pageCount = 2;
    QTest::newRow("pdf, two pages") << pages << story << QStringList{};
    ExportSettings none = svg;
    none.figures = ExportSettings::Figures::None;
    QTest::newRow("svg, not asked for")
        << none << QStringList{}
        << QStringList{u"£399m / £400m / £409m"_s, u"LLR health and care funding gap"_s};
}

void tst_FiguresExport::exportsHaveTheFiguresAsText()
{
    QFETCH(ExportSettings, settings);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const FiguresExport figures;
    QString text;
    if (settings.format == ExportSettings::Format::Svg) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(ImageExporter::write(m_story, settings, &buffer, &figures), QString());
        text = QString::fromUtf8(buffer.data());
    } else {
        if (!PdfTools::available())
            QFAIL("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF back");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"figures.pdf"_s);
        QCOMPARE(ImageExporter::write(m_story, settings, path, &figures), QString());
        text = PdfTools::text(path);
        QVERIFY(!text.isEmpty());
        // Every page has its band (its own range), so the text is on the first at least.
        QCOMPARE(PdfTools::pageCount(path), ExportComposer(m_story, settings, &figures).sheetCount());
    }
    const QString flat = PdfTools::normalised(text);
    for (const QString &expected : present)
        QVERIFY2(flat.contains(PdfTools::normalised(expected)), qPrintable(expected));
    for (const QString &unexpected : absent)
        QVERIFY2(!flat.contains(PdfTools::normalised(unexpected)), qPrintable(unexpected));
}

void tst_FiguresExport::timeAxisLinesUp_data()
{
    QTest::addColumn<ExportSettings>("settings");

    ExportSettings whole;
    whole.figures = ExportSettings::Figures::BelowTimeline;
    QTest::newRow("whole story, A4 at 300 DPI") << whole;
    ExportSettings years = dates(QDate(2014, 1, 1), QDate(2018, 12, 31));
    years.figures = ExportSettings::Figures::BelowTimeline;
    years.pixelSize = QSize(1920, 1080);
    years.dpi = 96;
    QTest::newRow("2014 to 2018, a slide") << years;
    ExportSettings year = dates(QDate(2017, 4, 1), QDate(2018, 3, 31));
    year.figures = ExportSettings::Figures::BelowTimeline;
    year.format = ExportSettings::Format::Pdf;
    QTest::newRow("2017/18, PDF") << year;
    ExportSettings month = dates(QDate(2018, 3, 1), QDate(2018, 4, 30));
    month.figures = ExportSettings::Figures::BelowTimeline;
    month.pixelSize = QSize(1000, 700);
    month.dpi = 96;
    QTest::newRow("two months, small") << month;
    ExportSettings alone = years;
    alone.figures = ExportSettings::Figures::Alone;
    QTest::newRow("alone, 2014 to 2018") << alone;
}

// The same date at the same x, within a pixel, in the chart and on the timeline: the chart's
// plot is laid on the span the composer gives, which is the timeline's event area.
void tst_FiguresExport::timeAxisLinesUp()
{
    QFETCH(ExportSettings, settings);

    const FiguresExport figures;
    ExportComposer composer(m_story, settings, &figures);
    paintScratch(composer);
    const QRectF band = composer.figuresRect();
    QVERIFY(!band.isEmpty());
    const qint64 start = composer.pageScope(0).start();
    const qint64 end = composer.pageScope(0).end();
    const qreal left = composer.figuresPlotLeft();
    const qreal right = composer.figuresPlotRight();
    if (!composer.figuresAlone()) {
        QCOMPARE(left, composer.bodyLayout().eventArea.left());
        QCOMPARE(right, composer.bodyLayout().eventArea.right());
    }
    const std::unique_ptr<FiguresChart> chart =
        FiguresExport::chartFor(m_story, band.size().toSize(), left - band.left(),
                                right - band.left(), start, end, composer.theme());
    for (int i = 0; i <= 8; ++i) {
        const qint64 t = start + (end - start) * i / 8;
        const double timeline = TimeScale::timeToPixel(t, start, end, left, right - left);
        const double inChart = band.left() + chart->xOf(t);
        QVERIFY2(std::abs(inChart - timeline) <= 1.0,
                 qPrintable(u"%1: chart %2, timeline %3"_s.arg(TimeScale::dayOf(t).toString())
                                .arg(inChart)
                                .arg(timeline)));
    }
    // The figures of the range are placed, each at its date.
    int inRange = 0;
    for (int f = 0; f < m_story.figures().size(); ++f) {
        const qint64 from = chart->figureStart(f);
        const qint64 to = chart->figureEnd(f);
        const qint64 middle = from + (to - from) / 2;
        if (middle < start || middle >= end)
            continue;
        ++inRange;
        const QPointF marker = chart->markerPosition(f);
        const double timeline = TimeScale::timeToPixel(middle, start, end, left, right - left);
        // Reports of one period stand side by side, a marker or two apart.
        QVERIFY2(std::abs(band.left() + marker.x() - timeline) <= 30 * composer.theme().scale,
                 qPrintable(m_story.figures().at(f).id));
    }
    QVERIFY(inRange > 0);
}

void tst_FiguresExport::themesApply_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("print") << int(ExportSettings::Theme::Print);
    QTest::newRow("high contrast") << int(ExportSettings::Theme::HighContrast);
    QTest::newRow("screen") << int(ExportSettings::Theme::Screen);
}

// The band's ground and text are the export's theme, not the window's palette.
void tst_FiguresExport::themesApply()
{
    QFETCH(int, theme);

    ExportSettings settings = dates(QDate(2016, 1, 1), QDate(2018, 12, 31));
    settings.figures = ExportSettings::Figures::Alone;
    settings.pixelSize = QSize(1200, 800);
    settings.dpi = 96;
    settings.theme = ExportSettings::Theme(theme);
    const FiguresExport figures;
    const QImage image = ImageExporter::toImage(m_story, settings, &figures);
    QVERIFY(!image.isNull());
    ExportComposer composer(m_story, settings, &figures);
    paintScratch(composer);
    const QRectF band = composer.figuresRect();
    const TimelineTheme &t = composer.theme();
    // Left of the plot, below the money labels: nothing but ground.
    const QPoint ground(int(band.left()) + 3, int(band.bottom()) - 3);
    QCOMPARE(image.pixelColor(ground).rgb(), t.background.rgb());
    // Text in the theme's colour: the amounts are drawn in it somewhere in the band (a pixel
    // the text nearly covers, whatever the font's smoothing does at its edges).
    const auto distance = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue());
    };
    const int contrast = distance(t.text, t.background);
    QVERIFY(contrast > 200);
    bool textColour = false;
    for (int y = int(band.top()); y < int(band.bottom()) && !textColour; ++y) {
        for (int x = int(composer.figuresPlotLeft()); x < int(band.right()); ++x) {
            if (distance(image.pixelColor(x, y), t.text) < contrast / 5) {
                textColour = true;
                break;
            }
        }
    }
    QVERIFY(textColour);
}

QTEST_MAIN(tst_FiguresExport)
#include "tst_figuresexport.moc"

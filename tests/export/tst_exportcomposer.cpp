#include "catalogueloader.h"
#include "exportcomposer.h"
#include "exportfigures.h"
#include "samplecatalogue.h"
#include "timescale.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Paints page into a scratch image, so that the composer records its body.
void paint(ExportComposer &composer, int page = 0)
{
    QImage scratch(16, 16, QImage::Format_RGB32);
    QPainter painter(&scratch);
    composer.paintPage(&painter, page);
}

// Records what the composer asks the chart to draw, and fills the band so that it shows.
class RecordingFigures : public ExportFigures
{
public:
    struct Call
    {
        QRectF rect;
        qreal plotLeft = 0;
        qreal plotRight = 0;
        qint64 start = 0;
        qint64 end = 0;
        qreal scale = 0;
    };
    void paint(QPainter *painter, const Catalogue &, const QRectF &rect, qreal plotLeft,
               qreal plotRight, qint64 start, qint64 end, const TimelineTheme &theme) const override
    {
        calls.append({rect, plotLeft, plotRight, start, end, theme.scale});
        painter->fillRect(rect, Qt::magenta);
    }
    mutable QList<Call> calls;
};

} // namespace

// The page around the timeline: pages, the body's place, the header's range, text size.
class tst_ExportComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageCount_data();
    void pageCount();
    void pagesCoverTheRange();
    void bodyMakesRoom_data();
    void bodyMakesRoom();
    void rangeText();
    void textScale_data();
    void textScale();
    void pdfMargins();
    void figuresUnderTheTimeline_data();
    void figuresUnderTheTimeline();
    void figuresAlone();
    void figuresNeedSomethingToDrawThem();

private:
    Catalogue m_story;
    Catalogue m_sample;
};

void tst_ExportComposer::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
    m_sample = sampleCatalogue();
}

void tst_ExportComposer::pageCount_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<int>("pages");

    ExportSettings png;
    png.pagination = ExportSettings::Pagination::SplitPages; // only PDF has pages
    png.pageCount = 4;
    QTest::newRow("png") << png << 1;
    ExportSettings fit;
    fit.format = ExportSettings::Format::Pdf;
    QTest::newRow("pdf, fit") << fit << 1;
    ExportSettings split = fit;
    split.pagination = ExportSettings::Pagination::SplitPages;
    split.pageCount = 3;
    QTest::newRow("pdf, three pages") << split << 3;
    split.pageCount = 0;
    QTest::newRow("pdf, automatic, A4") << split << 7; // 2013 to March 2019
    split.pageSize = ExportSettings::PageSize::A3;
    QTest::newRow("pdf, automatic, A3") << split << 5;
    split.orientation = QPageLayout::Portrait;
    QTest::newRow("pdf, automatic, A3 portrait") << split << 7;
    ExportSettings handout = split;
    handout.handout = true;
    QTest::newRow("handout cover") << handout << 1;
}

void tst_ExportComposer::pageCount()
{
    QFETCH(ExportSettings, settings);
    QFETCH(int, pages);
    const ExportComposer composer(m_story, settings);
    QCOMPARE(composer.pageCount(), pages);
}

void tst_ExportComposer::pagesCoverTheRange()
{
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.pagination = ExportSettings::Pagination::SplitPages;
    settings.pageCount = 4;
    ExportComposer composer(m_story, settings);
    QCOMPARE(composer.pageScope(0).start(), composer.scope().start());
    QCOMPARE(composer.pageScope(3).end(), composer.scope().end());
    QSet<int> events;
    for (int page = 0; page < 4; ++page) {
        const ExportScope &scope = composer.pageScope(page);
        if (page > 0)
            QCOMPARE(scope.start(), composer.pageScope(page - 1).end());
        if (page > 0)
            QCOMPARE(TimeScale::dayOf(scope.start()).day(), 1); // pages start on a month
        for (int index : scope.eventIndexes())
            events.insert(index);
        paint(composer, page);
        QCOMPARE(composer.bodyLayout().start, scope.start()); // each page its own axis
        QCOMPARE(composer.bodyLayout().end, scope.end());
    }
    QCOMPARE(events.size(), composer.scope().eventIndexes().size());
}

void tst_ExportComposer::bodyMakesRoom_data()
{
    QTest::addColumn<bool>("legend");
    QTest::addColumn<bool>("footer");
    QTest::addColumn<QString>("title");

    QTest::newRow("everything") << true << true << u"A title"_s;
    QTest::newRow("no legend") << false << true << u"A title"_s;
    QTest::newRow("no footer") << true << false << u"A title"_s;
    QTest::newRow("bare") << false << false << QString();
}

void tst_ExportComposer::bodyMakesRoom()
{
    QFETCH(bool, legend);
    QFETCH(bool, footer);
    QFETCH(QString, title);

    ExportSettings full;
    full.title = u"A title"_s;
    full.pixelSize = QSize(1600, 1000);
    full.dpi = 96;
    ExportComposer reference(m_story, full);
    paint(reference);

    ExportSettings settings = full;
    settings.legend = legend;
    settings.footer = footer;
    settings.title = title;
    ExportComposer composer(m_story, settings);
    paint(composer);
    const QRectF body = composer.bodyRect();
    QVERIFY(composer.contentRect().contains(body));
    QVERIFY(body.height() > 300);
    if (!legend || !footer)
        QVERIFY(body.bottom() > reference.bodyRect().bottom());
    if (title.isEmpty())
        QVERIFY(body.top() < reference.bodyRect().top());
    if (legend && footer && !title.isEmpty())
        QCOMPARE(body, reference.bodyRect());
    QCOMPARE(composer.bodyLayout().rect, body);
}

void tst_ExportComposer::rangeText()
{
    ExportSettings whole;
    const ExportComposer story(m_story, whole);
    // The story's own ends, not the room left either side.
    QCOMPARE(story.rangeText(0), u"1 January 2013 – 31 March 2019 · 69 events"_s);

    ExportSettings dates;
    dates.range = ExportSettings::Range::Dates;
    dates.from = QDate(2016, 3, 1);
    dates.to = QDate(2016, 12, 31);
    QCOMPARE(ExportComposer(m_sample, dates).rangeText(0),
             u"1 March 2016 – 31 December 2016 · 1 event"_s);
    dates.to = QDate(2016, 2, 1);
    dates.from = QDate(2016, 1, 1);
    QCOMPARE(ExportComposer(m_sample, dates).rangeText(0),
             u"1 January 2016 – 1 February 2016 · 0 events"_s);
}

void tst_ExportComposer::textScale_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<qreal>("scale");

    ExportSettings a4;
    QTest::newRow("A4 at 300 DPI") << a4 << 0.8;
    ExportSettings slide;
    slide.pixelSize = QSize(1920, 1080);
    slide.dpi = 96;
    QTest::newRow("slide") << slide << 0.8 * 1920 / (297 / 25.4 * 96);
    ExportSettings huge = slide;
    huge.pixelSize = QSize(8000, 4000);
    QTest::newRow("at most twice") << huge << 1.6;
    ExportSettings pdf;
    pdf.format = ExportSettings::Format::Pdf;
    pdf.pageSize = ExportSettings::PageSize::A3;
    QTest::newRow("paper") << pdf << 0.8;
    ExportSettings chosen = slide;
    chosen.textScale = 1.25;
    QTest::newRow("chosen") << chosen << 1.25;
}

void tst_ExportComposer::textScale()
{
    QFETCH(ExportSettings, settings);
    QFETCH(qreal, scale);
    QVERIFY(qAbs(ExportComposer::textScale(settings) - scale) < 1e-3);
    const ExportComposer composer(m_sample, settings);
    QVERIFY(qAbs(composer.theme().scale - scale) < 1e-3);
}

void tst_ExportComposer::pdfMargins()
{
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.marginsMm = QMarginsF(10, 20, 30, 40);
    const ExportComposer composer(m_sample, settings);
    const QSizeF page = composer.pageSize();
    QVERIFY(qAbs(page.width() - 297 / 25.4 * 96) < 0.5);
    QVERIFY(qAbs(page.height() - 210 / 25.4 * 96) < 0.5);
    const QRectF content = composer.contentRect();
    QVERIFY(qAbs(content.left() - 10 / 25.4 * 96) < 0.01);
    QVERIFY(qAbs(content.top() - 20 / 25.4 * 96) < 0.01);
    QVERIFY(qAbs(page.width() - content.right() - 30 / 25.4 * 96) < 0.01);
    QVERIFY(qAbs(page.height() - content.bottom() - 40 / 25.4 * 96) < 0.01);
}


void tst_ExportComposer::figuresUnderTheTimeline_data()
{
    QTest::addColumn<ExportSettings>("settings");

    ExportSettings png;
    png.figures = ExportSettings::Figures::BelowTimeline;
    png.range = ExportSettings::Range::Dates;
    png.from = QDate(2014, 1, 1);
    png.to = QDate(2018, 12, 31);
    QTest::newRow("png, 2014 to 2018") << png;
    ExportSettings year = png;
    year.from = QDate(2017, 4, 1);
    year.to = QDate(2018, 3, 31);
    QTest::newRow("png, 2017/18") << year;
    ExportSettings slide = png;
    slide.pixelSize = QSize(1920, 1080);
    slide.dpi = 96;
    slide.range = ExportSettings::Range::WholeStory;
    QTest::newRow("slide, whole story") << slide;
    ExportSettings pdf = png;
    pdf.format = ExportSettings::Format::Pdf;
    pdf.pagination = ExportSettings::Pagination::SplitPages;
    pdf.pageCount = 3;
    QTest::newRow("pdf, three pages") << pdf;
}

// The chart's band lies between the timeline and its key, the whole width, and its plot
// spans the timeline's event area for the page's own range: a date is at the same x in both.
void tst_ExportComposer::figuresUnderTheTimeline()
{
    QFETCH(ExportSettings, settings);

    const RecordingFigures figures;
    ExportComposer composer(m_story, settings, &figures);
    QVERIFY(composer.showsFigures());
    QVERIFY(!composer.figuresAlone());
    for (int page = 0; page < composer.pageCount(); ++page) {
        figures.calls.clear();
        paint(composer, page);
        QCOMPARE(figures.calls.size(), 1);
        const RecordingFigures::Call &call = figures.calls.first();
        const QRectF body = composer.bodyRect();
        const QRectF area = composer.bodyLayout().eventArea;
        QVERIFY(!body.isEmpty());
        QCOMPARE(call.plotLeft, area.left());
        QCOMPARE(call.plotRight, area.right());
        QCOMPARE(call.start, composer.pageScope(page).start());
        QCOMPARE(call.end, composer.pageScope(page).end());
        QCOMPARE(call.scale, composer.theme().scale);
        QCOMPARE(call.rect, composer.figuresRect());
        QVERIFY2(call.rect.top() > body.bottom(), "the band is under the timeline");
        QVERIFY(call.rect.left() <= area.left() && call.rect.right() >= area.right() - 1);
        // A whole number of units, so that the chart is drawn unscaled.
        QCOMPARE(call.rect.width(), std::floor(call.rect.width()));
        QCOMPARE(call.rect.height(), std::floor(call.rect.height()));
        // The timeline keeps the larger share of the page.
        QVERIFY(call.rect.height() < body.height() * 1.5);
        QVERIFY(call.rect.height() >= 100 * composer.theme().scale);
        if (!composer.keyRect().isNull())
            QVERIFY(composer.keyRect().top() > call.rect.bottom());
        QVERIFY(call.rect.bottom() <= composer.contentRect().bottom());
    }
}

// The chart alone takes the timeline's place, its plot where the timeline's would be.
void tst_ExportComposer::figuresAlone()
{
    ExportSettings timeline;
    timeline.range = ExportSettings::Range::Dates;
    timeline.from = QDate(2016, 1, 1);
    timeline.to = QDate(2018, 12, 31);
    ExportComposer plain(m_story, timeline);
    paint(plain);
    const QRectF area = plain.bodyLayout().eventArea;

    ExportSettings alone = timeline;
    alone.figures = ExportSettings::Figures::Alone;
    const RecordingFigures figures;
    ExportComposer composer(m_story, alone, &figures);
    QVERIFY(composer.figuresAlone());
    paint(composer);
    QCOMPARE(figures.calls.size(), 1);
    const RecordingFigures::Call &call = figures.calls.first();
    QVERIFY(composer.bodyRect().isNull());
    QVERIFY(composer.keyRect().isNull());
    QCOMPARE(call.plotLeft, area.left());
    QVERIFY(qAbs(call.plotRight - area.right()) <= 1);
    QVERIFY(call.rect.height() > composer.contentRect().height() / 2);
    QCOMPARE(composer.sheetCount(), 1);
    // The header counts the figures shown, not the events.
    QVERIFY2(composer.rangeText(0).endsWith(u" figures"_s), qPrintable(composer.rangeText(0)));
}

// Asked for figures with nothing to draw them (a program without the chart), or not asked:
// the timeline alone, exactly as before.
void tst_ExportComposer::figuresNeedSomethingToDrawThem()
{
    ExportSettings settings;
    ExportComposer plain(m_story, settings);
    paint(plain);
    settings.figures = ExportSettings::Figures::BelowTimeline;
    ExportComposer withoutChart(m_story, settings);
    QVERIFY(!withoutChart.showsFigures());
    paint(withoutChart);
    QCOMPARE(withoutChart.bodyRect(), plain.bodyRect());
    QVERIFY(withoutChart.figuresRect().isNull());

    settings.figures = ExportSettings::Figures::None;
    const RecordingFigures figures;
    ExportComposer notAsked(m_story, settings, &figures);
    paint(notAsked);
    QVERIFY(figures.calls.isEmpty());
    QCOMPARE(notAsked.bodyRect(), plain.bodyRect());
}

QTEST_MAIN(tst_ExportComposer)
#include "tst_exportcomposer.moc"

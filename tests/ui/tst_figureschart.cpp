// The Figures chart: its series and points for the built-in story, differing reports side by
// side with the tooltip that names them, the time axis at the timeline's x for the same date at
// several zooms, click-to-select through QTest, and the themes.
#include "catalogueloader.h"
#include "documentreader.h"
#include "figurereports.h"
#include "figureschart.h"
#include "timelineviews.h"
#include "timelineviewstate.h"
#include "timelinewidget.h"
#include "viewerwindow.h"

#include <QDockWidget>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_FiguresChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seriesAndPointsOfTheBuiltInStory();
    void differingReportsSideBySide();
    void periodsAreSpansAndDatesPoints();
    void alignsWithTheTimeline_data();
    void alignsWithTheTimeline();
    void clickSelectsTheEventAndShowsThePassage();
    void themesApply();

private:
    int figureIndex(const QString &id) const;
    Catalogue m_catalogue;
};

void tst_FiguresChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CIVIC_NO_ANIMATIONS", "1");
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    m_catalogue = builtIn.catalogue;
    QCOMPARE(m_catalogue.figures().size(), 16);
}

int tst_FiguresChart::figureIndex(const QString &id) const
{
    for (int i = 0; i < m_catalogue.figures().size(); ++i) {
        if (m_catalogue.figures().at(i).id == id)
            return i;
    }
    return -1;
}

// One series per measure, named by its label, holding each of its figures as a point.
void tst_FiguresChart::seriesAndPointsOfTheBuiltInStory()
{
    FiguresChart chart;
    chart.setCatalogue(&m_catalogue);
    QSet<QString> measures;
    for (const Figure &figure : m_catalogue.figures())
        measures.insert(figure.measure);
    QCOMPARE(chart.measureSeries().size(), measures.size());
    QCOMPARE(chart.measureSeries().size(), 11);
    int points = 0;
    QSet<int> seen;
    for (int s = 0; s < chart.measureSeries().size(); ++s) {
        const QList<int> figures = chart.figuresOf(s);
        QCOMPARE(chart.measureSeries().at(s)->count(), figures.size());
        for (int f : figures) {
            QCOMPARE(chart.measureSeries().at(s)->name(), m_catalogue.figures().at(f).label);
            QCOMPARE(m_catalogue.figures().at(f).measure,
                     m_catalogue.figures().at(chart.figuresOf(s).first()).measure);
            seen.insert(f);
        }
        points += int(figures.size());
    }
    QCOMPARE(points, 16);
    QCOMPARE(seen.size(), 16);
    const int gap = figureIndex(u"llr-gap-hsj"_s);
    for (int s = 0; s < chart.measureSeries().size(); ++s) {
        if (chart.figuresOf(s).contains(gap))
            QCOMPARE(chart.figuresOf(s).size(), 3);
    }
}

void tst_FiguresChart::differingReportsSideBySide()
{
    FiguresChart chart;
    TimelineZoom zoom;
    chart.setZoom(&zoom);
    chart.setCatalogue(&m_catalogue);
    chart.resize(1200, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    zoom.setRange(TimeScale::dayStart(QDate(2016, 1, 1)), TimeScale::dayStart(QDate(2019, 1, 1)));

    const QList<int> gap{figureIndex(u"llr-gap-hsj"_s), figureIndex(u"llr-gap-cabinet-para3"_s),
                         figureIndex(u"llr-gap-cabinet-para16"_s)};
    // The same period (the event's date: none is given), markers apart, never one average.
    QCOMPARE(chart.figureStart(gap.at(0)), chart.figureStart(gap.at(2)));
    double previous = -1e9;
    for (int f : gap) {
        const QPointF at = chart.markerPosition(f);
        QVERIFY2(at.x() > previous + 8, qPrintable(u"%1 after %2"_s.arg(at.x()).arg(previous)));
        previous = at.x();
        QCOMPARE(chart.figureAt(at), f);
    }
    QVERIFY(chart.markerPosition(gap.at(0)).y() > chart.markerPosition(gap.at(2)).y());
    const QString tip = chart.toolTipFor(gap.at(1));
    QVERIFY2(tip.contains(u"reported as £399m (HSJ), £400m (Cabinet report para 3), £409m "
                          "(para 16)"_s),
             qPrintable(tip));
    QVERIFY2(tip.contains(u"£400 million"_s), qPrintable(tip));                  // as written
    QVERIFY2(tip.contains(u"Leicestershire County Council"_s), qPrintable(tip)); // the citation
    // A figure reported once has no such line; its period is named.
    const QString single = chart.toolTipFor(figureIndex(u"bcf-pool-2018-19"_s));
    QVERIFY2(!single.contains(u"reported as"_s), qPrintable(single));
    QVERIFY2(single.contains(u"2018/19"_s), qPrintable(single));
}

void tst_FiguresChart::periodsAreSpansAndDatesPoints()
{
    FiguresChart chart;
    chart.setCatalogue(&m_catalogue);
    const int bcf = figureIndex(u"bcf-pool-2018-19"_s);
    QCOMPARE(chart.figureStart(bcf), TimeScale::dayStart(QDate(2018, 4, 1)));
    QCOMPARE(chart.figureEnd(bcf), TimeScale::dayStart(QDate(2019, 4, 1)));
    const int capital = figureIndex(u"llr-capital-300m-needed"_s);
    QCOMPARE(chart.figureEnd(capital), chart.figureStart(capital));
    int withPeriod = 0;
    for (const Figure &figure : m_catalogue.figures())
        withPeriod += figure.period.isValid() && figure.period.first() != figure.period.last();
    QCOMPARE(chart.spanSeries().size(), withPeriod);
    bool found = false;
    for (const QLineSeries *span : chart.spanSeries()) {
        if (span->count() == 2 && span->at(0).x() == double(chart.figureStart(bcf)) &&
            span->at(1).x() == double(chart.figureEnd(bcf)))
            found = true;
    }
    QVERIFY(found);
}

void tst_FiguresChart::alignsWithTheTimeline_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("1920x1080, the whole story")
        << QSize(1920, 1080) << QDate(2013, 1, 1) << QDate(2019, 1, 1);
    QTest::newRow("1920x1080, two years")
        << QSize(1920, 1080) << QDate(2016, 6, 1) << QDate(2018, 6, 1);
    QTest::newRow("1366x768, a quarter")
        << QSize(1366, 768) << QDate(2017, 7, 1) << QDate(2017, 10, 1);
    QTest::newRow("1366x768, a week") << QSize(1366, 768) << QDate(2017, 8, 1) << QDate(2017, 8, 8);
}

// The same date at the same x in the chart and the timeline, within a pixel, at each zoom.
void tst_FiguresChart::alignsWithTheTimeline()
{
    QFETCH(QSize, size);
    QFETCH(QDate, from);
    QFETCH(QDate, to);

    ViewerWindow window;
    window.openBuiltInStory();
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineViews *views = window.timelineViews();
    views->figuresDock()->show();
    views->figuresDock()->raise();
    FiguresChart *chart = views->figures();
    TimelineWidget *timeline = views->timeline();
    QTRY_VERIFY(chart->isVisible());
    window.zoom()->setRange(TimeScale::dayStart(from), TimeScale::dayStart(to));
    const qint64 start = window.zoom()->rangeStart();
    const qint64 end = window.zoom()->rangeEnd();
    const auto inWindow = [&](QWidget *widget, double x) {
        return x + widget->mapTo(&window, QPoint()).x();
    };
    for (int step = 0; step <= 4; ++step) {
        const qint64 t = start + (end - start) * step / 4;
        QTRY_VERIFY2(
            std::abs(inWindow(chart, chart->xOf(t)) - inWindow(timeline, timeline->xOf(t))) <= 1.0,
            qPrintable(u"%1: chart %2, timeline %3"_s.arg(step)
                           .arg(inWindow(chart, chart->xOf(t)))
                           .arg(inWindow(timeline, timeline->xOf(t)))));
    }
    // A dated figure's marker is at its date.
    for (int f = 0; f < window.catalogue().figures().size(); ++f) {
        if (window.catalogue().figures().at(f).id != u"llr-capital-300m-needed"_s)
            continue;
        const qint64 t = chart->figureStart(f);
        if (t >= start && t <= end)
            QVERIFY(std::abs(chart->markerPosition(f).x() - chart->xOf(t)) <= 1.0);
    }
}

void tst_FiguresChart::clickSelectsTheEventAndShowsThePassage()
{
    ViewerWindow window;
    window.openBuiltInStory();
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineViews *views = window.timelineViews();
    views->figuresDock()->show();
    views->figuresDock()->raise();
    FiguresChart *chart = views->figures();
    QTRY_VERIFY(chart->isVisible());
    window.zoom()->setRange(TimeScale::dayStart(QDate(2016, 1, 1)),
                            TimeScale::dayStart(QDate(2019, 1, 1)));
    int figure = -1;
    for (int f = 0; f < window.catalogue().figures().size(); ++f) {
        if (window.catalogue().figures().at(f).id == u"llr-capital-40m-secured"_s)
            figure = f;
    }
    QVERIFY(figure >= 0);
    QTRY_VERIFY(chart->figureAt(chart->markerPosition(figure)) == figure);
    const QPoint at = chart->markerPosition(figure).toPoint();
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(window.viewState()->selectedId(), u"llr-capital-40m"_s);
    QCOMPARE(window.zoom()->selectedEvent(), window.catalogue().eventIndex(u"llr-capital-40m"_s));
    QCOMPARE(window.documentReader()->documentId(), u"hsj-breaking-point"_s);
    QVERIFY(window.documentReader()->isVisible());
    // Nothing under the pointer: the selection stays.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(window.viewState()->selectedId(), u"llr-capital-40m"_s);
}

void tst_FiguresChart::themesApply()
{
    FiguresChart chart;
    chart.setCatalogue(&m_catalogue);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::WindowText, Qt::black);
    chart.setPalette(light);
    QVERIFY(chart.chart()->backgroundBrush().color().lightnessF() > 0.5);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    chart.setPalette(dark);
    QVERIFY(chart.chart()->backgroundBrush().color().lightnessF() < 0.5);
    const QColor before = chart.measureSeries().first()->borderColor();
    chart.setHighContrast(true);
    QVERIFY(chart.isHighContrast());
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    QVERIFY(chart.measureSeries().first()->borderColor() != before);
}

QTEST_MAIN(tst_FiguresChart)
#include "tst_figureschart.moc"

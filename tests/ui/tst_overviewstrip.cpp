#include "catalogue.h"
#include "overviewstrip.h"
#include "timelinewidget.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(int n, QDate first, QDate last = {})
{
    TimelineEvent event;
    event.id = u"e%1"_s.arg(n);
    event.title = u"Event %1"_s.arg(n);
    event.date = EventDate::fromDays(first, last);
    event.laneId = u"a"_s;
    return event;
}

// 2016 to 2018: two in March 2016, one range starting in December 2016, three in July 2017,
// one in May 2018.
Catalogue smallCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_s, u"Lane"_s, {}}});
    catalogue.setEvents({
        makeEvent(0, QDate(2016, 3, 1)),
        makeEvent(1, QDate(2016, 3, 31)),
        makeEvent(2, QDate(2016, 12, 20), QDate(2017, 2, 10)),
        makeEvent(3, QDate(2017, 7, 1)),
        makeEvent(4, QDate(2017, 7, 15)),
        makeEvent(5, QDate(2017, 7, 31)),
        makeEvent(6, QDate(2018, 5, 9)),
    });
    return catalogue;
}

int monthIndex(QDate month)
{
    return (month.year() - 2016) * 12 + month.month() - 1;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestOverviewStrip : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accessibleAndCompact();
    void countsEventsPerMonth();
    void countsFollowTheFilter_data();
    void countsFollowTheFilter();
    void manyEventsAreCountedOnce();
    void emptyCatalogueHasNoCounts();
    void windowFollowsTheRange();
    void clickCentresTheView_data();
    void clickCentresTheView();
    void draggingTheWindowMovesTheView();
    void keysMoveTheView();
    void alignsWithTheTimelinesAxis();
    void yearLabelsFollowAResize();
    void panningStaysOnTheChart();
    void coloursFollowThePalette();

private:
    // window holding a strip aligned with a timeline under it, both on m_catalogue.
    void stripAboveTimeline(QWidget *window, OverviewStrip **strip, TimelineWidget **timeline);
    OverviewStrip *m_strip = nullptr;
    TimelineZoom *m_zoom = nullptr;
    Catalogue m_catalogue;
};

void TestOverviewStrip::init()
{
    m_catalogue = smallCatalogue();
    m_zoom = new TimelineZoom;
    m_zoom->setRange(TimeScale::dayStart(QDate(2017, 1, 1)),
                     TimeScale::dayStart(QDate(2017, 7, 1)));
    m_strip = new OverviewStrip;
    m_strip->setZoom(m_zoom);
    m_strip->setCatalogue(&m_catalogue);
    m_strip->setFixedSize(720, 90);
    m_strip->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_strip));
}

void TestOverviewStrip::cleanup()
{
    delete m_strip;
    delete m_zoom;
    m_strip = nullptr;
    m_zoom = nullptr;
}

void TestOverviewStrip::accessibleAndCompact()
{
    QCOMPARE(m_strip->accessibleName(), u"Overview"_s);
    QVERIFY(m_strip->sizeHint().height() <= 100);
    QVERIFY(!m_strip->chart()->legend()->isVisible());
}

void TestOverviewStrip::countsEventsPerMonth()
{
    const QList<int> &counts = m_strip->monthCounts();
    QCOMPARE(m_strip->firstMonth(), QDate(2016, 1, 1));
    QCOMPARE(counts.size(), 3 * 12); // whole years, 2016 to 2018
    QCOMPARE(counts.at(monthIndex(QDate(2016, 3, 1))), 2);
    QCOMPARE(counts.at(monthIndex(QDate(2016, 12, 1))), 1); // a range counts where it begins
    QCOMPARE(counts.at(monthIndex(QDate(2017, 1, 1))), 0);
    QCOMPARE(counts.at(monthIndex(QDate(2017, 7, 1))), 3);
    QCOMPARE(counts.at(monthIndex(QDate(2018, 5, 1))), 1);
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), 7);
    // The span is the timeline's when it fits every event: a fortieth either side.
    const qint64 first = TimeScale::dayStart(QDate(2016, 3, 1));
    const qint64 last = TimeScale::dayEnd(QDate(2018, 5, 9));
    QCOMPARE(m_strip->spanStart(), first - (last - first) / 40);
    QCOMPARE(m_strip->spanEnd(), last + (last - first) / 40);
}

void TestOverviewStrip::countsFollowTheFilter_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<int>("march2016");
    QTest::addColumn<int>("july2017");
    QTest::addColumn<int>("total");
    QTest::newRow("none hidden") << QList<int>{} << 2 << 3 << 7;
    QTest::newRow("one of March") << QList<int>{1} << 1 << 3 << 6;
    QTest::newRow("all of July") << QList<int>{3, 4, 5} << 2 << 0 << 4;
    QTest::newRow("everything") << QList<int>{0, 1, 2, 3, 4, 5, 6} << 0 << 0 << 0;
}

void TestOverviewStrip::countsFollowTheFilter()
{
    QFETCH(QList<int>, hidden);
    QFETCH(int, march2016);
    QFETCH(int, july2017);
    QFETCH(int, total);
    QBitArray mask(int(m_catalogue.events().size()), true);
    for (const int i : hidden)
        mask.clearBit(i);
    m_strip->setVisibleEvents(mask);
    const QList<int> &counts = m_strip->monthCounts();
    QCOMPARE(counts.at(monthIndex(QDate(2016, 3, 1))), march2016);
    QCOMPARE(counts.at(monthIndex(QDate(2017, 7, 1))), july2017);
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), total);

    m_strip->setVisibleEvents({}); // no filter: all again
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), 7);
}

void TestOverviewStrip::manyEventsAreCountedOnce()
{
    // One event a day for 40 years: one count per month, not one point per event.
    Catalogue many;
    many.setLanes({{u"a"_s, u"Lane"_s, {}}});
    QList<TimelineEvent> events;
    const QDate first(1990, 1, 1);
    const QDate last(2029, 12, 31);
    for (QDate day = first; day <= last; day = day.addDays(1))
        events.append(makeEvent(int(events.size()), day));
    many.setEvents(events);
    m_strip->setCatalogue(&many);
    const QList<int> &counts = m_strip->monthCounts();
    QCOMPARE(counts.size(), 40 * 12);
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), int(events.size()));
    QCOMPARE(counts.at(1), 28); // February 1990
    QCOMPARE(counts.at((2000 - 1990) * 12 + 1), 29);
    m_strip->setCatalogue(&m_catalogue);
}

void TestOverviewStrip::emptyCatalogueHasNoCounts()
{
    Catalogue empty;
    m_strip->setCatalogue(&empty);
    QVERIFY(m_strip->monthCounts().isEmpty());
    QVERIFY(m_strip->windowRect().isEmpty());
    m_strip->setCatalogue(nullptr);
    QVERIFY(m_strip->monthCounts().isEmpty());
}

void TestOverviewStrip::windowFollowsTheRange()
{
    QRectF window = m_strip->windowRect();
    QVERIFY(!window.isEmpty());
    QVERIFY(std::abs(window.left() - m_strip->xOf(m_zoom->rangeStart())) <= 1);
    QVERIFY(std::abs(window.right() - m_strip->xOf(m_zoom->rangeEnd())) <= 1);

    m_zoom->setRange(TimeScale::dayStart(QDate(2018, 2, 1)),
                     TimeScale::dayStart(QDate(2018, 3, 1)));
    window = m_strip->windowRect();
    QVERIFY(std::abs(window.left() - m_strip->xOf(m_zoom->rangeStart())) <= 1);
    QVERIFY(std::abs(window.right() - m_strip->xOf(m_zoom->rangeEnd())) <= 1);
    // Months map in order from left to right.
    QVERIFY(m_strip->xOf(TimeScale::dayStart(QDate(2016, 6, 1))) < window.left());
}

void TestOverviewStrip::clickCentresTheView_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("before the window") << QDate(2016, 5, 1);
    QTest::newRow("after the window") << QDate(2018, 3, 15);
    QTest::newRow("inside the window") << QDate(2017, 2, 1);
}

void TestOverviewStrip::clickCentresTheView()
{
    QFETCH(QDate, day);
    const qint64 span = m_zoom->rangeSpan();
    const qint64 start = m_zoom->rangeStart();
    const double x = m_strip->xOf(TimeScale::dayStart(day));
    const qint64 target = m_strip->timeAt(x);
    const bool inWindow = m_strip->windowRect().left() <= x && x <= m_strip->windowRect().right();
    const QPointF pos(x, m_strip->windowRect().center().y());
    QTest::mouseClick(m_strip->viewport(), Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(m_zoom->rangeSpan(), span);
    const qint64 onePixel = (m_strip->spanEnd() - m_strip->spanStart()) / 600;
    if (inWindow) {
        // A click on the window grabs it; without a drag nothing moves.
        QCOMPARE(m_zoom->rangeStart(), start);
    } else {
        QVERIFY(std::abs(m_zoom->rangeStart() + span / 2 - target) <= onePixel);
    }
}

void TestOverviewStrip::draggingTheWindowMovesTheView()
{
    QWidget *viewport = m_strip->viewport();
    const QRectF window = m_strip->windowRect();
    const QPointF grip(window.left() + 5, window.center().y());
    const qint64 span = m_zoom->rangeSpan();
    const qint64 start = m_zoom->rangeStart();
    sendMouse(viewport, QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
    QCOMPARE(m_zoom->rangeStart(), start); // grabbed, not moved
    for (int dx = 10; dx <= 60; dx += 10) {
        sendMouse(viewport, QEvent::MouseMove, grip + QPointF(dx, 0), Qt::NoButton, Qt::LeftButton);
        // The window moves with the mouse as it goes.
        QVERIFY(std::abs(m_strip->windowRect().left() - (window.left() + dx)) <= 1.5);
    }
    sendMouse(viewport, QEvent::MouseButtonRelease, grip + QPointF(60, 0), Qt::LeftButton,
              Qt::NoButton);
    QCOMPARE(m_zoom->rangeSpan(), span);
    const qint64 moved = m_strip->timeAt(grip.x() + 60) - m_strip->timeAt(grip.x());
    const qint64 onePixel = (m_strip->spanEnd() - m_strip->spanStart()) / 600;
    QVERIFY(std::abs(m_zoom->rangeStart() - (start + moved)) <= onePixel);
}

void TestOverviewStrip::keysMoveTheView()
{
    const qint64 span = m_zoom->rangeSpan();
    const qint64 start = m_zoom->rangeStart();
    QTest::keyClick(m_strip, Qt::Key_Right);
    QCOMPARE(m_zoom->rangeStart(), start + span / 2);
    QTest::keyClick(m_strip, Qt::Key_Left);
    QCOMPARE(m_zoom->rangeStart(), start);
    QTest::keyClick(m_strip, Qt::Key_Home);
    QCOMPARE(m_zoom->rangeStart(), m_strip->spanStart());
    QTest::keyClick(m_strip, Qt::Key_End);
    QCOMPARE(m_zoom->rangeEnd(), m_strip->spanEnd());
    QCOMPARE(m_zoom->rangeSpan(), span);
}

void TestOverviewStrip::stripAboveTimeline(QWidget *window, OverviewStrip **strip,
                                           TimelineWidget **timeline)
{
    auto *layout = new QVBoxLayout(window);
    layout->setContentsMargins(0, 0, 0, 0);
    *strip = new OverviewStrip;
    *timeline = new TimelineWidget;
    layout->addWidget(*strip);
    layout->addWidget(*timeline);
    (*timeline)->setCatalogue(&m_catalogue);
    (*strip)->setCatalogue(&m_catalogue);
    (*strip)->alignWith(*timeline);
}

void TestOverviewStrip::alignsWithTheTimelinesAxis()
{
    // Above a timeline, the chart's time axis spans the timeline's event area: it starts
    // right of the lane names and ends where the timeline's does.
    QWidget window;
    OverviewStrip *strip = nullptr;
    TimelineWidget *timeline = nullptr;
    stripAboveTimeline(&window, &strip, &timeline);
    window.resize(1000, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRectF area = timeline->eventArea();
    QVERIFY(area.left() > 20); // the lane names take room
    QTRY_VERIFY2(std::abs(strip->xOf(strip->spanStart()) - area.left()) <= 2,
                 qPrintable(u"%1 vs %2"_s.arg(strip->xOf(strip->spanStart())).arg(area.left())));
    QVERIFY(std::abs(strip->xOf(strip->spanEnd()) - area.right()) <= 2);
    // Fitted to every event, the two axes are one: each date at the same x, within a pixel.
    timeline->setAnimated(false);
    timeline->fitAll();
    const int offset = timeline->mapTo(&window, QPoint()).x() - strip->mapTo(&window, QPoint()).x();
    for (const QDate day : {m_catalogue.firstDay(), QDate(2017, 7, 1), m_catalogue.lastDay()}) {
        const qint64 t = TimeScale::dayStart(day);
        QVERIFY2(std::abs(strip->xOf(t) - (timeline->xOf(t) + offset)) <= 1,
                 qPrintable(u"%1: %2 vs %3"_s.arg(day.toString(Qt::ISODate))
                                .arg(strip->xOf(t))
                                .arg(timeline->xOf(t) + offset)));
    }
    window.resize(800, 500);
    QTRY_VERIFY(std::abs(strip->xOf(strip->spanEnd()) - timeline->eventArea().right()) <= 2);
    window.resize(1400, 600); // and wider again, as when a window is maximised
    QTRY_VERIFY2(
        std::abs(strip->xOf(strip->spanEnd()) - timeline->eventArea().right()) <= 2,
        qPrintable(
            u"%1 vs %2"_s.arg(strip->xOf(strip->spanEnd())).arg(timeline->eventArea().right())));
}

// The year labels under the bars move with the plot when the window is resized: each stays in
// the middle of its year (they used to stay where the first size put them).
void TestOverviewStrip::yearLabelsFollowAResize()
{
    QWidget window;
    OverviewStrip *strip = nullptr;
    TimelineWidget *timeline = nullptr;
    stripAboveTimeline(&window, &strip, &timeline);
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A year the strip shows whole, so that its label is in its middle.
    int year = 0;
    for (int y = m_catalogue.firstDay().year(); y <= m_catalogue.lastDay().year() && !year; ++y) {
        if (TimeScale::dayStart(QDate(y, 1, 1)) >= strip->spanStart() &&
            TimeScale::dayStart(QDate(y + 1, 1, 1)) <= strip->spanEnd())
            year = y;
    }
    QVERIFY(year > 0);
    const auto labelX = [&]() -> double {
        for (QGraphicsItem *item : strip->scene()->items()) {
            const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText() == QString::number(year))
                return strip->mapFromScene(text->sceneBoundingRect().center()).x();
        }
        return -1;
    };
    const auto middle = [&] { return strip->xOf(TimeScale::dayStart(QDate(year, 7, 2))); };
    QTRY_VERIFY2(std::abs(labelX() - middle()) <= 12,
                 qPrintable(u"%1 vs %2"_s.arg(labelX()).arg(middle())));
    for (const QSize size : {QSize(1400, 600), QSize(1000, 500), QSize(1600, 700)}) {
        window.resize(size);
        QTRY_VERIFY2(std::abs(labelX() - middle()) <= 12,
                     qPrintable(u"%1 wide: %2 vs %3"_s.arg(size.width())
                                    .arg(labelX())
                                    .arg(middle())));
    }
}

void TestOverviewStrip::panningStaysOnTheChart()
{
    // However far the keys or a drag go, the view's centre stays within the chart's span.
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(m_strip, Qt::Key_Right);
    QVERIFY(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2 <= m_strip->spanEnd());
    for (int i = 0; i < 80; ++i)
        QTest::keyClick(m_strip, Qt::Key_Left);
    QVERIFY(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2 >= m_strip->spanStart());

    QWidget *viewport = m_strip->viewport();
    const QRectF window = m_strip->windowRect();
    const QPointF grip(window.center());
    sendMouse(viewport, QEvent::MouseButtonPress, grip, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, grip + QPointF(5000, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, grip + QPointF(5000, 0), Qt::LeftButton,
              Qt::NoButton);
    QVERIFY(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2 <= m_strip->spanEnd());
    QVERIFY(!m_strip->windowRect().isEmpty());
}

void TestOverviewStrip::coloursFollowThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    m_strip->setPalette(dark);
    QCOMPARE(m_strip->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    m_strip->setHighContrast(true);
    QCOMPARE(m_strip->chart()->backgroundBrush().color(), QColor(Qt::white));
    m_strip->setHighContrast(false);
    QCOMPARE(m_strip->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
}

QTEST_MAIN(TestOverviewStrip)
#include "tst_overviewstrip.moc"

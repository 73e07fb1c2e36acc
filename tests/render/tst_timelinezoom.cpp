#include "timelinezoom.h"

#include <QSignalSpy>
#include <QTest>

class TestTimelineZoom : public QObject
{
    Q_OBJECT
private slots:
    void setRangeClampsAndSignalsOnce();
    void zoomKeepsTheAnchorInPlace_data();
    void zoomKeepsTheAnchorInPlace();
    void panKeepsTheSpan();
    void selection();
};

void TestTimelineZoom::setRangeClampsAndSignalsOnce()
{
    TimelineZoom zoom;
    QSignalSpy spy(&zoom, &TimelineZoom::rangeChanged);
    zoom.setRange(0, 10 * TimelineZoom::kDay);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), 0);
    QCOMPARE(spy.last().at(1).toLongLong(), 10 * TimelineZoom::kDay);
    zoom.setRange(0, 10 * TimelineZoom::kDay); // no change, no signal
    QCOMPARE(spy.count(), 1);
    // Narrower than a day: widened around its centre.
    zoom.setRange(100 * TimelineZoom::kDay, 100 * TimelineZoom::kDay + 1000);
    QCOMPARE(zoom.rangeSpan(), TimelineZoom::kMinimumSpan);
    QVERIFY(zoom.rangeStart() < 100 * TimelineZoom::kDay);
    // Reversed: swapped.
    zoom.setRange(50 * TimelineZoom::kDay, 20 * TimelineZoom::kDay);
    QCOMPARE(zoom.rangeStart(), 20 * TimelineZoom::kDay);
    // Wider than 400 years: narrowed.
    zoom.setRange(0, 1000LL * 366 * TimelineZoom::kDay);
    QCOMPARE(zoom.rangeSpan(), TimelineZoom::kMaximumSpan);
}

void TestTimelineZoom::zoomKeepsTheAnchorInPlace_data()
{
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("where"); // the anchor's place in the range, 0..1
    QTest::newRow("in, centre") << 1 / 1.25 << 0.5;
    QTest::newRow("in, left") << 0.5 << 0.1;
    QTest::newRow("out, right") << 2.0 << 0.9;
}

void TestTimelineZoom::zoomKeepsTheAnchorInPlace()
{
    QFETCH(double, factor);
    QFETCH(double, where);
    TimelineZoom zoom;
    zoom.setRange(1000 * TimelineZoom::kDay, 1365 * TimelineZoom::kDay);
    const qint64 anchor = zoom.rangeStart() + qint64(where * zoom.rangeSpan());
    const qint64 span = zoom.rangeSpan();
    zoom.zoomAround(anchor, factor);
    QVERIFY(std::abs(zoom.rangeSpan() - qint64(span * factor)) <= 1);
    const double after = double(anchor - zoom.rangeStart()) / zoom.rangeSpan();
    QVERIFY(std::abs(after - where) < 1e-6);
    QSignalSpy spy(&zoom, &TimelineZoom::rangeChanged);
    zoom.zoomAround(anchor, 0); // nonsense factors are ignored
    QCOMPARE(spy.count(), 0);
}

void TestTimelineZoom::panKeepsTheSpan()
{
    TimelineZoom zoom;
    zoom.setRange(0, 7 * TimelineZoom::kDay);
    zoom.pan(TimelineZoom::kDay);
    QCOMPARE(zoom.rangeStart(), TimelineZoom::kDay);
    QCOMPARE(zoom.rangeSpan(), 7 * TimelineZoom::kDay);
}

void TestTimelineZoom::selection()
{
    TimelineZoom zoom;
    QSignalSpy spy(&zoom, &TimelineZoom::selectionChanged);
    QCOMPARE(zoom.selectedEvent(), -1);
    zoom.setSelectedEvent(4);
    zoom.setSelectedEvent(4);
    QCOMPARE(spy.count(), 1);
    zoom.setSelectedEvent(-7);
    QCOMPARE(zoom.selectedEvent(), -1);
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestTimelineZoom)
#include "tst_timelinezoom.moc"

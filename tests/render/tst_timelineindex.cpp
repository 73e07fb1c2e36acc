#include "catalogue.h"
#include "timelineindex.h"
#include "timescale.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using TimeScale::dayEnd;
using TimeScale::dayStart;
using TimeScale::kDay;

namespace {

// Events over 2014..2018 in three lanes and one lane the catalogue does not list, with points,
// months, years and a few very long ranges (which a single running maximum would make slow).
Catalogue randomCatalogue(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_qs, u"A"_qs, {}}, {u"b"_qs, u"B"_qs, {}}, {u"c"_qs, u"C"_qs, {}}});
    const QStringList laneIds{u"a"_qs, u"b"_qs, u"c"_qs, u"elsewhere"_qs};
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        TimelineEvent event;
        event.id = QString::number(i);
        event.laneId = laneIds.at(random.bounded(laneIds.size()));
        const QDate first = QDate(2014, 1, 1).addDays(random.bounded(1826));
        switch (random.bounded(10)) {
        case 0:
            event.date = EventDate(DatePoint::month(first.year(), first.month()));
            break;
        case 1:
            event.date = EventDate(DatePoint::financialYear(first.year()));
            break;
        case 2:
            event.date = EventDate::fromDays(first, first.addDays(random.bounded(1, 90)));
            break;
        case 3:
            if (random.bounded(10) == 0) {
                event.date = EventDate::fromDays(first.addYears(-20), first);
                break;
            }
            Q_FALLTHROUGH();
        default:
            event.date = EventDate::fromDays(first);
        }
        events.append(event);
    }
    catalogue.setEvents(events);
    return catalogue;
}

std::vector<int> bruteForce(const Catalogue &catalogue, int lane, qint64 from, qint64 to,
                            const QBitArray &visible)
{
    std::vector<int> result;
    for (int i = 0; i < catalogue.events().size(); ++i) {
        const TimelineEvent &event = catalogue.events().at(i);
        int eventLane = catalogue.laneIndex(event.laneId);
        if (eventLane < 0)
            eventLane = int(catalogue.lanes().size());
        if (eventLane != lane || (!visible.isEmpty() && !visible.testBit(i)))
            continue;
        if (dayStart(event.date.first()) < to && dayEnd(event.date.last()) > from)
            result.push_back(i);
    }
    return result;
}

} // namespace

class TestTimelineIndex : public QObject
{
    Q_OBJECT
private slots:
    void periodsAndLanes();
    void windowMatchesBruteForce_data();
    void windowMatchesBruteForce();
    void maskHidesWithoutRebuilding();
    void emptyCatalogue();
    void densityCountsAsVisitingEachEvent_data();
    void densityCountsAsVisitingEachEvent();
    void movesAsRebuilding_data();
    void movesAsRebuilding();
};

void TestTimelineIndex::periodsAndLanes()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_qs, u"A"_qs, {}}});
    TimelineEvent day;
    day.id = u"day"_qs;
    day.date = EventDate::fromDays(QDate(2017, 8, 3));
    day.laneId = u"a"_qs;
    TimelineEvent year;
    year.id = u"fy"_qs;
    year.date = EventDate(DatePoint::financialYear(2018));
    year.laneId = u"x"_qs;
    catalogue.setEvents({day, year});
    const TimelineIndex index(catalogue);
    QCOMPARE(index.eventCount(), 2);
    QCOMPARE(index.laneCount(), 2);
    QVERIFY(index.hasUnknownLane());
    QCOMPARE(index.laneOf(0), 0);
    QCOMPARE(index.laneOf(1), 1);
    QCOMPARE(index.start(0), dayStart(QDate(2017, 8, 3)));
    QCOMPARE(index.end(0), index.start(0) + kDay);
    QCOMPARE(index.start(1), dayStart(QDate(2018, 4, 1)));
    QCOMPARE(index.end(1), dayStart(QDate(2019, 4, 1)));
    QCOMPARE(index.firstTime(), index.start(0));
    QCOMPARE(index.lastTime(), index.end(1));

    // Windows are half-open: touching the end of a day is not overlapping it.
    std::vector<int> out;
    index.eventsInWindow(0, index.end(0), index.end(0) + kDay, {}, out);
    QVERIFY(out.empty());
    index.eventsInWindow(0, index.end(0) - 1, index.end(0), {}, out);
    QCOMPARE(out, std::vector<int>{0});
}

void TestTimelineIndex::windowMatchesBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("50 events") << 50 << 1u;
    QTest::newRow("2000 events") << 2000 << 7u;
    QTest::newRow("5000 events") << 5000 << 73u;
}

void TestTimelineIndex::windowMatchesBruteForce()
{
    QFETCH(int, count);
    QFETCH(quint32, seed);
    const Catalogue catalogue = randomCatalogue(count, seed);
    const TimelineIndex index(catalogue);
    QCOMPARE(index.laneCount(), 4);

    QRandomGenerator random(seed + 1);
    const qint64 span = dayStart(QDate(2019, 1, 1)) - dayStart(QDate(1993, 1, 1));
    for (int query = 0; query < 200; ++query) {
        const qint64 from = dayStart(QDate(1993, 1, 1)) + qint64(random.bounded(1.0) * span);
        const qint64 length =
            qint64(std::pow(10.0, random.bounded(5.0)) * kDay * random.bounded(1.0));
        const int lane = random.bounded(4);
        std::vector<int> got;
        index.eventsInWindow(lane, from, from + length, {}, got);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, bruteForce(catalogue, lane, from, from + length, {}));
    }
}

void TestTimelineIndex::maskHidesWithoutRebuilding()
{
    const Catalogue catalogue = randomCatalogue(3000, 11);
    const TimelineIndex index(catalogue);
    QBitArray visible(catalogue.events().size());
    for (int i = 0; i < visible.size(); i += 3)
        visible.setBit(i);
    const qint64 from = dayStart(QDate(2016, 1, 1));
    const qint64 to = dayStart(QDate(2016, 7, 1));
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        std::vector<int> got;
        index.eventsInWindow(lane, from, to, visible, got);
        std::sort(got.begin(), got.end());
        QCOMPARE(got, bruteForce(catalogue, lane, from, to, visible));
        QVERIFY(!got.empty());
        QVERIFY(index.laneHasVisible(lane, visible));
    }
    QVERIFY(!index.laneHasVisible(0, QBitArray(catalogue.events().size())));
}

void TestTimelineIndex::emptyCatalogue()
{
    const TimelineIndex index{Catalogue()};
    QCOMPARE(index.eventCount(), 0);
    QCOMPARE(index.laneCount(), 0);
    std::vector<int> out;
    index.eventsInWindow(0, 0, kDay, {}, out);
    QVERIFY(out.empty());
}

void TestTimelineIndex::densityCountsAsVisitingEachEvent_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("days");    // the window's span
    QTest::addColumn<double>("width"); // of the columns' area, in pixels
    QTest::addColumn<double>("offset"); // of the window from 1 January 2014, in days

    QTest::newRow("everything, 1600 columns") << 20000 << 1900 << 1600.0 << -30.0;
    QTest::newRow("a year") << 20000 << 365 << 1600.0 << 400.0;
    QTest::newRow("a year, 300 columns") << 20000 << 365 << 300.0 << 400.25;
    QTest::newRow("a month: days wider than columns") << 5000 << 30 << 1600.0 << 700.0;
    QTest::newRow("a column a day, nearly") << 5000 << 800 << 799.0 << 10.0;
    QTest::newRow("a window before the events") << 2000 << 100 << 500.0 << -400.0;
    QTest::newRow("a window after the events") << 2000 << 100 << 500.0 << 2000.0;
    QTest::newRow("odd widths") << 10000 << 1234 << 977.3 << 123.5;
    // Columns of weeks and months: classes of differing durations, all under half a column.
    QTest::newRow("everything, 100 columns") << 20000 << 1900 << 100.0 << -30.0;
    QTest::newRow("everything, 60 columns, odd") << 20000 << 1900 << 60.7 << 3.5;
    QTest::newRow("ten years, 12 columns") << 20000 << 3650 << 12.0 << -400.0;
}

void TestTimelineIndex::densityCountsAsVisitingEachEvent()
{
    QFETCH(int, count);
    QFETCH(int, days);
    QFETCH(double, width);
    QFETCH(double, offset);

    const Catalogue catalogue = randomCatalogue(count, 42);
    const TimelineIndex index(catalogue);
    const qint64 from = dayStart(QDate(2014, 1, 1)) + qint64(offset * kDay);
    const qint64 to = from + qint64(days) * kDay;
    const double left = 180.5;
    const double scale = width / double(to - from);
    auto timeToX = [&](qint64 t) { return left + double(t - from) * scale; };
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        DensityMerge visited(left, left + width);
        qsizetype visitedCount = 0;
        index.forEachInWindow(lane, from, to, {}, [&](int, qint64 s, qint64 e) {
            visited.add(timeToX(s), timeToX(e));
            ++visitedCount;
        });
        DensityMerge counted(left, left + width);
        QCOMPARE(index.addToDensity(lane, from, to, counted, timeToX), visitedCount);
        const std::vector<DensityMark> expected = visited.marks();
        const std::vector<DensityMark> actual = counted.marks();
        QCOMPARE(actual.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual[i].x0, expected[i].x0);
            QCOMPARE(actual[i].count, expected[i].count);
        }
    }
}

void TestTimelineIndex::movesAsRebuilding_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edits");

    QTest::newRow("a few") << quint32(1) << 20;
    QTest::newRow("many") << quint32(2) << 300;
    QTest::newRow("another catalogue") << quint32(3) << 300;
}

void TestTimelineIndex::movesAsRebuilding()
{
    QFETCH(quint32, seed);
    QFETCH(int, edits);

    Catalogue catalogue = randomCatalogue(400, seed);
    TimelineIndex index(catalogue);
    QRandomGenerator random(seed + 100);
    const QStringList laneIds{u"a"_qs, u"b"_qs, u"c"_qs, u"elsewhere"_qs};
    int followed = 0;
    for (int edit = 0; edit < edits; ++edit) {
        TimelineEvent event = catalogue.events().at(random.bounded(int(catalogue.events().size())));
        const QDate first = QDate(2013, 6, 1).addDays(random.bounded(2200));
        switch (random.bounded(4)) {
        case 0:
            event.date = EventDate(DatePoint::month(first.year(), first.month()));
            break;
        case 1:
            event.date = EventDate::fromDays(first, first.addDays(random.bounded(1, 400)));
            break;
        case 2:
            break; // the same date: the event stays where it is
        default:
            event.date = EventDate::fromDays(first);
        }
        if (random.bounded(3) == 0)
            event.laneId = laneIds.at(random.bounded(laneIds.size()));
        const Catalogue::EventMove move = catalogue.replaceEvent(event);
        if (index.moveEvent(catalogue, move.from, move.to))
            ++followed;
        else
            index = TimelineIndex(catalogue);

        const TimelineIndex fresh(catalogue);
        QCOMPARE(index.eventCount(), fresh.eventCount());
        QCOMPARE(index.laneCount(), fresh.laneCount());
        QCOMPARE(index.firstTime(), fresh.firstTime());
        QCOMPARE(index.lastTime(), fresh.lastTime());
        for (int i = 0; i < fresh.eventCount(); ++i) {
            QCOMPARE(index.start(i), fresh.start(i));
            QCOMPARE(index.end(i), fresh.end(i));
            QCOMPARE(index.laneOf(i), fresh.laneOf(i));
        }
        const qint64 day0 = dayStart(QDate(2014, 1, 1));
        for (int lane = 0; lane < fresh.laneCount(); ++lane) {
            QCOMPARE(index.laneEventCount(lane), fresh.laneEventCount(lane));
            for (const auto &[from, days] : {std::pair{-400, 3000}, {200, 30}, {900, 365}}) {
                const qint64 start = day0 + qint64(from) * kDay;
                const qint64 end = start + qint64(days) * kDay;
                std::vector<int> moved, rebuilt;
                index.eventsInWindow(lane, start, end, {}, moved);
                fresh.eventsInWindow(lane, start, end, {}, rebuilt);
                // The same events, and within a class in the same order.
                QCOMPARE(moved, rebuilt);
                QCOMPARE(index.candidatesInWindow(lane, start, end),
                         fresh.candidatesInWindow(lane, start, end));
            }
        }
    }
    QVERIFY(followed > edits / 2); // most edits were followed, not rebuilt
}

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "tst_timelineindex.moc"

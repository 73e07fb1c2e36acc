#include "timescale.h"

#include <QTest>

using namespace TimeScale;

class TestTimeScale : public QObject
{
    Q_OBJECT
private slots:
    void dayStartIsUtcMidnight_data();
    void dayStartIsUtcMidnight();
    void dayOfRoundsTowardsThePast();
    void endsMapToTheEdges();
    void roundTrip_data();
    void roundTrip();
};

void TestTimeScale::dayStartIsUtcMidnight_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("epoch") << QDate(1970, 1, 1);
    QTest::newRow("before epoch") << QDate(1969, 12, 31);
    QTest::newRow("BST summer") << QDate(2017, 8, 3);
    QTest::newRow("clocks go forward") << QDate(2018, 3, 25);
    QTest::newRow("leap day") << QDate(2016, 2, 29);
    QTest::newRow("early") << QDate(1600, 1, 1);
    QTest::newRow("late") << QDate(2399, 12, 31);
}

void TestTimeScale::dayStartIsUtcMidnight()
{
    QFETCH(QDate, day);
    QCOMPARE(dayStart(day), day.startOfDay(Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(dayEnd(day), dayStart(day.addDays(1)));
    QCOMPARE(dayOf(dayStart(day)), day);
    QCOMPARE(dayOf(dayEnd(day) - 1), day);
    QCOMPARE(dayOf(dayStart(day) + kDay / 2), day);
}

void TestTimeScale::dayOfRoundsTowardsThePast()
{
    QCOMPARE(dayOf(-1), QDate(1969, 12, 31));
    QCOMPARE(dayOf(-kDay), QDate(1969, 12, 31));
    QCOMPARE(dayOf(-kDay - 1), QDate(1969, 12, 30));
    QCOMPARE(dayStart(QDate()), 0);
}

void TestTimeScale::endsMapToTheEdges()
{
    const qint64 start = dayStart(QDate(2014, 1, 1));
    const qint64 end = dayStart(QDate(2019, 1, 1));
    QCOMPARE(timeToPixel(start, start, end, 160, 1440), 160.0);
    QCOMPARE(timeToPixel(end, start, end, 160, 1440), 1600.0);
    QCOMPARE(timeToPixel(start + (end - start) / 2, start, end, 160, 1440), 880.0);
    QCOMPARE(pixelToTime(160, start, end, 160, 1440), start);
    QCOMPARE(pixelToTime(1600, start, end, 160, 1440), end);
    // Times outside the range extrapolate rather than clamp: bars can start off-screen.
    QVERIFY(timeToPixel(start - kDay, start, end, 160, 1440) < 160);
    // A degenerate range or width does not divide by zero.
    QCOMPARE(timeToPixel(start, start, start, 10, 100), 10.0);
    QCOMPARE(pixelToTime(50, start, end, 10, 0), start);
}

void TestTimeScale::roundTrip_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<double>("x0");
    QTest::addColumn<double>("width");
    const qint64 y2017 = dayStart(QDate(2017, 1, 1));
    QTest::newRow("one day, 1600 px") << y2017 << y2017 + kDay << 0.0 << 1600.0;
    QTest::newRow("one week") << y2017 << y2017 + 7 * kDay << 160.0 << 1440.0;
    QTest::newRow("one year") << y2017 << dayStart(QDate(2018, 1, 1)) << 160.0 << 1440.0;
    QTest::newRow("five years") << dayStart(QDate(2014, 1, 1)) << dayStart(QDate(2019, 1, 1))
                                << 200.0 << 1400.0;
    QTest::newRow("400 years, narrow")
        << dayStart(QDate(1800, 1, 1)) << dayStart(QDate(2200, 1, 1)) << 0.0 << 90.0;
    QTest::newRow("before the epoch")
        << dayStart(QDate(1900, 6, 1)) << dayStart(QDate(1960, 1, 1)) << 12.5 << 777.0;
    QTest::newRow("odd milliseconds") << qint64(1234567) << qint64(1234567 + 999) << 0.0 << 3.0;
}

void TestTimeScale::roundTrip()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(double, x0);
    QFETCH(double, width);
    const double msPerPixel = double(end - start) / width;
    for (int i = 0; i <= 100; ++i) {
        // time -> pixel -> time comes back to within half a millisecond (rounding)...
        const qint64 t = start + (end - start) * i / 100 + (i % 7) * 13;
        const double x = timeToPixel(t, start, end, x0, width);
        QVERIFY2(std::abs(pixelToTime(x, start, end, x0, width) - t) <= 1,
                 qPrintable(QString::number(t)));
        // ...and pixel -> time -> pixel to within the width of one millisecond.
        const double px = x0 + width * i / 100.0 + 0.37;
        const qint64 tx = pixelToTime(px, start, end, x0, width);
        QVERIFY(std::abs(timeToPixel(tx, start, end, x0, width) - px) <= 0.5 / msPerPixel + 1e-9);
    }
}

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"

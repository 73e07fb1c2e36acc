#include "axisticks.h"
#include "timescale.h"

#include <QTest>

using TimeScale::dayStart;
using Unit = AxisTicks::Unit;

class TestAxisTicks : public QObject
{
    Q_OBJECT
private slots:
    void unitFollowsZoom_data();
    void unitFollowsZoom();
    void labelsNeverCollide_data();
    void labelsNeverCollide();
    void minorTicksAreFinerAndSkipMajors();
    void emptyForDegenerateInput();
};

void TestAxisTicks::unitFollowsZoom_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<double>("width");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("labels");  // the first major labels
    QTest::addColumn<QStringList>("context"); // every context label

    QTest::newRow("10 years: years")
        << QDate(2010, 1, 1) << QDate(2020, 1, 1) << 1440.0 << int(Unit::Year) << 1
        << QStringList{u"2010"_qs, u"2011"_qs, u"2012"_qs} << QStringList{};
    QTest::newRow("200 years: 20 years")
        << QDate(1850, 7, 1) << QDate(2050, 7, 1) << 1440.0 << int(Unit::Year) << 20
        << QStringList{u"1860"_qs, u"1880"_qs} << QStringList{};
    QTest::newRow("4 years: quarters")
        << QDate(2015, 11, 20) << QDate(2019, 11, 20) << 1440.0 << int(Unit::Quarter) << 1
        << QStringList{u"Q1"_qs, u"Q2"_qs, u"Q3"_qs, u"Q4"_qs, u"Q1"_qs}
        << QStringList{u"2015"_qs, u"2016"_qs, u"2017"_qs, u"2018"_qs, u"2019"_qs};
    QTest::newRow("18 months, 1440 px: quarters")
        << QDate(2017, 1, 1) << QDate(2018, 7, 1) << 1440.0 << int(Unit::Quarter) << 1
        << QStringList{u"Q1"_qs, u"Q2"_qs, u"Q3"_qs, u"Q4"_qs, u"Q1"_qs}
        << QStringList{u"2017"_qs, u"2018"_qs};
    QTest::newRow("18 months, 1600 px: months")
        << QDate(2017, 5, 15) << QDate(2018, 11, 15) << 1600.0 << int(Unit::Month) << 1
        << QStringList{u"June"_qs, u"July"_qs, u"Aug"_qs, u"Sept"_qs, u"Oct"_qs}
        << QStringList{u"2017"_qs, u"2018"_qs};
    QTest::newRow("2 months: weeks from Monday")
        << QDate(2017, 8, 1) << QDate(2017, 10, 1) << 1440.0 << int(Unit::Week) << 1
        << QStringList{u"7 Aug"_qs, u"14 Aug"_qs, u"21 Aug"_qs, u"28 Aug"_qs, u"4 Sept"_qs}
        << QStringList{u"August 2017"_qs, u"September 2017"_qs};
    QTest::newRow("10 days: days")
        << QDate(2017, 8, 28) << QDate(2017, 9, 7) << 1440.0 << int(Unit::Day) << 1
        << QStringList{u"Mon 28 Aug"_qs, u"Tue 29 Aug"_qs, u"Wed 30 Aug"_qs, u"Thu 31 Aug"_qs,
                       u"Fri 1 Sept"_qs, u"Sat 2 Sept"_qs, u"Sun 3 Sept"_qs}
        << QStringList{u"August 2017"_qs, u"September 2017"_qs};
    QTest::newRow("one day") << QDate(2016, 2, 29) << QDate(2016, 3, 1) << 1600.0 << int(Unit::Day)
                             << 1 << QStringList{u"Mon 29 Feb"_qs, u"Tue 1 Mar"_qs}
                             << QStringList{u"February 2016"_qs};
    QTest::newRow("narrow strip: decades")
        << QDate(1990, 1, 1) << QDate(2030, 1, 1) << 400.0 << int(Unit::Year) << 10
        << QStringList{u"1990"_qs, u"2000"_qs, u"2010"_qs, u"2020"_qs, u"2030"_qs} << QStringList{};
}

void TestAxisTicks::unitFollowsZoom()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(double, width);
    QFETCH(int, unit);
    QFETCH(int, step);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, context);

    const AxisTicks ticks = AxisTicks::generate(dayStart(from), dayStart(to), width);
    QCOMPARE(int(ticks.unit), unit);
    QCOMPARE(ticks.step, step);
    QVERIFY(ticks.major.size() >= labels.size());
    for (int i = 0; i < labels.size(); ++i)
        QCOMPARE(ticks.major.at(i).label, labels.at(i));
    QStringList contextLabels;
    for (const AxisTicks::Tick &tick : ticks.context)
        contextLabels << tick.label;
    QCOMPARE(contextLabels, context);
    // Every major tick opens a period at 00:00 UTC within the range.
    for (const AxisTicks::Tick &tick : ticks.major) {
        QVERIFY(tick.time >= dayStart(from) && tick.time <= dayStart(to));
        QCOMPARE(tick.time % TimeScale::kDay, 0);
    }
    // The first context period holds the start of the range.
    if (!ticks.context.isEmpty())
        QVERIFY(ticks.context.first().time <= dayStart(from));
}

void TestAxisTicks::labelsNeverCollide_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<double>("width");
    for (const double width : {90.0, 400.0, 1440.0, 3000.0}) {
        for (qint64 span = TimeScale::kDay; span <= 400LL * 366 * TimeScale::kDay;
             span = span * 3 / 2) {
            QTest::addRow("%lld days in %g px", span / TimeScale::kDay, width) << span << width;
        }
    }
}

void TestAxisTicks::labelsNeverCollide()
{
    QFETCH(qint64, span);
    QFETCH(double, width);
    const qint64 start = dayStart(QDate(1801, 3, 17)) + 5 * 3600 * 1000;
    const double minSpacing = 80;
    const AxisTicks ticks = AxisTicks::generate(start, start + span, width, minSpacing);
    QVERIFY(!ticks.major.isEmpty() || span * 1.0 / TimeScale::kDay < 400 * 365);
    const bool coarsest = ticks.unit == Unit::Year && ticks.step == 100;
    for (int i = 1; i < ticks.major.size(); ++i) {
        const double dx =
            TimeScale::timeToPixel(ticks.major.at(i).time, start, start + span, 0, width) -
            TimeScale::timeToPixel(ticks.major.at(i - 1).time, start, start + span, 0, width);
        QVERIFY2(coarsest || dx >= minSpacing - 1e-9, qPrintable(QString::number(dx)));
    }
}

void TestAxisTicks::minorTicksAreFinerAndSkipMajors()
{
    // One year: quarters labelled, months between them.
    const qint64 start = dayStart(QDate(2017, 1, 1));
    const qint64 end = dayStart(QDate(2018, 1, 1));
    const AxisTicks ticks = AxisTicks::generate(start, end, 500);
    QCOMPARE(ticks.unit, Unit::Quarter);
    QCOMPARE(ticks.major.size(), 5); // Q1 2017 .. Q1 2018 (the end is included)
    QCOMPARE(ticks.minor.size(), 8); // the other months
    QCOMPARE(ticks.minor.first(), dayStart(QDate(2017, 2, 1)));
    for (const qint64 t : ticks.minor) {
        for (const AxisTicks::Tick &major : ticks.major)
            QVERIFY(major.time != t);
    }
    // Too tight for minor ticks: none at all.
    QVERIFY(AxisTicks::generate(start, end, 500, 80, 60).minor.isEmpty());
}

void TestAxisTicks::emptyForDegenerateInput()
{
    QVERIFY(AxisTicks::generate(100, 100, 500).major.isEmpty());
    QVERIFY(AxisTicks::generate(200, 100, 500).major.isEmpty());
    QVERIFY(AxisTicks::generate(0, TimeScale::kDay, 0).major.isEmpty());
}

QTEST_GUILESS_MAIN(TestAxisTicks)
#include "tst_axisticks.moc"

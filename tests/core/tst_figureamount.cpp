// A figure's value written as en-GB writes it, as precisely as its step says; the unit and
// qualifier names the annotation corpus uses, both ways.
#include "figureamount.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Unit = FigureAmount::Unit;
using Qualifier = FigureAmount::Qualifier;

class tst_FigureAmount : public QObject
{
    Q_OBJECT

private slots:
    void formatAmount_data();
    void formatAmount();
    void formatFigure_data();
    void formatFigure();
    void names();
};

void tst_FigureAmount::formatAmount_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<qint64>("step");
    QTest::addColumn<QString>("expected");

    constexpr qint64 pound = 100;
    constexpr qint64 million = 100000000;
    QTest::newRow("£1.3m") << 13 * million / 10 << Unit::GBP << million / 10 << u"£1.3m"_s;
    QTest::newRow("£399m") << 399 * million << Unit::GBP << million << u"£399m"_s;
    QTest::newRow("£400m, to the hundred million")
        << 400 * million << Unit::GBP << 100 * million << u"£400m"_s;
    QTest::newRow("£30bn") << 30000 * million << Unit::GBP << 10000 * million << u"£30bn"_s;
    QTest::newRow("£2.5bn") << 2500 * million << Unit::GBP << 100 * million << u"£2.5bn"_s;
    QTest::newRow("£1.25m") << 125 * million / 100 << Unit::GBP << million / 100 << u"£1.25m"_s;
    QTest::newRow("£130,000") << 130000 * pound << Unit::GBP << 10000 * pound << u"£130,000"_s;
    QTest::newRow("£875,000") << 875000 * pound << Unit::GBP << 1000 * pound << u"£875,000"_s;
    QTest::newRow("exact millions in full")
        << 1234567 * pound << Unit::GBP << pound << u"£1,234,567"_s;
    QTest::newRow("a million to the pound") << million << Unit::GBP << pound << u"£1,000,000"_s;
    QTest::newRow("pence") << qint64(142137) << Unit::GBP << qint64(1) << u"£1,421.37"_s;
    QTest::newRow("whole pounds with a penny step")
        << qint64(250) << Unit::GBP << qint64(1) << u"£2.50"_s;
    QTest::newRow("zero") << qint64(0) << Unit::GBP << pound << u"£0"_s;
    QTest::newRow("negative") << -5 * million << Unit::GBP << million << u"-£5m"_s;
    QTest::newRow("4.0 FTE") << qint64(400) << Unit::FTE << qint64(10) << u"4.0 FTE"_s;
    QTest::newRow("4 FTE") << qint64(400) << Unit::FTE << qint64(100) << u"4 FTE"_s;
    QTest::newRow("4.25 FTE") << qint64(425) << Unit::FTE << qint64(1) << u"4.25 FTE"_s;
    QTest::newRow("52%") << qint64(5200) << Unit::Percent << qint64(100) << u"52%"_s;
    QTest::newRow("3.99%") << qint64(399) << Unit::Percent << qint64(1) << u"3.99%"_s;
    QTest::newRow("step coarser than the digits")
        << qint64(5250) << Unit::Percent << qint64(100) << u"52.5%"_s;
    QTest::newRow("people") << qint64(1900) << Unit::People << qint64(100) << u"1,900 people"_s;
    QTest::newRow("beds") << qint64(12) << Unit::Beds << qint64(1) << u"12 beds"_s;
    QTest::newRow("one bed") << qint64(1) << Unit::Beds << qint64(1) << u"1 bed"_s;
}

void tst_FigureAmount::formatAmount()
{
    QFETCH(qint64, amount);
    QFETCH(Unit, unit);
    QFETCH(qint64, step);
    QFETCH(QString, expected);
    QCOMPARE(FigureAmount::format(amount, unit, step), expected);
}

void tst_FigureAmount::formatFigure_data()
{
    QTest::addColumn<FigureAmount>("figure");
    QTest::addColumn<QString>("expected");

    FigureAmount about;
    about.amount = 130000000;
    about.step = 10000000;
    about.qualifier = Qualifier::About;
    about.approximate = true;
    QTest::newRow("about") << about << u"about £1.3m"_s;

    FigureAmount range;
    range.amount = 4000000000;
    range.amountTo = 5000000000;
    range.step = 1000000000;
    QTest::newRow("range") << range << u"£40m\u2013£50m"_s;

    FigureAmount estimate;
    estimate.amount = 87500000;
    estimate.step = 100000;
    estimate.approximate = true;
    QTest::newRow("estimate") << estimate << u"c. £875,000"_s;

    FigureAmount people;
    people.unit = Unit::People;
    people.amount = 1900;
    people.step = 100;
    people.qualifier = Qualifier::MoreThan;
    QTest::newRow("more than") << people << u"more than 1,900 people"_s;
}

void tst_FigureAmount::formatFigure()
{
    QFETCH(FigureAmount, figure);
    QFETCH(QString, expected);
    QCOMPARE(FigureAmount::format(figure), expected);
}

void tst_FigureAmount::names()
{
    for (Unit unit : {Unit::GBP, Unit::FTE, Unit::Percent, Unit::People, Unit::Beds})
        QCOMPARE(FigureAmount::unitFromName(FigureAmount::unitName(unit)), unit);
    for (Qualifier q : {Qualifier::None, Qualifier::About, Qualifier::UpTo, Qualifier::MoreThan,
                        Qualifier::AtLeast, Qualifier::LessThan})
        QCOMPARE(FigureAmount::qualifierFromName(FigureAmount::qualifierName(q)), q);
    QCOMPARE(FigureAmount::unitName(Unit::Percent), u"percent"_s);
    QCOMPARE(FigureAmount::qualifierName(Qualifier::UpTo), u"up to"_s);
    QVERIFY(!FigureAmount::unitFromName(u"EUR"));
    QVERIFY(!FigureAmount::qualifierFromName(u"roughly"));
}

QTEST_GUILESS_MAIN(tst_FigureAmount)
#include "tst_figureamount.moc"

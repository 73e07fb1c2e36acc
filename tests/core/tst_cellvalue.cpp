#include "cellvalue.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_CellValue : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void serialDate_data();
    void serialDate();
};

void tst_CellValue::number_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << 0.0 << u"0"_s;
    QTest::newRow("integer") << 2017.0 << u"2017"_s;
    QTest::newRow("large integer, no exponent") << 1000000.0 << u"1000000"_s;
    QTest::newRow("date-like number") << 20170803.0 << u"20170803"_s;
    QTest::newRow("fraction") << 1.5 << u"1.5"_s;
    QTest::newRow("shortest") << 0.1 << u"0.1"_s;
    QTest::newRow("negative") << -2.25 << u"-2.25"_s;
    QTest::newRow("tiny") << 1e-9 << u"1e-09"_s;
}

void tst_CellValue::number()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(CellValue::number(value), text);
}

void tst_CellValue::serialDate_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");

    QTest::newRow("1900: 3 Aug 2017") << 42950.0 << false << u"2017-08-03"_s;
    QTest::newRow("1904: 3 Aug 2017") << 41488.0 << true << u"2017-08-03"_s;
    QTest::newRow("1900: day 1") << 1.0 << false << u"1900-01-01"_s;
    QTest::newRow("1900: before the false leap day") << 59.0 << false << u"1900-02-28"_s;
    QTest::newRow("1900: the false leap day") << 60.0 << false << u"1900-02-28"_s;
    QTest::newRow("1900: after it") << 61.0 << false << u"1900-03-01"_s;
    QTest::newRow("1904: day 0") << 0.0 << true << u"1904-01-01"_s;
    QTest::newRow("time of day") << 43101.5 << false << u"2018-01-01T12:00"_s;
    QTest::newRow("minutes rounded")
        << 43101.0 + (10 * 60 + 30) / 1440.0 + 1e-7 << false << u"2018-01-01T10:30"_s;
    QTest::newRow("rounds up to the next day") << 43101.9999999 << false << u"2018-01-02"_s;
    QTest::newRow("time alone") << 0.75 << false << u"18:00"_s;
    QTest::newRow("last day") << 2958465.0 << false << u"9999-12-31"_s;
    QTest::newRow("beyond the last day") << 2958466.0 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
}

void tst_CellValue::serialDate()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(CellValue::serialDate(serial, date1904), text);
}

QTEST_GUILESS_MAIN(tst_CellValue)
#include "tst_cellvalue.moc"

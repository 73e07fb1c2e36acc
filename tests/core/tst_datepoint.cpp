#include "datepoint.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Precision = DatePoint::Precision;

// Readable failures: QCOMPARE prints points through this.
char *toString(const DatePoint &point)
{
    const QString text =
        point.isValid() ? u"%1 [%2, %3]"_s.arg(point.label(), point.first().toString(Qt::ISODate),
                                               point.last().toString(Qt::ISODate))
                        : u"invalid"_s;
    return qstrdup(text.toUtf8().constData());
}

class tst_DatePoint : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void factories_data();
    void factories();
    void roundTrip_data();
    void roundTrip();
    void isoDay_data();
    void isoDay();
    void precisionName();
};

void tst_DatePoint::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("shortLabel");

    auto row = [](const char *name, const QString &text, Precision precision, QDate first,
                  QDate last, const QString &label, const QString &shortLabel) {
        QTest::newRow(name) << text << precision << first << last << label << shortLabel;
    };
    const QDate aug3(2017, 8, 3);
    row("day", u"3 August 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s, u"3 Aug 2017"_s);
    row("day abbreviated", u"3 Aug 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day with dot", u"3 Aug. 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day ordinal", u"3rd August 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day zero padded", u"03 August 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day upper case", u"3 AUGUST 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day comma", u"3 August, 2017"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("day extra spaces", u"  3   August\t2017 "_s, Precision::Day, aug3, aug3,
        u"3 August 2017"_s, u"3 Aug 2017"_s);
    row("day non-breaking space", u"3\u00A0August\u00A02017"_s, Precision::Day, aug3, aug3,
        u"3 August 2017"_s, u"3 Aug 2017"_s);
    row("day sept", u"14 Sept 2017"_s, Precision::Day, QDate(2017, 9, 14), QDate(2017, 9, 14),
        u"14 September 2017"_s, u"14 Sept 2017"_s);
    row("day june", u"14 June 2018"_s, Precision::Day, QDate(2018, 6, 14), QDate(2018, 6, 14),
        u"14 June 2018"_s, u"14 June 2018"_s);
    row("iso day", u"2017-08-03"_s, Precision::Day, aug3, aug3, u"3 August 2017"_s,
        u"3 Aug 2017"_s);
    row("iso leap day", u"2016-02-29"_s, Precision::Day, QDate(2016, 2, 29), QDate(2016, 2, 29),
        u"29 February 2016"_s, u"29 Feb 2016"_s);
    row("leap day 2000", u"29 February 2000"_s, Precision::Day, QDate(2000, 2, 29),
        QDate(2000, 2, 29), u"29 February 2000"_s, u"29 Feb 2000"_s);
    row("last day of year", u"31 December 2017"_s, Precision::Day, QDate(2017, 12, 31),
        QDate(2017, 12, 31), u"31 December 2017"_s, u"31 Dec 2017"_s);

    row("month", u"August 2017"_s, Precision::Month, QDate(2017, 8, 1), QDate(2017, 8, 31),
        u"August 2017"_s, u"Aug 2017"_s);
    row("month sept", u"Sept 2017"_s, Precision::Month, QDate(2017, 9, 1), QDate(2017, 9, 30),
        u"September 2017"_s, u"Sept 2017"_s);
    row("month sep", u"Sep 2017"_s, Precision::Month, QDate(2017, 9, 1), QDate(2017, 9, 30),
        u"September 2017"_s, u"Sept 2017"_s);
    row("month lower case", u"october 2014"_s, Precision::Month, QDate(2014, 10, 1),
        QDate(2014, 10, 31), u"October 2014"_s, u"Oct 2014"_s);
    row("month iso", u"2017-08"_s, Precision::Month, QDate(2017, 8, 1), QDate(2017, 8, 31),
        u"August 2017"_s, u"Aug 2017"_s);
    row("february leap", u"February 2016"_s, Precision::Month, QDate(2016, 2, 1),
        QDate(2016, 2, 29), u"February 2016"_s, u"Feb 2016"_s);
    row("february common", u"February 2017"_s, Precision::Month, QDate(2017, 2, 1),
        QDate(2017, 2, 28), u"February 2017"_s, u"Feb 2017"_s);
    row("february 1900", u"1900-02"_s, Precision::Month, QDate(1900, 2, 1), QDate(1900, 2, 28),
        u"February 1900"_s, u"Feb 1900"_s);
    row("july", u"Jul 2017"_s, Precision::Month, QDate(2017, 7, 1), QDate(2017, 7, 31),
        u"July 2017"_s, u"July 2017"_s);

    row("quarter", u"Q3 2017"_s, Precision::Quarter, QDate(2017, 7, 1), QDate(2017, 9, 30),
        u"Q3 2017"_s, u"Q3 2017"_s);
    row("quarter year first", u"2017 Q1"_s, Precision::Quarter, QDate(2017, 1, 1),
        QDate(2017, 3, 31), u"Q1 2017"_s, u"Q1 2017"_s);
    row("quarter lower case", u"q4 2017"_s, Precision::Quarter, QDate(2017, 10, 1),
        QDate(2017, 12, 31), u"Q4 2017"_s, u"Q4 2017"_s);

    row("spring", u"spring 2017"_s, Precision::Season, QDate(2017, 3, 1), QDate(2017, 5, 31),
        u"spring 2017"_s, u"spring 2017"_s);
    row("summer capital", u"Summer 2017"_s, Precision::Season, QDate(2017, 6, 1),
        QDate(2017, 8, 31), u"summer 2017"_s, u"summer 2017"_s);
    row("autumn", u"autumn 2017"_s, Precision::Season, QDate(2017, 9, 1), QDate(2017, 11, 30),
        u"autumn 2017"_s, u"autumn 2017"_s);
    row("winter", u"winter 2017/18"_s, Precision::Season, QDate(2017, 12, 1), QDate(2018, 2, 28),
        u"winter 2017/18"_s, u"winter 2017/18"_s);
    row("winter long", u"winter 2015/2016"_s, Precision::Season, QDate(2015, 12, 1),
        QDate(2016, 2, 29), u"winter 2015/16"_s, u"winter 2015/16"_s);
    row("winter one year", u"winter 2017"_s, Precision::Season, QDate(2017, 12, 1),
        QDate(2018, 2, 28), u"winter 2017/18"_s, u"winter 2017/18"_s);
    row("winter century", u"winter 1999/00"_s, Precision::Season, QDate(1999, 12, 1),
        QDate(2000, 2, 29), u"winter 1999/00"_s, u"winter 1999/00"_s);

    row("year", u"2017"_s, Precision::Year, QDate(2017, 1, 1), QDate(2017, 12, 31), u"2017"_s,
        u"2017"_s);

    row("financial year", u"2018/19"_s, Precision::FinancialYear, QDate(2018, 4, 1),
        QDate(2019, 3, 31), u"2018/19"_s, u"2018/19"_s);
    row("financial year long", u"2018/2019"_s, Precision::FinancialYear, QDate(2018, 4, 1),
        QDate(2019, 3, 31), u"2018/19"_s, u"2018/19"_s);
    row("financial year FY", u"FY 2018/19"_s, Precision::FinancialYear, QDate(2018, 4, 1),
        QDate(2019, 3, 31), u"2018/19"_s, u"2018/19"_s);
    row("financial year fy", u"fy2018/19"_s, Precision::FinancialYear, QDate(2018, 4, 1),
        QDate(2019, 3, 31), u"2018/19"_s, u"2018/19"_s);
    row("financial year century", u"1999/00"_s, Precision::FinancialYear, QDate(1999, 4, 1),
        QDate(2000, 3, 31), u"1999/00"_s, u"1999/00"_s);
    row("financial year leap", u"2019/20"_s, Precision::FinancialYear, QDate(2019, 4, 1),
        QDate(2020, 3, 31), u"2019/20"_s, u"2019/20"_s);
}

void tst_DatePoint::parse()
{
    QFETCH(QString, text);
    QFETCH(Precision, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    QFETCH(QString, shortLabel);

    QString error;
    const DatePoint point = DatePoint::parse(text, &error);
    QVERIFY2(point.isValid(), qPrintable(error));
    QCOMPARE(point.precision(), precision);
    QCOMPARE(point.first(), first);
    QCOMPARE(point.last(), last);
    QCOMPARE(point.label(), label);
    QCOMPARE(point.shortLabel(), shortLabel);
    QCOMPARE(DatePoint::parse(point.label()), point);
    QCOMPARE(DatePoint::parse(point.shortLabel()), point);
}

void tst_DatePoint::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << u"it is empty"_s;
    QTest::newRow("blank") << u"   "_s << u"it is empty"_s;
    QTest::newRow("30 February") << u"30 February 2017"_s << u"that day does not exist"_s;
    QTest::newRow("iso 30 February") << u"2017-02-30"_s << u"that day does not exist"_s;
    QTest::newRow("not a leap year") << u"29 February 2017"_s << u"that day does not exist"_s;
    QTest::newRow("1900 not a leap year") << u"1900-02-29"_s << u"that day does not exist"_s;
    QTest::newRow("31 April") << u"31 April 2018"_s << u"that day does not exist"_s;
    QTest::newRow("day zero") << u"0 August 2017"_s << u"that day does not exist"_s;
    QTest::newRow("iso month 13") << u"2017-13"_s << u"there is no month 13"_s;
    QTest::newRow("iso month 0") << u"2017-00-01"_s << u"there is no month 0"_s;
    QTest::newRow("iso day 32") << u"2017-01-32"_s << u"that day does not exist"_s;
    QTest::newRow("year zero") << u"0000"_s << u"the year is out of range"_s;
    QTest::newRow("five digit year") << u"20170"_s << u"expected a date"_s;
    QTest::newRow("not a month") << u"Smarch 2017"_s << u"\u201CSmarch\u201D is not a month"_s;
    QTest::newRow("too short month") << u"Ma 2017"_s << u"is not a month"_s;
    QTest::newRow("partial month") << u"Marc 2017"_s << u"is not a month"_s;
    QTest::newRow("month too long") << u"Augustus 2017"_s << u"is not a month"_s;
    QTest::newRow("month without year") << u"August"_s << u"expected a date"_s;
    QTest::newRow("quarter 5") << u"Q5 2017"_s << u"expected a date"_s;
    QTest::newRow("spring two years") << u"spring 2017/18"_s << u"only winter spans two years"_s;
    QTest::newRow("winter wrong years") << u"winter 2017/19"_s << u"only winter spans two years"_s;
    QTest::newRow("financial year gap") << u"2018/20"_s << u"a financial year runs"_s;
    QTest::newRow("financial year backwards") << u"2018/17"_s << u"a financial year runs"_s;
    QTest::newRow("slashed day") << u"03/08/2017"_s << u"expected a date"_s;
    QTest::newRow("words") << u"next year"_s << u"expected a date"_s;
    QTest::newRow("arabic-indic digits") << u"\u0662\u0660\u0661\u0667"_s << u"expected a date"_s;
    QTest::newRow("fullwidth digits") << u"\uFF12\uFF10\uFF11\uFF17-08"_s << u"expected a date"_s;
    QTest::newRow("iso single digit month") << u"2017-8-3"_s << u"expected a date"_s;
    QTest::newRow("trailing text") << u"3 August 2017 onwards"_s << u"expected a date"_s;
}

void tst_DatePoint::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const DatePoint point = DatePoint::parse(text, &error);
    QVERIFY(!point.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(u"is not a date"_s), qPrintable(error));
    QCOMPARE(error.count(u"is not a date"_s), 1);
    QVERIFY(point.label().isEmpty());
}

void tst_DatePoint::factories_data()
{
    QTest::addColumn<DatePoint>("point");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("day") << DatePoint::day(2016, 2, 29) << true << QDate(2016, 2, 29)
                         << QDate(2016, 2, 29);
    QTest::newRow("impossible day") << DatePoint::day(2017, 2, 29) << false << QDate() << QDate();
    QTest::newRow("day from invalid QDate")
        << DatePoint::day(QDate()) << false << QDate() << QDate();
    QTest::newRow("month") << DatePoint::month(2017, 12) << true << QDate(2017, 12, 1)
                           << QDate(2017, 12, 31);
    QTest::newRow("month 13") << DatePoint::month(2017, 13) << false << QDate() << QDate();
    QTest::newRow("quarter 2") << DatePoint::quarter(2018, 2) << true << QDate(2018, 4, 1)
                               << QDate(2018, 6, 30);
    QTest::newRow("quarter 0") << DatePoint::quarter(2018, 0) << false << QDate() << QDate();
    QTest::newRow("quarter 5") << DatePoint::quarter(2018, 5) << false << QDate() << QDate();
    QTest::newRow("winter") << DatePoint::season(2019, DatePoint::Season::Winter) << true
                            << QDate(2019, 12, 1) << QDate(2020, 2, 29);
    QTest::newRow("spring") << DatePoint::season(2019, DatePoint::Season::Spring) << true
                            << QDate(2019, 3, 1) << QDate(2019, 5, 31);
    QTest::newRow("year") << DatePoint::year(2016) << true << QDate(2016, 1, 1)
                          << QDate(2016, 12, 31);
    QTest::newRow("financial year")
        << DatePoint::financialYear(2017) << true << QDate(2017, 4, 1) << QDate(2018, 3, 31);
    QTest::newRow("default") << DatePoint() << false << QDate() << QDate();
}

void tst_DatePoint::factories()
{
    QFETCH(DatePoint, point);
    QFETCH(bool, valid);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    QCOMPARE(point.isValid(), valid);
    QCOMPARE(point.first(), first);
    QCOMPARE(point.last(), last);
}

void tst_DatePoint::roundTrip_data()
{
    QTest::addColumn<DatePoint>("point");

    // Every precision over years that test century, leap and padding edges.
    for (int year : {999, 1999, 2000, 2016, 2017, 2099, 9998}) {
        for (int month = 1; month <= 12; ++month) {
            QTest::addRow("%d month %d", year, month) << DatePoint::month(year, month);
            QTest::addRow("%d last day of %d", year, month)
                << DatePoint::day(QDate(year, month, 1).addMonths(1).addDays(-1));
        }
        for (int q = 1; q <= 4; ++q)
            QTest::addRow("%d Q%d", year, q) << DatePoint::quarter(year, q);
        for (int s = 0; s < 4; ++s)
            QTest::addRow("%d season %d", year, s) << DatePoint::season(year, DatePoint::Season(s));
        QTest::addRow("%d year", year) << DatePoint::year(year);
        QTest::addRow("%d financial year", year) << DatePoint::financialYear(year);
    }
}

void tst_DatePoint::roundTrip()
{
    QFETCH(DatePoint, point);

    QVERIFY(point.isValid());
    QString error;
    QCOMPARE(DatePoint::parse(point.label(), &error), point);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(DatePoint::parse(point.shortLabel(), &error), point);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_DatePoint::isoDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("day") << u"2017-08-03"_s << QDate(2017, 8, 3);
    QTest::newRow("leap day") << u"2016-02-29"_s << QDate(2016, 2, 29);
    QTest::newRow("not a leap day") << u"2017-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2017-13-01"_s << QDate();
    QTest::newRow("day 00") << u"2017-01-00"_s << QDate();
    QTest::newRow("month only") << u"2017-08"_s << QDate();
    QTest::newRow("letters") << u"2017-0a-03"_s << QDate();
    QTest::newRow("slashes") << u"2017/08/03"_s << QDate();
    QTest::newRow("trailing space") << u"2017-08-03 "_s << QDate();
    QTest::newRow("year zero") << u"0000-01-01"_s << QDate();
}

void tst_DatePoint::isoDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);

    const DatePoint point = DatePoint::fromIsoDay(text);
    QCOMPARE(point.isValid(), date.isValid());
    QCOMPARE(point.first(), date);
    if (date.isValid())
        QCOMPARE(point, DatePoint::parse(text));
}

void tst_DatePoint::precisionName()
{
    QCOMPARE(DatePoint::precisionName(Precision::Day), u"day"_s);
    QCOMPARE(DatePoint::precisionName(Precision::Month), u"month"_s);
    QCOMPARE(DatePoint::precisionName(Precision::Quarter), u"quarter"_s);
    QCOMPARE(DatePoint::precisionName(Precision::Season), u"season"_s);
    QCOMPARE(DatePoint::precisionName(Precision::Year), u"year"_s);
    QCOMPARE(DatePoint::precisionName(Precision::FinancialYear), u"financial-year"_s);
}

QTEST_GUILESS_MAIN(tst_DatePoint)
#include "tst_datepoint.moc"

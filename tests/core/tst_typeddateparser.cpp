#include "typeddateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TypedDateParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void labelParsesBack_data();
    void labelParsesBack();
    void note_data();
    void note();
};

void tst_TypedDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("approximate");

    const auto row = [](const char *text, const char *precision, QDate first, QDate last,
                        bool approximate = false) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(precision) << first
                            << last << approximate;
    };
    const auto day = [](int y, int m, int d) { return QDate(y, m, d); };

    // Day first, as typed in the UK.
    row("03/08/2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("12/03/2019", "day", day(2019, 3, 12), day(2019, 3, 12));
    row("3/8/2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("3.8.17", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("03/08/17", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("03-08-2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("14/06/98", "day", day(1998, 6, 14), day(1998, 6, 14));
    row("29/02/2016", "day", day(2016, 2, 29), day(2016, 2, 29));
    row("2017/08/03", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("2017-08-03", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("2017-08-03T10:00", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("2017-08-03 10:00:00", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("08/2017", "month", day(2017, 8, 1), day(2017, 8, 31));
    // Names, and Excel's own displays.
    row("3 Aug 2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("3rd August 2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("03-Aug-2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("3-Aug-17", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("August 3, 2017", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("Sept 2017", "month", day(2017, 9, 1), day(2017, 9, 30));
    row("sept 2017", "month", day(2017, 9, 1), day(2017, 9, 30));
    row("August 2017", "month", day(2017, 8, 1), day(2017, 8, 31));
    row("Aug-17", "month", day(2017, 8, 1), day(2017, 8, 31));
    row("2017-08", "month", day(2017, 8, 1), day(2017, 8, 31));
    row("2017", "year", day(2017, 1, 1), day(2017, 12, 31));
    row("  2017  ", "year", day(2017, 1, 1), day(2017, 12, 31));
    // Quarters and financial years.
    row("Q3 2019", "quarter", day(2019, 7, 1), day(2019, 9, 30));
    row("Q3 2019/20", "quarter", day(2019, 10, 1), day(2019, 12, 31));
    row("Q1 2019/20", "quarter", day(2019, 4, 1), day(2019, 6, 30));
    row("Q4 2019/20", "quarter", day(2020, 1, 1), day(2020, 3, 31));
    row("2019/20 Q3", "quarter", day(2019, 10, 1), day(2019, 12, 31));
    row("Q3 2019-20", "quarter", day(2019, 10, 1), day(2019, 12, 31));
    row("2018/19", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("2018-19", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("2018/2019", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("FY18/19", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("FY 2018-19", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("FY 2018/19", "financial-year", day(2018, 4, 1), day(2019, 3, 31));
    row("2018-12", "month", day(2018, 12, 1), day(2018, 12, 31));
    // Seasons.
    row("spring 2017", "season", day(2017, 3, 1), day(2017, 5, 31));
    row("Spring 2017", "season", day(2017, 3, 1), day(2017, 5, 31));
    row("winter 2017", "season", day(2017, 12, 1), day(2018, 2, 28));
    // Ranges in one cell.
    row("Sept 2017 \u2013 Mar 2018", "range", day(2017, 9, 1), day(2018, 3, 31));
    row("Sept 2017 - Mar 2018", "range", day(2017, 9, 1), day(2018, 3, 31));
    row("3\u20135 Aug 2017", "range", day(2017, 8, 3), day(2017, 8, 5));
    row("3-5 Aug 2017", "range", day(2017, 8, 3), day(2017, 8, 5));
    row("Aug\u2013Sept 2017", "range", day(2017, 8, 1), day(2017, 9, 30));
    row("3 Aug \u2013 5 Sept 2017", "range", day(2017, 8, 3), day(2017, 9, 5));
    row("2017 to 2018", "range", day(2017, 1, 1), day(2018, 12, 31));
    row("2017-2018", "range", day(2017, 1, 1), day(2018, 12, 31));
    row("03/08/2017 \u2013 05/08/2017", "range", day(2017, 8, 3), day(2017, 8, 5));
    row("03/08/2017 to Sept 2017", "range", day(2017, 8, 3), day(2017, 9, 30));
    // Hedges.
    row("c. 2016", "year", day(2016, 1, 1), day(2016, 12, 31), true);
    row("about Sept 2017", "month", day(2017, 9, 1), day(2017, 9, 30), true);
    row("c. 03/08/2017", "day", day(2017, 8, 3), day(2017, 8, 3), true);
    row("circa 2018/19", "financial-year", day(2018, 4, 1), day(2019, 3, 31), true);
    row("2017?", "year", day(2017, 1, 1), day(2017, 12, 31), true);
    row("by June 2018", "by", QDate(), day(2018, 6, 30));
    // Excel serial numbers, 1900 base.
    row("42950", "day", day(2017, 8, 3), day(2017, 8, 3));
    row("10000", "day", day(1927, 5, 18), day(1927, 5, 18));
    row("43265", "day", day(2018, 6, 14), day(2018, 6, 14));
}

void tst_TypedDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, approximate);

    QString error;
    const EventDate date = TypedDateParser::parse(text, &error);
    QVERIFY2(date.isValid(), qPrintable(error));
    QCOMPARE(date.precisionName(), precision);
    QCOMPARE(date.earliest(), first);
    QCOMPARE(date.latest(), last);
    QCOMPARE(date.isApproximate(), approximate);
}

void tst_TypedDateParser::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString() << u"\u201C\u201D is not a date: it is empty"_s;
    QTest::newRow("blank") << u"   "_s << u"it is empty"_s;
    QTest::newRow("no month 13") << u"32/13/2017"_s
                                 << u"\u201C32/13/2017\u201D is not a date: there is no month 13"_s;
    QTest::newRow("month-first US") << u"08/13/2017"_s << u"there is no month 13"_s;
    QTest::newRow("month 13 of a year") << u"13/2017"_s << u"there is no month 13"_s;
    QTest::newRow("31 June") << u"31/06/2017"_s << u"that day does not exist"_s;
    QTest::newRow("29 Feb not leap") << u"29/02/2017"_s << u"that day does not exist"_s;
    QTest::newRow("financial not next year") << u"2018/20"_s << u"financial year"_s;
    QTest::newRow("FY not next year") << u"FY18/20"_s << u"financial year"_s;
    QTest::newRow("quarter of a bad financial year") << u"Q3 2019/21"_s << u"financial year"_s;
    QTest::newRow("not a month") << u"3 Fob 2017"_s << u"is not a month"_s;
    QTest::newRow("serial too small") << u"09999"_s << u"Excel date"_s;
    QTest::newRow("a small number") << u"9999"_s << u"year is out of range"_s;
    QTest::newRow("serial too large") << u"2958466"_s << u"Excel date"_s;
    QTest::newRow("serial past 9998") << u"2958465"_s << u"year is out of range"_s;
    QTest::newRow("words") << u"next Tuesday"_s << u"expected a date"_s;
    QTest::newRow("range backwards") << u"Mar 2018 \u2013 Sept 2017"_s << u"ends before"_s;
    QTest::newRow("days backwards") << u"5\u20133 Aug 2017"_s << u"ends before"_s;
    QTest::newRow("hedge alone") << u"c."_s << u"is not a date"_s;
    QTest::newRow("decimal") << u"42950.5"_s << u"expected a date"_s;
    QTest::newRow("year zero") << u"03/08/0000"_s << u"year is out of range"_s;
}

void tst_TypedDateParser::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    QString error;
    const EventDate date = TypedDateParser::parse(text, &error);
    QVERIFY2(!date.isValid(), qPrintable(date.label()));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_TypedDateParser::labelParsesBack_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"03/08/2017", "Q3 2019/20", "3\u20135 Aug 2017", "Aug\u2013Sept 2017", "c. 2016", "42950",
          "FY18/19", "2017-2018", "c. 03/08/2017 (planned)", "winter 2017"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

// What is read is written by label() in a form that reads back to the same date.
void tst_TypedDateParser::labelParsesBack()
{
    QFETCH(QString, text);
    const EventDate date = TypedDateParser::parse(text);
    QVERIFY(date.isValid());
    QCOMPARE(TypedDateParser::parse(date.label()), date);
    QCOMPARE(EventDate::parse(date.label()), date);
}

void tst_TypedDateParser::note_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("note");
    QTest::newRow("time") << u"2017-08-03T10:00"_s << u"the time of day 10:00"_s;
    QTest::newRow("financial quarter") << u"Q3 2019/20"_s << u"the financial quarter Q3 2019/20"_s;
    QTest::newRow("day") << u"03/08/2017"_s << QString();
    QTest::newRow("calendar quarter") << u"Q3 2019"_s << QString();
}

void tst_TypedDateParser::note()
{
    QFETCH(QString, text);
    QFETCH(QString, note);
    QString got = u"stale"_s;
    QVERIFY(TypedDateParser::parse(text, nullptr, &got).isValid());
    QCOMPARE(got, note);
}

QTEST_GUILESS_MAIN(tst_TypedDateParser)
#include "tst_typeddateparser.moc"

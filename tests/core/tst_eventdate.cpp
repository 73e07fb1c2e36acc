#include "eventdate.h"

#include <QTest>

using namespace Qt::StringLiterals;

char *toString(const EventDate &date)
{
    const QString text =
        date.isValid() ? u"%1 [%2, %3]"_s.arg(date.label(), date.first().toString(Qt::ISODate),
                                              date.last().toString(Qt::ISODate))
                       : u"invalid"_s;
    return qstrdup(text.toUtf8().constData());
}

namespace {

EventDate date(const QString &text)
{
    QString error;
    const EventDate parsed = EventDate::parse(text, &error);
    if (!parsed.isValid())
        qWarning("%s", qPrintable(error));
    return parsed;
}

} // namespace

class tst_EventDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip_data();
    void roundTrip();
    void fromDays_data();
    void fromDays();
    void ordering_data();
    void ordering();
    void overlapsAndContains_data();
    void overlapsAndContains();
    void containsDay_data();
    void containsDay();
    void openEnded_data();
    void openEnded();
    void openEndedInvalid_data();
    void openEndedInvalid();
    void openEndedOrdering_data();
    void openEndedOrdering();
    void wording_data();
    void wording();
};

void tst_EventDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<bool>("planned");
    QTest::addColumn<QString>("label");

    auto row = [](const char *name, const QString &text, const QString &precision, QDate first,
                  QDate last, bool approximate, bool planned, const QString &label) {
        QTest::newRow(name) << text << precision << first << last << approximate << planned
                            << label;
    };
    const QDate aug3(2017, 8, 3);
    row("day", u"3 August 2017"_s, u"day"_s, aug3, aug3, false, false, u"3 August 2017"_s);
    row("iso day", u"2017-08-03"_s, u"day"_s, aug3, aug3, false, false, u"3 August 2017"_s);
    row("iso day padded", u" 2017-08-03 "_s, u"day"_s, aug3, aug3, false, false,
        u"3 August 2017"_s);
    row("iso leap day", u"2016-02-29"_s, u"day"_s, QDate(2016, 2, 29), QDate(2016, 2, 29), false,
        false, u"29 February 2016"_s);
    row("month", u"October 2014"_s, u"month"_s, QDate(2014, 10, 1), QDate(2014, 10, 31), false,
        false, u"October 2014"_s);
    row("quarter", u"Q2 2018"_s, u"quarter"_s, QDate(2018, 4, 1), QDate(2018, 6, 30), false, false,
        u"Q2 2018"_s);
    row("season", u"spring 2017"_s, u"season"_s, QDate(2017, 3, 1), QDate(2017, 5, 31), false,
        false, u"spring 2017"_s);
    row("year", u"2016"_s, u"year"_s, QDate(2016, 1, 1), QDate(2016, 12, 31), false, false,
        u"2016"_s);
    row("financial year", u"2018/19"_s, u"financial-year"_s, QDate(2018, 4, 1), QDate(2019, 3, 31),
        false, false, u"2018/19"_s);

    row("c.", u"c. September 2017"_s, u"month"_s, QDate(2017, 9, 1), QDate(2017, 9, 30), true,
        false, u"c. September 2017"_s);
    row("c. without space", u"c.2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true,
        false, u"c. 2017"_s);
    row("around", u"around spring 2017"_s, u"season"_s, QDate(2017, 3, 1), QDate(2017, 5, 31), true,
        false, u"c. spring 2017"_s);
    row("Around", u"Around 2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true, false,
        u"c. 2017"_s);
    row("about", u"about August 2017"_s, u"month"_s, QDate(2017, 8, 1), QDate(2017, 8, 31), true,
        false, u"c. August 2017"_s);
    row("approximately", u"approximately 2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31),
        true, false, u"c. 2017"_s);
    row("approx.", u"approx. 2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true,
        false, u"c. 2017"_s);
    row("circa", u"circa 2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true, false,
        u"c. 2017"_s);
    row("ca.", u"ca. 2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true, false,
        u"c. 2017"_s);
    row("tilde", u"~2017"_s, u"year"_s, QDate(2017, 1, 1), QDate(2017, 12, 31), true, false,
        u"c. 2017"_s);

    row("planned", u"2018/19 (planned)"_s, u"financial-year"_s, QDate(2018, 4, 1),
        QDate(2019, 3, 31), false, true, u"2018/19 (planned)"_s);
    row("planned capital", u"April 2018 (Planned)"_s, u"month"_s, QDate(2018, 4, 1),
        QDate(2018, 4, 30), false, true, u"April 2018 (planned)"_s);
    row("planned and approximate", u"c. 2018/19 (planned)"_s, u"financial-year"_s,
        QDate(2018, 4, 1), QDate(2019, 3, 31), true, true, u"c. 2018/19 (planned)"_s);

    row("range months", u"Sept 2017 \u2013 Mar 2018"_s, u"range"_s, QDate(2017, 9, 1),
        QDate(2018, 3, 31), false, false, u"Sept 2017 \u2013 Mar 2018"_s);
    row("range full month names", u"September 2017 \u2013 March 2018"_s, u"range"_s,
        QDate(2017, 9, 1), QDate(2018, 3, 31), false, false, u"Sept 2017 \u2013 Mar 2018"_s);
    row("range unspaced en dash", u"2017\u20132018"_s, u"range"_s, QDate(2017, 1, 1),
        QDate(2018, 12, 31), false, false, u"2017 \u2013 2018"_s);
    row("range em dash", u"2017 \u2014 2018"_s, u"range"_s, QDate(2017, 1, 1), QDate(2018, 12, 31),
        false, false, u"2017 \u2013 2018"_s);
    row("range hyphen", u"2017 - 2018"_s, u"range"_s, QDate(2017, 1, 1), QDate(2018, 12, 31), false,
        false, u"2017 \u2013 2018"_s);
    row("range to", u"2017-08-03 to 2017-09"_s, u"range"_s, aug3, QDate(2017, 9, 30), false, false,
        u"3 Aug 2017 \u2013 Sept 2017"_s);
    row("range TO", u"2017 TO 2018"_s, u"range"_s, QDate(2017, 1, 1), QDate(2018, 12, 31), false,
        false, u"2017 \u2013 2018"_s);
    row("range days", u"3 August 2017 \u2013 14 June 2018"_s, u"range"_s, aug3, QDate(2018, 6, 14),
        false, false, u"3 Aug 2017 \u2013 14 June 2018"_s);
    row("range financial years", u"2017/18 \u2013 2019/20"_s, u"range"_s, QDate(2017, 4, 1),
        QDate(2020, 3, 31), false, false, u"2017/18 \u2013 2019/20"_s);
    row("range season to quarter", u"winter 2017/18 \u2013 Q2 2018"_s, u"range"_s,
        QDate(2017, 12, 1), QDate(2018, 6, 30), false, false, u"winter 2017/18 \u2013 Q2 2018"_s);
    row("range same month", u"August 2017 \u2013 August 2017"_s, u"range"_s, QDate(2017, 8, 1),
        QDate(2017, 8, 31), false, false, u"Aug 2017 \u2013 Aug 2017"_s);
    row("range end inside start", u"2017 \u2013 March 2017"_s, u"range"_s, QDate(2017, 1, 1),
        QDate(2017, 3, 31), false, false, u"2017 \u2013 Mar 2017"_s);
    row("range approximate planned", u"c. April 2018 \u2013 2019/20 (planned)"_s, u"range"_s,
        QDate(2018, 4, 1), QDate(2020, 3, 31), true, true,
        u"c. Apr 2018 \u2013 2019/20 (planned)"_s);
    row("range leap", u"winter 2015/16 to 29 Feb 2016"_s, u"range"_s, QDate(2015, 12, 1),
        QDate(2016, 2, 29), false, false, u"winter 2015/16 \u2013 29 Feb 2016"_s);
}

void tst_EventDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, approximate);
    QFETCH(bool, planned);
    QFETCH(QString, label);

    QString error;
    const EventDate parsed = EventDate::parse(text, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(parsed.precisionName(), precision);
    QCOMPARE(parsed.isRange(), precision == u"range"_s);
    QCOMPARE(parsed.start().first(), first);
    QCOMPARE(parsed.end().isValid(), parsed.isRange());
    QVERIFY(!parsed.upperPoint().isValid());
    QVERIFY(!parsed.lowerPoint().isValid());
    QCOMPARE(parsed.first(), first);
    QCOMPARE(parsed.last(), last);
    QCOMPARE(parsed.dayCount(), first.daysTo(last) + 1);
    QCOMPARE(parsed.isApproximate(), approximate);
    QCOMPARE(parsed.isPlanned(), planned);
    QCOMPARE(parsed.label(), label);
    QCOMPARE(EventDate::parse(parsed.label()), parsed);
}

void tst_EventDate::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << u"it is empty"_s;
    QTest::newRow("only a hedge") << u"c."_s << u"it is empty"_s;
    QTest::newRow("only planned") << u"(planned)"_s << u"it is empty"_s;
    QTest::newRow("impossible day") << u"2017-02-30"_s << u"that day does not exist"_s;
    QTest::newRow("impossible day words") << u"30 February 2017"_s << u"that day does not exist"_s;
    QTest::newRow("approximate impossible day")
        << u"c. 31 June 2017"_s << u"that day does not exist"_s;
    QTest::newRow("not a month") << u"Smarch 2017"_s << u"\u201CSmarch\u201D is not a month"_s;
    QTest::newRow("range bad start") << u"Smarch 2017 \u2013 2018"_s << u"is not a month"_s;
    QTest::newRow("range bad end") << u"2017 \u2013 2018-02-30"_s << u"that day does not exist"_s;
    QTest::newRow("range backwards")
        << u"March 2018 \u2013 Sept 2017"_s << u"the range ends before it starts"_s;
    QTest::newRow("range open end") << u"2017 \u2013"_s << u"it is empty"_s;
    QTest::newRow("range three parts") << u"2016 \u2013 2017 \u2013 2018"_s << u"not a date"_s;
    QTest::newRow("double hedge") << u"c. c. 2017"_s << u"\u201Cc.\u201D is not a month"_s;
    QTest::newRow("hedge on range end")
        << u"2017 \u2013 c. 2018"_s << u"\u201Cc.\u201D is not a month"_s;
    QTest::newRow("words") << u"soon"_s << u"expected a date"_s;
}

void tst_EventDate::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const EventDate parsed = EventDate::parse(text, &error);
    QVERIFY(!parsed.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The message names the whole input once, then says what is wrong with it.
    QVERIFY2(error.startsWith(u"\u201C%1\u201D is not a date: "_s.arg(text.simplified())),
             qPrintable(error));
    QCOMPARE(error.count(u"is not a date"_s), 1);
    QVERIFY(parsed.label().isEmpty());
}

void tst_EventDate::roundTrip_data()
{
    QTest::addColumn<EventDate>("date");

    const QList<DatePoint> points = {DatePoint::day(2017, 8, 3),
                                     DatePoint::day(2016, 2, 29),
                                     DatePoint::month(2017, 9),
                                     DatePoint::month(2018, 6),
                                     DatePoint::quarter(2018, 4),
                                     DatePoint::season(2017, DatePoint::Season::Winter),
                                     DatePoint::season(2018, DatePoint::Season::Spring),
                                     DatePoint::year(2016),
                                     DatePoint::financialYear(2018)};
    for (qsizetype i = 0; i < points.size(); ++i) {
        for (int flags = 0; flags < 4; ++flags) {
            EventDate single(points.at(i));
            single.setApproximate(flags & 1);
            single.setPlanned(flags & 2);
            QTest::addRow("point %lld flags %d", qlonglong(i), flags) << single;
            for (qsizetype j = 0; j < points.size(); ++j) {
                EventDate range(points.at(i), points.at(j));
                if (!range.isValid())
                    continue;
                range.setApproximate(flags & 1);
                range.setPlanned(flags & 2);
                QTest::addRow("range %lld-%lld flags %d", qlonglong(i), qlonglong(j), flags)
                    << range;
            }
        }
    }
}

void tst_EventDate::roundTrip()
{
    QFETCH(EventDate, date);

    QString error;
    QCOMPARE(EventDate::parse(date.label(), &error), date);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_EventDate::fromDays_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<qint64>("days");

    QTest::newRow("one day") << QDate(2017, 8, 3) << QDate() << true << u"day"_s << qint64(1);
    QTest::newRow("same day") << QDate(2017, 8, 3) << QDate(2017, 8, 3) << true << u"day"_s
                              << qint64(1);
    QTest::newRow("range") << QDate(2017, 8, 3) << QDate(2017, 8, 5) << true << u"range"_s
                           << qint64(3);
    QTest::newRow("across leap day")
        << QDate(2016, 2, 28) << QDate(2016, 3, 1) << true << u"range"_s << qint64(3);
    QTest::newRow("backwards") << QDate(2017, 8, 3) << QDate(2017, 8, 2) << false << QString()
                               << qint64(0);
    QTest::newRow("no start") << QDate() << QDate(2017, 8, 2) << false << QString() << qint64(0);
}

void tst_EventDate::fromDays()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, valid);
    QFETCH(QString, precision);
    QFETCH(qint64, days);

    const EventDate d = EventDate::fromDays(first, last);
    QCOMPARE(d.isValid(), valid);
    if (!valid)
        return;
    QCOMPARE(d.precisionName(), precision);
    QCOMPARE(d.first(), first);
    QCOMPARE(d.last(), last.isValid() ? last : first);
    QCOMPARE(d.dayCount(), days);
}

void tst_EventDate::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aBeforeB");
    QTest::addColumn<bool>("bBeforeA");

    QTest::newRow("earlier day") << u"2 August 2017"_s << u"3 August 2017"_s << true << false;
    QTest::newRow("same day") << u"3 August 2017"_s << u"2017-08-03"_s << false << false;
    QTest::newRow("month before its first day")
        << u"1 August 2017"_s << u"August 2017"_s << true << false;
    QTest::newRow("shorter first") << u"July 2017"_s << u"Q3 2017"_s << true << false;
    QTest::newRow("quarter before month starting later")
        << u"Q3 2017"_s << u"August 2017"_s << true << false;
    QTest::newRow("year after its spring") << u"spring 2017"_s << u"2017"_s << false << true;
    QTest::newRow("financial year after calendar year")
        << u"2017"_s << u"2017/18"_s << true << false;
    QTest::newRow("April before the financial year it starts")
        << u"2017/18"_s << u"April 2017"_s << false << true;
    QTest::newRow("winter before January")
        << u"winter 2017/18"_s << u"January 2018"_s << true << false;
    QTest::newRow("range before later day")
        << u"Sept 2017 \u2013 Mar 2018"_s << u"1 October 2017"_s << true << false;
    QTest::newRow("flags do not order") << u"c. 2017"_s << u"2017 (planned)"_s << false << false;
}

void tst_EventDate::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aBeforeB);
    QFETCH(bool, bBeforeA);

    QCOMPARE(date(a) < date(b), aBeforeB);
    QCOMPARE(date(b) < date(a), bBeforeA);
}

void tst_EventDate::overlapsAndContains_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlaps");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("bContainsA");

    QTest::newRow("day in month") << u"August 2017"_s << u"3 August 2017"_s << true << true
                                  << false;
    QTest::newRow("same") << u"2017"_s << u"2017"_s << true << true << true;
    QTest::newRow("disjoint") << u"2016"_s << u"2017"_s << false << false << false;
    QTest::newRow("adjacent days") << u"2017-08-03"_s << u"2017-08-04"_s << false << false << false;
    QTest::newRow("financial year straddles years")
        << u"2017/18"_s << u"2018"_s << true << false << false;
    QTest::newRow("financial year contains March")
        << u"2017/18"_s << u"March 2018"_s << true << true << false;
    QTest::newRow("financial year excludes April after")
        << u"2017/18"_s << u"April 2018"_s << false << false << false;
    QTest::newRow("winter contains leap day")
        << u"winter 2015/16"_s << u"29 February 2016"_s << true << true << false;
    QTest::newRow("winter ends before March")
        << u"winter 2015/16"_s << u"1 March 2016"_s << false << false << false;
    QTest::newRow("range touches day at end")
        << u"Sept 2017 \u2013 Mar 2018"_s << u"31 March 2018"_s << true << true << false;
    QTest::newRow("ranges overlap")
        << u"Sept 2017 \u2013 Mar 2018"_s << u"2018 \u2013 2019"_s << true << false << false;
    QTest::newRow("quarter inside financial year")
        << u"Q3 2017"_s << u"2017/18"_s << true << false << true;
}

void tst_EventDate::overlapsAndContains()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlaps);
    QFETCH(bool, aContainsB);
    QFETCH(bool, bContainsA);

    const EventDate da = date(a);
    const EventDate db = date(b);
    QCOMPARE(da.overlaps(db), overlaps);
    QCOMPARE(db.overlaps(da), overlaps);
    QCOMPARE(da.contains(db), aContainsB);
    QCOMPARE(db.contains(da), bContainsA);
}

void tst_EventDate::containsDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("contains");

    QTest::newRow("first day") << u"2018/19"_s << QDate(2018, 4, 1) << true;
    QTest::newRow("last day") << u"2018/19"_s << QDate(2019, 3, 31) << true;
    QTest::newRow("day before") << u"2018/19"_s << QDate(2018, 3, 31) << false;
    QTest::newRow("day after") << u"2018/19"_s << QDate(2019, 4, 1) << false;
    QTest::newRow("leap day in February") << u"February 2016"_s << QDate(2016, 2, 29) << true;
    QTest::newRow("invalid day") << u"2016"_s << QDate() << false;
}

void tst_EventDate::containsDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, day);
    QFETCH(bool, contains);

    QCOMPARE(date(text).contains(day), contains);
}

void tst_EventDate::openEnded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QDate>("earliest"); // invalid: not known
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QString>("label");

    QTest::newRow("by month") << u"by June 2018"_s << u"by"_s << QDate() << QDate(2018, 6, 30)
                              << u"by June 2018"_s;
    QTest::newRow("By capital") << u"By June 2018"_s << u"by"_s << QDate() << QDate(2018, 6, 30)
                                << u"by June 2018"_s;
    QTest::newRow("by iso day") << u"by 2018-06-14"_s << u"by"_s << QDate() << QDate(2018, 6, 14)
                                << u"by 14 June 2018"_s;
    QTest::newRow("before day") << u"before 14 June 2018"_s << u"before"_s << QDate()
                                << QDate(2018, 6, 13) << u"before 14 June 2018"_s;
    QTest::newRow("before year") << u"before 2016"_s << u"before"_s << QDate()
                                 << QDate(2015, 12, 31) << u"before 2016"_s;
    QTest::newRow("after month") << u"after March 2017"_s << u"after"_s << QDate(2017, 4, 1)
                                 << QDate() << u"after March 2017"_s;
    QTest::newRow("since year") << u"since 2016"_s << u"after"_s << QDate(2016, 1, 1) << QDate()
                                << u"since 2016"_s;
    QTest::newRow("since financial year")
        << u"since 2017/18"_s << u"after"_s << QDate(2017, 4, 1) << QDate() << u"since 2017/18"_s;
    QTest::newRow("by, after") << u"by June 2018, after June 2017"_s << u"by"_s << QDate(2017, 7, 1)
                               << QDate(2018, 6, 30) << u"by June 2018, after June 2017"_s;
    QTest::newRow("since, by: upper first")
        << u"since June 2017, by June 2018"_s << u"by"_s << QDate(2017, 6, 1) << QDate(2018, 6, 30)
        << u"by June 2018, since June 2017"_s;
    QTest::newRow("before, since")
        << u"before 14 June 2018, since 2018"_s << u"before"_s << QDate(2018, 1, 1)
        << QDate(2018, 6, 13) << u"before 14 June 2018, since 2018"_s;
    QTest::newRow("by one day, since that day")
        << u"by 3 August 2017, since 3 August 2017"_s << u"by"_s << QDate(2017, 8, 3)
        << QDate(2017, 8, 3) << u"by 3 August 2017, since 3 August 2017"_s;
    QTest::newRow("approximate") << u"c. by June 2018"_s << u"by"_s << QDate() << QDate(2018, 6, 30)
                                 << u"c. by June 2018"_s;
    QTest::newRow("planned") << u"by 2019/20 (planned)"_s << u"by"_s << QDate()
                             << QDate(2020, 3, 31) << u"by 2019/20 (planned)"_s;
    QTest::newRow("day with comma") << u"by 14 June, 2018"_s << u"by"_s << QDate()
                                    << QDate(2018, 6, 14) << u"by 14 June 2018"_s;
}

void tst_EventDate::openEnded()
{
    QFETCH(QString, text);
    QFETCH(QString, precision);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QString, label);

    QString error;
    const EventDate parsed = EventDate::parse(text, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QVERIFY(parsed.isOpenEnded());
    QVERIFY(!parsed.isRange());
    // An open-ended date has bounds, not a start and an end.
    QVERIFY(!parsed.start().isValid());
    QVERIFY(!parsed.end().isValid());
    QCOMPARE(parsed.upperPoint().isValid(), parsed.upperBound() != EventDate::Bound::None);
    QCOMPARE(parsed.lowerPoint().isValid(), parsed.lowerBound() != EventDate::Bound::None);
    QCOMPARE(parsed.precisionName(), precision);
    QCOMPARE(parsed.earliest(), earliest);
    QCOMPARE(parsed.latest(), latest);
    // The known side stands in for the unknown one.
    QCOMPARE(parsed.first(), earliest.isValid() ? earliest : latest);
    QCOMPARE(parsed.last(), latest.isValid() ? latest : earliest);
    QCOMPARE(parsed.label(), label);
    QCOMPARE(EventDate::parse(parsed.label(), &error), parsed);
    QVERIFY(!(parsed == EventDate::fromDays(parsed.first(), parsed.last())));
}

void tst_EventDate::openEndedInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no point") << u"by "_s << u"expected a date"_s;
    QTest::newRow("bad point") << u"by Smarch 2018"_s << u"\u201CSmarch\u201D is not a month"_s;
    QTest::newRow("two upper bounds")
        << u"by June 2018, before May 2018"_s << u"at most one bound on each side"_s;
    QTest::newRow("two lower bounds")
        << u"after 2016, since 2017"_s << u"at most one bound on each side"_s;
    QTest::newRow("three bounds") << u"by 2018, after 2016, since 2017"_s
                                  << u"at most one bound on each side"_s;
    QTest::newRow("lower after upper") << u"by June 2017, after June 2017"_s
                                       << u"the earliest day it allows is after the latest"_s;
    QTest::newRow("range with bound") << u"by 2017 \u2013 2018"_s << u"expected a date"_s;
}

void tst_EventDate::openEndedInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const EventDate parsed = EventDate::parse(text, &error);
    QVERIFY(!parsed.isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.startsWith(u"\u201C%1\u201D is not a date: "_s.arg(text.simplified())),
             qPrintable(error));
}

void tst_EventDate::openEndedOrdering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aBeforeB");
    QTest::addColumn<bool>("overlaps");

    QTest::newRow("by sorts at its known end")
        << u"1 June 2018"_s << u"by June 2018"_s << true << false;
    QTest::newRow("by sorts before the next day")
        << u"by June 2018"_s << u"1 July 2018"_s << true << false;
    QTest::newRow("by equals its last day")
        << u"30 June 2018"_s << u"by June 2018"_s << false << true;
    QTest::newRow("before sorts before its day")
        << u"before 14 June 2018"_s << u"14 June 2018"_s << true << false;
    QTest::newRow("after sorts at its known start")
        << u"March 2017"_s << u"after March 2017"_s << true << false;
    QTest::newRow("since overlaps its first day")
        << u"1 January 2016"_s << u"since 2016"_s << false << true;
    QTest::newRow("both bounds overlap inside")
        << u"by June 2018, after June 2017"_s << u"1 January 2018"_s << true << true;
}

void tst_EventDate::openEndedOrdering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aBeforeB);
    QFETCH(bool, overlaps);

    QCOMPARE(date(a) < date(b), aBeforeB);
    QVERIFY(!(date(b) < date(a)) || !aBeforeB);
    QCOMPARE(date(a).overlaps(date(b)), overlaps);
}

// How the handout and the source pane word a date: an open-ended one says what it leaves
// open, and its hedge reads after the bound word.
void tst_EventDate::wording_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("described");

    QTest::newRow("day") << u"3 August 2017"_s << u"3 August 2017"_s << u"3 August 2017"_s;
    QTest::newRow("approximate season")
        << u"c. spring 2017"_s << u"c. spring 2017"_s << u"c. spring 2017"_s;
    QTest::newRow("range") << u"Sept 2017 \u2013 Mar 2018"_s << u"Sept 2017 \u2013 Mar 2018"_s
                           << u"Sept 2017 \u2013 Mar 2018"_s;
    QTest::newRow("by") << u"by June 2018"_s << u"by June 2018"_s
                        << u"by June 2018 \u2014 the report does not say when"_s;
    QTest::newRow("before") << u"before 14 June 2018"_s << u"before 14 June 2018"_s
                            << u"before 14 June 2018 \u2014 the report does not say when"_s;
    QTest::newRow("after") << u"after March 2017"_s << u"after March 2017"_s
                           << u"after March 2017 \u2014 the report does not say when"_s;
    QTest::newRow("since") << u"since 2016"_s << u"since 2016"_s
                           << u"since 2016 \u2014 the report does not say when"_s;
    QTest::newRow("approximate by") << u"c. by March 2016"_s << u"by about March 2016"_s
                                    << u"by about March 2016 \u2014 the report does not say when"_s;
    QTest::newRow("approximate after")
        << u"c. after March 2017"_s << u"after about March 2017"_s
        << u"after about March 2017 \u2014 the report does not say when"_s;
    QTest::newRow("both sides")
        << u"by June 2018, after June 2017"_s << u"by June 2018, after June 2017"_s
        << u"by June 2018, after June 2017 \u2014 the report does not say exactly when"_s;
    QTest::newRow("approximate, both sides")
        << u"c. by June 2018, since June 2017"_s << u"by about June 2018, since about June 2017"_s
        << u"by about June 2018, since about June 2017 \u2014 the report does not say exactly "
           u"when"_s;
    QTest::newRow("planned by") << u"by 2019/20 (planned)"_s << u"by 2019/20 (planned)"_s
                                << u"by 2019/20 (planned) \u2014 the report does not say when"_s;
}

void tst_EventDate::wording()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(QString, described);

    const EventDate parsed = date(text);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.phrase(), phrase);
    QCOMPARE(parsed.described(), described);
}

QTEST_GUILESS_MAIN(tst_EventDate)
#include "tst_eventdate.moc"

#include "catalogueloader.h"
#include "icalendarreader.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One line per event (its days as ISO dates, since they are what a calendar says), per lane
// and per tag.
QStringList describe(const Catalogue &catalogue)
{
    QStringList lines{u"title %1"_s.arg(catalogue.title())};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(u"%1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
            event.id, event.date.first().toString(Qt::ISODate),
            event.date.last().toString(Qt::ISODate), event.date.precisionName(), event.title,
            event.laneId, event.summary(), event.dateBasis(), event.tagIds().join(u';')));
    for (const Lane &lane : catalogue.lanes())
        lines.append(u"lane %1|%2"_s.arg(lane.id, lane.name));
    for (const Tag &tag : catalogue.tags())
        lines.append(u"tag %1|%2"_s.arg(tag.id, tag.name));
    return lines;
}

QStringList problems(const ProblemList &list)
{
    QStringList lines;
    for (const Problem &problem : list)
        lines.append(problem.toString());
    return lines;
}

// A calendar with one event made of these lines.
QByteArray calendar(const QByteArray &eventLines)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
           "UID:e\r\nDTSTAMP:20170101T000000Z\r\nSUMMARY:E\r\n" +
           eventLines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

} // namespace

class tst_ICalendarReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void dates_data();
    void dates();
    void textWithoutControlCharacters_data();
    void textWithoutControlCharacters();
    void malformed_data();
    void malformed();
    void loaderRecognises_data();
    void loaderRecognises();
};

void tst_ICalendarReader::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("problems");

    const QString lane = u"LLR committee diary"_s;
    QTest::newRow("council, CRLF, folded and escaped")
        << u"council.ics"_s
        << QStringList{
               u"title LLR committee diary"_s,
               u"fyfv@example.org|2014-10-23|2014-10-23|day|Five Year Forward View published|"_s +
                   lane +
                   u"|NHS England, with five other bodies; sets out its plan.\n\nLink: "
                   "https://example.org/fyfv||policy;national"_s,
               u"stp-consultation@example.org|2017-08-01|2017-08-03|range|STP engagement "
               "events|"_s +
                   lane +
                   u"|A long description that is folded over more than one line as calendar "
                   "programs write it, continuing here.\nSecond line.\n\nLocation: County Hall, "
                   "Glenfield||consultation"_s,
               u"cabinet-2018-04@example.org|2018-04-24|2018-04-24|day|Cabinet considers the "
               "STP|"_s +
                   lane + u"||The file gives the times 14:00 and 16:00 (Europe/London).|policy"_s,
               u"letter@example.org|2018-06-13|2018-06-13|day|BLMK leaders write|"_s + lane +
                   u"||The file gives the time 23:30 (UTC).|"_s,
               u"joint-scrutiny|2019-01-05|2019-01-05|day|Joint scrutiny|"_s + lane +
                   u"||The file gives the times 09:00 and 11:00 (floating, no time zone).|"_s,
               u"week@example.org|2019-03-01|2019-03-07|range|Consultation week|"_s + lane +
                   u"|||"_s,
               u"overnight@example.org|2019-03-10|2019-03-10|day|Late sitting|"_s + lane +
                   u"||The file gives the times 22:00 and 00:00 (UTC).|"_s,
               u"lane "_s + lane + u'|' + lane,
               u"tag policy|Policy"_s,
               u"tag national|National"_s,
               u"tag consultation|Consultation"_s,
           }
        << QStringList{};
    QTest::newRow("byte order mark, LF, no calendar name")
        << u"bom-lf.ics"_s
        << QStringList{u"title bom-lf"_s,
                       u"one|2017-09-01|2017-09-01|day|Breaking point report|Calendar|Caf\u00e9 "
                       "\u2013 \u201Cquoted\u201D||"_s,
                       u"lane Calendar|Calendar"_s}
        << QStringList{};
    const QString file = TestFiles::path(u"ical"_s, u"problems.ics"_s);
    QTest::newRow("problems")
        << u"problems.ics"_s
        << QStringList{u"title problems"_s,
                       u"board|2017-09-05|2017-09-05|day|Board meeting|Calendar|||"_s,
                       u"board-away-day|2017-12-01|2017-12-01|day|Board away day|Calendar|||"_s,
                       u"lane Calendar|Calendar"_s}
        << QStringList{
               file + u":4: event 1 \"No start\": there is no DTSTART, so it has no date"_s,
               file + u":13: event 2 \"Backwards\": the end (2017-09-01) is before the start "
                      "(2017-09-10)"_s,
               file + u":20: event 3 \"Board meeting\": it repeats (RRULE:FREQ=MONTHLY;COUNT=12); "
                      "only its first occurrence, 5 September 2017, is read"_s,
               file + u":29: event 5: there is no SUMMARY, so it has no title"_s,
               file + u":34: a VTODO is not read: only events (VEVENT) are"_s,
               file + u":24: the UID \"board\" is used by the event at line 16 too; its id is "
                      "made from its SUMMARY"_s,
           };
}

void tst_ICalendarReader::fixtures()
{
    QFETCH(QString, name);
    QFETCH(QStringList, events);
    QFETCH(QStringList, problems);

    const QString path = TestFiles::path(u"ical"_s, name);
    const CatalogueLoadResult result = ICalendarReader::read(TestFiles::read(path), path);
    QCOMPARE(::problems(result.problems), problems);
    QCOMPARE(describe(result.catalogue), events);
}

void tst_ICalendarReader::dates_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("basis");

    QTest::newRow("all-day, no end: that day")
        << QByteArray("DTSTART;VALUE=DATE:20170803\r\n") << u"2017-08-03"_s << u"2017-08-03"_s
        << u"3 August 2017"_s << QString();
    QTest::newRow("all-day, end the next day: one day")
        << QByteArray("DTSTART;VALUE=DATE:20170803\r\nDTEND;VALUE=DATE:20170804\r\n")
        << u"2017-08-03"_s << u"2017-08-03"_s << u"3 August 2017"_s << QString();
    QTest::newRow("all-day, end equal to the start: one day")
        << QByteArray("DTSTART;VALUE=DATE:20170803\r\nDTEND;VALUE=DATE:20170803\r\n")
        << u"2017-08-03"_s << u"2017-08-03"_s << u"3 August 2017"_s << QString();
    QTest::newRow("all-day over a month end")
        << QByteArray("DTSTART;VALUE=DATE:20170830\r\nDTEND;VALUE=DATE:20170902\r\n")
        << u"2017-08-30"_s << u"2017-09-01"_s << QString() << QString();
    QTest::newRow("all-day, a duration of two days")
        << QByteArray("DTSTART;VALUE=DATE:20170803\r\nDURATION:P2D\r\n") << u"2017-08-03"_s
        << u"2017-08-04"_s << QString() << QString();
    QTest::newRow("timed, UTC, the day as written")
        << QByteArray("DTSTART:20170803T233000Z\r\n") << u"2017-08-03"_s << u"2017-08-03"_s
        << u"3 August 2017"_s << u"The file gives the time 23:30 (UTC)."_s;
    QTest::newRow("timed, seconds kept")
        << QByteArray("DTSTART:20170803T090015\r\n") << u"2017-08-03"_s << u"2017-08-03"_s
        << QString() << u"The file gives the time 09:00:15 (floating, no time zone)."_s;
    QTest::newRow("timed over two days")
        << QByteArray("DTSTART:20170803T220000Z\r\nDTEND:20170804T020000Z\r\n") << u"2017-08-03"_s
        << u"2017-08-04"_s << QString() << u"The file gives the times 22:00 and 02:00 (UTC)."_s;
    QTest::newRow("timed, a duration into the next day")
        << QByteArray("DTSTART:20170803T230000Z\r\nDURATION:PT3H\r\n") << u"2017-08-03"_s
        << u"2017-08-04"_s << QString() << u"The file gives the times 23:00 and 02:00 (UTC)."_s;
    QTest::newRow("our label for a month")
        << QByteArray("DTSTART;VALUE=DATE:20170801\r\nDTEND;VALUE=DATE:20170901\r\n"
                      "DESCRIPTION:Date: August 2017\r\n")
        << u"2017-08-01"_s << u"2017-08-31"_s << u"August 2017"_s << QString();
    QTest::newRow("our label for a planned financial year")
        << QByteArray("DTSTART;VALUE=DATE:20180401\r\nDTEND;VALUE=DATE:20190401\r\n"
                      "DESCRIPTION:Date: 2018/19 (planned)\\n\\nThe plan.\r\n")
        << u"2018-04-01"_s << u"2019-03-31"_s << u"2018/19 (planned)"_s << QString();
    QTest::newRow("a label that names other days is only text")
        << QByteArray("DTSTART;VALUE=DATE:20170801\r\nDESCRIPTION:Date: August 2017\r\n")
        << u"2017-08-01"_s << u"2017-08-01"_s << u"1 August 2017"_s << QString();
}

void tst_ICalendarReader::dates()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, label);
    QFETCH(QString, basis);

    const CatalogueLoadResult result = ICalendarReader::read(calendar(lines), u"t.ics"_s);
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), 1);
    const TimelineEvent &event = result.catalogue.events().constFirst();
    QCOMPARE(event.date.first().toString(Qt::ISODate), first);
    QCOMPARE(event.date.last().toString(Qt::ISODate), last);
    if (!label.isEmpty())
        QCOMPARE(event.date.label(), label);
    QCOMPARE(event.dateBasis(), basis);
    QVERIFY(!event.date.isPlanned() || label.contains(u"planned"_s));
}

void tst_ICalendarReader::textWithoutControlCharacters_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");

    const QByteArray day = "DTSTART;VALUE=DATE:20170803\r\n";
    QTest::newRow("a title") << day + "SUMMARY:Fiv\x01\x08" "e\x7f year\r\n" << u"Five year"_s
                             << QString();
    QTest::newRow("a description keeps its line breaks")
        << day + "SUMMARY:T\r\nDESCRIPTION:One\x02\\ntwo\x1b\\n\\nthree\r\n" << u"T"_s
        << u"One\ntwo\n\nthree"_s;
    QTest::newRow("a location") << day + "SUMMARY:T\r\nLOCATION:County\x03 Hall\r\n" << u"T"_s
                                << u"Location: County Hall"_s;
}

// They cannot be seen, and libical drops some when writing: a saved calendar would differ.
void tst_ICalendarReader::textWithoutControlCharacters()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, title);
    QFETCH(QString, summary);

    const QByteArray bytes = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                             "BEGIN:VEVENT\r\nUID:e\r\nDTSTAMP:20170101T000000Z\r\n" +
                             lines + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    const CatalogueLoadResult result = ICalendarReader::read(bytes, u"t.ics"_s);
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), 1);
    QCOMPARE(result.catalogue.events().constFirst().title, title);
    QCOMPARE(result.catalogue.events().constFirst().summary(), summary);
}

void tst_ICalendarReader::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF\r\n") << u"t.ics: the file is empty"_s;
    QTest::newRow("not a calendar") << QByteArray("{\"events\": []}")
                                    << u"t.ics:1: an iCalendar file begins with BEGIN:VCALENDAR"_s;
    QTest::newRow("NUL byte") << QByteArray("BEGIN:VCALENDAR\r\nSUMM\0ARY:x\r\n", 27)
                              << u"t.ics:2:5: the file holds a NUL byte: it is not text"_s;
    QTest::newRow("malformed UTF-8")
        << calendar("DTSTART;VALUE=DATE:20170801\r\nDESCRIPTION:caf\xE9\r\n")
        << u"t.ics:9: the line is not valid UTF-8"_s;
    QTest::newRow("a start that is not a date")
        << calendar("DTSTART;VALUE=DATE:20171345\r\n") << u"t.ics:8: event 1 \"E\": "_s;
    QTest::newRow("after 3000: could not be written back")
        << calendar("DTSTART:30010210T090000\r\n")
        << u"t.ics:8: event 1 \"E\": DTSTART is not a date in the years 1 to 3000"_s;
    QTest::newRow("negative duration")
        << calendar("DTSTART;VALUE=DATE:20170801\r\nDURATION:-P2D\r\n")
        << u"t.ics:9: event 1 \"E\": the DURATION is negative"_s;
}

void tst_ICalendarReader::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);

    const CatalogueLoadResult result = ICalendarReader::read(data, u"t.ics"_s);
    QVERIFY(!result.problems.isEmpty());
    QVERIFY2(result.problems.constFirst().toString().startsWith(problem),
             qPrintable(result.problems.constFirst().toString()));
    QVERIFY(result.catalogue.events().isEmpty());
}

void tst_ICalendarReader::loaderRecognises_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("events");

    QTest::newRow(".ics") << u"diary.ics"_s
                          << TestFiles::read(TestFiles::path(u"ical"_s, u"council.ics"_s)) << 7;
    QTest::newRow("BEGIN:VCALENDAR in a .txt")
        << u"diary.txt"_s << TestFiles::read(TestFiles::path(u"ical"_s, u"bom-lf.ics"_s)) << 1;
}

void tst_ICalendarReader::loaderRecognises()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);
    QFETCH(int, events);

    const CatalogueLoadResult result = CatalogueLoader::load(path, data, FileResolver());
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), events);
}

QTEST_GUILESS_MAIN(tst_ICalendarReader)
#include "tst_icalendarreader.moc"

#include "icalendarreader.h"
#include "icalendarwriter.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList problems(const ProblemList &list)
{
    QStringList lines;
    for (const Problem &problem : list)
        lines.append(problem.toString());
    return lines;
}

TimelineEvent event(const QString &id, const QString &date, const QString &title)
{
    TimelineEvent e;
    e.id = id;
    e.title = title;
    e.date = EventDate::parse(date);
    Q_ASSERT(e.date.isValid());
    e.laneId = u"llr"_s;
    return e;
}

// A past event and planned ones at several precisions.
Catalogue plans()
{
    Catalogue catalogue;
    catalogue.setTitle(u"LLR plans"_s);
    catalogue.setLanes({{u"llr"_s, u"LLR councils"_s, QString()}});
    catalogue.setTags({{u"money"_s, u"Money and resources"_s}});
    TimelineEvent past = event(u"fyfv"_s, u"23 October 2014"_s, u"Five Year Forward View"_s);
    TimelineEvent year = event(u"ics-live"_s, u"2018/19 (planned)"_s, u"ICS goes live"_s);
    year.setSummary(u"The partnership becomes an integrated care system."_s);
    year.setTagIds({u"money"_s});
    TimelineEvent month = event(u"consultation"_s, u"June 2018 (planned)"_s, u"Consultation"_s);
    TimelineEvent day = event(u"board"_s, u"14 June 2018 (planned)"_s, u"Board, with; commas"_s);
    TimelineEvent days =
        event(u"week"_s, u"2 July 2018 \u2013 6 July 2018 (planned)"_s, u"Engagement week"_s);
    catalogue.setEvents({past, year, month, day, days});
    return catalogue;
}

QStringList describe(const Catalogue &catalogue)
{
    QStringList lines;
    for (const TimelineEvent &e : catalogue.events())
        lines.append(u"%1|%2|%3|%4"_s.arg(e.id, e.date.label(),
                                          e.date.first().toString(Qt::ISODate),
                                          e.date.last().toString(Qt::ISODate)));
    return lines;
}

} // namespace

class tst_ICalendarWriter : public QObject
{
    Q_OBJECT

private slots:
    void writes_data();
    void writes();
    void plannedOnly();
    void roundTrip_data();
    void roundTrip();
};

void tst_ICalendarWriter::writes_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("financial year: the whole period, our label first")
        << u"ics-live"_s
        << QStringList{u"UID:ics-live@civic-timeline"_s,
                       u"DTSTAMP:20180101T120000Z"_s,
                       u"DTSTART;VALUE=DATE:20180401"_s,
                       u"DTEND;VALUE=DATE:20190401"_s,
                       u"SUMMARY:ICS goes live"_s,
                       u"DESCRIPTION:Date: 2018/19 (planned)\\n\\nThe partnership becomes an "_s,
                       u"CATEGORIES:LLR councils"_s,
                       u"CATEGORIES:Money and resources"_s};
    QTest::newRow("month") << u"consultation"_s
                           << QStringList{u"DTSTART;VALUE=DATE:20180601"_s,
                                          u"DTEND;VALUE=DATE:20180701"_s,
                                          u"DESCRIPTION:Date: June 2018 (planned)"_s};
    QTest::newRow("day: DTEND the next day, text escaped")
        << u"board"_s
        << QStringList{u"DTSTART;VALUE=DATE:20180614"_s, u"DTEND;VALUE=DATE:20180615"_s,
                       u"SUMMARY:Board\\, with\\; commas"_s};
}

void tst_ICalendarWriter::writes()
{
    QFETCH(QString, id);
    QFETCH(QStringList, lines);

    const Catalogue catalogue = plans();
    const QString ics = QString::fromUtf8(ICalendarWriter::toIcs(
        catalogue, ICalendarWriter::Events::All, {int(catalogue.eventIndex(id))},
        QDateTime(QDate(2018, 1, 1), QTime(12, 0), Qt::UTC)));
    QVERIFY(ics.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
    QVERIFY(ics.contains(u"X-WR-CALNAME:LLR plans\r\n"_s));
    QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 1);
    for (const QString &line : lines)
        QVERIFY2(ics.contains(u"\r\n"_s + line), qPrintable(line + u" in\n"_s + ics));
}

void tst_ICalendarWriter::plannedOnly()
{
    const QString ics = QString::fromUtf8(ICalendarWriter::toIcs(plans()));
    QCOMPARE(ics.count(u"BEGIN:VEVENT"_s), 4);
    QVERIFY(!ics.contains(u"fyfv"_s));
    const QString all =
        QString::fromUtf8(ICalendarWriter::toIcs(plans(), ICalendarWriter::Events::All));
    QCOMPARE(all.count(u"BEGIN:VEVENT"_s), 5);
    // A day and a range of days say themselves; no label is added.
    QVERIFY(!all.contains(u"Date: 23 October 2014"_s));

    // Past the last year libical writes: left out rather than written as zeros.
    Catalogue far = plans();
    QList<TimelineEvent> events = far.events();
    events.first().date = EventDate::parse(u"10 February 4038"_s);
    far.setEvents(events);
    const QString farIcs =
        QString::fromUtf8(ICalendarWriter::toIcs(far, ICalendarWriter::Events::All));
    QCOMPARE(farIcs.count(u"BEGIN:VEVENT"_s), 4);
    QVERIFY(!farIcs.contains(u"00000000"_s));
}

void tst_ICalendarWriter::roundTrip_data()
{
    QTest::addColumn<QByteArray>("ics");

    QTest::newRow("a hand-written calendar")
        << TestFiles::read(TestFiles::path(u"ical"_s, u"council.ics"_s));
    QTest::newRow("our planned events")
        << ICalendarWriter::toIcs(plans(), ICalendarWriter::Events::All);
}

// ics -> catalogue -> ics -> catalogue: every event, with its id and dates (and, for what we
// wrote, precision and planned flag through our label).
void tst_ICalendarWriter::roundTrip()
{
    QFETCH(QByteArray, ics);

    const CatalogueLoadResult first = ICalendarReader::read(ics, u"a.ics"_s);
    QCOMPARE(problems(first.problems), QStringList());
    QVERIFY(!first.catalogue.events().isEmpty());
    const QByteArray written =
        ICalendarWriter::toIcs(first.catalogue, ICalendarWriter::Events::All);
    const CatalogueLoadResult second = ICalendarReader::read(written, u"b.ics"_s);
    QCOMPARE(problems(second.problems), QStringList());
    QCOMPARE(describe(second.catalogue), describe(first.catalogue));
    if (qstrcmp(QTest::currentDataTag(), "our planned events") == 0)
        QCOMPARE(describe(first.catalogue), describe(plans()));
}

QTEST_GUILESS_MAIN(tst_ICalendarWriter)
#include "tst_icalendarwriter.moc"

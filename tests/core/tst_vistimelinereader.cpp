#include "catalogueloader.h"
#include "testfiles.h"
#include "vistimelinereader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList describe(const Catalogue &catalogue)
{
    QStringList lines{u"title %1"_s.arg(catalogue.title())};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(u"%1|%2|%3|%4|%5|%6|%7|%8"_s.arg(
            event.id, event.date.first().toString(Qt::ISODate),
            event.date.last().toString(Qt::ISODate), event.date.precisionName(), event.title,
            event.laneId, event.summary(), event.dateBasis()));
    for (const Lane &lane : catalogue.lanes())
        lines.append(u"lane %1|%2"_s.arg(lane.id, lane.name));
    return lines;
}

QStringList problems(const ProblemList &list)
{
    QStringList lines;
    for (const Problem &problem : list)
        lines.append(problem.toString());
    return lines;
}

} // namespace

class tst_VisTimelineReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void dates_data();
    void dates();
    void loaderRecognises_data();
    void loaderRecognises();
};

void tst_VisTimelineReader::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("an array of items")
        << u"items.json"_s
        << QStringList{
               u"title items"_s,
               u"1|2014-10-23|2014-10-23|day|Five Year Forward View|No group||"_s,
               u"2|2016-03-01|2016-06-30|range|STP footprints & leads|No group|Forty-four "
               "footprints\nacross England|"_s,
               u"bg|2017-08-01|2017-10-31|range|Consultation period|Background||"_s,
               u"letter|2018-06-14|2018-06-14|day|BLMK leaders write|No group||The file gives "
               "the time 09:30."_s,
               u"board|2018-06-14|2018-06-14|day|Board|No group||"_s,
               u"lane No group|No group"_s,
               u"lane Background|Background"_s,
           }
        << QStringList{};
    QTest::newRow("items and groups")
        << u"groups.json"_s
        << QStringList{
               u"title groups"_s,
               u"a|2017-03-01|2017-03-31|month|Plan|nat||"_s,
               u"b|2017-09-04|2017-09-05|range|Objection|2||The file gives the times 23:15 and "
               "01:00."_s,
               u"c|2018-01-10|2018-01-10|day|Letter|2||"_s,
               u"lane nat|National NHS"_s,
               u"lane 2|LLR councils"_s,
           }
        << QStringList{};
    const QString problemsFile = TestFiles::path(u"vistimeline"_s, u"problems.json"_s);
    QTest::newRow("problems")
        << u"problems.json"_s
        << QStringList{u"title problems"_s, u"6|2017-02-03|2017-02-03|day|Good|No group||"_s,
                       u"repeat|2017-02-04|2017-02-04|day|Repeat|No group||"_s,
                       u"lane No group|No group"_s}
        << QStringList{
               problemsFile + u":2:4: item 1 \"No start\": there is no \"start\""_s,
               problemsFile + u":3:4: item 2 \"Backwards\": the end (2017-09-01) is before the "
                              "start (2017-09-10)"_s,
               problemsFile + u":4:4: item 3 \"Bad date\": \"start\": \u201C2017-13-45\u201D is "
                              "not a date (such as 2017-08-03 or 2017-08-03T09:30)"_s,
               problemsFile + u":5:4: item 4 \"Odd type\": \"type\" must be point, box, range "
                              "or background, not \u201Ccircle\u201D"_s,
               problemsFile + u":8:4: item 7: the item has no \"content\""_s,
               problemsFile + u":9:4: item 8 \"Colour\": unknown field \"colour\""_s,
               problemsFile + u":7:4: item 6: the id \"6\" is used by item 5 too; its id is made "
                              "from its content"_s,
           };
    const QString unknownGroup = TestFiles::path(u"vistimeline"_s, u"unknown-group.json"_s);
    QTest::newRow("a group not in groups")
        << u"unknown-group.json"_s << QStringList{u"title unknown-group"_s, u"lane nat|National"_s}
        << QStringList{unknownGroup +
                       u":4:6: item 1 \"Plan\": the group \"llr\" is not in \"groups\""_s};
}

void tst_VisTimelineReader::fixtures()
{
    QFETCH(QString, name);
    QFETCH(QStringList, events);
    QFETCH(QStringList, problems);

    const QString path = TestFiles::path(u"vistimeline"_s, name);
    const CatalogueLoadResult result = VisTimelineReader::read(TestFiles::read(path), path);
    QCOMPARE(::problems(result.problems), problems);
    QCOMPARE(describe(result.catalogue), events);
}

void tst_VisTimelineReader::dates_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("basis");

    QTest::newRow("a date") << u"\"start\": \"2017-08-03\""_s << u"2017-08-03"_s << u"2017-08-03"_s
                            << QString();
    QTest::newRow("a date-time: its day, its time noted")
        << u"\"start\": \"2017-08-03T23:30:00+01:00\""_s << u"2017-08-03"_s << u"2017-08-03"_s
        << u"The file gives the time 23:30."_s;
    QTest::newRow("a space for the T, milliseconds")
        << u"\"start\": \"2017-08-03 09:30:15.250\""_s << u"2017-08-03"_s << u"2017-08-03"_s
        << u"The file gives the time 09:30:15."_s;
    QTest::newRow("epoch milliseconds at midnight UTC")
        << u"\"start\": 1501718400000"_s << u"2017-08-03"_s << u"2017-08-03"_s << QString();
    QTest::newRow("epoch milliseconds with a time")
        << u"\"start\": 1501752600000"_s << u"2017-08-03"_s << u"2017-08-03"_s
        << u"The file gives the time 09:30."_s;
    QTest::newRow("an end at midnight ends the day before")
        << u"\"start\": \"2017-08-03\", \"end\": \"2017-08-05\""_s << u"2017-08-03"_s
        << u"2017-08-04"_s << QString();
    QTest::newRow("an end in the day includes it")
        << u"\"start\": \"2017-08-03\", \"end\": \"2017-08-05T12:00\""_s << u"2017-08-03"_s
        << u"2017-08-05"_s << u"The file gives the times 00:00 and 12:00."_s;
    QTest::newRow("a box has no end")
        << u"\"start\": \"2017-08-03\", \"end\": \"2017-08-05\", \"type\": \"box\""_s
        << u"2017-08-03"_s << u"2017-08-03"_s << QString();
}

void tst_VisTimelineReader::dates()
{
    QFETCH(QString, item);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, basis);

    const QByteArray data = (u"[{\"id\": \"e\", \"content\": \"E\", "_s + item + u"}]"_s).toUtf8();
    const CatalogueLoadResult result = VisTimelineReader::read(data, u"t.json"_s);
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), 1);
    const TimelineEvent &event = result.catalogue.events().constFirst();
    QCOMPARE(event.date.first().toString(Qt::ISODate), first);
    QCOMPARE(event.date.last().toString(Qt::ISODate), last);
    QCOMPARE(event.dateBasis(), basis);
}

void tst_VisTimelineReader::loaderRecognises_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("events");

    QTest::newRow("array") << u"items.json"_s << 5;
    QTest::newRow("object with items") << u"groups.json"_s << 3;
}

void tst_VisTimelineReader::loaderRecognises()
{
    QFETCH(QString, name);
    QFETCH(int, events);

    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"vistimeline"_s, name));
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), events);
}

QTEST_GUILESS_MAIN(tst_VisTimelineReader)
#include "tst_vistimelinereader.moc"

#include "catalogueloader.h"
#include "testfiles.h"
#include "timelinejsreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One line per event, and per lane: what a reader would need to tell two loads apart.
QStringList describe(const Catalogue &catalogue)
{
    QStringList lines{u"title %1"_s.arg(catalogue.title())};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(u"%1|%2|%3|%4|%5|%6|%7"_s.arg(
            event.id, event.date.label(), event.date.precisionName(), event.title, event.laneId,
            event.summary(), event.dateBasis()));
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

class tst_TimelineJsReader : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void loaderRecognises_data();
    void loaderRecognises();
    void dates_data();
    void dates();
};

void tst_TimelineJsReader::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QStringList>("problems");

    QTest::newRow("council")
        << u"council.json"_s
        << QStringList{
               u"title Leicestershire & the STP"_s,
               u"before-the-plans|2014 \u2013 2016|range|Before the plans|Eras||"_s,
               u"fyfv|23 October 2014|day|Five Year Forward View|National|NHS England publishes "
               "its plan.|"_s,
               u"stp-footprints-drawn|Mar 2016 \u2013 June 2016|range|STP footprints "
               "drawn|National|Forty-four \u201Cfootprints\u201D\nacross England \u2013 each "
               "with a lead.\n\nSecond\u00A0paragraph & more.|"_s,
               u"councils-object|2017|year|Councils object|LLR councils|Text with a literal a "
               "< b and &unknown; entity\n\nMedia: https://example.org/letter.pdf \u2014 The "
               "letter \u2014 credit: Leicestershire County Council|"_s,
               u"blmk-letter|14 June 2018|day|BLMK leaders write|BLMK||The file gives the time "
               "09:30."_s,
               u"lane National|National"_s,
               u"lane LLR councils|LLR councils"_s,
               u"lane BLMK|BLMK"_s,
               u"lane Eras|Eras"_s,
           }
        << QStringList();
    QTest::newRow("bom") << u"bom.json"_s
                         << QStringList{u"title bom"_s,
                                        u"after-a-bom|August 2017|month|After a BOM|No group||"_s,
                                        u"lane No group|No group"_s}
                         << QStringList();
    const QString noStart = TestFiles::path(u"timelinejs"_s, u"no-start-date.json"_s);
    QTest::newRow("no start_date")
        << u"no-start-date.json"_s
        << QStringList{u"title no-start-date"_s, u"kept|2017|year|Kept|No group||"_s,
                       u"lane No group|No group"_s}
        << QStringList{noStart + u":4:5: event 2 \"No date at all\": there is no \"start_date\""_s};
    const QString duplicate = TestFiles::path(u"timelinejs"_s, u"duplicate-id.json"_s);
    QTest::newRow("duplicate unique_id")
        << u"duplicate-id.json"_s
        << QStringList{u"title duplicate-id"_s, u"same|2017|year|First|No group||"_s,
                       u"second-one|2018|year|Second one|No group||"_s, u"lane No group|No group"_s}
        << QStringList{duplicate + u":4:5: event 2: the unique_id \"same\" is used by event 1 "
                                   "too; its id is made from its headline"_s};
    const QString bad = TestFiles::path(u"timelinejs"_s, u"bad-dates.json"_s);
    QTest::newRow("bad dates")
        << u"bad-dates.json"_s << QStringList{u"title bad-dates"_s}
        << QStringList{
               bad + u":3:5: event 1 \"Month thirteen\": \"start_date\": there is no month 13"_s,
               bad + u":4:5: event 2 \"Year in words\": \"start_date\".\"year\" must be a whole "
                     "number, not \u201Ctwenty\u201D"_s,
               bad + u":5:5: event 3 \"Day without month\": \"start_date\" gives a day without a "
                     "month"_s,
               bad + u":6:5: event 4 \"Backwards\": the end (2017) is before the start (2018)"_s,
               bad + u":7:5: event 5 \"Thirtieth of February\": \"start_date\": 2017-02-30 is "
                     "not a day"_s,
               bad + u":8:5: event 6 \"Spelt wrong\": unknown field \"gruop\""_s,
               bad + u":9:5: event 7: the slide has no \"text\".\"headline\""_s,
           };
}

void tst_TimelineJsReader::fixtures()
{
    QFETCH(QString, name);
    QFETCH(QStringList, events);
    QFETCH(QStringList, problems);
    const QString path = TestFiles::path(u"timelinejs"_s, name);
    const CatalogueLoadResult result = TimelineJsReader::read(TestFiles::read(path), path);
    QCOMPARE(::problems(result.problems), problems);
    QCOMPARE(describe(result.catalogue), events);
}

void tst_TimelineJsReader::loaderRecognises_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("events");
    QTest::newRow("council") << u"council.json"_s << 5;
    QTest::newRow("bom") << u"bom.json"_s << 1;
    QTest::newRow("first event without start_date") << u"no-start-date.json"_s << 1;
}

void tst_TimelineJsReader::loaderRecognises()
{
    QFETCH(QString, name);
    QFETCH(int, events);
    const QString path = TestFiles::path(u"timelinejs"_s, name);
    const CatalogueLoadResult direct = TimelineJsReader::read(TestFiles::read(path), path);
    const CatalogueLoadResult loaded = CatalogueLoader::load(path);
    QCOMPARE(loaded.catalogue.events().size(), events);
    QCOMPARE(problems(loaded.problems), problems(direct.problems));
    QCOMPARE(describe(loaded.catalogue), describe(direct.catalogue));
}

void tst_TimelineJsReader::dates_data()
{
    QTest::addColumn<QByteArray>("slide");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("basis");
    QTest::newRow("year") << QByteArray(R"("start_date":{"year":2017})") << u"2017"_s << QString();
    QTest::newRow("month as string") << QByteArray(R"("start_date":{"year":"2017","month":" 08 "})")
                                     << u"August 2017"_s << QString();
    QTest::newRow("same month both ends")
        << QByteArray(R"("start_date":{"year":2017,"month":8},"end_date":{"year":2017,"month":8})")
        << u"August 2017"_s << QString();
    QTest::newRow("null end") << QByteArray(R"("start_date":{"year":2017},"end_date":null)")
                              << u"2017"_s << QString();
    QTest::newRow("financial year shown")
        << QByteArray(R"("start_date":{"year":2018,"month":4,"day":1},)"
                      R"("end_date":{"year":2019,"month":3,"day":31},"display_date":"2018/19")")
        << u"2018/19"_s << QString();
    QTest::newRow("approximate season shown")
        << QByteArray(R"("start_date":{"year":2017,"month":3,"day":1},)"
                      R"("end_date":{"year":2017,"month":5,"day":31},)"
                      R"("display_date":"c. spring 2017")")
        << u"c. spring 2017"_s << QString();
    QTest::newRow("display date of another period is noted")
        << QByteArray(R"("start_date":{"year":2017},"display_date":"Summer 2017")") << u"2017"_s
        << u"The file shows the date as \u201CSummer 2017\u201D."_s;
    QTest::newRow("open-ended shown")
        << QByteArray(R"("start_date":{"year":2018,"month":6,"day":30},)"
                      R"("display_date":"by June 2018")")
        << u"by June 2018"_s << QString();
}

void tst_TimelineJsReader::dates()
{
    QFETCH(QByteArray, slide);
    QFETCH(QString, label);
    QFETCH(QString, basis);
    const QByteArray data = R"({"events":[{)" + slide + R"(,"text":{"headline":"An event"}}]})";
    const CatalogueLoadResult result = TimelineJsReader::read(data, u"t.json"_s);
    QCOMPARE(problems(result.problems), QStringList());
    QCOMPARE(result.catalogue.events().size(), 1);
    QCOMPARE(result.catalogue.events().constFirst().date.label(), label);
    QCOMPARE(result.catalogue.events().constFirst().dateBasis(), basis);
}

QTEST_GUILESS_MAIN(tst_TimelineJsReader)
#include "tst_timelinejsreader.moc"

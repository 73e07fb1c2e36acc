#include "testfiles.h"
#include "timelinejsreader.h"
#include "timelinejswriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &date, const QString &lane = {})
{
    TimelineEvent event;
    event.id = id;
    event.title = u"Event "_s + id;
    event.date = EventDate::parse(date);
    event.laneId = lane;
    return event;
}

QJsonObject onlySlide(const Catalogue &catalogue)
{
    const QJsonObject root = QJsonDocument::fromJson(TimelineJsWriter::toJson(catalogue)).object();
    return root.value("events"_L1).toArray().at(0).toObject();
}

// What a round trip must keep of each event: id, date at its precision, title, text, lane.
QStringList kept(const Catalogue &catalogue)
{
    QStringList lines{catalogue.title()};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(u"%1|%2|%3|%4|%5|%6"_s.arg(event.id, event.date.label(),
                                                event.date.precisionName(), event.title,
                                                event.summary(), event.laneId));
    return lines;
}

} // namespace

class tst_TimelineJsWriter : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void textLaneAndId();
    void passagesCarryTheirCitation();
    void roundTrip_data();
    void roundTrip();
};

void tst_TimelineJsWriter::dates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<QByteArray>("end");
    QTest::addColumn<QString>("display");
    QTest::newRow("day") << u"3 August 2017"_s << QByteArray(R"({"day":3,"month":8,"year":2017})")
                         << QByteArray() << QString();
    QTest::newRow("month") << u"August 2017"_s << QByteArray(R"({"month":8,"year":2017})")
                           << QByteArray() << QString();
    QTest::newRow("year") << u"2017"_s << QByteArray(R"({"year":2017})") << QByteArray()
                          << QString();
    QTest::newRow("month range") << u"Sept 2017 \u2013 Mar 2018"_s
                                 << QByteArray(R"({"month":9,"year":2017})")
                                 << QByteArray(R"({"month":3,"year":2018})") << QString();
    QTest::newRow("financial year")
        << u"2018/19"_s << QByteArray(R"({"day":1,"month":4,"year":2018})")
        << QByteArray(R"({"day":31,"month":3,"year":2019})") << u"2018/19"_s;
    QTest::newRow("season") << u"spring 2017"_s << QByteArray(R"({"day":1,"month":3,"year":2017})")
                            << QByteArray(R"({"day":31,"month":5,"year":2017})")
                            << u"spring 2017"_s;
    QTest::newRow("quarter") << u"Q3 2019"_s << QByteArray(R"({"day":1,"month":7,"year":2019})")
                             << QByteArray(R"({"day":30,"month":9,"year":2019})") << u"Q3 2019"_s;
    QTest::newRow("approximate month")
        << u"c. September 2017"_s << QByteArray(R"({"month":9,"year":2017})") << QByteArray()
        << u"c. September 2017"_s;
    QTest::newRow("planned year") << u"2019 (planned)"_s << QByteArray(R"({"year":2019})")
                                  << QByteArray() << u"2019 (planned)"_s;
    QTest::newRow("open-ended") << u"by June 2018"_s
                                << QByteArray(R"({"day":30,"month":6,"year":2018})") << QByteArray()
                                << u"by June 2018"_s;
}

void tst_TimelineJsWriter::dates()
{
    QFETCH(QString, date);
    QFETCH(QByteArray, start);
    QFETCH(QByteArray, end);
    QFETCH(QString, display);
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_s, u"A"_s, {}}});
    catalogue.setEvents({makeEvent(u"e"_s, date, u"a"_s)});
    QVERIFY(catalogue.events().constFirst().date.isValid());
    const QJsonObject slide = onlySlide(catalogue);
    auto compact = [](const QJsonValue &value) {
        return value.isUndefined() ? QByteArray()
                                   : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    };
    QCOMPARE(compact(slide.value("start_date"_L1)), start);
    QCOMPARE(compact(slide.value("end_date"_L1)), end);
    QCOMPARE(slide.value("display_date"_L1).toString(), display);

    // Read back, the date is the same at the same precision.
    const CatalogueLoadResult back =
        TimelineJsReader::read(TimelineJsWriter::toJson(catalogue), u"t.json"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.catalogue.events().constFirst().date, catalogue.events().constFirst().date);
}

void tst_TimelineJsWriter::textLaneAndId()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Plans & councils"_s);
    catalogue.setLanes({{u"llr"_s, u"LLR councils"_s, {}}});
    TimelineEvent one = makeEvent(u"objection"_s, u"2017"_s, u"llr"_s);
    one.title = u"Councils <object>"_s;
    one.setSummary(u"First & second.\n\nAnother paragraph."_s);
    TimelineEvent two = makeEvent(u"loose"_s, u"2018"_s);
    catalogue.setEvents({one, two});
    const QJsonObject root = QJsonDocument::fromJson(TimelineJsWriter::toJson(catalogue)).object();
    QCOMPARE(root.value("title"_L1).toObject().value("text"_L1).toObject().value("headline"_L1),
             u"Plans &amp; councils"_s);
    const QJsonArray slides = root.value("events"_L1).toArray();
    QCOMPARE(slides.size(), 2);
    const QJsonObject first = slides.at(0).toObject();
    QCOMPARE(first.value("unique_id"_L1).toString(), u"objection"_s);
    QCOMPARE(first.value("group"_L1).toString(), u"LLR councils"_s);
    const QJsonObject text = first.value("text"_L1).toObject();
    QCOMPARE(text.value("headline"_L1).toString(), u"Councils &lt;object&gt;"_s);
    QCOMPARE(text.value("text"_L1).toString(),
             u"<p>First &amp; second.</p><p>Another paragraph.</p>"_s);
    // An event in no lane has no group.
    QVERIFY(!slides.at(1).toObject().contains("group"_L1));
}

void tst_TimelineJsWriter::passagesCarryTheirCitation()
{
    Catalogue catalogue;
    SourceInfo source;
    source.id = u"hsj"_s;
    source.title = u"STP plans"_s;
    source.publisher = u"HSJ"_s;
    source.date = EventDate::parse(u"September 2017"_s);
    catalogue.setSources({source});
    catalogue.setLanes({{u"a"_s, u"A"_s, {}}});
    TimelineEvent reported = makeEvent(u"e"_s, u"2017"_s, u"a"_s);
    reported.setSummary(u"Summary."_s);
    reported.setSources({{u"hsj"_s, 0, 10, u"The quote"_s}});
    catalogue.setEvents({reported});
    QCOMPARE(onlySlide(catalogue).value("text"_L1).toObject().value("text"_L1).toString(),
             u"<p>Summary.</p><blockquote><p>The quote</p></blockquote>"
             "<p>\u2014 \u201CSTP plans\u201D, HSJ, September 2017</p>"_s);
}

void tst_TimelineJsWriter::roundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("council") << u"council.json"_s;
    QTest::newRow("bom") << u"bom.json"_s;
}

// TimelineJS -> catalogue -> TimelineJS -> catalogue keeps every event, its date at its
// precision and its text.
void tst_TimelineJsWriter::roundTrip()
{
    QFETCH(QString, name);
    const CatalogueLoadResult first =
        TimelineJsReader::read(TestFiles::read(TestFiles::path(u"timelinejs"_s, name)), name);
    QVERIFY(first.ok());
    QVERIFY(!first.catalogue.events().isEmpty());
    const QByteArray written = TimelineJsWriter::toJson(first.catalogue);
    const CatalogueLoadResult second = TimelineJsReader::read(written, name);
    QVERIFY2(second.ok(), written.constData());
    QCOMPARE(kept(second.catalogue), kept(first.catalogue));
    // Written again, the file is the same.
    QCOMPARE(TimelineJsWriter::toJson(second.catalogue), written);
}

QTEST_GUILESS_MAIN(tst_TimelineJsWriter)
#include "tst_timelinejswriter.moc"

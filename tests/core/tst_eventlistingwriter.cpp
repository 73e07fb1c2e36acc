#include "eventlistingwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Text with characters that make code points, UTF-16 units and bytes disagree: an emoji
// outside the BMP, curly quotes, a pound sign and a non-breaking space.
const QString kBoardText = u"Board papers \U0001F389 say: the \u201CSustainability and "
                           u"Transformation Plan\u201D costs \u00A35\u00A0million.\n"
                           u"Members said \u201Cno\u201D, twice."_s;
const QString kNewsText = u"\U0001F4F0 News: the trust\u2019s deficit reached \u00A312m."_s;

// Code point offsets of the first occurrence of quote, worked out without SourceDocument.
SourceLink linkTo(const QString &sourceId, const QString &text, const QString &quote)
{
    const qsizetype utf16 = text.indexOf(quote);
    Q_ASSERT(utf16 >= 0);
    SourceLink link;
    link.sourceId = sourceId;
    link.start = text.left(utf16).toUcs4().size();
    link.end = link.start + quote.toUcs4().size();
    link.excerpt = quote;
    return link;
}

QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> ucs4 = text.toUcs4();
    const QList<uint> part = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

TimelineEvent makeEvent(const QString &id, const QString &title, const EventDate &date)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.setSummary(u"Summary of "_s + id + u"."_s);
    event.date = date;
    event.laneId = u"national"_s;
    return event;
}

EventDate approximate(EventDate date)
{
    date.setApproximate(true);
    return date;
}

EventDate planned(EventDate date)
{
    date.setPlanned(true);
    return date;
}

Catalogue sampleCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Sample"_s);
    catalogue.setLanes({{u"national"_s, u"National"_s, {}}, {u"llr"_s, u"LLR"_s, {}}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, u"organisation"_s, {}, {}, u"national"_s},
                         {u"palmer"_s, u"Cllr Palmer"_s, u"person"_s, {}, {}, u"LLR"_s}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});

    SourceInfo board;
    board.id = u"board"_s;
    board.file = u"000_board.txt"_s;
    board.title = u"Board papers, \u201Cpart 1\u201D"_s;
    board.publisher = u"Leicestershire County Council"_s;
    board.date = EventDate(DatePoint::day(2018, 4, 17));
    board.basis = u"Dated on the cover."_s;
    SourceInfo news;
    news.id = u"news"_s;
    news.file = u"001_news.txt"_s;
    news.title = u"Trust deficit"_s;
    news.publisher = u"HSJ"_s;
    news.date = approximate(EventDate(DatePoint::month(2017, 9)));
    news.basis = u"Inferred from the text."_s;
    catalogue.setSources({board, news});
    catalogue.addDocument(SourceDocument::fromUtf8(board.id, board.file, kBoardText.toUtf8()));
    catalogue.addDocument(SourceDocument::fromUtf8(news.id, news.file, kNewsText.toUtf8()));

    TimelineEvent day = makeEvent(u"e-day"_s, u"Board says \"go\", then stops"_s,
                                  EventDate(DatePoint::day(2017, 8, 3)));
    day.setActorIds({u"nhse"_s, u"palmer"_s});
    day.setTagIds({u"policy"_s, u"money"_s});
    day.setSources({linkTo(u"board"_s, kBoardText,
                           u"\u201CSustainability and Transformation Plan\u201D costs "
                           u"\u00A35\u00A0million"_s),
                    linkTo(u"news"_s, kNewsText, u"trust\u2019s deficit"_s)});

    TimelineEvent month = makeEvent(u"e-month"_s, u"\u201CNo\u201D from members"_s,
                                    approximate(EventDate(DatePoint::month(2017, 9))));
    month.laneId = u"llr"_s;
    month.setActorIds({u"palmer"_s});
    month.setSummary(u"Two lines,\nwith a comma."_s);
    month.setSources({linkTo(u"board"_s, kBoardText, u"said \u201Cno\u201D, twice."_s),
                      linkTo(u"board"_s, kBoardText, u"\U0001F389"_s)});

    TimelineEvent quarter =
        makeEvent(u"e-quarter"_s, u"Quarter"_s, EventDate(DatePoint::quarter(2018, 2)));
    quarter.setTagIds({u"money"_s});
    quarter.setSources({linkTo(u"news"_s, kNewsText, u"\U0001F4F0 News"_s)});

    const TimelineEvent season =
        makeEvent(u"e-season"_s, u"Winter pressures"_s,
                  EventDate(DatePoint::season(2017, DatePoint::Season::Winter)));
    const TimelineEvent year =
        makeEvent(u"e-year"_s, u"Year"_s, planned(EventDate(DatePoint::year(2019))));
    const TimelineEvent financialYear =
        makeEvent(u"e-fy"_s, u"Savings, 2018/19"_s,
                  planned(approximate(EventDate(DatePoint::financialYear(2018)))));
    const TimelineEvent range =
        makeEvent(u"e-range"_s, u"Consultation"_s,
                  EventDate(DatePoint::month(2017, 9), DatePoint::month(2018, 3)));
    const TimelineEvent lines =
        makeEvent(u"e-lines"_s, u"Line one\r\nline two"_s, EventDate(DatePoint::day(2016, 1, 1)));

    catalogue.setEvents({day, month, quarter, season, year, financialYear, range, lines});
    return catalogue;
}

QJsonObject eventById(const QJsonArray &events, const QString &id)
{
    for (const QJsonValue &value : events) {
        if (value[u"id"_s].toString() == id)
            return value.toObject();
    }
    return {};
}

// A small RFC 4180 reader, independent of the code under test.
QList<QStringList> readCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (fieldStarted && !field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false; // a bare line break outside quotes
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !record.isEmpty() || !field.isEmpty())
        *ok = false; // unterminated quote or missing final CRLF
    return records;
}

const QStringList kCsvColumns = {u"id"_s,          u"start"_s,  u"end"_s,   u"precision"_s,
                                 u"approximate"_s, u"status"_s, u"label"_s, u"title"_s,
                                 u"lane"_s,        u"actors"_s, u"tags"_s,  u"sources"_s};

} // namespace

class TestEventListingWriter : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasOnlySourcesAndEvents();
    void jsonSources();
    void jsonEvent_data();
    void jsonEvent();
    void jsonExcerptOffsets_data();
    void jsonExcerptOffsets();
    void jsonExcerptComesFromDocument();
    void selection_data();
    void selection();
    void csvEvent_data();
    void csvEvent();
    void csvQuoting_data();
    void csvQuoting();
    void emptyCatalogue();
};

void TestEventListingWriter::jsonHasOnlySourcesAndEvents()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(EventListingWriter::toJson(sampleCatalogue()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(), (QStringList{u"events"_s, u"sources"_s}));
    QCOMPARE(document[u"events"_s].toArray().size(), 8);
}

void TestEventListingWriter::jsonSources()
{
    const Catalogue catalogue = sampleCatalogue();
    const QJsonArray sources =
        QJsonDocument::fromJson(EventListingWriter::toJson(catalogue))[u"sources"_s].toArray();
    QCOMPARE(sources.size(), catalogue.sources().size());
    for (int i = 0; i < sources.size(); ++i) {
        const SourceInfo &expected = catalogue.sources().at(i);
        const QJsonObject source = sources.at(i).toObject();
        QCOMPARE(source.keys(), (QStringList{u"basis"_s, u"date"_s, u"file"_s, u"id"_s,
                                             u"publisher"_s, u"title"_s}));
        QCOMPARE(source[u"id"_s].toString(), expected.id);
        QCOMPARE(source[u"file"_s].toString(), expected.file);
        QCOMPARE(source[u"title"_s].toString(), expected.title);
        QCOMPARE(source[u"publisher"_s].toString(), expected.publisher);
        QCOMPARE(source[u"basis"_s].toString(), expected.basis);
        const QJsonObject date = source[u"date"_s].toObject();
        QCOMPARE(date[u"start"_s].toString(), expected.date.first().toString(Qt::ISODate));
        QCOMPARE(date[u"end"_s].toString(), expected.date.last().toString(Qt::ISODate));
        QCOMPARE(date[u"precision"_s].toString(), expected.date.precisionName());
        QCOMPARE(date[u"approximate"_s].toBool(), expected.date.isApproximate());
        QCOMPARE(date[u"label"_s].toString(), expected.date.label());
    }
    QCOMPARE(sources.at(1)[u"date"_s][u"start"_s].toString(), u"2017-09-01"_s);
    QCOMPARE(sources.at(1)[u"date"_s][u"end"_s].toString(), u"2017-09-30"_s);
    QCOMPARE(sources.at(1)[u"date"_s][u"approximate"_s].toBool(), true);
}

void TestEventListingWriter::jsonEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("label");

    QTest::newRow("day") << u"e-day"_s << u"2017-08-03"_s << u"2017-08-03"_s << u"day"_s << false
                         << u"happened"_s << u"3 August 2017"_s;
    QTest::newRow("month, approximate")
        << u"e-month"_s << u"2017-09-01"_s << u"2017-09-30"_s << u"month"_s << true << u"happened"_s
        << u"c. September 2017"_s;
    QTest::newRow("quarter") << u"e-quarter"_s << u"2018-04-01"_s << u"2018-06-30"_s << u"quarter"_s
                             << false << u"happened"_s << u"Q2 2018"_s;
    QTest::newRow("season across a new year")
        << u"e-season"_s << u"2017-12-01"_s << u"2018-02-28"_s << u"season"_s << false
        << u"happened"_s << u"winter 2017/18"_s;
    QTest::newRow("year, planned") << u"e-year"_s << u"2019-01-01"_s << u"2019-12-31"_s << u"year"_s
                                   << false << u"planned"_s << u"2019 (planned)"_s;
    QTest::newRow("financial year, approximate and planned")
        << u"e-fy"_s << u"2018-04-01"_s << u"2019-03-31"_s << u"financial-year"_s << true
        << u"planned"_s << u"c. 2018/19 (planned)"_s;
    QTest::newRow("range") << u"e-range"_s << u"2017-09-01"_s << u"2018-03-31"_s << u"range"_s
                           << false << u"happened"_s << u"Sept 2017 \u2013 Mar 2018"_s;
    QTest::newRow("no links") << u"e-lines"_s << u"2016-01-01"_s << u"2016-01-01"_s << u"day"_s
                              << false << u"happened"_s << u"1 January 2016"_s;
}

void TestEventListingWriter::jsonEvent()
{
    QFETCH(QString, id);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, precision);
    QFETCH(bool, approximate);
    QFETCH(QString, status);
    QFETCH(QString, label);

    const Catalogue catalogue = sampleCatalogue();
    const TimelineEvent *expected = catalogue.event(id);
    QVERIFY(expected);
    const QJsonObject event = eventById(
        QJsonDocument::fromJson(EventListingWriter::toJson(catalogue))[u"events"_s].toArray(), id);
    QVERIFY(!event.isEmpty());

    QCOMPARE(event.keys(), (QStringList{u"actors"_s, u"date"_s, u"id"_s, u"lane"_s, u"sources"_s,
                                        u"status"_s, u"summary"_s, u"tags"_s, u"title"_s}));
    QCOMPARE(event[u"title"_s].toString(), expected->title);
    QCOMPARE(event[u"summary"_s].toString(), expected->summary());
    QCOMPARE(event[u"status"_s].toString(), status);
    QCOMPARE(event[u"lane"_s].toString(), expected->laneId);
    QCOMPARE(event[u"actors"_s].toVariant().toStringList(), expected->actorIds());
    QCOMPARE(event[u"tags"_s].toVariant().toStringList(), expected->tagIds());
    QVERIFY(event[u"actors"_s].isArray());
    QVERIFY(event[u"tags"_s].isArray());

    const QJsonObject date = event[u"date"_s].toObject();
    QCOMPARE(date.keys(),
             (QStringList{u"approximate"_s, u"end"_s, u"label"_s, u"precision"_s, u"start"_s}));
    QCOMPARE(date[u"start"_s].toString(), start);
    QCOMPARE(date[u"end"_s].toString(), end);
    QCOMPARE(date[u"precision"_s].toString(), precision);
    QCOMPARE(date[u"approximate"_s].toBool(), approximate);
    QCOMPARE(date[u"label"_s].toString(), label);
    QCOMPARE(EventDate::parse(date[u"label"_s].toString()), expected->date);

    const QJsonArray links = event[u"sources"_s].toArray();
    QCOMPARE(links.size(), expected->sources().size());
    for (int i = 0; i < links.size(); ++i) {
        const SourceLink &link = expected->sources().at(i);
        const QJsonObject json = links.at(i).toObject();
        QCOMPARE(json.keys(), (QStringList{u"document"_s, u"end"_s, u"excerpt"_s, u"start"_s}));
        QCOMPARE(json[u"document"_s].toString(), catalogue.source(link.sourceId)->file);
        QCOMPARE(json[u"start"_s].toInteger(), qint64(link.start));
        QCOMPARE(json[u"end"_s].toInteger(), qint64(link.end));
        QCOMPARE(json[u"excerpt"_s].toString(), link.excerpt);
        const QString text = catalogue.document(link.sourceId)->text();
        QCOMPARE(json[u"excerpt"_s].toString(),
                 codePointSlice(text, json[u"start"_s].toInteger(), json[u"end"_s].toInteger()));
    }
}

void TestEventListingWriter::jsonExcerptOffsets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("link");
    QTest::addColumn<QString>("document");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<QString>("excerpt");

    // Hand-counted code points: the emoji is one, where UTF-16 would count two.
    QTest::newRow("after an emoji, with curly quotes, pound and nbsp")
        << u"e-day"_s << 0 << u"000_board.txt"_s << qint64(24) << qint64(81)
        << u"\u201CSustainability and Transformation Plan\u201D costs \u00A35\u00A0million"_s;
    QTest::newRow("apostrophe after an emoji") << u"e-day"_s << 1 << u"001_news.txt"_s << qint64(12)
                                               << qint64(27) << u"trust\u2019s deficit"_s;
    QTest::newRow("on a second line") << u"e-month"_s << 0 << u"000_board.txt"_s << qint64(91)
                                      << qint64(108) << u"said \u201Cno\u201D, twice."_s;
    QTest::newRow("the emoji itself")
        << u"e-month"_s << 1 << u"000_board.txt"_s << qint64(13) << qint64(14) << u"\U0001F389"_s;
    QTest::newRow("at the very start") << u"e-quarter"_s << 0 << u"001_news.txt"_s << qint64(0)
                                       << qint64(6) << u"\U0001F4F0 News"_s;
}

void TestEventListingWriter::jsonExcerptOffsets()
{
    QFETCH(QString, id);
    QFETCH(int, link);
    QFETCH(QString, document);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(QString, excerpt);

    const QJsonObject event = eventById(
        QJsonDocument::fromJson(EventListingWriter::toJson(sampleCatalogue()))[u"events"_s].toArray(),
        id);
    const QJsonObject json = event[u"sources"_s][link].toObject();
    QCOMPARE(json[u"document"_s].toString(), document);
    QCOMPARE(json[u"start"_s].toInteger(), start);
    QCOMPARE(json[u"end"_s].toInteger(), end);
    QCOMPARE(json[u"excerpt"_s].toString(), excerpt);
}

void TestEventListingWriter::jsonExcerptComesFromDocument()
{
    // A stale excerpt in the link must not leak out: the output promises text[start, end).
    Catalogue catalogue = sampleCatalogue();
    QList<TimelineEvent> events = catalogue.events();
    TimelineEvent &event = events[catalogue.eventIndex(u"e-day"_s)];
    event.editDetails().sources[0].excerpt = u"something else"_s;
    catalogue.setEvents(events);

    const QJsonObject json = eventById(
        QJsonDocument::fromJson(EventListingWriter::toJson(catalogue))[u"events"_s].toArray(),
        u"e-day"_s);
    QCOMPARE(json[u"sources"_s][0][u"excerpt"_s].toString(), codePointSlice(kBoardText, 24, 81));
}

void TestEventListingWriter::selection_data()
{
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("all, chronologically")
        << QList<int>{} << QStringList{u"e-lines"_s,  u"e-day"_s,     u"e-month"_s, u"e-range"_s,
                                       u"e-season"_s, u"e-quarter"_s, u"e-fy"_s,    u"e-year"_s};
    QTest::newRow("picked and reordered")
        << QList<int>{3, 0} << QStringList{u"e-range"_s, u"e-lines"_s};
    QTest::newRow("out of range indexes are skipped")
        << QList<int>{-1, 1, 99} << QStringList{u"e-day"_s};
}

void TestEventListingWriter::selection()
{
    QFETCH(QList<int>, indexes);
    QFETCH(QStringList, ids);

    const Catalogue catalogue = sampleCatalogue();
    QStringList jsonIds;
    const QJsonArray events =
        QJsonDocument::fromJson(EventListingWriter::toJson(catalogue, indexes))[u"events"_s].toArray();
    for (const QJsonValue &event : events)
        jsonIds.append(event[u"id"_s].toString());
    QCOMPARE(jsonIds, ids);

    bool ok = false;
    const QList<QStringList> records =
        readCsv(QString::fromUtf8(EventListingWriter::toCsv(catalogue, indexes)), &ok);
    QVERIFY(ok);
    QStringList csvIds;
    for (qsizetype i = 1; i < records.size(); ++i)
        csvIds.append(records.at(i).value(0));
    QCOMPARE(csvIds, ids);
}

void TestEventListingWriter::csvEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sources");

    QTest::newRow("two links, two actors, two tags")
        << u"e-day"_s << u"000_board.txt:24-81;001_news.txt:12-27"_s;
    QTest::newRow("approximate, two links into one document")
        << u"e-month"_s << u"000_board.txt:91-108;000_board.txt:13-14"_s;
    QTest::newRow("one link at the start") << u"e-quarter"_s << u"001_news.txt:0-6"_s;
    QTest::newRow("season") << u"e-season"_s << QString();
    QTest::newRow("planned") << u"e-year"_s << QString();
    QTest::newRow("comma in the title, approximate and planned") << u"e-fy"_s << QString();
    QTest::newRow("range") << u"e-range"_s << QString();
    QTest::newRow("line break in the title") << u"e-lines"_s << QString();
}

void TestEventListingWriter::csvEvent()
{
    QFETCH(QString, id);
    QFETCH(QString, sources);

    const Catalogue catalogue = sampleCatalogue();
    bool ok = false;
    const QList<QStringList> records =
        readCsv(QString::fromUtf8(EventListingWriter::toCsv(catalogue)), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), catalogue.events().size() + 1);
    QCOMPARE(records.first(), kCsvColumns);

    const int index = catalogue.eventIndex(id);
    QVERIFY(index >= 0);
    const QStringList row = records.at(index + 1);
    QCOMPARE(row.size(), kCsvColumns.size());
    const TimelineEvent &event = catalogue.events().at(index);
    QCOMPARE(row.at(0), event.id);
    QCOMPARE(QDate::fromString(row.at(1), Qt::ISODate), event.date.first());
    QCOMPARE(QDate::fromString(row.at(2), Qt::ISODate), event.date.last());
    QCOMPARE(row.at(3), event.date.precisionName());
    QCOMPARE(row.at(4), event.date.isApproximate() ? u"true"_s : u"false"_s);
    QCOMPARE(row.at(5), event.isPlanned() ? u"planned"_s : u"happened"_s);
    QCOMPARE(EventDate::parse(row.at(6)), event.date);
    QCOMPARE(row.at(7), event.title);
    QCOMPARE(row.at(8), event.laneId);
    QCOMPARE(row.at(9).split(u';', Qt::SkipEmptyParts), event.actorIds());
    QCOMPARE(row.at(10).split(u';', Qt::SkipEmptyParts), event.tagIds());
    QCOMPARE(row.at(11), sources);
}

void TestEventListingWriter::csvQuoting_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u"Plain title"_s << u",Plain title,"_s;
    QTest::newRow("comma") << u"One, two"_s << u",\"One, two\","_s;
    QTest::newRow("quotes") << u"Say \"yes\""_s << u",\"Say \"\"yes\"\"\","_s;
    QTest::newRow("line feed") << u"a\nb"_s << u",\"a\nb\","_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u",\"a\rb\","_s;
    QTest::newRow("curly quotes and pound stay bare")
        << u"\u201CPlan\u201D \u00A35\u00A0m \U0001F389"_s
        << u",\u201CPlan\u201D \u00A35\u00A0m \U0001F389,"_s;
}

void TestEventListingWriter::csvQuoting()
{
    QFETCH(QString, title);
    QFETCH(QString, encoded);

    Catalogue catalogue;
    catalogue.setEvents({makeEvent(u"only"_s, title, EventDate(DatePoint::day(2017, 1, 2)))});
    const QString csv = QString::fromUtf8(EventListingWriter::toCsv(catalogue));
    QVERIFY2(csv.contains(encoded), qPrintable(csv));

    bool ok = false;
    const QList<QStringList> records = readCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).value(7), title);
}

void TestEventListingWriter::emptyCatalogue()
{
    const Catalogue empty;
    const QJsonDocument json = QJsonDocument::fromJson(EventListingWriter::toJson(empty));
    QVERIFY(json[u"sources"_s].isArray());
    QVERIFY(json[u"events"_s].isArray());
    QCOMPARE(json[u"events"_s].toArray().size(), 0);
    QCOMPARE(EventListingWriter::toCsv(empty),
             QByteArray("id,start,end,precision,approximate,status,label,title,lane,actors,tags,"
                        "sources\r\n"));
}

QTEST_GUILESS_MAIN(TestEventListingWriter)
#include "tst_eventlistingwriter.moc"

#include "csvparser.h"
#include "eventlistreader.h"
#include "jsonfile.h"
#include "problemtext.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// One line per event: what a reader would need to tell two loads apart.
QStringList summary(const Catalogue &catalogue)
{
    QStringList lines;
    for (const TimelineEvent &event : catalogue.events())
        lines.append(u"%1|%2|%3|%4|%5"_s.arg(event.id, event.date.label(), event.title,
                                             event.laneId, event.tagIds().join(u',')));
    for (const Lane &lane : catalogue.lanes())
        lines.append(u"lane %1|%2"_s.arg(lane.id, lane.name));
    for (const Tag &tag : catalogue.tags())
        lines.append(u"tag %1|%2"_s.arg(tag.id, tag.name));
    return lines;
}

const QByteArray kHeader = "id,start,end,title,group,category\n";

} // namespace

class tst_EventListReader : public QObject
{
    Q_OBJECT

private slots:
    void csv();
    void csvVariants_data();
    void csvVariants();
    void csvProblems_data();
    void csvProblems();
    void csvReportsEveryRow();
    void csvFromADeviceAsFromBytes_data();
    void csvFromADeviceAsFromBytes();
    void messagesCutLongInput_data();
    void messagesCutLongInput();
    void json();
    void jsonProblems_data();
    void jsonProblems();
    void plainAndGeneralReadersAgree_data();
    void plainAndGeneralReadersAgree();
    void plainFromADeviceAgrees_data();
    void plainFromADeviceAgrees();
};

void tst_EventListReader::csv()
{
    const QByteArray data = utf8(u"id,start,end,title,group,category\r\n"
                                 "7,2017-08-03,,\u201CClear message\u201D from regulators,Lane 2,"
                                 "meeting\r\n"
                                 "8,2017-09-01,2017-09-30,\"Board papers, \"\"phase one\"\"\",Lane "
                                 "1,release\r\n"
                                 "9,2018-06-14,,\"Council leaders\u2019 letter\r\nto the STP\","
                                 "Lane 2,\r\n"
                                 "10,2016,,\u00A3399m gap,,note\r\n"_s);
    const CatalogueLoadResult result = EventListReader::readCsv(data, u"dir/events.csv"_s);
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    const QStringList expected = {
        u"10|2016|\u00A3399m gap||note"_s,
        u"7|3 August 2017|\u201CClear message\u201D from regulators|Lane 2|meeting"_s,
        u"8|1 Sept 2017 \u2013 30 Sept 2017|Board papers, \"phase one\"|Lane 1|release"_s,
        u"9|14 June 2018|Council leaders\u2019 letter\r\nto the STP|Lane 2|"_s,
        // Lanes in order of first appearance; an empty group is a lane of its own.
        u"lane Lane 2|Lane 2"_s,
        u"lane Lane 1|Lane 1"_s,
        u"lane |No group"_s,
        u"tag meeting|meeting"_s,
        u"tag release|release"_s,
        u"tag note|note"_s,
    };
    QCOMPARE(summary(result.catalogue), expected);
    QCOMPARE(result.catalogue.title(), u"events"_s);
    QVERIFY(result.catalogue.event(u"8"_s)->date.isRange());
    QVERIFY(result.catalogue.event(u"7"_s)->sources().isEmpty());
}

void tst_EventListReader::csvVariants_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("LF line ends") << QByteArray(kHeader + "1,2017-08-03,,T,G,c\n")
                                  << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("no final line end")
        << QByteArray(kHeader + "1,2017-08-03,,T,G,c") << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF" + kHeader + "1,2017-08-03,,T,G,c\n")
        << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("blank lines") << QByteArray(kHeader + "\n\r\n1,2017-08-03,,T,G,c\n\n")
                                 << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("columns in another order")
        << QByteArray("title,id,category,group,end,start\nT,1,c,G,,2017-08-03\n")
        << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("header in capitals with spaces")
        << QByteArray("ID, Start ,End,Title,Group,Category\n1,2017-08-03,,T,G,c\n")
        << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("spaces around values")
        << QByteArray(kHeader + " 1 , 2017-08-03 ,, T , G , c \n") << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("quoted everything")
        << QByteArray(kHeader + "\"1\",\"2017-08-03\",\"\",\"T\",\"G\",\"c\"\n")
        << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("en-GB dates") << QByteArray(kHeader + "1,Sept 2017,March 2018,T,G,c\n")
                                 << u"1|Sept 2017 \u2013 Mar 2018|T|G|c"_s;
    QTest::newRow("approximate and planned")
        << QByteArray(kHeader + "1,c. 2018/19 (planned),,T,G,c\n")
        << u"1|c. 2018/19 (planned)|T|G|c"_s;
    QTest::newRow("end equal to start")
        << QByteArray(kHeader + "1,2017-08-03,2017-08-03,T,G,c\n") << u"1|3 August 2017|T|G|c"_s;
    QTest::newRow("leap day range") << QByteArray(kHeader + "1,2016-02-28,2016-03-01,T,G,c\n")
                                    << u"1|28 Feb 2016 \u2013 1 Mar 2016|T|G|c"_s;
}

void tst_EventListReader::csvVariants()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);

    const CatalogueLoadResult result = EventListReader::readCsv(data, u"events.csv"_s);
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(summary(result.catalogue).first(), expected);
}

void tst_EventListReader::csvProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << 0 << u"the file is empty: expected the header"_s;
    QTest::newRow("no header")
        << QByteArray("1,2017-08-03,,T,G,c\n") << 1
        << u"the first line must be the header id,start,end,title,group,category"_s;
    QTest::newRow("unknown column")
        << QByteArray("id,start,end,title,group,category,colour\n") << 1
        << u"unknown column \"colour\" in the header; expected id,start,end,title,group,category"_s;
    QTest::newRow("missing column") << QByteArray("id,start,title,group,category\n") << 1
                                    << u"the header has no \"end\" column"_s;
    QTest::newRow("repeated column") << QByteArray("id,start,end,title,group,category,id\n") << 1
                                     << u"the header names the column \"id\" twice"_s;
    QTest::newRow("too few fields") << QByteArray(kHeader + "1,2017-08-03,,T,G,c\n2,2017-08-04,T\n")
                                    << 3 << u"expected 6 fields, found 3"_s;
    QTest::newRow("too many fields") << QByteArray(kHeader + "1,2017-08-03,,T,G,c,extra\n") << 2
                                     << u"expected 6 fields, found 7"_s;
    QTest::newRow("impossible date")
        << QByteArray(kHeader + "1,2017-02-30,,T,G,c\n") << 2
        << u"event \"1\": \"start\": \u201C2017-02-30\u201D is not a date: that day does not exist"_s;
    QTest::newRow("bad end") << QByteArray(kHeader + "1,2017-02-03,soon,T,G,c\n") << 2
                             << u"event \"1\": \"end\": \u201Csoon\u201D is not a date"_s;
    QTest::newRow("no start") << QByteArray(kHeader + "1,,,T,G,c\n") << 2
                              << u"event \"1\": there is no start date"_s;
    QTest::newRow("end before start")
        << QByteArray(kHeader + "1,2017-08-03,2017-08-02,T,G,c\n") << 2
        << u"event \"1\": the end (2 August 2017) is before the start (3 August 2017)"_s;
    QTest::newRow("range as start") << QByteArray(kHeader + "1,2017 to 2018,2019,T,G,c\n") << 2
                                    << u"\"start\" and \"end\" must each be one date"_s;
    QTest::newRow("duplicate id")
        << QByteArray(kHeader + "1,2017-08-03,,T,G,c\n2,2017-08-03,,T,G,c\n1,2017-08-04,,U,G,c\n")
        << 4 << u"event \"1\": the id is used on line 2 too"_s;
    QTest::newRow("empty title") << QByteArray(kHeader + "1,2017-08-03,,  ,G,c\n") << 2
                                 << u"event \"1\": the title is empty"_s;
    QTest::newRow("no id") << QByteArray(kHeader + ",2017-08-03,,T,G,c\n") << 2
                           << u"the event: there is no id"_s;
    QTest::newRow("unclosed quote") << QByteArray(kHeader + "1,2017-08-03,,\"T,G,c\n2,x\n") << 2
                                    << u"a quoted field is not closed"_s;
    QTest::newRow("quote inside a field")
        << QByteArray(kHeader + "1,2017-08-03,,The \"plan\",G,c\n") << 2
        << u"a quote inside a field that does not start with one"_s;
    QTest::newRow("text after a closing quote")
        << QByteArray(kHeader + "1,2017-08-03,,\"The\" plan,G,c\n") << 2
        << u"text after the closing quote of a field"_s;
    QTest::newRow("line after a quoted line break")
        << QByteArray(kHeader + "1,2017-08-03,,\"Two\nlines\",G,c\n2,2017-13-01,,T,G,c\n") << 4
        << u"event \"2\": \"start\": \u201C2017-13-01\u201D is not a date: there is no month 13"_s;
    QTest::newRow("malformed UTF-8") << QByteArray(kHeader + "1,2017-08-03,,caf\xE9,G,c\n") << 2
                                     << u"byte 51: malformed UTF-8"_s;
    QTest::newRow("CR line endings")
        << QByteArray("id,start,end,title,group,category\r1,2017-08-03,,T,G,c\r") << 0
        << u"the lines end in CR alone"_s;
    QTest::newRow("NUL in a field")
        << QByteArray(kHeader + "1,2017-08-03,,T" + QByteArray(1, '\0') + "x,G,c\n") << 2
        << u"event \"1\": \"title\" holds the control character U+0000"_s;
    QTest::newRow("control character in a field")
        << QByteArray(kHeader + "1,2017-08-03,,T,G\x1B,c\n") << 2
        << u"event \"1\": \"group\" holds the control character U+001B"_s;
    QTest::newRow("year out of range") << QByteArray(kHeader + "1,9999,,T,G,c\n") << 2
                                       << u"the year is out of range (1 to 9998)"_s;
}

// A message quotes at most a line's worth of what the file says.
void tst_EventListReader::messagesCutLongInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("csv");

    const QByteArray name(1000000, 'n');
    QTest::newRow("column name") << QByteArray("id,start,end,title,group,category," + name + "\n")
                                 << true;
    QTest::newRow("date") << QByteArray(kHeader + "1," + name + ",,T,G,c\n") << true;
    QTest::newRow("id") << QByteArray(kHeader + name + ",2017-02-30,,T,G,c\n") << true;
    QTest::newRow("JSON member") << QByteArray("{\"events\": [], \"" + name + "\": 1}") << false;
}

void tst_EventListReader::messagesCutLongInput()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, csv);

    const CatalogueLoadResult result = csv ? EventListReader::readCsv(data, u"e.csv"_s)
                                           : EventListReader::readJson(data, u"e.json"_s);
    QVERIFY(!result.problems.isEmpty());
    for (const Problem &problem : result.problems)
        QVERIFY2(problem.message.size() < 300, qPrintable(problem.message.left(300)));
}

void tst_EventListReader::csvProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, message);

    const CatalogueLoadResult result = EventListReader::readCsv(data, u"in/events.csv"_s);
    QVERIFY2(result.problems.size() == 1, qPrintable(TestProblems::text(result.problems)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, u"in/events.csv"_s);
    QCOMPARE(problem.line, line);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

// Every row is checked, and the good ones still load.
void tst_EventListReader::csvReportsEveryRow()
{
    const QByteArray data = kHeader + "1,2017-08-03,,A,G,c\n"
                                      "2,2017-02-30,,B,G,c\n"
                                      "3,2017-08-05,,,G,c\n"
                                      "4,2017-08-06\n"
                                      "5,2017-08-07,,E,G,c\n";
    const CatalogueLoadResult result = EventListReader::readCsv(data, u"events.csv"_s);
    QList<int> lines;
    for (const Problem &problem : result.problems)
        lines.append(problem.line);
    QCOMPARE(lines, (QList<int>{3, 4, 5}));
    QCOMPARE(result.catalogue.events().size(), 2);
}

void tst_EventListReader::csvFromADeviceAsFromBytes_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("rows") << kHeader + "1,2014-01-01,,A,g,c\n2,2014-02-01,2014-03-01,B,h,d\n";
    QTest::newRow("problems") << kHeader + "1,2014-01-01,,A,g,c\n1,2014-13-01,,,g\n\"x,\n";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("CR alone") << QByteArray("id,start,end,title,group,category\r1,2014,,A,g,c\r");
    QTest::newRow("CR LF") << QByteArray("id,start,end,title,group,category\r\n1,2014,,A,g,c\r\n");
    QTest::newRow("malformed UTF-8")
        << kHeader + "1,2014-01-01,,A,g,c\n2,2014-01-01,,B \xC3(,g,c\n";
    QTest::newRow("cut inside a character") << kHeader + "1,2014-01-01,,Caf\xC3";
    // Long enough to be checked in several pieces, with a character across each edge.
    QByteArray rows;
    for (int i = 1; rows.size() < 3 * CsvParser::kPieceBytes; ++i)
        rows += QByteArray::number(i) + ",2014-01-01,,Caf\xC3\xA9 \xE2\x82\xAC" +
                QByteArray(i % 13, 'x') + ",g,c\n";
    // The first piece ends inside a character.
    QByteArray large = kHeader + rows;
    for (int pad = 1; (uchar(large.at(CsvParser::kPieceBytes)) & 0xC0) != 0x80; ++pad)
        large = kHeader.chopped(1) + QByteArray(pad, ' ') + '\n' + rows;
    QTest::newRow("large") << large;
    QByteArray lateBad = large;
    lateBad.insert(lateBad.size() - 10, "\xFF");
    QTest::newRow("large, malformed near the end") << lateBad;
    QByteArray lateCr = large;
    lateCr.replace('\n', '\r');
    QTest::newRow("large, CR alone") << lateCr;
}

// Read from a device, a piece at a time, a CSV file gives what its bytes give.
void tst_EventListReader::csvFromADeviceAsFromBytes()
{
    QFETCH(QByteArray, data);

    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const CatalogueLoadResult streamed = EventListReader::readCsv(&device, u"e.csv"_s);
    const CatalogueLoadResult whole = EventListReader::readCsv(data, u"e.csv"_s);
    QCOMPARE(TestProblems::text(streamed.problems), TestProblems::text(whole.problems));
    QCOMPARE(summary(streamed.catalogue), summary(whole.catalogue));
    QCOMPARE(streamed.catalogue.title(), whole.catalogue.title());
}

void tst_EventListReader::json()
{
    const QByteArray data =
        utf8(u"{\"title\": \"Board meetings\", \"events\": [\n"
             "  {\"id\": 2, \"start\": \"2017-09-01\", \"end\": \"2017-09-30\", \"title\": \"Board "
             "papers, \\\"phase one\\\"\", \"group\": \"Lane 1\", \"category\": \"release\"},\n"
             "  {\"id\": 1, \"start\": \"2017-08-03\", \"end\": null, \"title\": \"\u201CClear "
             "message\u201D\", \"group\": \"Lane 2\", \"category\": \"meeting\"},\n"
             "  {\"id\": \"x-3\", \"start\": \"June 2018\", \"title\": \"\\u00A3399m\", \"group\": "
             "\"Lane 2\"}\n"
             "]}\n"_s);
    const CatalogueLoadResult result = EventListReader::readJson(data, u"events.json"_s);
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    const QStringList expected = {
        u"1|3 August 2017|\u201CClear message\u201D|Lane 2|meeting"_s,
        u"2|1 Sept 2017 \u2013 30 Sept 2017|Board papers, \"phase one\"|Lane 1|release"_s,
        u"x-3|June 2018|\u00A3399m|Lane 2|"_s,
        u"lane Lane 1|Lane 1"_s,
        u"lane Lane 2|Lane 2"_s,
        u"tag release|release"_s,
        u"tag meeting|meeting"_s,
    };
    QCOMPARE(summary(result.catalogue), expected);
    QCOMPARE(result.catalogue.title(), u"Board meetings"_s);
}

void tst_EventListReader::jsonProblems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    // Problems sit at the event's "id": line 3, column 4 in each of these.
    auto list = [](const char *second) -> QByteArray {
        return QByteArray("{\"events\": [\n"
                          "  {\"id\": 1, \"start\": \"2017-08-03\", \"title\": \"A\"},\n"
                          "  {") +
               second + "}\n]}\n";
    };
    QTest::newRow("impossible date")
        << list("\"id\": 2, \"start\": \"2017-02-30\", \"title\": \"B\"") << 3 << 4
        << u"event \"2\": \"start\": \u201C2017-02-30\u201D is not a date: that day does not exist"_s;
    QTest::newRow("end before start")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"end\": \"2017-08-01\", \"title\": \"B\"")
        << 3 << 4 << u"event \"2\": the end (1 August 2017) is before the start"_s;
    QTest::newRow("fractional id")
        << list("\"id\": 2.5, \"start\": \"2017-08-03\", \"title\": \"B\"") << 3 << 4
        << u"\"id\" must be a whole number or a string"_s;
    QTest::newRow("duplicate id") << list("\"id\": 1, \"start\": \"2017-08-04\", \"title\": \"B\"")
                                  << 3 << 4 << u"event \"1\": the id is used on line 2 too"_s;
    QTest::newRow("unknown field")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"title\": \"B\", \"colour\": \"red\"") << 3
        << 4 << u"event \"2\": unknown field \"colour\""_s;
    QTest::newRow("end of the wrong type")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"end\": 5, \"title\": \"B\"") << 3 << 4
        << u"event \"2\": \"end\" must be a date or null"_s;
    QTest::newRow("title of the wrong type")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"title\": [\"B\"]") << 3 << 4
        << u"event \"2\": \"title\" must be a string"_s;
    QTest::newRow("no title") << list("\"id\": 2, \"start\": \"2017-08-03\"") << 3 << 4
                              << u"event \"2\": the title is empty"_s;
    QTest::newRow("no id") << list("\"start\": \"2017-08-03\", \"title\": \"B\"") << 3 << 3
                           << u"event 2: there is no id"_s;
    QTest::newRow("empty id") << list("\"id\": \" \", \"start\": \"2017-08-03\", \"title\": \"B\"")
                              << 3 << 4 << u"event 2: there is no id"_s;
    QTest::newRow("not an object") << QByteArray("{\"events\": [\n  {\"id\": 1, \"start\": "
                                                 "\"2017-08-03\", \"title\": \"A\"},\n  42\n]}")
                                   << 3 << 3 << u"event 2: expected an object"_s;
    QTest::newRow("events not a list") << QByteArray("{\n  \"events\": {\"id\": 1}\n}") << 2 << 3
                                       << u"\"events\" must be a list"_s;
    QTest::newRow("unknown member at the top") << QByteArray("{\"events\": [],\n \"lanes\": []}")
                                               << 2 << 2 << u"unknown field \"lanes\""_s;
    QTest::newRow("malformed") << QByteArray("{\"events\": [\n  {\"id\": 1 \"start\": \"x\"}\n]}")
                               << 2 << 13 << u"malformed JSON: "_s;
    QTest::newRow("malformed UTF-8") << QByteArray("{\"events\": [\n  {\"id\": 1, \"start\": "
                                                   "\"2017-08-03\", \"title\": \"caf\xE9\"}\n]}")
                                     << 2 << 0 << u"malformed JSON: "_s;
    // A double beyond qint64 must not be converted to it; beyond 2^53 ids merge.
    QTest::newRow("huge id") << list("\"id\": 1e300, \"start\": \"2017-08-03\", \"title\": \"B\"")
                             << 3 << 4 << u"write large ids as strings"_s;
    QTest::newRow("id above 2^53")
        << list("\"id\": 9007199254740993, \"start\": \"2017-08-03\", \"title\": \"B\"") << 3 << 4
        << u"write large ids as strings"_s;
    QTest::newRow("negative huge id")
        << list("\"id\": -1e19, \"start\": \"2017-08-03\", \"title\": \"B\"") << 3 << 4
        << u"write large ids as strings"_s;
    QTest::newRow("repeated member at the top")
        << QByteArray("{\"events\": [{\"id\": 1, \"start\": \"2017-08-03\", \"title\": \"A\"}],\n"
                      " \"events\": []}")
        << 2 << 2 << u"\"events\" is written twice in the same object (also on line 1)"_s;
    QTest::newRow("repeated member in an event")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"title\": \"B\", \"title\": \"C\"") << 3
        << 50 << u"\"title\" is written twice in the same object (also on line 3)"_s;
    QTest::newRow("empty file") << QByteArray(" \n") << 0 << 0 << u"the file is empty"_s;
    QTest::newRow("unpaired surrogate")
        << list("\"id\": 2, \"start\": \"2017-08-03\", \"title\": \"\\ud800\"") << 3 << 4
        << u"event \"2\": \"title\" holds an unpaired surrogate U+D800"_s;
    QTest::newRow("NUL") << list("\"id\": 2, \"start\": \"2017-08-03\", \"title\": \"a\\u0000\"")
                         << 3 << 4
                         << u"event \"2\": \"title\" holds the control character U+0000"_s;
}

void tst_EventListReader::jsonProblems()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const CatalogueLoadResult result = EventListReader::readJson(data, u"in/events.json"_s);
    QVERIFY2(result.problems.size() == 1, qPrintable(TestProblems::text(result.problems)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, u"in/events.json"_s);
    QCOMPARE(problem.line, line);
    if (column > 0)
        QCOMPARE(problem.column, column);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

// The fast reader for well-formed generator output must give exactly what the general one
// gives; it must decline everything else.
namespace {

// An event list long enough to go to simdjson in several batches.
QByteArray manyEvents(int count)
{
    QByteArray data = "{\"title\":\"Many\",\"events\":[";
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            data += ',';
        data += "{\"id\":" + QByteArray::number(i) + ",\"start\":\"2016-03-" +
                QByteArray::number(1 + i % 28).rightJustified(2, '0') +
                "\",\"end\":null,\"title\":\"Event " + QByteArray::number(i) +
                "\",\"group\":\"Lane " + QByteArray::number(i % 3) + "\",\"category\":\"c" +
                QByteArray::number(i % 5) + "\"}";
    }
    return data + "]}";
}

} // namespace

void tst_EventListReader::plainAndGeneralReadersAgree_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("plain");

    QTest::newRow("generator shape")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2014-01-01\",\"end\":null,\"title\":"
                      "\"Alpha beta\",\"group\":\"Lane 1\",\"category\":\"meeting\"},{\"id\":2,"
                      "\"start\":\"2014-01-02\",\"end\":\"2014-02-01\",\"title\":\"Gamma\","
                      "\"group\":\"Lane 2\",\"category\":\"note\"}]}\n")
        << true;
    QTest::newRow("escapes and spaces")
        << QByteArray(" { \"title\" : \"T\\u00e9\" , \"events\" : [ { \"id\" : \"a\\\"b\" , "
                      "\"start\" : \"2017-08-03\" , \"title\" : \"\\t\\/\\\\\" } ] } ")
        << true;
    QTest::newRow("no events") << QByteArray("{\"events\": []}") << true;
    QTest::newRow("members in another order, string ids, title last")
        << QByteArray("{\"events\":[{\"title\":\"Alpha\",\"category\":\"meeting\",\"end\":null,"
                      "\"group\":\"Lane 1\",\"id\":\"ev-1\",\"start\":\"2014-01-01\"},"
                      "{\"start\":\"2014-01-02\",\"id\":\"ev-2\",\"group\":\"Lane 2\","
                      "\"end\":\"2014-02-01\",\"title\":\"Gamma\"}],\"title\":\"T\"}")
        << true;
    QTest::newRow("many events, in several batches") << manyEvents(40000) << true;
    QTest::newRow("a title that is not text")
        << QByteArray("{\"title\":1,\"events\":[]}") << false;
    QTest::newRow("a title with no value")
        << QByteArray("{\"title\":,\"events\":[]}") << false;
    QTest::newRow("an id that is true")
        << QByteArray("{\"events\":[{\"id\":true,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("an event that is not an object")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"S\"},[1]]}")
        << false;
    QTest::newRow("a brace too many in an event")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"S\"}},"
                      "{\"id\":2,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("a late event with a problem")
        << manyEvents(40000).replace("\"id\":39999,", "\"id\":1,") << false;
    QTest::newRow("non-ISO dates")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"c. spring 2017\",\"title\":\"S\"}]}")
        << true;
    QTest::newRow("raw UTF-8")
        << QByteArray("{\"title\":\"Caf\xC3\xA9\",\"events\":[{\"id\":\"\xE2\x84\x96"
                      "1\","
                      "\"start\":\"2017-08-03\",\"title\":\"\xE2\x80\x9CSmile\xE2\x80\x9D "
                      "\xF0\x9F\x98\x80\",\"group\":\"L\xC3\xA4ne\",\"category\":\"\xC2\xA3\"}]}")
        << true;
    QTest::newRow("raw UTF-8 next to escapes")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-08-03\",\"title\":"
                      "\"\xC3\xA9\\u00e9\\n\xC3\xA9\"}]}")
        << true;
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"events\":[{\"id\":1,\"start\":\"2017-08-03\","
                      "\"title\":\"S\"}]}")
        << true;
    QTest::newRow("byte order mark in strings")
        << QByteArray(
               "{\"title\":\"\xEF\xBB\xBFT\",\"events\":[{\"id\":\"\xEF\xBB\xBF"
               "a\",\"start\":\"2017-08-03\",\"title\":\"\xEF\xBB\xBFS\",\"group\":\"\xEF\xBB\xBF"
               "G\xC3\xA9\"}]}")
        << false;
    QTest::newRow("escaped byte order mark")
        << QByteArray(
               "{\"events\":[{\"id\":1,\"start\":\"2017-08-03\",\"title\":\"\\ufeffS\\n\"}]}")
        << false; // once unescaped, it cannot be told from a raw one, which QJsonDocument drops
    QTest::newRow("escaped member name")
        << QByteArray("{\"events\":[{\"\\u0069d\":1,\"start\":\"2017-08-03\","
                      "\"title\":\"S\"}]}")
        << true;
    QTest::newRow("malformed UTF-8 in a string")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-08-03\",\"title\":\"caf\xE9\"}]}")
        << false;
    QTest::newRow("encoded surrogate in a string")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-08-03\","
                      "\"title\":\"\xED\xA0\x80\"}]}")
        << false;
    QTest::newRow("malformed UTF-8 between members")
        << QByteArray("{\"events\":[{\"id\":1,\xC3\xA9\"start\":\"2017-08-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("null start") << QByteArray(
                                       "{\"events\":[{\"id\":1,\"start\":null,\"title\":\"S\"}]}")
                                << false;
    QTest::newRow("problem") << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-30\","
                                           "\"title\":\"S\"}]}")
                             << false;
    QTest::newRow("number with fraction")
        << QByteArray("{\"events\":[{\"id\":1.0,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("negative number")
        << QByteArray("{\"events\":[{\"id\":-1,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << true;
    QTest::newRow("leading zero")
        << QByteArray("{\"events\":[{\"id\":01,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("repeated member")
        << QByteArray("{\"events\":[{\"id\":1,\"id\":2,\"start\":\"2017-02-03\",\"title\":\"S\"}]}")
        << false;
    QTest::newRow("surrogate escape")
        << QByteArray(
               "{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"\\ud83d\\ude00\"}]}")
        << true;
    QTest::newRow("trailing comma")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"S\"},]}")
        << false;
    QTest::newRow("garbage after")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"S\"}]} x")
        << false;
    QTest::newRow("control character in a string")
        << QByteArray("{\"events\":[{\"id\":1,\"start\":\"2017-02-03\",\"title\":\"S\tT\"}]}")
        << false;
    QTest::newRow("a catalogue") << QByteArray("{\"title\":\"T\",\"sourceIndex\":\"s.json\"}")
                                 << false;
}

void tst_EventListReader::plainAndGeneralReadersAgree()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, plain);

    const std::optional<Catalogue> fast = EventListReader::readPlainJson(data, u"e.json"_s);
    QCOMPARE(fast.has_value(), plain);
    ProblemList problems;
    JsonFile file(u"e.json"_s, data, &problems);
    if (!file.isValid()) {
        QVERIFY(!plain);
        return;
    }
    const Catalogue general = EventListReader::readJson(file);
    if (!plain)
        return;
    QVERIFY2(problems.isEmpty(), qPrintable(TestProblems::text(problems)));
    QCOMPARE(summary(*fast), summary(general));
    QCOMPARE(fast->title(), general.title());
}

void tst_EventListReader::plainFromADeviceAgrees_data()
{
    plainAndGeneralReadersAgree_data();
}

// Read a piece at a time from a device, the fast reader gives what it gives from the bytes.
void tst_EventListReader::plainFromADeviceAgrees()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, plain);

    QBuffer device(&data);
    QVERIFY(device.open(QIODevice::ReadOnly));
    const std::optional<Catalogue> streamed = EventListReader::readPlainJson(&device, u"e.json"_s);
    QCOMPARE(streamed.has_value(), plain);
    if (!plain)
        return;
    const std::optional<Catalogue> fast = EventListReader::readPlainJson(data, u"e.json"_s);
    QVERIFY(fast);
    QCOMPARE(summary(*streamed), summary(*fast));
    QCOMPARE(streamed->title(), fast->title());
}

QTEST_GUILESS_MAIN(tst_EventListReader)
#include "tst_eventlistreader.moc"

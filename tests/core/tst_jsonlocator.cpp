#include "jsonlocator.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Position = JsonLocator::Position;

namespace {

// Elements are on lines 3-7; "é" and "😀" before a member count one column each.
const QByteArray kJson =
    "{\n"
    "  \"title\": \"T\", \"events\": [\n"
    "    {\"id\": \"a\", \"title\": \"x\"},\n"
    "    {\"n\\u0061me\": 1, \"list\": [1, {\"id\": \"nested\"}], \"id\": \"b\"},\n"
    "    {\"\xC3\xA9\": \"\xF0\x9F\x98\x80\", \"id\": \"c\"},\n"
    "    42,\n"
    "    {\"s\": \"a \\\" }] brace\", \"id\": \"d\"}\n"
    "  ],\n"
    "  \"sources\": []\n"
    "}\n";

} // namespace

class tst_JsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void position_data();
    void position();
    void element_data();
    void element();
    void rootMember();
    void malformedInput_data();
    void malformedInput();
    void columnsOnALongLine_data();
    void columnsOnALongLine();
    void repeatedKeys_data();
    void repeatedKeys();
};

void tst_JsonLocator::position_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("{}") << qsizetype(0) << 1 << 1;
    QTest::newRow("first line") << QByteArray("{\"a\": 1}") << qsizetype(6) << 1 << 7;
    QTest::newRow("second line") << QByteArray("{\n  \"a\"}") << qsizetype(4) << 2 << 3;
    QTest::newRow("line start") << QByteArray("{\n\"a\"}") << qsizetype(2) << 2 << 1;
    QTest::newRow("CRLF") << QByteArray("{\r\n  \"a\"}") << qsizetype(5) << 2 << 3;
    QTest::newRow("after multibyte characters")
        << QByteArray("{\"\xC3\xA9\xE2\x80\x9C\": x}") << qsizetype(10) << 1 << 8;
    QTest::newRow("past the end") << QByteArray("{\n}") << qsizetype(99) << 2 << 2;
    QTest::newRow("negative") << QByteArray("{\n}") << qsizetype(-5) << 1 << 1;
}

void tst_JsonLocator::position()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);

    const Position position = JsonLocator(json).position(offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void tst_JsonLocator::element_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("first id") << u"events"_s << 0 << u"id"_s << 3 << 6;
    QTest::newRow("second member") << u"events"_s << 0 << u"title"_s << 3 << 17;
    QTest::newRow("after nested values") << u"events"_s << 1 << u"id"_s << 4 << 53;
    QTest::newRow("escaped key") << u"events"_s << 1 << u"name"_s << 4 << 6;
    QTest::newRow("after non-ASCII") << u"events"_s << 2 << u"id"_s << 5 << 16;
    QTest::newRow("not an object: the element") << u"events"_s << 3 << u"id"_s << 6 << 5;
    QTest::newRow("braces inside a string") << u"events"_s << 4 << u"id"_s << 7 << 28;
    QTest::newRow("no such key: the element") << u"events"_s << 0 << u"date"_s << 3 << 5;
    QTest::newRow("no key asked: the element") << u"events"_s << 2 << QString() << 5 << 5;
    QTest::newRow("past the last") << u"events"_s << 5 << u"id"_s << 0 << 0;
    QTest::newRow("empty array") << u"sources"_s << 0 << u"id"_s << 0 << 0;
    QTest::newRow("not an array") << u"title"_s << 0 << u"id"_s << 0 << 0;
    QTest::newRow("no such array") << u"lanes"_s << 0 << u"id"_s << 0 << 0;
}

void tst_JsonLocator::element()
{
    QFETCH(QString, array);
    QFETCH(int, index);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, column);

    const Position position = JsonLocator(kJson).element(array, index, key);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void tst_JsonLocator::rootMember()
{
    const JsonLocator locator(kJson);
    QCOMPARE(locator.rootMember(u"title"_s).line, 2);
    QCOMPARE(locator.rootMember(u"title"_s).column, 3);
    QCOMPARE(locator.rootMember(u"events"_s).column, 17);
    QCOMPARE(locator.rootMember(u"sources"_s).line, 9);
    QCOMPARE(locator.rootMember(u"id"_s).line, 0); // only members of the root count
}

// The locator also runs on text that failed to parse: it must stop, not crash or hang.
void tst_JsonLocator::malformedInput_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array root") << QByteArray("[1, 2]");
    QTest::newRow("unterminated string") << QByteArray("{\"events\": [{\"id\": \"a");
    QTest::newRow("unterminated array") << QByteArray("{\"events\": [{\"id\": 1}, ");
    QTest::newRow("missing colon") << QByteArray("{\"events\" [1]}");
    QTest::newRow("stray brace in array") << QByteArray("{\"events\": [}]}");
    QTest::newRow("stray colon in array") << QByteArray("{\"events\": [:]}");
    QTest::newRow("backslash at end") << QByteArray("{\"a\\");
}

void tst_JsonLocator::malformedInput()
{
    QFETCH(QByteArray, json);

    const JsonLocator locator(json);
    QVERIFY(locator.position(json.size()).line >= 1);
    locator.element(u"events"_s, 0, u"id"_s);
    locator.rootMember(u"events"_s);
}

// Columns are counted from stored counts, not from the start of the line: they must agree
// with counting every character, in and across the blocks the counts are kept for.
void tst_JsonLocator::columnsOnALongLine_data()
{
    QTest::addColumn<QByteArray>("json");

    QByteArray ascii = "{\"a\": \"";
    ascii += QByteArray(5000, 'x') + "\"}";
    QTest::newRow("ASCII") << ascii;
    QByteArray mixed = "\n\n{\"a\": \"";
    for (int i = 0; i < 900; ++i)
        mixed += i % 3 == 0 ? "\xC3\xA9" : i % 3 == 1 ? "\xF0\x9F\x98\x80" : "ab";
    mixed += "\"}\n{\"b\": 1}";
    QTest::newRow("multibyte, lines") << mixed;
}

void tst_JsonLocator::columnsOnALongLine()
{
    QFETCH(QByteArray, json);
    const JsonLocator locator(json);
    int line = 1;
    int column = 1;
    for (qsizetype offset = 0; offset <= json.size(); ++offset) {
        if (offset == json.size() || (uchar(json[offset]) & 0xC0) != 0x80) {
            const Position at = locator.position(offset);
            QCOMPARE(at.line, line);
            QCOMPARE(at.column, column);
        }
        if (offset < json.size()) {
            if (json[offset] == '\n') {
                ++line;
                column = 1;
            } else if ((uchar(json[offset]) & 0xC0) != 0x80) {
                ++column;
            }
        }
    }
}

void tst_JsonLocator::repeatedKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QList<qsizetype>>("offsets");
    QTest::addColumn<QList<qsizetype>>("firsts");

    QTest::newRow("none") << QByteArray(
                                 "{\"a\": 1, \"b\": {\"a\": 2}, \"c\": [{\"a\": 1}, {\"a\": 2}]}")
                          << QStringList{} << QList<qsizetype>{} << QList<qsizetype>{};
    QTest::newRow("at the top") << QByteArray("{\"events\":[],\"events\":[]}")
                                << QStringList{u"events"_s} << QList<qsizetype>{13}
                                << QList<qsizetype>{1};
    QTest::newRow("nested, escaped")
        << QByteArray("[{\"x\": {\"id\": 1, \"i\\u0064\": \"id\"}}]") << QStringList{u"id"_s}
        << QList<qsizetype>{17} << QList<qsizetype>{8};
    QByteArray many = "{";
    for (int k = 0; k < 30; ++k)
        many += '"' + QByteArray("k") + QByteArray::number(k) + "\": " + QByteArray::number(k) + ", ";
    many += "\"k3\": 0, \"k28\": 1}";
    QTest::newRow("an object of many keys") << many << QStringList{u"k3"_s, u"k28"_s}
                                            << QList<qsizetype>{311, 320}
                                            << QList<qsizetype>{28, 289};
    QTest::newRow("a sibling object starts afresh")
        << QByteArray("[{\"a\": 1, \"b\": 2}, {\"a\": 2, \"a\": 3}]") << QStringList{u"a"_s}
        << QList<qsizetype>{28} << QList<qsizetype>{20};
    QTest::newRow("escaped first, written plainly after")
        << QByteArray("{\"\\u00e9t\\u00e9\": 1, \"\xc3\xa9t\xc3\xa9\": 2}")
        << QStringList{u"\u00e9t\u00e9"_s} << QList<qsizetype>{21} << QList<qsizetype>{1};
    QTest::newRow("values are not keys")
        << QByteArray("{\"a\": \"a\", \"b\": [\"a\", \"b\"]}") << QStringList{}
        << QList<qsizetype>{} << QList<qsizetype>{};
}

void tst_JsonLocator::repeatedKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, keys);
    QFETCH(QList<qsizetype>, offsets);
    QFETCH(QList<qsizetype>, firsts);

    QStringList foundKeys;
    QList<qsizetype> foundOffsets, foundFirsts;
    for (const JsonLocator::Repeat &repeat : JsonLocator::repeatedKeys(json)) {
        foundKeys.append(repeat.key);
        foundOffsets.append(repeat.offset);
        foundFirsts.append(repeat.firstOffset);
    }
    QCOMPARE(foundKeys, keys);
    QCOMPARE(foundOffsets, offsets);
    QCOMPARE(foundFirsts, firsts);
}

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"

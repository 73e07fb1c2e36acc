#include "domjson.h"
#include "jsonobjectreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What one reading of an object gave, the same whichever JSON library held it.
struct Reading
{
    QStringList messages; // "key: message"
    QString title;
    QString id;
    bool flag = false;
    QStringList actors;
    qsizetype sources = -1;
    int occurrence = 0;
};

// Reads the members a small format defines, as a catalogue's event reader does.
template <typename Json>
Reading readWith(const typename Json::Object &object)
{
    Reading reading;
    using Reader = BasicJsonObjectReader<Json>;
    Reader reader(object, [&](const QString &key, const QString &message) {
        reading.messages.append(key + u": "_s + message);
    });
    reading.title = reader.string("title"_L1);
    reading.id = reader.text("id"_L1);
    reading.flag = reader.boolean("flag"_L1);
    reading.actors = reader.ids("actors"_L1);
    reading.sources = reader.array("sources"_L1, Reader::Need::Required).size();
    reading.occurrence = reader.positiveInteger("occurrence"_L1);
    reader.finish();
    return reading;
}

} // namespace

class tst_JsonObjectReader : public QObject
{
    Q_OBJECT

private slots:
    void sameForEitherLibrary_data();
    void sameForEitherLibrary();
};

void tst_JsonObjectReader::sameForEitherLibrary_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<qsizetype>("sources");
    QTest::addColumn<int>("occurrence");

    QTest::newRow("whole") << QByteArray(R"({"id": " e1 ", "title": "T", "flag": true,
        "actors": [" a", "b "], "sources": [{}, {}], "occurrence": 2})")
                           << QStringList() << u"e1"_s << QStringList{u"a"_s, u"b"_s}
                           << qsizetype(2) << 2;
    QTest::newRow("missing") << QByteArray(R"({})")
                             << QStringList{u"id: \"id\" is missing"_s,
                                            u"sources: \"sources\" is missing"_s}
                             << QString() << QStringList() << qsizetype(0) << 0;
    QTest::newRow("wrong types")
        << QByteArray(R"({"id": 3, "title": [], "flag": "yes", "actors": "a",
            "sources": {}, "occurrence": 1.5})")
        << QStringList{u"title: \"title\" must be a string"_s, u"id: \"id\" must be a string"_s,
                       u"flag: \"flag\" must be true or false"_s,
                       u"actors: \"actors\" must be a list of strings, as in [\"a\", \"b\"]"_s,
                       u"sources: \"sources\" must be a list"_s,
                       u"occurrence: \"occurrence\" must be a whole number from 1"_s}
        << QString() << QStringList() << qsizetype(0) << 0;
    QTest::newRow("empty id, zero occurrence")
        << QByteArray(R"({"id": "  ", "sources": [], "occurrence": 0})")
        << QStringList{u"id: \"id\" is empty"_s,
                       u"occurrence: \"occurrence\" must be a whole number from 1"_s}
        << QString() << QStringList() << qsizetype(0) << 0;
    QTest::newRow("a list with a number in it")
        << QByteArray(R"({"id": "e", "sources": [], "actors": ["a", 1]})")
        << QStringList{u"actors: \"actors\" must be a list of strings, as in [\"a\", \"b\"]"_s}
        << u"e"_s << QStringList() << qsizetype(0) << 0;
    QTest::newRow("control character")
        << QByteArray(R"({"id": "e\u0001", "sources": [], "actors": ["\u0007"]})")
        << QStringList{u"id: \"id\" holds the control character U+0001, which is not text"_s,
                       u"actors: \"actors\" holds the control character U+0007, which is not "
                       "text"_s}
        << QString() << QStringList() << qsizetype(0) << 0;
    QTest::newRow("unknown members")
        << QByteArray(R"({"id": "e", "sources": [], "titel": "T", "colour": 1})")
        << QStringList{u"titel: unknown field \"titel\""_s, u"colour: unknown field \"colour\""_s}
        << u"e"_s << QStringList() << qsizetype(0) << 0;
    QTest::newRow("large whole number")
        << QByteArray(R"({"id": "e", "sources": [], "occurrence": 2147483648})")
        << QStringList{u"occurrence: \"occurrence\" must be a whole number from 1"_s} << u"e"_s
        << QStringList() << qsizetype(0) << 0;
    QTest::newRow("written twice: the last is read")
        << QByteArray(R"({"id": "a", "sources": [], "id": "b"})") << QStringList() << u"b"_s
        << QStringList() << qsizetype(0) << 0;
    QTest::newRow("UTF-8 and escapes")
        << QByteArray("{\"id\": \"caf\xC3\xA9 \\u00e9\\ud83d\\ude00\", \"sources\": [1]}")
        << QStringList() << u"caf\u00E9 \u00E9\U0001F600"_s << QStringList() << qsizetype(1)
        << 0;
}

void tst_JsonObjectReader::sameForEitherLibrary()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, messages);
    QFETCH(QString, id);
    QFETCH(QStringList, actors);
    QFETCH(qsizetype, sources);
    QFETCH(int, occurrence);

    QJsonParseError error;
    const QJsonObject qt = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    simdjson::dom::parser parser;
    simdjson::dom::object dom;
    QCOMPARE(parser.parse(json.constData(), size_t(json.size())).get(dom), simdjson::SUCCESS);

    const Reading fromQt = readWith<QtJson>(qt);
    const Reading fromDom = readWith<DomJson>(dom);
    for (const Reading &reading : {fromQt, fromDom}) {
        // Unknown fields come in the object's own order, which QJsonObject sorts.
        QStringList got = reading.messages;
        QStringList want = messages;
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        QCOMPARE(reading.id, id);
        QCOMPARE(reading.actors, actors);
        QCOMPARE(reading.sources, sources);
        QCOMPARE(reading.occurrence, occurrence);
    }
    // Apart from that order, the same messages in the same order.
    QCOMPARE(fromDom.messages.size(), fromQt.messages.size());
    QCOMPARE(fromDom.title, fromQt.title);
    QCOMPARE(fromDom.flag, fromQt.flag);
}

QTEST_GUILESS_MAIN(tst_JsonObjectReader)
#include "tst_jsonobjectreader.moc"

#include "domjson.h"
#include "jsonfile.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_JsonFile : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void halfACharacter_data();
    void halfACharacter();
};

void tst_JsonFile::reads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("hasDom");
    QTest::addColumn<QString>("problem"); // "line:column message", empty for none
    QTest::addColumn<QString>("title");   // the root's "title" as either reads it

    QTest::newRow("object") << QByteArray(R"({"title": "T", "events": []})") << true << true
                            << QString() << u"T"_s;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"title\": \"T\"}") << true
                                     << true << QString() << u"T"_s;
    QTest::newRow("empty") << QByteArray(" \n ") << false << false
                           << u"0:0 the file is empty: expected a JSON object ({…})"_s
                           << QString();
    QTest::newRow("malformed") << QByteArray("{\n  \"title\": \"T\"\n  \"events\": []\n}")
                               << false << false << u"3:4 malformed JSON: "_s << QString();
    QTest::newRow("an array") << QByteArray("[1, 2]") << false << false
                              << u"1:1 expected a JSON object ({…}) at the top"_s << QString();
    QTest::newRow("a member twice")
        << QByteArray("{\"title\": \"A\",\n \"title\": \"T\"}") << true << true
        << u"2:2 \"title\" is written twice in the same object (also on line 1); write it once"_s
        << u"T"_s;
    QTest::newRow("twice, deep inside")
        << QByteArray("{\"title\": \"T\", \"events\": [{\"a\": 1,\n \"a\": 2}]}") << true << true
        << u"2:2 \"a\" is written twice"_s << u"T"_s;
    // simdjson refuses an integer beyond 64 bits; QJsonDocument reads it as a double, and the
    // DOM is made from its writing of the file.
    QTest::newRow("a huge integer")
        << QByteArray(R"({"title": "T", "n": 123456789012345678901234567890})") << true << true
        << QString() << u"T"_s;
    QTest::newRow("a backslash before u")
        << QByteArray(R"({"title": "T\\ud800"})") << true << true << QString()
        << u"T\\ud800"_s;
}

void tst_JsonFile::reads()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(bool, hasDom);
    QFETCH(QString, problem);
    QFETCH(QString, title);

    ProblemList problems;
    JsonFile file(u"f.json"_s, json, &problems);
    QCOMPARE(file.isValid(), valid);
    QCOMPARE(file.dom() != nullptr, hasDom);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    } else {
        QCOMPARE(problems.size(), 1);
        const Problem &p = problems.first();
        const QString got = u"%1:%2 %3"_s.arg(p.line).arg(p.column).arg(p.message);
        QVERIFY2(got.startsWith(problem), qPrintable(got));
        QCOMPARE(p.file, u"f.json"_s);
    }
    if (!valid)
        return;
    QVERIFY(file.rootHas("title"_L1));
    QVERIFY(!file.rootHas("nothing"_L1));
    if (hasDom)
        QCOMPARE(DomJson::toString(DomJson::find(*file.dom(), "title"_L1)), title);
    // The QJsonObject, once made, is read from instead of the DOM.
    QCOMPARE(file.root().value("title"_L1).toString(), title);
    QVERIFY(file.rootHas("title"_L1));
}

void tst_JsonFile::halfACharacter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("escape");

    QTest::newRow("high alone") << QByteArray(R"({"title": "a\ud800b"})") << 13 << u"\\ud800"_s;
    QTest::newRow("low alone") << QByteArray(R"({"title": "\uDC00"})") << 12 << u"\\uDC00"_s;
    QTest::newRow("high then high")
        << QByteArray(R"({"title": "\ud83d\ud83d"})") << 12 << u"\\ud83d"_s;
    QTest::newRow("after a whole pair")
        << QByteArray(R"({"title": "\ud83d\ude00\udc00"})") << 24 << u"\\udc00"_s;
}

// QJsonDocument reads half a character; simdjson refuses it. The file is still read by the
// formats read through QJsonObject (which report the string where it is used); a reader of
// the DOM is told where the escape is.
void tst_JsonFile::halfACharacter()
{
    QFETCH(QByteArray, json);
    QFETCH(int, column);
    QFETCH(QString, escape);

    ProblemList problems;
    JsonFile file(u"f.json"_s, json, &problems);
    QVERIFY(file.isValid());
    QVERIFY(problems.isEmpty());
    QCOMPARE(file.dom(), nullptr);
    QVERIFY(file.root().value("title"_L1).isString());
    file.reportNoDom();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 1);
    QCOMPARE(problems.first().column, column);
    QCOMPARE(problems.first().message,
             escape + u" is half of a character (an unpaired surrogate), which is not text"_s);
}

QTEST_GUILESS_MAIN(tst_JsonFile)
#include "tst_jsonfile.moc"

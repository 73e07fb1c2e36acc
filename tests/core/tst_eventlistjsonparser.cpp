#include "eventlistjsonparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    bool accepted = false;
    QString title;
    QStringList rows;
};

Parsed parse(const std::function<bool(QString *, const EventListJsonParser::RowSink &)> &run)
{
    Parsed parsed;
    parsed.accepted = run(&parsed.title, [&parsed](const EventListJsonParser::Row &row) {
        parsed.rows.append(QStringList{row.id.toString(), row.start.toString(),
                                       row.end.toString(), row.title.toString(),
                                       row.group.toString(), row.category.toString()}
                               .join(u'|'));
        return true;
    });
    return parsed;
}

Parsed whole(const QByteArray &text)
{
    return parse([&](QString *title, const EventListJsonParser::RowSink &sink) {
        return EventListJsonParser::parse(QByteArrayView(text), title, sink);
    });
}

// The text handed over piece bytes at a time; fails after failAfter bytes when that is set.
Parsed inPieces(const QByteArray &text, qsizetype piece, qsizetype failAfter = -1)
{
    qsizetype at = 0;
    const EventListJsonParser::ByteSource source = [&](char *into, qsizetype most) -> qsizetype {
        if (failAfter >= 0 && at >= failAfter)
            return -1;
        const qsizetype n = std::min({piece, most, text.size() - at});
        std::memcpy(into, text.constData() + at, size_t(n));
        at += n;
        return n;
    };
    return parse([&](QString *title, const EventListJsonParser::RowSink &sink) {
        return EventListJsonParser::parse(source, title, sink);
    });
}

// Enough events to go to simdjson in several batches, with escapes that may fall across the
// edge of a piece.
QByteArray manyEvents(int count)
{
    QByteArray data = "{\"events\":[";
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            data += i % 7 ? "," : " ,\n ";
        data += "{\"id\":" + QByteArray::number(i) + ",\"start\":\"2016-03-" +
                QByteArray::number(1 + i % 28).rightJustified(2, '0') +
                "\",\"title\":\"Event \\\"" + QByteArray::number(i) +
                "\\\" \\u00e9\",\"group\":\"Lane " + QByteArray::number(i % 3) + "\"}";
    }
    return data + "], \"title\": \"Many \\\\ more\"}";
}

} // namespace

class tst_EventListJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void piecesGiveWhatTheWholeTextGives_data();
    void piecesGiveWhatTheWholeTextGives();
    void escapesAcrossBlockEdges();
    void aSourceThatFailsIsDeclined();
};

void tst_EventListJsonParser::piecesGiveWhatTheWholeTextGives_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("rows");

    QTest::newRow("two events")
        << QByteArray("{\"title\":\"T\",\"events\":[{\"id\":1,\"start\":\"2014-01-01\",\"end\":"
                      "null,\"title\":\"A\",\"group\":\"L\",\"category\":\"c\"},{\"id\":\"x\","
                      "\"start\":\"2014-01-02\",\"end\":\"2014-02-01\",\"title\":\"B\"}]}\n")
        << true << 2;
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"events\":[{\"id\":1,\"start\":\"2014\",\"title\":\"A\"}]}")
        << true << 1;
    QTest::newRow("escapes and spaces")
        << QByteArray(" { \"title\" : \"T\\u00e9\" , \"events\" : [ { \"id\" : \"a\\\"b\" , "
                      "\"start\" : \"2017-08-03\" , \"title\" : \"\\t\\/\\\\\" } ] } ")
        << true << 1;
    QTest::newRow("no events") << QByteArray("{\"events\": []}") << true << 0;
    QTest::newRow("nothing") << QByteArray() << false << 0;
    QTest::newRow("escaped key") << QByteArray("{\"ev\\u0065nts\":[]}") << false << 0;
    QTest::newRow("another member") << QByteArray("{\"events\":[],\"lanes\":[]}") << false << 0;
    QTest::newRow("events twice") << QByteArray("{\"events\":[],\"events\":[]}") << false << 0;
    QTest::newRow("empty title") << QByteArray("{\"title\":,\"events\":[]}") << false << 0;
    QTest::newRow("cut inside a string")
        << QByteArray("{\"events\":[{\"id\":1,\"title\":\"A") << false << 0;
    QTest::newRow("cut after a backslash")
        << QByteArray("{\"events\":[{\"id\":1,\"title\":\"A\\") << false << 0;
    QTest::newRow("cut before the end") << QByteArray("{\"events\":[]") << false << 0;
    QTest::newRow("garbage after") << QByteArray("{\"events\":[]} x") << false << 0;
    QTest::newRow("not an object in the list") << QByteArray("{\"events\":[1]}") << false << 0;
    QTest::newRow("a catalogue")
        << QByteArray("{\"title\":\"T\",\"sourceIndex\":\"s.json\"}") << false << 0;
    QTest::newRow("many events") << manyEvents(12000) << true << 12000;
    // Between events there may be only spaces and one comma: simdjson never sees that text.
    const QByteArray a = "{\"id\":1,\"start\":\"2014\",\"title\":\"A\"}";
    QTest::newRow("spaces between events")
        << QByteArray("{\"events\":[ \n" + a + " ,\t" + a + "\r\n]}") << true << 2;
    QTest::newRow("no comma") << QByteArray("{\"events\":[" + a + " " + a + "]}") << false << 0;
    QTest::newRow("two commas") << QByteArray("{\"events\":[" + a + ",," + a + "]}") << false << 0;
    QTest::newRow("a comma first") << QByteArray("{\"events\":[," + a + "]}") << false << 0;
    QTest::newRow("a comma last") << QByteArray("{\"events\":[" + a + ",]}") << false << 0;
    QTest::newRow("a string between events")
        << QByteArray("{\"events\":[" + a + ",\"{x}\"," + a + "]}") << false << 0;
    QTest::newRow("an array between events")
        << QByteArray("{\"events\":[" + a + ",[" + a + "]]}") << false << 0;
    QTest::newRow("a closing brace between events")
        << QByteArray("{\"events\":[" + a + "}," + a + "]}") << false << 0;
    QTest::newRow("brackets in strings")
        << QByteArray("{\"events\":[{\"id\":\"]}\",\"start\":\"2014\",\"title\":\"{[\\\"]\"}]}")
        << true << 1;
    QTest::newRow("no closing bracket") << QByteArray("{\"events\":[" + a) << false << 0;
}

void tst_EventListJsonParser::piecesGiveWhatTheWholeTextGives()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, accepted);
    QFETCH(int, rows);

    const Parsed expected = whole(text);
    QCOMPARE(expected.accepted, accepted);
    if (accepted)
        QCOMPARE(expected.rows.size(), rows);
    // Tiny pieces are for the short texts: each piece is a call.
    const QList<qsizetype> pieces = text.size() > 100000 ? QList<qsizetype>{977, 65536, 1 << 22}
                                                         : QList<qsizetype>{1, 2, 3, 5, 8, 4096};
    for (const qsizetype piece : pieces) {
        const Parsed got = inPieces(text, piece);
        QVERIFY2(got.accepted == expected.accepted, qPrintable(u"pieces of %1"_s.arg(piece)));
        if (!accepted)
            continue;
        QCOMPARE(got.title, expected.title);
        QCOMPARE(got.rows, expected.rows);
    }
}

// simdjson's way of finding strings, 64 bytes at a time, carries a string and an escape from
// one block to the next: runs of backslashes and escaped quotes put across every block edge.
void tst_EventListJsonParser::escapesAcrossBlockEdges()
{
    const QByteArray before = "{\"events\":[{\"id\":1,\"start\":\"2014\",\"title\":\"";
    for (int backslashes = 0; backslashes <= 3; ++backslashes) {
        for (int filler = 0; filler <= 130; ++filler) {
            // The title: filler letters, that many backslashes, a quote and braces.
            const QByteArray text = before + QByteArray(filler, 'a') +
                                    QByteArray(2 * backslashes, '\\') +
                                    "\\\"}{]\"},{\"id\":2,\"start\":\"2015\",\"title\":\"B\"}]}";
            const QString title = QString(filler, u'a') + QString(backslashes, u'\\') + u"\"}{]"_s;
            const QString where = u"%1 letters, %2 backslashes"_s.arg(filler).arg(backslashes);
            for (const qsizetype piece : {qsizetype(7), qsizetype(64), qsizetype(4096)}) {
                const Parsed got = inPieces(text, piece);
                QVERIFY2(got.accepted, qPrintable(where));
                QCOMPARE(got.rows.size(), 2);
                QCOMPARE(got.rows.first().section(u'|', 3, 3), title);
            }
        }
    }
}

void tst_EventListJsonParser::aSourceThatFailsIsDeclined()
{
    const QByteArray text = manyEvents(3000);
    QVERIFY(inPieces(text, 4096).accepted);
    // At the start, in the events, and after the last byte of the text.
    for (const qsizetype failAfter : {qsizetype(0), text.size() / 2, text.size()})
        QVERIFY2(!inPieces(text, 4096, failAfter).accepted,
                 qPrintable(u"failing after %1 bytes"_s.arg(failAfter)));
}

QTEST_GUILESS_MAIN(tst_EventListJsonParser)
#include "tst_eventlistjsonparser.moc"

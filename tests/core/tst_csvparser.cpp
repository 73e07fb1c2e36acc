#include "csvparser.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Each record as "line: field|field|…", each malformed one as "line: ! error".
QStringList records(CsvParser &parser)
{
    QList<QStringView> fields;
    QStringList out;
    CsvParser::Status status;
    while ((status = parser.next(&fields)) != CsvParser::Status::End) {
        if (status == CsvParser::Status::Malformed) {
            out.append(u"%1: ! %2"_s.arg(QString::number(parser.line()), parser.error()));
            continue;
        }
        QStringList values;
        for (QStringView field : std::as_const(fields))
            values.append(field.toString());
        out.append(u"%1: %2"_s.arg(QString::number(parser.line()), values.join(u'|')));
    }
    return out;
}

QStringList records(const QString &text)
{
    CsvParser parser(text);
    return records(parser);
}

// The same text as UTF-8, decoded a few bytes at a time.
QStringList recordsInPieces(const QString &text, qsizetype pieceBytes)
{
    const QByteArray utf8 = text.toUtf8();
    CsvParser parser(QByteArrayView(utf8), pieceBytes);
    return records(parser);
}

// The same text as UTF-8 read from a source that hands over at most readBytes at a time.
QStringList recordsFromASource(const QString &text, qsizetype pieceBytes, qsizetype readBytes)
{
    const QByteArray utf8 = text.toUtf8();
    qsizetype at = 0;
    CsvParser parser(
        [&](char *into, qsizetype most) -> qsizetype {
            const qsizetype n = std::min({most, readBytes, utf8.size() - at});
            std::memcpy(into, utf8.constData() + at, size_t(n));
            at += n;
            return n;
        },
        pieceBytes);
    const QStringList read = records(parser);
    return parser.failed() ? QStringList{u"failed"_s} : read;
}

} // namespace

class tst_CsvParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void readsUtf8InPieces_data() { parse_data(); }
    void readsUtf8InPieces();
    void readsFromASource_data() { parse_data(); }
    void readsFromASource();
    void aSourceThatFailsEndsTheText();
};

void tst_CsvParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one field") << u"a"_s << QStringList{u"1: a"_s};
    QTest::newRow("LF") << u"a,b\nc,d\n"_s << QStringList{u"1: a|b"_s, u"2: c|d"_s};
    QTest::newRow("CRLF") << u"a,b\r\nc,d\r\n"_s << QStringList{u"1: a|b"_s, u"2: c|d"_s};
    QTest::newRow("no final line end") << u"a,b\nc,d"_s << QStringList{u"1: a|b"_s, u"2: c|d"_s};
    QTest::newRow("empty fields") << u",,\n"_s << QStringList{u"1: ||"_s};
    QTest::newRow("trailing comma at end") << u"a,"_s << QStringList{u"1: a|"_s};
    QTest::newRow("blank lines are not records")
        << u"\na\n\r\n\nb\n"_s << QStringList{u"2: a"_s, u"5: b"_s};
    QTest::newRow("spaces kept") << u" a , b \n"_s << QStringList{u"1:  a | b "_s};
    QTest::newRow("quoted comma") << u"\"a,b\",c\n"_s << QStringList{u"1: a,b|c"_s};
    QTest::newRow("doubled quotes")
        << u"\"say \"\"hi\"\"\",x\n"_s << QStringList{u"1: say \"hi\"|x"_s};
    QTest::newRow("only a quote") << u"\"\"\"\"\n"_s << QStringList{u"1: \""_s};
    QTest::newRow("empty quoted") << u"\"\",x\n"_s << QStringList{u"1: |x"_s};
    QTest::newRow("quoted line breaks") << u"\"one\ntwo\r\nthree\",x\nnext\n"_s
                                        << QStringList{u"1: one\ntwo\r\nthree|x"_s, u"4: next"_s};
    QTest::newRow("non-ASCII") << u"\u201C\u00A3\u201D,\U0001F600\n"_s
                               << QStringList{u"1: \u201C\u00A3\u201D|\U0001F600"_s};
    QTest::newRow("blank lines at the end, CR LF among them")
        << u"a\n\n\r\n\n"_s << QStringList{u"1: a"_s};
    QTest::newRow("lone CR is text") << u"a\rb\n"_s << QStringList{u"1: a\rb"_s};
    QTest::newRow("unclosed quote")
        << u"a\n\"b,c\nd\n"_s << QStringList{u"1: a"_s, u"2: ! a quoted field is not closed"_s};
    QTest::newRow("stray quote, then on")
        << u"a\"b,c\nd\n"_s
        << QStringList{u"1: ! a quote inside a field that does not start with one (put the field "
                       "in quotes and double the quote)"_s,
                       u"2: d"_s};
    QTest::newRow("text after closing quote, then on")
        << u"\"a\"b,c\r\nd\r\n"_s
        << QStringList{u"1: ! text after the closing quote of a field"_s, u"2: d"_s};
}

void tst_CsvParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QCOMPARE(records(text), expected);
}

// Pieces end anywhere: inside a character, between CR and LF, between doubled quotes, inside
// a quoted field; the records, their lines and the errors are those of the whole text.
void tst_CsvParser::readsUtf8InPieces()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    // line() after the end too: the last record's line.
    const auto lineAtEnd = [](CsvParser &parser) {
        QList<QStringView> fields;
        while (parser.next(&fields) != CsvParser::Status::End) {
        }
        return parser.line();
    };
    CsvParser whole(text);
    const int wholeEnd = lineAtEnd(whole);
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype pieceBytes : {1, 2, 3, 4, 5, 7, 64, 1 << 20}) {
        QVERIFY2(recordsInPieces(text, pieceBytes) == expected,
                 qPrintable(u"pieces of %1 bytes: %2"_s.arg(pieceBytes).arg(
                     recordsInPieces(text, pieceBytes).join(u" / "_s))));
        CsvParser pieces(QByteArrayView(utf8), pieceBytes);
        QCOMPARE(lineAtEnd(pieces), wholeEnd);
    }
    // A record far longer than a piece.
    const QString longField(5000, u'\u00E9');
    const QString longText = u"a,\""_s + longField + u"\n\"\"\",b\nc\n"_s;
    const QStringList longExpected{u"1: a|"_s + longField + u"\n\"|b"_s, u"3: c"_s};
    QCOMPARE(records(longText), longExpected);
    QCOMPARE(recordsInPieces(longText, 3), longExpected);
}

// A source (a file) may hand over fewer bytes than asked for: the records are the same.
void tst_CsvParser::readsFromASource()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    for (const auto &[pieceBytes, readBytes] : QList<std::pair<qsizetype, qsizetype>>{
             {1, 1}, {3, 2}, {7, 7}, {64, 5}, {1 << 20, 1 << 20}}) {
        const QStringList got = recordsFromASource(text, pieceBytes, readBytes);
        QVERIFY2(got == expected, qPrintable(u"pieces of %1, reads of %2 bytes: %3"_s.arg(pieceBytes)
                                                 .arg(readBytes)
                                                 .arg(got.join(u" / "_s))));
    }
}

void tst_CsvParser::aSourceThatFailsEndsTheText()
{
    int calls = 0;
    CsvParser parser(
        [&](char *into, qsizetype) -> qsizetype {
            if (++calls > 1)
                return -1;
            std::memcpy(into, "a,b\nc", 5);
            return 5;
        },
        8);
    QList<QStringView> fields;
    QCOMPARE(parser.next(&fields), CsvParser::Status::Record);
    QCOMPARE(fields, (QList<QStringView>{u"a", u"b"}));
    QCOMPARE(parser.next(&fields), CsvParser::Status::Record); // what was read before it failed
    QCOMPARE(parser.next(&fields), CsvParser::Status::End);
    QVERIFY(parser.failed());
}

QTEST_GUILESS_MAIN(tst_CsvParser)
#include "tst_csvparser.moc"

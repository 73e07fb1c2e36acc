#include "delimitedtextreader.h"
#include "testfiles.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Each row as "line: cell|cell|…".
QStringList rows(const Sheet &sheet)
{
    QStringList out;
    for (qsizetype r = 0; r < sheet.rows.size(); ++r)
        out.append(u"%1: %2"_s.arg(sheet.lines.value(r)).arg(sheet.rows[r].join(u'|')));
    return out;
}

QStringList problems(const Workbook &book)
{
    QStringList out;
    for (const Problem &problem : book.problems)
        out.append(problem.toString());
    return out;
}

} // namespace

class tst_DelimitedTextReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void decode_data();
    void decode();
    void guessSeparator_data();
    void guessSeparator();
    void text_data();
    void text();
};

void tst_DelimitedTextReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedProblems");

    QTest::newRow("Excel CSV: CRLF, quotes, trailing empties")
        << u"excel-comma.csv"_s << u"csv"_s << u"excel-comma"_s
        << QStringList{u"1: Date|Event|Notes|Lane"_s,
                       u"2: 03/08/2017|STP published|Plans, in draft|LLR"_s,
                       u"3: Sept 2017|Councils \"object\"|First line\nsecond line|Councils"_s,
                       u"5: 2018/19|Letter sent||BLMK"_s}
        << QStringList{};
    QTest::newRow("European Excel: BOM, semicolons, decimal commas")
        << u"european-semicolon.csv"_s << u"csv"_s << u"european-semicolon"_s
        << QStringList{u"1: Datum|Ereignis|Betrag"_s,
                       u"2: 03.08.2017|Plan ver\u00F6ffentlicht|1,5"_s,
                       u"3: 04.08.2017|Brief; zweiter|2,25"_s}
        << QStringList{};
    QTest::newRow("TSV with an empty row inside")
        << u"tabs.tsv"_s << u"tsv"_s << u"tabs"_s
        << QStringList{u"1: Date|Event|Notes"_s, u"2: 2017|Plan|tab\there"_s, u"3: "_s,
                       u"4: 2018|Letter"_s}
        << QStringList{};
    QTest::newRow("Windows-1252") << u"windows-1252.csv"_s << u"csv"_s << u"windows-1252"_s
                                  << QStringList{u"1: Date|Event"_s,
                                                 u"2: 2017|\u201CQuoted\u201D \u2013 \u00A3500"_s}
                                  << QStringList{};
    QTest::newRow("sep= line") << u"sep-line.csv"_s << u"csv"_s << u"sep-line"_s
                               << QStringList{u"2: Date|Event"_s, u"3: 2017|Plan, later"_s}
                               << QStringList{};
    QTest::newRow("CR line ends") << u"mac-cr.csv"_s << u"csv"_s << u"mac-cr"_s
                                  << QStringList{u"1: Date|Event"_s, u"2: 2017|Plan"_s,
                                                 u"3: 2018|Letter"_s}
                                  << QStringList{};
    QTest::newRow("Excel Unicode text (UTF-16, tabs)")
        << u"unicode-text.txt"_s << u"tsv"_s << u"unicode-text"_s
        << QStringList{u"1: Date|Event"_s, u"2: 2017|Pl\u00E4n \u2013 draft"_s} << QStringList{};
    QTest::newRow("one column") << u"one-column.csv"_s << u"csv"_s << u"one-column"_s
                                << QStringList{u"1: Notes"_s, u"2: one\ntwo"_s, u"4: three"_s}
                                << QStringList{};
    QTest::newRow("malformed records are reported, every row read")
        << u"malformed.csv"_s << u"csv"_s << u"malformed"_s
        << QStringList{u"1: Date|Event"_s, u"2: 2019|closedafter"_s, u"3: 2020|5\" screen"_s,
                       u"4: 2017|\"unclosed"_s, u"5: 2018|next row"_s}
        << QStringList{u"malformed.csv:2:14: text after the closing quote of a field (put the "
                       "whole field in quotes and double the quotes inside it); it is kept"_s,
                       u"malformed.csv:4:6: a quoted field is not closed; it is read up to the "
                       "end of its line, quote included"_s};
}

void tst_DelimitedTextReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, sheetName);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedProblems);

    const Workbook book =
        DelimitedTextReader::read(TestFiles::read(TestFiles::path(u"sheets"_s, file)), file);
    QCOMPARE(problems(book), expectedProblems);
    QCOMPARE(book.format, format);
    QCOMPARE(book.sheets.size(), 1);
    QCOMPARE(book.sheets[0].name, sheetName);
    QCOMPARE(book.sheets[0].lines.size(), book.sheets[0].rows.size());
    QCOMPARE(rows(book.sheets[0]), expected);
}

void tst_DelimitedTextReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("ASCII") << QByteArray("a,b") << u"a,b"_s << u"UTF-8"_s;
    QTest::newRow("UTF-8") << QByteArray("caf\xC3\xA9") << u"caf\u00E9"_s << u"UTF-8"_s;
    QTest::newRow("UTF-8 BOM dropped") << QByteArray("\xEF\xBB\xBFx") << u"x"_s << u"UTF-8"_s;
    QTest::newRow("Windows-1252 quotes and dash")
        << QByteArray("\x93x\x94 \x96 \x80") << u"\u201Cx\u201D \u2013 \u20AC"_s
        << u"Windows-1252"_s;
    QTest::newRow("Latin-1 range") << QByteArray("caf\xE9") << u"caf\u00E9"_s << u"Windows-1252"_s;
    QTest::newRow("undefined byte kept as C1 control")
        << QByteArray("a\x81") << u"a\u0081"_s << u"Windows-1252"_s;
    // One bad sequence makes the whole file Windows-1252, not UTF-8 with a replacement.
    QTest::newRow("mostly UTF-8 but one bad byte")
        << QByteArray("\xC3\xA9 \xE9") << u"\u00C3\u00A9 \u00E9"_s << u"Windows-1252"_s;
    QTest::newRow("UTF-8 BOM with bad bytes")
        << QByteArray("\xEF\xBB\xBF\xE9") << u"\u00E9"_s << u"Windows-1252"_s;
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFEx\0y\0", 6) << u"xy"_s << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF\0x\0y", 6) << u"xy"_s << u"UTF-16BE"_s;
}

void tst_DelimitedTextReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);

    QString used;
    QCOMPARE(DelimitedTextReader::decode(bytes, &used), text);
    QCOMPARE(used, encoding);
}

void tst_DelimitedTextReader::guessSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("separator");

    QTest::newRow("empty") << QString() << u","_s;
    QTest::newRow("one column") << u"Date\n2017\n"_s << u","_s;
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << u","_s;
    QTest::newRow("semicolon with decimal commas")
        << u"Date;Amount;Rate\n2017;1,5;2,25\n2018;3,5;1,0\n"_s << u";"_s;
    QTest::newRow("comma with a semicolon in a note")
        << u"Date,Notes\n2017,one; two\n2018,three\n"_s << u","_s;
    QTest::newRow("separators in quotes do not count") << u"\"a;b;c\",d\n\"x;y;z\",e\n"_s << u","_s;
    QTest::newRow("tab") << u"a\tb\n1\t2, 3\n"_s << u"\t"_s;
    QTest::newRow("the rows decide between two in the header")
        << u"a,b;c\n1,2;3\n4,5,6;7\n"_s << u";"_s;
    QTest::newRow("quoted newline in the header record")
        << u"\"Da\nte\";Event\n2017;x\n"_s << u";"_s;
}

void tst_DelimitedTextReader::guessSeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, separator);

    QCOMPARE(QString(DelimitedTextReader::guessSeparator(text)), separator);
}

// Cases too small to need a file: the bytes and the rows they give.
void tst_DelimitedTextReader::text_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("problemCount");

    QTest::newRow("trailing separator at the end")
        << QByteArray("a,b\n1,") << QStringList{u"1: a|b"_s, u"2: 1"_s} << 0;
    QTest::newRow("only empty rows") << QByteArray("\n\n,,\n") << QStringList{} << 0;
    QTest::newRow("empty middle cells kept")
        << QByteArray("a,,c\n") << QStringList{u"1: a||c"_s} << 0;
    QTest::newRow("spaces kept") << QByteArray(" a , b ") << QStringList{u"1:  a | b "_s} << 0;
    QTest::newRow("doubled quotes only") << QByteArray("\"\"\"\"") << QStringList{u"1: \""_s} << 0;
    QTest::newRow("quoted CR alone is a line break")
        << QByteArray("\"a\rb\",c\nd") << QStringList{u"1: a\nb|c"_s, u"3: d"_s} << 0;
    QTest::newRow("unclosed quote at the end")
        << QByteArray("a,\"b") << QStringList{u"1: a|\"b"_s} << 1;
}

void tst_DelimitedTextReader::text()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    QFETCH(int, problemCount);

    const Workbook book = DelimitedTextReader::read(bytes, u"t.csv"_s);
    QCOMPARE(book.problems.size(), problemCount);
    QCOMPARE(book.sheets.size(), 1);
    QCOMPARE(rows(book.sheets[0]), expected);
}

QTEST_GUILESS_MAIN(tst_DelimitedTextReader)
#include "tst_delimitedtextreader.moc"

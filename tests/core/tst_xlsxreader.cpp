#include "testfiles.h"
#include "workbookreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Each sheet as "name:" followed by its rows, cells joined by "|".
QStringList sheets(const Workbook &book)
{
    QStringList out;
    for (const Sheet &sheet : book.sheets) {
        out.append(sheet.name + u':');
        for (const QStringList &row : sheet.rows)
            out.append(row.join(u'|'));
    }
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

class tst_XlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void isDateFormat_data();
    void isDateFormat();
    void cellPosition_data();
    void cellPosition();
};

void tst_XlsxReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedProblems");

    QTest::newRow("two sheets, strings, dates, merged header")
        << u"timeline.xlsx"_s
        << QStringList{u"Events:"_s,
                       u"Date|Event|Details|Details|Lane"_s,
                       u"2017-08-03|STP published|1.5|TRUE|LLR"_s,
                       u"2018-01-01T12:00|Letter||20170803|BLMK"_s,
                       QString(),
                       u"2017-08-03|#N/A"_s + QString(25, u'|') + u"0.1"_s,
                       u"Notes:"_s,
                       u"Note"_s,
                       u"second sheet"_s}
        << QStringList{};
    QTest::newRow("1904 base, cells without references")
        << u"mac-1904.xlsx"_s
        << QStringList{u"Sheet1:"_s, u"Date"_s, u"1904-01-01"_s, u"2017-08-03"_s} << QStringList{};
    QTest::newRow("merged header fills its columns, a huge merge only the cells there are")
        << u"merged-header.xlsx"_s << QStringList{u"Sheet1:"_s, u"When|When|When"_s, u"2017|8|3"_s}
        << QStringList{};
    QTest::newRow("sheet XML not well-formed")
        << u"bad-xml.xlsx"_s << QStringList{u"Sheet1:"_s, u"1"_s}
        << QStringList{u"bad-xml.xlsx: its entry xl/worksheets/sheet1.xml is not well-formed "
                       "XML at line 3, column 35: Opening and ending tag mismatch."_s};
    QTest::newRow("encrypted entry")
        << u"encrypted.xlsx"_s << QStringList{}
        << QStringList{u"encrypted.xlsx: its entry xl/worksheets/sheet1.xml is encrypted (save "
                       "the file without a password)"_s};
    QTest::newRow("truncated zip")
        << u"truncated.xlsx"_s << QStringList{}
        << QStringList{u"truncated.xlsx: it is not a readable zip archive (not a zip archive)"_s};
    QTest::newRow("zip that is not a workbook")
        << u"not-a-workbook.zip"_s << QStringList{}
        << QStringList{u"not-a-workbook.zip: it is a zip archive but not a spreadsheet: it has "
                       "neither xl/workbook.xml (XLSX) nor the OpenDocument spreadsheet "
                       "mimetype (ODS)"_s};
}

void tst_XlsxReader::read()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedProblems);

    const Workbook book =
        WorkbookReader::read(TestFiles::read(TestFiles::path(u"sheets"_s, file)), file);
    QCOMPARE(problems(book).join(u'\n'), expectedProblems.join(u'\n'));
    QCOMPARE(sheets(book), expected);
    if (!expected.isEmpty())
        QCOMPARE(book.format, u"xlsx"_s);
    for (const Sheet &sheet : book.sheets)
        QVERIFY(sheet.lines.isEmpty());
}

void tst_XlsxReader::isDateFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");

    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("built-in 0.00") << 2 << QString() << false;
    QTest::newRow("built-in 14") << 14 << QString() << true;
    QTest::newRow("built-in 22") << 22 << QString() << true;
    QTest::newRow("built-in 23") << 23 << QString() << false;
    QTest::newRow("built-in 45") << 45 << QString() << true;
    QTest::newRow("built-in 47") << 47 << QString() << true;
    QTest::newRow("built-in 48") << 48 << QString() << false;
    QTest::newRow("custom dd/mm/yyyy") << 164 << u"dd/mm/yyyy"_s << true;
    QTest::newRow("custom upper case") << 164 << u"DD-MMM-YY"_s << true;
    QTest::newRow("custom time") << 164 << u"h:mm"_s << true;
    QTest::newRow("locale in brackets") << 164 << u"[$-809]d mmmm yyyy"_s << true;
    QTest::newRow("quoted m") << 164 << u"0.0\"m\""_s << false;
    QTest::newRow("escaped d") << 164 << u"0\\d"_s << false;
    QTest::newRow("colour in brackets") << 164 << u"[Red]0.00"_s << false;
    QTest::newRow("padding and fill") << 164 << u"_d*y0"_s << false;
    QTest::newRow("custom code overrides a built-in id") << 14 << u"0.00"_s << false;
}

void tst_XlsxReader::isDateFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void tst_XlsxReader::cellPosition_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");

    QTest::newRow("A1") << u"A1"_s << true << 0 << 0;
    QTest::newRow("Z9") << u"Z9"_s << true << 8 << 25;
    QTest::newRow("AA10") << u"AA10"_s << true << 9 << 26;
    QTest::newRow("lower case") << u"ab3"_s << true << 2 << 27;
    QTest::newRow("absolute") << u"$B$2"_s << true << 1 << 1;
    QTest::newRow("last cell") << u"XFD1048576"_s << true << 1048575 << 16383;
    QTest::newRow("column beyond") << u"XFE1"_s << false << 0 << 0;
    QTest::newRow("row beyond") << u"A1048577"_s << false << 0 << 0;
    QTest::newRow("row 0") << u"A0"_s << false << 0 << 0;
    QTest::newRow("no row") << u"A"_s << false << 0 << 0;
    QTest::newRow("no column") << u"12"_s << false << 0 << 0;
    QTest::newRow("trailing text") << u"A1x"_s << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void tst_XlsxReader::cellPosition()
{
    QFETCH(QString, reference);
    QFETCH(bool, ok);
    QFETCH(int, row);
    QFETCH(int, column);

    int r = -1, c = -1;
    QCOMPARE(XlsxReader::cellPosition(reference, &r, &c), ok);
    if (ok) {
        QCOMPARE(r, row);
        QCOMPARE(c, column);
    }
}

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"

#include "odsreader.h"
#include "testfiles.h"
#include "workbookreader.h"

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

QString problems(const Workbook &book)
{
    QStringList out;
    for (const Problem &problem : book.problems)
        out.append(problem.toString());
    return out.join(u'\n');
}

} // namespace

class tst_OdsReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void dateText_data();
    void dateText();
    void timeText_data();
    void timeText();
};

void tst_OdsReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("expectedProblems");

    QTest::newRow("two tables, typed cells, repeats, spans")
        << u"timeline.ods"_s
        << QStringList{u"Events:"_s,
                       u"Date|Event|Details|Details"_s,
                       u"2017-08-03|STP published\nsecond   para\ttab\nbreak|1.5|TRUE"_s,
                       u"2018-01-01T12:00|0.25|10:30|x|x"_s,
                       QString(),
                       QString(),
                       u"same"_s,
                       u"same"_s,
                       u"same"_s,
                       u"Notes:"_s,
                       u"Note"_s}
        << QString();
    QTest::newRow("content not well-formed")
        << u"bad-xml.ods"_s << QStringList{u"T:"_s}
        << u"bad-xml.ods: its entry content.xml is not well-formed XML at line 2, column 346: "
           "Opening and ending tag mismatch."_s;
    QTest::newRow("an OpenDocument text is not a spreadsheet")
        << u"text-document.odt"_s << QStringList{}
        << u"text-document.odt: it is a zip archive but not a spreadsheet: it has neither "
           "xl/workbook.xml (XLSX) nor the OpenDocument spreadsheet mimetype (ODS)"_s;
}

void tst_OdsReader::read()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QString, expectedProblems);

    const Workbook book =
        WorkbookReader::read(TestFiles::read(TestFiles::path(u"sheets"_s, file)), file);
    QCOMPARE(problems(book), expectedProblems);
    QCOMPARE(sheets(book), expected);
    if (!expected.isEmpty())
        QCOMPARE(book.format, u"ods"_s);
}

void tst_OdsReader::dateText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("date") << u"2017-08-03"_s << u"2017-08-03"_s;
    QTest::newRow("midnight") << u"2017-08-03T00:00:00"_s << u"2017-08-03"_s;
    QTest::newRow("time") << u"2017-08-03T10:30:00"_s << u"2017-08-03T10:30"_s;
    QTest::newRow("seconds rounded") << u"2017-08-03T10:30:45.5"_s << u"2017-08-03T10:31"_s;
    QTest::newRow("to the next day") << u"2017-08-03T23:59:30"_s << u"2017-08-04"_s;
    QTest::newRow("not a date") << u"August 2017"_s << QString();
    QTest::newRow("impossible day") << u"2017-02-30"_s << QString();
    QTest::newRow("bad time") << u"2017-08-03T25:00:00"_s << QString();
    QTest::newRow("text after the date") << u"2017-08-03x"_s << QString();
}

void tst_OdsReader::dateText()
{
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(OdsReader::dateText(value), text);
}

void tst_OdsReader::timeText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("time") << u"PT10H30M00S"_s << u"10:30"_s;
    QTest::newRow("hours only") << u"PT9H"_s << u"09:00"_s;
    QTest::newRow("over a day") << u"PT36H00M00S"_s << u"36:00"_s;
    QTest::newRow("seconds rounded") << u"PT10H30M30S"_s << u"10:31"_s;
    QTest::newRow("not a duration") << u"10:30"_s << QString();
    QTest::newRow("empty duration") << u"PT"_s << QString();
}

void tst_OdsReader::timeText()
{
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(OdsReader::timeText(value), text);
}

QTEST_GUILESS_MAIN(tst_OdsReader)
#include "tst_odsreader.moc"

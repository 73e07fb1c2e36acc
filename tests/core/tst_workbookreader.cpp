#include "testfiles.h"
#include "workbookreader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList problems(const Workbook &book)
{
    QStringList out;
    for (const Problem &problem : book.problems)
        out.append(problem.toString());
    return out;
}

} // namespace

class tst_WorkbookReader : public QObject
{
    Q_OBJECT

private slots:
    void isZip_data();
    void isZip();
    void format_data();
    void format();
    void refused_data();
    void refused();
};

void tst_WorkbookReader::isZip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("zip");

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("local header") << QByteArray("PK\x03\x04rest") << true;
    QTest::newRow("empty archive") << QByteArray("PK\x05\x06rest") << true;
    QTest::newRow("text starting PK") << QByteArray("PK,Event\n") << false;
}

void tst_WorkbookReader::isZip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, zip);
    QCOMPARE(WorkbookReader::isZip(bytes), zip);
}

void tst_WorkbookReader::format_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("sheetNames");

    QTest::newRow("csv") << u"excel-comma.csv"_s << u"csv"_s << QStringList{u"excel-comma"_s};
    QTest::newRow("tsv") << u"tabs.tsv"_s << u"tsv"_s << QStringList{u"tabs"_s};
}

void tst_WorkbookReader::format()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QStringList, sheetNames);

    const Workbook book =
        WorkbookReader::read(TestFiles::read(TestFiles::path(u"sheets"_s, file)), file);
    QCOMPARE(problems(book), QStringList());
    QCOMPARE(book.format, format);
    QStringList names;
    for (const Sheet &sheet : book.sheets)
        names.append(sheet.name);
    QCOMPARE(names, sheetNames);
}

void tst_WorkbookReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QByteArray() << QStringList{u"f: the file is empty"_s};
}

void tst_WorkbookReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    const Workbook book = WorkbookReader::read(bytes, u"f"_s);
    QCOMPARE(problems(book), expected);
    QVERIFY(book.sheets.isEmpty());
}

QTEST_GUILESS_MAIN(tst_WorkbookReader)
#include "tst_workbookreader.moc"

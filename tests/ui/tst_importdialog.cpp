#include "importdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Sheet councilSheet()
{
    Sheet sheet;
    sheet.name = u"Timeline"_s;
    sheet.rows = {
        {u"Date"_s, u"Event"_s, u"Notes"_s, u"Lane"_s},
        {u"03/08/2017"_s, u"STP published"_s, u"Draft plan"_s, u"LLR"_s},
        {u"Sept 2017"_s, u"Consultation opens"_s, QString(), u"LLR"_s},
        {u"32/13/2017"_s, u"A row with a bad date"_s, u"x"_s, u"LLR"_s},
        {QString(), QString(), QString(), QString()},
        {u"2018/19"_s, u"Budget year"_s, QString(), u"NHS"_s},
    };
    return sheet;
}

Workbook workbookOf(const QList<Sheet> &sheets)
{
    Workbook workbook;
    workbook.format = u"csv"_s;
    workbook.sheets = sheets;
    return workbook;
}

// The preview's "Read as" cell for a row of the sheet (1-based, as the preview numbers it).
QTableWidgetItem *readAs(const ImportDialog &dialog, int sheetRow)
{
    QTableWidget *preview = dialog.preview();
    for (int r = 0; r < preview->rowCount(); ++r) {
        if (preview->item(r, 0)->text() == QString::number(sheetRow))
            return preview->item(r, 1);
    }
    return nullptr;
}

} // namespace

// The import dialog: the guess from the header, the preview of how each row reads, the marks
// on rows that cannot be read, and every change of sheet, header row or column re-read.
class tst_ImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void guessesFromTheHeader_data();
    void guessesFromTheHeader();
    void previewSaysHowEachRowReads_data();
    void previewSaysHowEachRowReads();
    void badCellIsMarked();
    void unmappingTheDateDisablesImport();
    void headerRowMovesTheGuess();
    void sheetsArePicked();
    void rememberedMappingWins();
    void fitsTheScreen();
};

void tst_ImportDialog::guessesFromTheHeader_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("column");
    QTest::newRow("Date is the start") << int(ImportField::Start) << 0;
    QTest::newRow("Event is the title") << int(ImportField::Title) << 1;
    QTest::newRow("Notes are the summary") << int(ImportField::Summary) << 2;
    QTest::newRow("Lane is the lane") << int(ImportField::Lane) << 3;
    QTest::newRow("no end column") << int(ImportField::End) << -1;
}

void tst_ImportDialog::guessesFromTheHeader()
{
    QFETCH(int, field);
    QFETCH(int, column);
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    QCOMPARE(dialog.fieldBox(ImportField(field))->currentData().toInt(), column);
    QCOMPARE(dialog.mapping().column(ImportField(field)), column);
}

void tst_ImportDialog::previewSaysHowEachRowReads_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("text");
    QTest::newRow("UK day-first") << 2 << u"3 August 2017 (day)"_s;
    QTest::newRow("a month stays a month")
        << 3 << u"September 2017 (month: 1 Sept 2017 \u2013 30 Sept 2017)"_s;
    QTest::newRow("empty row") << 5 << u"empty: skipped"_s;
    QTest::newRow("financial year")
        << 6 << u"2018/19 (financial-year: 1 Apr 2018 \u2013 31 Mar 2019)"_s;
}

void tst_ImportDialog::previewSaysHowEachRowReads()
{
    QFETCH(int, row);
    QFETCH(QString, text);
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    QCOMPARE(dialog.preview()->rowCount(), 5);
    QTableWidgetItem *item = readAs(dialog, row);
    QVERIFY(item);
    QCOMPARE(item->text(), text);
    QVERIFY(item->icon().isNull());
}

void tst_ImportDialog::badCellIsMarked()
{
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    QTableWidgetItem *item = readAs(dialog, 4);
    QVERIFY(item);
    QVERIFY(item->text().startsWith(u"not imported: "_s));
    QVERIFY(!item->icon().isNull());
    // The date cell itself (column A, after the Row and Read as columns) says what is wrong.
    QTableWidgetItem *cell = dialog.preview()->item(2, 2);
    QCOMPARE(cell->text(), u"32/13/2017"_s);
    QVERIFY(!cell->icon().isNull());
    QVERIFY2(cell->toolTip().contains(u"32/13/2017"_s), qPrintable(cell->toolTip()));
    QVERIFY2(dialog.summary()->text().contains(u"3 rows will become events"_s),
             qPrintable(dialog.summary()->text()));
    QVERIFY2(dialog.summary()->text().contains(u"row 4"_s), qPrintable(dialog.summary()->text()));
    QCOMPARE(dialog.importButton()->text(), u"&Import 3 Events"_s);
    QCOMPARE(dialog.result().catalogue.events().size(), 3);
}

void tst_ImportDialog::unmappingTheDateDisablesImport()
{
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QComboBox *start = dialog.fieldBox(ImportField::Start);
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Home); // "(none)"
    QCOMPARE(start->currentData().toInt(), -1);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.summary()->text().startsWith(u"Choose the columns"_s));
    QTest::keyClick(start, Qt::Key_Down); // back to column A
    QCOMPARE(start->currentData().toInt(), 0);
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::keyClick(start, Qt::Key_Down); // column B, the titles, is no date
    QCOMPARE(dialog.result().catalogue.events().size(), 0);
    QVERIFY(!dialog.importButton()->isEnabled());
}

void tst_ImportDialog::headerRowMovesTheGuess()
{
    Sheet sheet;
    sheet.name = u"Sheet1"_s;
    sheet.rows = {{u"Council timeline, as kept by the policy team"_s},
                  {u"When"_s, u"What"_s, u"Group"_s},
                  {u"3 Aug 2017"_s, u"STP published"_s, u"LLR"_s}};
    ImportDialog dialog(workbookOf({sheet}), u"kept.xlsx"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());
    QSpinBox *header = dialog.headerRowBox();
    header->setFocus();
    QTest::keyClick(header, Qt::Key_Up);
    QCOMPARE(header->value(), 2);
    QCOMPARE(dialog.mapping().headerRow(), 1);
    QCOMPARE(dialog.fieldBox(ImportField::Start)->currentData().toInt(), 0);
    QCOMPARE(dialog.fieldBox(ImportField::Title)->currentData().toInt(), 1);
    QCOMPARE(dialog.fieldBox(ImportField::Lane)->currentData().toInt(), 2);
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(dialog.preview()->rowCount(), 1);
    QCOMPARE(dialog.preview()->item(0, 0)->text(), u"3"_s);
}

void tst_ImportDialog::sheetsArePicked()
{
    Sheet notes;
    notes.name = u"Notes"_s;
    notes.rows = {{u"Read me first"_s}};
    ImportDialog dialog(workbookOf({notes, councilSheet()}), u"book.xlsx"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.sheetBox()->isEnabled());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.sheetBox()->setFocus();
    QTest::keyClick(dialog.sheetBox(), Qt::Key_Down);
    QCOMPARE(dialog.sheetIndex(), 1);
    QCOMPARE(dialog.preview()->rowCount(), 5);
    QCOMPARE(dialog.result().catalogue.events().size(), 3);
    QCOMPARE(dialog.entry().sheet, u"Timeline"_s);
}

void tst_ImportDialog::rememberedMappingWins()
{
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    const QStringList header = councilSheet().rows.first();
    ColumnMapping mapping = dialog.mapping();
    mapping.setColumn(ImportField::Title, 2);  // Notes as the title
    mapping.setColumn(ImportField::Summary, 1); // Event as the summary
    dialog.setEntry({u"Timeline"_s, 0, mapping.toSpec(header)});
    QCOMPARE(dialog.fieldBox(ImportField::Title)->currentData().toInt(), 2);
    QCOMPARE(dialog.fieldBox(ImportField::Summary)->currentData().toInt(), 1);
    QCOMPARE(dialog.entry().spec, mapping.toSpec(header));
    // A remembered mapping that names a column the file no longer has leaves the guess.
    ImportDialog other(workbookOf({councilSheet()}), u"timeline.csv"_s);
    other.setEntry({u"Timeline"_s, 0, u"start=Date,title=Headline"_s});
    QCOMPARE(other.fieldBox(ImportField::Title)->currentData().toInt(), 1);
}

// The offscreen screen is 800x600: the dialog, its Import button included, stays on it.
void tst_ImportDialog::fitsTheScreen()
{
    ImportDialog dialog(workbookOf({councilSheet()}), u"timeline.csv"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QRect available = dialog.screen()->availableGeometry();
    QVERIFY2(dialog.width() <= available.width() && dialog.height() <= available.height(),
             qPrintable(u"%1x%2 on %3x%4"_s.arg(dialog.width()).arg(dialog.height())
                            .arg(available.width()).arg(available.height())));
    const QRect button(dialog.importButton()->mapTo(&dialog, QPoint(0, 0)),
                       dialog.importButton()->size());
    QVERIFY(dialog.rect().contains(button));
}

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"

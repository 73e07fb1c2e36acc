#include "catalogueloader.h"
#include "importactions.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "testfiles.h"
#include "timelinedocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kOfficersCsv = "\xEF\xBB\xBF"
                                "Date,Event,Notes,Lane\r\n"
                                "03/08/2017,STP published,Draft plan,LLR\r\n"
                                "Sept 2017,Consultation opens,,LLR\r\n"
                                "2018/19,Budget year,,NHS\r\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Clicks Import in the next import dialog to open (or Cancel), once it is up.
void answerImportDialog(bool import, bool *seen)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return answerImportDialog(import, seen);
        *seen = true;
        if (import)
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        else
            dialog->reject();
    });
}

} // namespace

// What File > Open and File > Import Spreadsheet do with an officer's own spreadsheet: the
// mapping dialog, an import that is one undo step, a mapping remembered per file.
class tst_ImportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void foreignSpreadsheets_data();
    void foreignSpreadsheets();
    void openingASpreadsheetAsksForItsColumns();
    void cancelKeepsTheOpenTimeline();
    void importIntoTheOpenTimelineIsOneStep();
    void theMappingIsRemembered();
    void unreadableFileIsReported();
    void aMalformedRecordLeavesTheRest();
    void otherTimelinesAreImportedToo();
    void passagesOfAnotherCatalogueAreRefused();

private:
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void tst_ImportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_importactions"_s);
    QVERIFY(m_dir.isValid());
}

void tst_ImportActions::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->openBuiltInStory();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_ImportActions::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no question on the way out
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

void tst_ImportActions::foreignSpreadsheets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("foreign");
    QTest::newRow("an officer's CSV") << u"a.csv"_s << kOfficersCsv << true;
    QTest::newRow("our event list") << u"b.csv"_s
                                    << QByteArray("id,start,end,title,group,category\n") << false;
    QTest::newRow("our columns in another order")
        << u"c.csv"_s << QByteArray("title,id,start\n") << false;
    QTest::newRow("our listing, which the import reads")
        << u"g.csv"_s
        << QByteArray("id,start,end,precision,approximate,status,label,title,lane,actors,tags,"
                      "sources\r\n")
        << true;
    QTest::newRow("a TSV") << u"d.tsv"_s << QByteArray("Date\tEvent\n") << true;
    QTest::newRow("a workbook") << u"e.bin"_s << QByteArray("PK\x03\x04rest", 8) << true;
    QTest::newRow("a JSON file") << u"f.json"_s << QByteArray("{\"events\":3}") << false;
}

void tst_ImportActions::foreignSpreadsheets()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, foreign);
    const QString path = write(m_dir, name, bytes);
    QVERIFY(!path.isEmpty());
    QCOMPARE(ImportActions::isForeignSpreadsheet(path), foreign);
}

void tst_ImportActions::openingASpreadsheetAsksForItsColumns()
{
    const QString path = write(m_dir, u"officers.csv"_s, kOfficersCsv);
    bool seen = false;
    answerImportDialog(true, &seen);
    QVERIFY(m_window->openFile(path));
    QVERIFY(seen);
    QCOMPARE(m_window->catalogue().events().size(), 3);
    QCOMPARE(m_window->currentFile(), path);
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(!m_window->document()->canSaveInPlace()); // Save asks where to write a catalogue
    QCOMPARE(m_window->catalogue().lanes().size(), 2);
}

void tst_ImportActions::cancelKeepsTheOpenTimeline()
{
    const qsizetype before = m_window->catalogue().events().size();
    const QString path = write(m_dir, u"cancelled.csv"_s, kOfficersCsv);
    bool seen = false;
    answerImportDialog(false, &seen);
    QVERIFY(!m_window->openFile(path));
    QVERIFY(seen);
    QCOMPARE(m_window->catalogue().events().size(), before);
}

void tst_ImportActions::importIntoTheOpenTimelineIsOneStep()
{
    // An editable timeline first: the officers' own file, then a second sheet into it.
    const QString first = write(m_dir, u"first.csv"_s, kOfficersCsv);
    bool seen = false;
    answerImportDialog(true, &seen);
    QVERIFY(m_window->openFile(first));
    const QString second = write(m_dir, u"second.csv"_s,
                                 "When,What,Group\n14 June 2018,BLMK leaders write,BLMK\n"
                                 "Q3 2019/20,Review,LLR\n");
    seen = false;
    answerImportDialog(true, &seen);
    QVERIFY(m_window->importActions()->importFile(second, ImportActions::Target::OpenTimeline));
    QVERIFY(seen);
    QCOMPARE(m_window->catalogue().events().size(), 5);
    QCOMPARE(m_window->catalogue().lanes().size(), 3); // LLR joined, BLMK added
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), u"Import 2 Events from second.csv"_s);
    stack->undo();
    QCOMPARE(m_window->catalogue().events().size(), 3);
    QCOMPARE(m_window->catalogue().lanes().size(), 2);
}

void tst_ImportActions::theMappingIsRemembered()
{
    const QString path = write(m_dir, u"remembered.csv"_s, kOfficersCsv);
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        dialog->fieldBox(ImportField::Lane)->setCurrentIndex(0); // no lanes this time
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QVERIFY(m_window->openFile(path));
    QVERIFY(seen);
    QCOMPARE(ImportMappingStore::load(path).spec.contains(u"lane="_s), false);
    // Reopened as the last file of a session: no dialog, the remembered mapping.
    m_window->openBuiltInStory();
    QVERIFY(m_window->importActions()->importFile(path, ImportActions::Target::NewTimeline,
                                                  ImportActions::Mode::Remembered));
    QCOMPARE(m_window->catalogue().events().size(), 3);
    QCOMPARE(m_window->catalogue().lanes().size(), 1); // no lane column: one lane for all
}

void tst_ImportActions::unreadableFileIsReported()
{
    const QString path = write(m_dir, u"broken.xlsx"_s, QByteArray("PK\x03\x04garbage", 11));
    QSignalSpy problems(m_window, &MainWindow::problemsReported);
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(problems.size(), 1);
    const QStringList messages = problems.first().at(1).toStringList();
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.first().contains(u"broken.xlsx"_s), qPrintable(messages.first()));
}

// A quote that never closes spoils its own record only: the other rows still import, and the
// dialog says what is wrong with the file.
void tst_ImportActions::aMalformedRecordLeavesTheRest()
{
    const QString path = write(m_dir, u"unclosed.csv"_s,
                               kOfficersCsv + "2019,\"A quote that never closes,,LLR\r\n");
    QString summary;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        summary = dialog->summary()->text();
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    QVERIFY(m_window->openFile(path));
    QVERIFY2(summary.contains(u"The file also has a problem: "_s) &&
                 summary.contains(u"unclosed.csv:5"_s),
             qPrintable(summary));
    QVERIFY(m_window->catalogue().events().size() >= 3);
}

void tst_ImportActions::otherTimelinesAreImportedToo()
{
    const QString first = write(m_dir, u"base.csv"_s, kOfficersCsv);
    bool seen = false;
    answerImportDialog(true, &seen);
    QVERIFY(m_window->openFile(first));
    const qsizetype before = m_window->catalogue().events().size();
    const QString timelineJs = TestFiles::path(u"timelinejs"_s, u"council.json"_s);
    QVERIFY(m_window->importActions()->importFile(timelineJs, ImportActions::Target::OpenTimeline));
    QVERIFY(m_window->catalogue().events().size() > before);
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().endsWith(u"from council.json"_s));
    stack->undo();
    QCOMPARE(m_window->catalogue().events().size(), before);
}

void tst_ImportActions::passagesOfAnotherCatalogueAreRefused()
{
    const QString first = write(m_dir, u"base2.csv"_s, kOfficersCsv);
    bool seen = false;
    answerImportDialog(true, &seen);
    QVERIFY(m_window->openFile(first));
    QSignalSpy problems(m_window, &MainWindow::problemsReported);
    QVERIFY(!m_window->importActions()->importFile(CatalogueLoader::builtInPath(),
                                                   ImportActions::Target::OpenTimeline));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().at(1).toStringList().first().contains(u"File > Open"_s));
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

QTEST_MAIN(tst_ImportActions)
#include "tst_importactions.moc"

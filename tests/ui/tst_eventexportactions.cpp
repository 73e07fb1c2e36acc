// File > Export Events: each format chosen from the real menu, its file named in the real file
// dialog, written and read back; a filter limits what is written; a failed write says which
// file.
#include "eventexportactions.h"
#include "eventlistingwriter.h"
#include "filterbar.h"
#include "icalendarreader.h"
#include "importactions.h"
#include "importmappingstore.h"
#include "mainwindow.h"
#include "timelinedocument.h"
#include "timelinejsreader.h"
#include "viewerwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class tst_EventExportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesEachFormat_data();
    void writesEachFormat();
    void filterLimitsTheEvents();
    void failedWriteNamesTheFile();
    void theirColumnsForAnImportedSheet();

private:
    QAction *menuAction(const QString &text) const;
    // Chooses the action, names path in the file dialog it opens, and accepts.
    void exportThroughMenu(const QString &action, const QString &path);

    ViewerWindow *m_window = nullptr;
};

void tst_EventExportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CIVIC_NO_ANIMATIONS", "1");
}

void tst_EventExportActions::init()
{
    m_window = new ViewerWindow;
    m_window->openBuiltInStory();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_EventExportActions::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QSettings().clear(); // the remembered mappings
}

QAction *tst_EventExportActions::menuAction(const QString &text) const
{
    QMenu *file = nullptr;
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (entry->menu() && QString(entry->text()).remove(u'&') == u"File"_s)
            file = entry->menu();
    }
    if (!file)
        return nullptr;
    for (QAction *entry : file->actions()) {
        if (entry->menu() && QString(entry->text()).remove(u'&') == u"Export Events"_s) {
            for (QAction *action : entry->menu()->actions()) {
                if (QString(action->text()).remove(u'&') == text)
                    return action;
            }
        }
    }
    return nullptr;
}

void tst_EventExportActions::exportThroughMenu(const QString &text, const QString &path)
{
    QAction *action = menuAction(text);
    QVERIFY2(action, qPrintable(text));
    action->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleTopLevel<QFileDialog>()));
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as Save does: QFileDialog::accept()
}

void tst_EventExportActions::writesEachFormat_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("name");
    QTest::newRow("TimelineJS") << u"TimelineJS (.json)\u2026"_s << u"story.json"_s;
    QTest::newRow("CSV") << u"CSV (.csv)\u2026"_s << u"story.csv"_s;
    QTest::newRow("calendar") << u"Calendar (.ics)\u2026"_s << u"story.ics"_s;
}

void tst_EventExportActions::writesEachFormat()
{
    QFETCH(QString, action);
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    exportThroughMenu(action, path);
    QTRY_VERIFY(QFile::exists(path));

    const Catalogue &catalogue = m_window->catalogue();
    const QByteArray bytes = readAll(path);
    if (name.endsWith(u".csv"_s)) {
        QCOMPARE(bytes, EventListingWriter::toCsv(catalogue));
        return;
    }
    const CatalogueLoadResult back = name.endsWith(u".ics"_s) ? ICalendarReader::read(bytes, path)
                                                              : TimelineJsReader::read(bytes, path);
    QCOMPARE(back.problems.size(), 0);
    // The whole story: no filter hides anything, and the calendar has past events too.
    QCOMPARE(back.catalogue.events().size(), catalogue.events().size());
    for (const TimelineEvent &event : catalogue.events()) {
        const TimelineEvent *read = back.catalogue.event(event.id);
        QVERIFY2(read, qPrintable(event.id));
        QCOMPARE(read->date.first(), event.date.first());
        QCOMPARE(read->date.last(), event.date.last());
        QCOMPARE(read->date.label(), event.date.label());
    }
}

void tst_EventExportActions::filterLimitsTheEvents()
{
    const QString search = u"Leicestershire"_s;
    QSignalSpy changed(m_window, &MainWindow::visibleEventsChanged);
    QTest::keyClicks(m_window->filterBar()->searchField(), search);
    QVERIFY(changed.wait());
    const QBitArray shown = m_window->visibleMask();
    const qsizetype count = shown.count(true);
    QVERIFY(count > 0 && count < m_window->catalogue().events().size());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"shown.ics"_s);
    exportThroughMenu(u"Calendar (.ics)\u2026"_s, path);
    QTRY_VERIFY(QFile::exists(path));
    const CatalogueLoadResult back = ICalendarReader::read(readAll(path), path);
    QCOMPARE(back.problems.size(), 0);
    QCOMPARE(back.catalogue.events().size(), count);
    for (int i = 0; i < m_window->catalogue().events().size(); ++i)
        QCOMPARE(back.catalogue.event(m_window->catalogue().events().at(i).id) != nullptr,
                 shown.testBit(i));
}

void tst_EventExportActions::failedWriteNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-folder/story.json"_s);
    QAction *action = menuAction(u"TimelineJS (.json)\u2026"_s);
    QVERIFY(action);
    // The file dialog would refuse a folder that is not there; the write itself must say so.
    auto *exports = m_window->findChild<EventExportActions *>();
    QVERIFY(exports);
    QVERIFY(!exports->exportTo(EventExportActions::Format::TimelineJs, path));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"exportEventsError"_s)));
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    QVERIFY(!QFile::exists(path));
    box->accept();
}

// A timeline imported from an officer's spreadsheet can be written back in its columns, in
// the sheet's order and under its names; the built-in story has no such columns to offer.
void tst_EventExportActions::theirColumnsForAnImportedSheet()
{
    QAction *none = menuAction(u"CSV in the Columns of \u201Ccatalogue.json\u201D\u2026"_s);
    QVERIFY(!none || !none->isVisible());

    QTemporaryDir dir;
    const QString sheet = dir.filePath(u"officers.csv"_s);
    {
        QFile file(sheet);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,Event,Notes,Lane\r\n03/08/2017,STP published,Draft,LLR\r\n"
                   "2018/19,Budget year,,NHS\r\n");
    }
    ImportMappingStore::save(sheet, {u"officers"_s, 0, u"start=Date,title=Event,lane=Lane"_s,
                                     {u"Date"_s, u"Event"_s, u"Notes"_s, u"Lane"_s}});
    QVERIFY(m_window->importActions()->importFile(sheet, ImportActions::Target::NewTimeline,
                                                  ImportActions::Mode::Remembered));
    const QString path = dir.filePath(u"back.csv"_s);
    exportThroughMenu(u"CSV in the Columns of \u201Cofficers.csv\u201D\u2026"_s, path);
    QTRY_VERIFY(QFile::exists(path));
    QCOMPARE(readAll(path), QByteArray("Date,Event,Lane\r\n3 August 2017,STP published,LLR\r\n"
                                       "2018/19,Budget year,NHS\r\n"));
    m_window->document()->undoStack()->setClean();
}

QTEST_MAIN(tst_EventExportActions)
#include "tst_eventexportactions.moc"

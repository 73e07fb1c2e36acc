#include "catalogueloader.h"
#include "eventeditor.h"
#include "eventlistview.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "mainwindow.h"
#include "timelinedocument.h"
#include "timelinezoom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.setSummary(title + u'.');
    event.date = EventDate::parse(date);
    event.laneId = lane;
    return event;
}

// fyfv (2014), stp (2016), board (2017), review (2019).
Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}});
    catalogue.setEvents({
        makeEvent(u"board"_s, u"Council joins the board"_s, u"2017"_s, u"local"_s),
        makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s),
        makeEvent(u"stp"_s, u"STP footprints announced"_s, u"March 2016"_s, u"national"_s),
        makeEvent(u"review"_s, u"Board reviews the plan"_s, u"2019"_s, u"local"_s),
    });
    return catalogue;
}

// Clicks the button of the next message box to open, whatever opens it.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seen = nullptr)
{
    QTimer::singleShot(0, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return answerNextMessageBox(button, seen);
        if (seen)
            *seen = box->text();
        box->button(button)->click();
    });
}

} // namespace

// The window as an editor: Edit menu and history, the event editor, read-only built-in
// story, modified marker, and asking before unsaved changes are lost.
class TestMainWindowEdits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editorAppliesOnEnterAndUndoNamesIt();
    void escapeReverts();
    void dateIsCheckedAsTyped_data();
    void dateIsCheckedAsTyped();
    void selectionFollowsTheEventById();
    void deleteDuplicateInsertUndo();
    void copyAndPaste();
    void historyDockListsCommands();
    void builtInIsReadOnlyUntilSaveAs();
    void closingAsks_data();
    void closingAsks();
    void saveClearsTheMarker();
    void listEditsInPlace_data();
    void listEditsInPlace();
    void listRefusesABadDate();

private:
    void select(const QString &id);
    MainWindow *m_window = nullptr;
};

void TestMainWindowEdits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindowedits"_s);
}

void TestMainWindowEdits::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    const Catalogue catalogue = makeCatalogue();
    m_window->setCatalogue(catalogue, catalogue.title());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QApplication::setActiveWindow(m_window);
}

void TestMainWindowEdits::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no question on the way out
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

void TestMainWindowEdits::select(const QString &id)
{
    m_window->zoom()->setSelectedEvent(m_window->catalogue().eventIndex(id));
}

void TestMainWindowEdits::editorAppliesOnEnterAndUndoNamesIt()
{
    select(u"stp"_s);
    EventEditor *editor = m_window->eventEditor();
    QCOMPARE(editor->eventId(), u"stp"_s);
    QLineEdit *title = editor->titleField();
    QCOMPARE(title->text(), u"STP footprints announced"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"Footprints named"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), 0); // a draft until Enter
    QTest::keyClick(title, Qt::Key_Return);

    QCOMPARE(m_window->catalogue().event(u"stp"_s)->title, u"Footprints named"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->undoAction()->text(),
             u"&Undo Change Title of \u201CSTP footprints announced\u201D"_s);
    QVERIFY(m_window->isWindowModified());
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->catalogue().event(u"stp"_s)->title, u"STP footprints announced"_s);
    QCOMPARE(title->text(), u"STP footprints announced"_s);
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->catalogue().event(u"stp"_s)->title, u"Footprints named"_s);
}

void TestMainWindowEdits::escapeReverts()
{
    select(u"board"_s);
    QLineEdit *title = m_window->eventEditor()->titleField();
    title->setFocus();
    QTest::keyClicks(title, u" again"_s);
    QVERIFY(m_window->eventEditor()->isDirty());
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(title->text(), u"Council joins the board"_s);
    QVERIFY(!m_window->eventEditor()->isDirty());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
}

void TestMainWindowEdits::dateIsCheckedAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("season") << u"spring 2017"_s << u"spring 2017 = 1 Mar \u2013 31 May 2017"_s;
    QTest::newRow("financial year") << u"2018/19"_s << u"2018/19 = 1 Apr 2018 \u2013 31 Mar 2019"_s;
    QTest::newRow("day") << u"3 Aug 2017"_s << u"3 August 2017 = one day"_s;
    QTest::newRow("not a date") << u"spring 20x7"_s << u"not a date"_s;
}

void TestMainWindowEdits::dateIsCheckedAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    select(u"board"_s);
    EventEditor *editor = m_window->eventEditor();
    editor->dateField()->setFocus();
    editor->dateField()->selectAll();
    QTest::keyClicks(editor->dateField(), typed);
    QVERIFY2(editor->dateInfo()->text().contains(shown), qPrintable(editor->dateInfo()->text()));
    QTest::keyClick(editor->dateField(), Qt::Key_Return);
    const bool valid = EventDate::parse(typed).isValid();
    QCOMPARE(m_window->document()->undoStack()->count(), valid ? 1 : 0);
    if (valid)
        QCOMPARE(m_window->undoAction()->text(),
                 u"&Undo Change Date of \u201CCouncil joins the board\u201D"_s);
}

void TestMainWindowEdits::selectionFollowsTheEventById()
{
    select(u"fyfv"_s);
    EventEditor *editor = m_window->eventEditor();
    editor->dateField()->setFocus();
    editor->dateField()->selectAll();
    QTest::keyClicks(editor->dateField(), u"2020"_s);
    QTest::keyClick(editor->dateField(), Qt::Key_Return);
    // fyfv moved from first to last; the selection went with it.
    QCOMPARE(m_window->catalogue().events().constLast().id, u"fyfv"_s);
    QCOMPARE(m_window->zoom()->selectedEvent(), m_window->catalogue().eventIndex(u"fyfv"_s));
    QCOMPARE(m_window->eventList()->currentEvent(), m_window->catalogue().eventIndex(u"fyfv"_s));
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->zoom()->selectedEvent(), 0);
    QCOMPARE(editor->eventId(), u"fyfv"_s);
}

void TestMainWindowEdits::deleteDuplicateInsertUndo()
{
    select(u"board"_s);
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_window->catalogue().events().size(), 5);
    QVERIFY(m_window->catalogue().event(u"board-2"_s));
    QCOMPARE(m_window->zoom()->selectedEvent(), m_window->catalogue().eventIndex(u"board-2"_s));

    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QCOMPARE(m_window->catalogue().events().size(), 4);
    QVERIFY(!m_window->catalogue().event(u"board-2"_s));

    select(u"stp"_s);
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->catalogue().events().size(), 5);
    const TimelineEvent *added = m_window->catalogue().event(u"new-event"_s);
    QVERIFY(added);
    QCOMPARE(added->date.first(), QDate(2016, 3, 1));
    QCOMPARE(added->laneId, u"national"_s);
    QCOMPARE(m_window->eventEditor()->eventId(), u"new-event"_s);
    QVERIFY(m_window->eventEditor()->titleField()->hasFocus());

    m_window->document()->undoStack()->setIndex(0);
    QCOMPARE(m_window->catalogue().events().size(), 4);
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindowEdits::copyAndPaste()
{
    select(u"review"_s);
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_X, Qt::ControlModifier);
    QVERIFY(!m_window->catalogue().event(u"review"_s));
    QTest::keyClick(m_window->eventList(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(m_window->catalogue().event(u"review"_s)); // its id is free again
    QTest::keyClick(m_window->eventList(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(m_window->catalogue().event(u"review-2"_s));
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
}

void TestMainWindowEdits::historyDockListsCommands()
{
    auto *history = m_window->findChild<QUndoView *>(u"history"_s);
    QVERIFY(history);
    QCOMPARE(history->stack(), m_window->document()->undoStack());
    select(u"board"_s);
    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QCOMPARE(history->model()->rowCount(), 2); // "<opened>" and the deletion
    QCOMPARE(history->model()->index(1, 0).data().toString(),
             u"Delete \u201CCouncil joins the board\u201D"_s);
    // Clicking the first row goes back to it.
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
                      history->visualRect(history->model()->index(0, 0)).center());
    QVERIFY(m_window->catalogue().event(u"board"_s));
}

void TestMainWindowEdits::builtInIsReadOnlyUntilSaveAs()
{
    m_window->openBuiltInStory();
    QVERIFY(m_window->document()->isReadOnly());
    QVERIFY(m_window->windowTitle().contains(u"read-only"_s));
    m_window->zoom()->setSelectedEvent(0);
    QVERIFY(!m_window->eventEditor()->titleField()->isEnabled());
    const int before = int(m_window->catalogue().events().size());
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QCOMPARE(int(m_window->catalogue().events().size()), before);

    QTemporaryDir dir;
    QVERIFY(m_window->saveTo(dir.filePath(u"story.json"_s)));
    QVERIFY(!m_window->document()->isReadOnly());
    QVERIFY(m_window->eventEditor()->titleField()->isEnabled());
    QVERIFY(!m_window->windowTitle().contains(u"read-only"_s));
    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QCOMPARE(int(m_window->catalogue().events().size()), before - 1);
}

void TestMainWindowEdits::closingAsks_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closed");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard") << int(QMessageBox::Discard) << true;
}

void TestMainWindowEdits::closingAsks()
{
    QFETCH(int, answer);
    QFETCH(bool, closed);
    select(u"board"_s);
    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QString asked;
    answerNextMessageBox(QMessageBox::StandardButton(answer), &asked);
    QCOMPARE(m_window->close(), closed);
    QVERIFY2(asked.contains(u"not saved"_s), qPrintable(asked));
    QCOMPARE(m_window->isVisible(), !closed);

    // Opening another file asks the same way.
    if (!closed) {
        answerNextMessageBox(QMessageBox::Cancel);
        m_window->openBuiltInStory();
        QCOMPARE(m_window->catalogue().title(), u"Test story"_s);
    }
}

void TestMainWindowEdits::saveClearsTheMarker()
{
    select(u"board"_s);
    QTest::keyClick(m_window->eventList(), Qt::Key_Delete);
    QVERIFY(m_window->isWindowModified());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edited.json"_s);
    QVERIFY(m_window->saveTo(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(u"edited.json"_s));
    const CatalogueLoadResult saved = CatalogueLoader::load(path);
    QVERIFY(saved.ok());
    QCOMPARE(saved.catalogue.events().size(), 3);
    QVERIFY(!saved.catalogue.event(u"board"_s));
}

void TestMainWindowEdits::listEditsInPlace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed"); // empty: pick the next lane with the Down key
    QTest::addColumn<QString>("undoText");
    QTest::newRow("title") << u"stp"_s << int(EventTableModel::TitleColumn)
                           << u"Footprints named"_s
                           << u"&Undo Change Title of \u201CSTP footprints announced\u201D"_s;
    QTest::newRow("date") << u"board"_s << int(EventTableModel::DateColumn) << u"by June 2018"_s
                          << u"&Undo Change Date of \u201CCouncil joins the board\u201D"_s;
    QTest::newRow("lane") << u"fyfv"_s << int(EventTableModel::LaneColumn) << QString()
                          << u"&Undo Change Lane of \u201CForward View published\u201D"_s;
}

// F2 on a cell of the event list edits it there, as one undoable command.
void TestMainWindowEdits::listEditsInPlace()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, undoText);
    EventListView *list = m_window->eventList();
    const int eventIndex = m_window->catalogue().eventIndex(id);
    list->setFocus();
    list->setCurrentIndex(list->eventModel()->indexOfEvent(eventIndex, column));
    const TimelineEvent before = *m_window->catalogue().event(id);
    QCOMPARE(list->currentIndex().column(), column);
    QTest::keyClick(list, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != list);
    QVERIFY2(list->isAncestorOf(editor), editor->metaObject()->className());
    if (typed.isEmpty()) {
        QVERIFY(qobject_cast<QComboBox *>(editor));
        QTest::keyClick(editor, Qt::Key_Down);
    } else {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->selectAll();
        QTest::keyClicks(line, typed);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->document()->undoStack()->count(), 1);
    QCOMPARE(m_window->undoAction()->text(), undoText);
    const TimelineEvent *after = m_window->catalogue().event(id);
    switch (column) {
    case EventTableModel::TitleColumn:
        QCOMPARE(after->title, typed);
        break;
    case EventTableModel::DateColumn:
        QCOMPARE(after->date.label(), typed);
        break;
    default:
        QCOMPARE(after->laneId, u"local"_s);
    }
    QCOMPARE(m_window->zoom()->selectedEvent(), m_window->catalogue().eventIndex(id));
    m_window->undoAction()->trigger();
    QCOMPARE(m_window->catalogue().event(id)->title, before.title);
    QCOMPARE(m_window->catalogue().event(id)->date, before.date);
    QCOMPARE(m_window->catalogue().event(id)->laneId, before.laneId);
}

void TestMainWindowEdits::listRefusesABadDate()
{
    EventListView *list = m_window->eventList();
    const int eventIndex = m_window->catalogue().eventIndex(u"board"_s);
    list->setFocus();
    list->setCurrentIndex(list->eventModel()->indexOfEvent(eventIndex, EventTableModel::DateColumn));
    QTest::keyClick(list, Qt::Key_F2);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(line && list->isAncestorOf(line));
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, u"spring 20x7"_s);
    QTest::keyClick(line, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    QCOMPARE(m_window->catalogue().event(u"board"_s)->date.label(), u"2017"_s);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"not a date"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestMainWindowEdits)
#include "tst_mainwindowedits.moc"

#include "mainwindow.h"
#include "storiesdialog.h"
#include "timelinedocument.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::parse(date);
    event.laneId = u"national"_s;
    return event;
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setLanes({{u"national"_s, u"National bodies"_s, {}}});
    catalogue.setEvents({
        makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s),
        makeEvent(u"stp"_s, u"STP footprints announced"_s, u"March 2016"_s),
        makeEvent(u"ics"_s, u"ICSs made statutory"_s, u"1 July 2022"_s),
    });
    catalogue.setStories({{u"briefing"_s, u"Briefing"_s, {u"fyfv"_s, u"stp"_s, u"ics"_s}},
                          {u"councils"_s, u"Councils"_s, {u"stp"_s, u"ics"_s}},
                          {u"one"_s, u"One step"_s, {u"ics"_s}}});
    return catalogue;
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out.append(list->item(row)->text());
    return out;
}

// Each story as id=title:events.
QStringList stories(const TimelineDocument *document)
{
    QStringList out;
    for (const Story &story : document->catalogue().stories())
        out.append(story.id + u'=' + story.title + u':' + story.eventIds.join(u','));
    return out;
}

// Runs answer on the next modal dialog to open, once it is shown.
void answerNextModal(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return answerNextModal(answer);
        answer(modal);
    });
}

} // namespace

// The Stories dialog, driven by keys and clicks: rename in place, reorder stories and their
// steps, delete (asking), remove a step; each one undoable step; view-only while read-only.
class TestStoriesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void renameByKeysAndUndo();
    void reorder_data();
    void reorder();
    void deleteAsks_data();
    void deleteAsks();
    void removeStepByKey();
    void lastStepStays();
    void followsUndoInTheWindow();
    void readOnlyIsViewOnly();
    void windowMenuOpensIt();

private:
    void open();
    TimelineDocument *m_document = nullptr;
    StoriesDialog *m_dialog = nullptr;
};

void TestStoriesDialog::init()
{
    m_document = new TimelineDocument;
    m_document->reset(makeCatalogue(), {});
}

void TestStoriesDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_document;
    m_document = nullptr;
}

void TestStoriesDialog::open()
{
    m_dialog = new StoriesDialog(m_document);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestStoriesDialog::renameByKeysAndUndo()
{
    open();
    QListWidget *list = m_dialog->storyList();
    const QStringList before = stories(m_document);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Councils push back"_s);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(m_document->undoStack()->count(), 1);
    QVERIFY(m_dialog->isVisible()); // Enter commits the name; it does not close the dialog
    QCOMPARE(m_document->undoStack()->undoText(), u"Rename Story \u201CCouncils\u201D"_s);
    QCOMPARE(texts(list), (QStringList{u"Briefing"_s, u"Councils push back"_s, u"One step"_s}));
    QCOMPARE(stories(m_document).at(1), u"councils=Councils push back:stp,ics"_s); // id stays

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack()->index(), 0);
    QCOMPARE(stories(m_document), before);
    QCOMPARE(texts(list), (QStringList{u"Briefing"_s, u"Councils"_s, u"One step"_s}));

    // A blank name is refused and the name stays.
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_F2);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Space);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(list->item(0)->text(), u"Briefing"_s);
    QCOMPARE(m_document->undoStack()->index(), 0);
}

void TestStoriesDialog::reorder_data()
{
    QTest::addColumn<QString>("how"); // "keys" or "buttons"
    QTest::addColumn<bool>("steps");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("by");
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("selectedAfter");

    const QStringList before = {u"briefing=Briefing:fyfv,stp,ics"_s, u"councils=Councils:stp,ics"_s,
                                u"one=One step:ics"_s};
    QTest::newRow("story up by keys")
        << u"keys"_s << false << 1 << -1 << u"Move Story \u201CCouncils\u201D Up"_s
        << QStringList{before[1], before[0], before[2]} << 0;
    QTest::newRow("story down by button")
        << u"buttons"_s << false << 0 << 1 << u"Move Story \u201CBriefing\u201D Down"_s
        << QStringList{before[1], before[0], before[2]} << 1;
    QTest::newRow("step down by keys")
        << u"keys"_s << true << 0 << 1
        << u"Move \u201CForward View published\u201D Down in Story \u201CBriefing\u201D"_s
        << QStringList{u"briefing=Briefing:stp,fyfv,ics"_s, before[1], before[2]} << 1;
    QTest::newRow("step up by button")
        << u"buttons"_s << true << 2 << -1
        << u"Move \u201CICSs made statutory\u201D Up in Story \u201CBriefing\u201D"_s
        << QStringList{u"briefing=Briefing:fyfv,ics,stp"_s, before[1], before[2]} << 1;
}

void TestStoriesDialog::reorder()
{
    QFETCH(QString, how);
    QFETCH(bool, steps);
    QFETCH(int, row);
    QFETCH(int, by);
    QFETCH(QString, undoText);
    QFETCH(QStringList, after);
    QFETCH(int, selectedAfter);
    open();
    const QStringList before = stories(m_document);
    QListWidget *list = steps ? m_dialog->stepList() : m_dialog->storyList();
    m_dialog->storyList()->setCurrentRow(0);
    list->setFocus();
    list->setCurrentRow(row);
    if (how == u"keys"_s) {
        QTest::keyClick(list, by < 0 ? Qt::Key_Up : Qt::Key_Down, Qt::ControlModifier);
    } else {
        const QString name = steps ? (by < 0 ? u"moveStepUp"_s : u"moveStepDown"_s)
                                   : (by < 0 ? u"moveStoryUp"_s : u"moveStoryDown"_s);
        auto *button = m_dialog->findChild<QPushButton *>(name);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QCOMPARE(stories(m_document), after);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), undoText);
    QCOMPARE(list->currentRow(), selectedAfter); // the moved one stays selected

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stories(m_document), before);
}

void TestStoriesDialog::deleteAsks_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("deleted") << true;
    QTest::newRow("cancelled") << false;
}

void TestStoriesDialog::deleteAsks()
{
    QFETCH(bool, confirm);
    open();
    const QStringList before = stories(m_document);
    QListWidget *list = m_dialog->storyList();
    list->setFocus();
    list->setCurrentRow(0);
    QString question;
    answerNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        question = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) ==
                (confirm ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                button->click();
        }
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(question, u"Delete the story \u201CBriefing\u201D and its 3 steps?"_s);
    if (!confirm) {
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(stories(m_document), before);
        return;
    }
    QCOMPARE(texts(list), (QStringList{u"Councils"_s, u"One step"_s}));
    QCOMPARE(m_document->undoStack()->undoText(), u"Delete Story \u201CBriefing\u201D"_s);
    QCOMPARE(m_document->catalogue().events().size(), 3); // the events stay

    QApplication::setActiveWindow(m_dialog); // back from the question
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stories(m_document), before);
    QCOMPARE(texts(list), (QStringList{u"Briefing"_s, u"Councils"_s, u"One step"_s}));
}

void TestStoriesDialog::removeStepByKey()
{
    open();
    const QStringList before = stories(m_document);
    m_dialog->storyList()->setCurrentRow(0);
    QListWidget *steps = m_dialog->stepList();
    QCOMPARE(texts(steps), (QStringList{u"October 2014 \u2014 Forward View published"_s,
                                        u"March 2016 \u2014 STP footprints announced"_s,
                                        u"1 July 2022 \u2014 ICSs made statutory"_s}));
    steps->setFocus();
    steps->setCurrentRow(1);
    QTest::keyClick(steps, Qt::Key_Delete);
    QCOMPARE(stories(m_document).at(0), u"briefing=Briefing:fyfv,ics"_s);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Remove \u201CSTP footprints announced\u201D from Story \u201CBriefing\u201D"_s);
    QCOMPARE(steps->count(), 2);
    QCOMPARE(m_document->catalogue().events().size(), 3); // the event stays

    QTest::keyClick(steps, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stories(m_document), before);
    QCOMPARE(steps->count(), 3);
}

void TestStoriesDialog::lastStepStays()
{
    open();
    m_dialog->storyList()->setCurrentRow(2);
    QListWidget *steps = m_dialog->stepList();
    QCOMPARE(steps->count(), 1);
    auto *remove = m_dialog->findChild<QPushButton *>(u"removeStep"_s);
    QVERIFY(!remove->isEnabled()); // a story with no steps would not load again
    steps->setFocus();
    steps->setCurrentRow(0);
    QTest::keyClick(steps, Qt::Key_Delete);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(steps->count(), 1);
}

void TestStoriesDialog::followsUndoInTheWindow()
{
    open();
    QList<Story> changed = m_document->catalogue().stories();
    changed.removeAt(1);
    m_document->setStories(changed, u"Elsewhere"_s);
    QCOMPARE(texts(m_dialog->storyList()), (QStringList{u"Briefing"_s, u"One step"_s}));
    m_document->undoStack()->undo();
    QCOMPARE(texts(m_dialog->storyList()),
             (QStringList{u"Briefing"_s, u"Councils"_s, u"One step"_s}));
}

void TestStoriesDialog::readOnlyIsViewOnly()
{
    m_document->reset(makeCatalogue(), u":/catalogue.json"_s);
    QVERIFY(m_document->isReadOnly());
    open();
    for (const QString &name :
         {u"renameStory"_s, u"moveStoryUp"_s, u"moveStoryDown"_s, u"deleteStory"_s, u"moveStepUp"_s,
          u"moveStepDown"_s, u"removeStep"_s})
        QVERIFY2(!m_dialog->findChild<QPushButton *>(name)->isEnabled(), qPrintable(name));
    QListWidget *list = m_dialog->storyList();
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_F2);
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Delete); // no question: nothing to answer it
    m_dialog->deleteCurrent();
    m_dialog->stepList()->setCurrentRow(0);
    m_dialog->removeCurrentStep();
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(texts(list).size(), 3);
    QCOMPARE(m_dialog->stepList()->count(), 3); // still shows the steps
}

void TestStoriesDialog::windowMenuOpensIt()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_storiesdialog"_s);
    QSettings().clear();
    MainWindow window;
    window.setCatalogue(makeCatalogue(), u"Test story"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"Stories"_s);
    QVERIFY(action);
    QVERIFY(window.editMenu()->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<StoriesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // one dialog, raised again
    QCOMPARE(window.findChildren<StoriesDialog *>().size(), 1);
    QCOMPARE(texts(dialog->storyList()).size(), 3);
    QSettings().clear();
}

QTEST_MAIN(TestStoriesDialog)
#include "tst_storiesdialog.moc"

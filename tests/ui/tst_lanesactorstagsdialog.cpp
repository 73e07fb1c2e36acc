#include "lanesactorstagsdialog.h"
#include "mainwindow.h"
#include "timelinedocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane, const QStringList &tags = {})
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::parse(date);
    event.laneId = lane;
    event.setTagIds(tags);
    event.setActorIds({u"council"_s});
    return event;
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setActors({{u"council"_s, u"Leicester City Council"_s, u"organisation"_s, {}, {}, {}},
                         {u"idle"_s, u"Nobody"_s, u"person"_s, {}, {}, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"unused"_s, u"Unused"_s}});
    catalogue.setEvents({
        makeEvent(u"board"_s, u"Council joins the board"_s, u"2017"_s, u"local"_s, {u"money"_s}),
        makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s),
        makeEvent(u"stp"_s, u"STP footprints announced"_s, u"March 2016"_s, u"national"_s,
                  {u"money"_s}),
        makeEvent(u"review"_s, u"Board reviews the plan"_s, u"2019"_s, u"local"_s),
    });
    return catalogue;
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out.append(list->item(row)->text());
    return out;
}

int rowOf(const QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text)
            return row;
    }
    return -1;
}

// Every event as id:lane:actors:tags.
QStringList uses(const Catalogue &catalogue)
{
    QStringList out;
    for (const TimelineEvent &e : catalogue.events())
        out.append(e.id + u':' + e.laneId + u':' + e.actorIds().join(u',') + u':' +
                   e.tagIds().join(u','));
    return out;
}

// Runs answer on the next modal dialog to open, whatever opens it, once it is shown.
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

// The Lanes, Actors and Tags dialog, driven by keys and clicks: add, rename in place, delete
// (asking where in use), every change one undoable step; view-only while read-only.
class TestLanesActorsTagsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void renameByKeysAndUndo_data();
    void renameByKeysAndUndo();
    void addByKeys_data();
    void addByKeys();
    void deleteInUseAsks_data();
    void deleteInUseAsks();
    void deleteUnusedDoesNotAsk();
    void lastLaneInUseStays();
    void readOnlyIsViewOnly();
    void windowMenuOpensItAndPickersFollow();

private:
    void open();
    TimelineDocument *m_document = nullptr;
    LanesActorsTagsDialog *m_dialog = nullptr;
};

void TestLanesActorsTagsDialog::init()
{
    m_document = new TimelineDocument;
    m_document->reset(makeCatalogue(), {});
}

void TestLanesActorsTagsDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_document;
    m_document = nullptr;
}

void TestLanesActorsTagsDialog::open()
{
    m_dialog = new LanesActorsTagsDialog(m_document);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestLanesActorsTagsDialog::renameByKeysAndUndo_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("lane") << int(LanesActorsTagsDialog::Lanes) << u"LLR councils"_s
                          << u"Leicester, Leicestershire and Rutland"_s;
    QTest::newRow("actor") << int(LanesActorsTagsDialog::Actors) << u"Leicester City Council"_s
                           << u"Leicester CC"_s;
    QTest::newRow("tag") << int(LanesActorsTagsDialog::Tags) << u"Money"_s << u"Funding"_s;
}

void TestLanesActorsTagsDialog::renameByKeysAndUndo()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, to);
    open();
    const auto k = LanesActorsTagsDialog::Kind(kind);
    m_dialog->setCurrentKind(k);
    QListWidget *list = m_dialog->list(k);
    const QStringList before = texts(list);
    const QStringList eventsBefore = uses(m_document->catalogue());
    list->setFocus();
    list->setCurrentRow(rowOf(list, from));
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, to);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(m_document->undoStack()->count(), 1); // the view commits after the key
    QVERIFY(m_dialog->isVisible()); // Enter commits the name; it does not close the dialog
    const QString kindName = QStringList{u"Lane"_s, u"Actor"_s, u"Tag"_s}.at(kind);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Rename %1 \u201C%2\u201D"_s.arg(kindName, from));
    QVERIFY(texts(list).contains(to));
    QVERIFY(!texts(list).contains(from));
    QCOMPARE(uses(m_document->catalogue()), eventsBefore); // ids stay

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack()->index(), 0);
    QCOMPARE(texts(list), before);
}

void TestLanesActorsTagsDialog::addByKeys_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("lane") << int(LanesActorsTagsDialog::Lanes) << u"BLMK councils"_s
                          << u"Add Lane \u201CBLMK councils\u201D"_s;
    QTest::newRow("tag") << int(LanesActorsTagsDialog::Tags) << u"Scrutiny"_s
                         << u"Add Tag \u201CScrutiny\u201D"_s;
}

void TestLanesActorsTagsDialog::addByKeys()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(QString, undoText);
    open();
    const auto k = LanesActorsTagsDialog::Kind(kind);
    m_dialog->setCurrentKind(k);
    const QString field = QStringList{u"lanes"_s, u"actors"_s, u"tags"_s}.at(kind) + u"NewName"_s;
    auto *newName = m_dialog->findChild<QLineEdit *>(field);
    QVERIFY(newName);
    newName->setFocus();
    QTest::keyClicks(newName, name);
    QTest::keyClick(newName, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible()); // Enter adds; it does not close the dialog
    QCOMPARE(m_document->undoStack()->undoText(), undoText);
    QListWidget *list = m_dialog->list(k);
    QCOMPARE(list->currentItem()->text(), name);
    QVERIFY(newName->text().isEmpty());
}

void TestLanesActorsTagsDialog::deleteInUseAsks_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QStringList>("usesAfter");

    const QStringList untouched{u"fyfv:national:council:"_s, u"stp:national:council:money"_s,
                                u"board:local:council:money"_s, u"review:local:council:"_s};
    QTest::newRow("lane, moved")
        << int(LanesActorsTagsDialog::Lanes) << u"LLR councils"_s << true
        << u"Used by 2 events: \u201CCouncil joins the board\u201D, \u201CBoard reviews the "
           "plan\u201D."_s
        << QStringList{u"fyfv:national:council:"_s, u"stp:national:council:money"_s,
                       u"board:national:council:money"_s, u"review:national:council:"_s};
    QTest::newRow("lane, cancelled") << int(LanesActorsTagsDialog::Lanes) << u"LLR councils"_s
                                     << false << u"Used by 2 events"_s << untouched;
    QTest::newRow("tag")
        << int(LanesActorsTagsDialog::Tags) << u"Money"_s << true
        << u"Used by 2 events: \u201CSTP footprints announced\u201D, \u201CCouncil joins the "
           "board\u201D."_s
        << QStringList{u"fyfv:national:council:"_s, u"stp:national:council:"_s,
                       u"board:local:council:"_s, u"review:local:council:"_s};
    QTest::newRow("actor") << int(LanesActorsTagsDialog::Actors) << u"Leicester City Council"_s
                           << true << u"Used by 4 events"_s
                           << QStringList{u"fyfv:national::"_s, u"stp:national::money"_s,
                                          u"board:local::money"_s, u"review:local::"_s};
    QTest::newRow("tag, cancelled") << int(LanesActorsTagsDialog::Tags) << u"Money"_s << false
                                    << u"Used by 2 events"_s << untouched;
}

void TestLanesActorsTagsDialog::deleteInUseAsks()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(bool, confirm);
    QFETCH(QString, asked);
    QFETCH(QStringList, usesAfter);
    open();
    const auto k = LanesActorsTagsDialog::Kind(kind);
    m_dialog->setCurrentKind(k);
    QListWidget *list = m_dialog->list(k);
    const QStringList before = texts(list);
    const QStringList eventsBefore = uses(m_document->catalogue());
    list->setFocus();
    list->setCurrentRow(rowOf(list, name));

    QString question;
    answerNextModal([&](QWidget *modal) {
        if (auto *ask = qobject_cast<QInputDialog *>(modal)) {
            question = ask->labelText();
            auto *lanes = ask->findChild<QComboBox *>();
            QCOMPARE(lanes->count(), 1); // only the other lane
            QCOMPARE(lanes->currentText(), u"National bodies"_s);
            if (confirm)
                ask->accept();
            else
                ask->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) ==
                    (confirm ? QMessageBox::DestructiveRole : QMessageBox::RejectRole))
                    button->click();
            }
        }
    });
    QTest::keyClick(list, Qt::Key_Delete);

    QVERIFY2(question.startsWith(asked), qPrintable(question));
    QCOMPARE(uses(m_document->catalogue()), usesAfter);
    if (!confirm) {
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(texts(list), before);
        return;
    }
    QVERIFY(!texts(list).contains(name));
    QCOMPARE(m_document->undoStack()->count(), 1);

    // One step: the item and every event that named it come back.
    QApplication::setActiveWindow(m_dialog); // back from the question
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_document->undoStack()->index(), 0);
    QCOMPARE(texts(list), before);
    QCOMPARE(uses(m_document->catalogue()), eventsBefore);
}

void TestLanesActorsTagsDialog::deleteUnusedDoesNotAsk()
{
    open();
    m_dialog->setCurrentKind(LanesActorsTagsDialog::Tags);
    QListWidget *list = m_dialog->list(LanesActorsTagsDialog::Tags);
    list->setCurrentRow(rowOf(list, u"Unused"_s));
    auto *remove = m_dialog->findChild<QPushButton *>(u"tagsDelete"_s);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(texts(list), QStringList{u"Money"_s});
    QCOMPARE(m_document->undoStack()->undoText(), u"Delete Tag \u201CUnused\u201D"_s);
}

void TestLanesActorsTagsDialog::lastLaneInUseStays()
{
    Catalogue catalogue = makeCatalogue();
    catalogue.setEvents(
        {makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s)});
    catalogue.setLanes({{u"national"_s, u"National bodies"_s, {}}});
    m_document->reset(catalogue, {});
    open();
    QListWidget *list = m_dialog->list(LanesActorsTagsDialog::Lanes);
    list->setFocus();
    list->setCurrentRow(0);
    QString told;
    answerNextModal([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) { // asked where to move them, with nowhere to go: close it, the test fails
            modal->close();
            return;
        }
        told = box->text() + u' ' + box->informativeText();
        box->accept();
    });
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY2(told.contains(u"no other lane"_s), qPrintable(told));
    QVERIFY2(told.contains(u"Used by 1 event: \u201CForward View published\u201D"_s),
             qPrintable(told));
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(texts(list), QStringList{u"National bodies"_s});
}

void TestLanesActorsTagsDialog::readOnlyIsViewOnly()
{
    m_document->reset(makeCatalogue(), u":/catalogue.json"_s);
    QVERIFY(m_document->isReadOnly());
    open();
    for (const QString &name : {u"lanes"_s, u"actors"_s, u"tags"_s}) {
        for (const QString &button : {u"Add"_s, u"Rename"_s, u"Delete"_s})
            QVERIFY(!m_dialog->findChild<QPushButton *>(name + button)->isEnabled());
        QVERIFY(!m_dialog->findChild<QLineEdit *>(name + u"NewName"_s)->isEnabled());
    }
    QListWidget *list = m_dialog->list(LanesActorsTagsDialog::Lanes);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_F2);
    QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(list, Qt::Key_Delete);
    m_dialog->deleteCurrent(LanesActorsTagsDialog::Lanes);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(texts(list).size(), 2);
}

void TestLanesActorsTagsDialog::windowMenuOpensItAndPickersFollow()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_lanesactorstagsdialog"_s);
    QSettings().clear();
    MainWindow window;
    window.setCatalogue(makeCatalogue(), u"Test story"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *action = window.findChild<QAction *>(u"Lanes, Actors and Tags"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<LanesActorsTagsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // one dialog, raised again
    QCOMPARE(window.findChildren<LanesActorsTagsDialog *>().size(), 1);

    QListWidget *list = dialog->list(LanesActorsTagsDialog::Lanes);
    list->setCurrentRow(rowOf(list, u"LLR councils"_s));
    list->currentItem()->setText(u"LLR"_s); // as the in-place editor commits
    auto *lanePicker = window.findChild<QComboBox *>(u"eventLane"_s);
    QVERIFY(lanePicker);
    QVERIFY(lanePicker->findText(u"LLR"_s) >= 0);

    // Ctrl+Z in the window undoes it, and the dialog follows.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(window.document()->undoStack()->index(), 0);
    QVERIFY(texts(list).contains(u"LLR councils"_s));
    QVERIFY(lanePicker->findText(u"LLR councils"_s) >= 0);
    window.document()->undoStack()->setClean();
    QSettings().clear();
}

QTEST_MAIN(TestLanesActorsTagsDialog)
#include "tst_lanesactorstagsdialog.moc"

#include "mainwindow.h"
#include "sourcesdialog.h"
#include "timelinedocument.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setSources({{u"hsj"_s,
                           u"000.txt"_s,
                           u"Council at breaking point"_s,
                           u"HSJ"_s,
                           u"news-report"_s,
                           {},
                           EventDate::parse(u"September 2017"_s),
                           u"No dateline."_s},
                          {u"cabinet"_s,
                           u"001.txt"_s,
                           u"Cabinet report"_s,
                           u"Leicestershire County Council"_s,
                           u"cabinet-report"_s,
                           {},
                           EventDate::parse(u"April 2018"_s),
                           {}}});
    return catalogue;
}

// Each source as id|title|publisher|kind|date|basis.
QStringList sources(const TimelineDocument *document)
{
    QStringList out;
    for (const SourceInfo &s : document->catalogue().sources())
        out.append(
            QStringList{s.id, s.title, s.publisher, s.kind, s.date.label(), s.basis}.join(u'|'));
    return out;
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(field))
        plain->selectAll();
    QTest::keyClicks(field, text);
}

} // namespace

// The Sources dialog, driven by keys: edit a source's fields, Enter applies them as one
// undoable step, Esc reverts, a date that does not parse is refused; view-only while read-only.
class TestSourcesDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void showsTheSelectedSource();
    void enterAppliesOneStep_data();
    void enterAppliesOneStep();
    void escapeReverts();
    void badDateIsRefused();
    void nothingChangedIsNoStep();
    void followsUndoInTheWindow();
    void readOnlyIsViewOnly();
    void windowMenuOpensIt();

private:
    void open();
    TimelineDocument *m_document = nullptr;
    SourcesDialog *m_dialog = nullptr;
};

void TestSourcesDialog::init()
{
    m_document = new TimelineDocument;
    m_document->reset(makeCatalogue(), {});
}

void TestSourcesDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_document;
    m_document = nullptr;
}

void TestSourcesDialog::open()
{
    m_dialog = new SourcesDialog(m_document);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
}

void TestSourcesDialog::showsTheSelectedSource()
{
    open();
    QListWidget *list = m_dialog->sourceList();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(m_dialog->titleField()->text(), u"Council at breaking point"_s);
    QCOMPARE(m_dialog->dateField()->text(), u"September 2017"_s);
    QCOMPARE(m_dialog->dateInfo()->text(), u"September 2017 = 1 Sept \u2013 30 Sept 2017"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_dialog->titleField()->text(), u"Cabinet report"_s);
    QCOMPARE(m_dialog->publisherField()->text(), u"Leicestershire County Council"_s);
    QCOMPARE(m_dialog->kindBox()->currentText(), u"cabinet-report"_s);
    QVERIFY(m_dialog->basisField()->toPlainText().isEmpty());
}

void TestSourcesDialog::enterAppliesOneStep_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("after");

    QTest::newRow("headline") << u"sourceTitle"_s << u"Council at the breaking point"_s
                              << u"hsj|Council at the breaking point|HSJ|news-report|"
                                 "September 2017|No dateline."_s;
    QTest::newRow("publisher") << u"sourcePublisher"_s << u"Health Service Journal"_s
                               << u"hsj|Council at breaking point|Health Service Journal|"
                                  "news-report|September 2017|No dateline."_s;
    QTest::newRow("kind") << u"sourceKind"_s << u"comment"_s
                          << u"hsj|Council at breaking point|HSJ|comment|September 2017|"
                             "No dateline."_s;
    QTest::newRow("date") << u"sourceDate"_s << u"8 September 2017"_s
                          << u"hsj|Council at breaking point|HSJ|news-report|8 September 2017|"
                             "No dateline."_s;
    QTest::newRow("basis") << u"sourceBasis"_s << u"Dated by the Cabinet report."_s
                           << u"hsj|Council at breaking point|HSJ|news-report|September 2017|"
                              "Dated by the Cabinet report."_s;
}

void TestSourcesDialog::enterAppliesOneStep()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, after);
    open();
    const QStringList before = sources(m_document);
    QWidget *line = field == u"sourceKind"_s ? m_dialog->kindBox()->lineEdit()
                                             : m_dialog->findChild<QWidget *>(field);
    QVERIFY(line);
    // A date typed without "approximate": the box says what it means.
    if (field == u"sourceDate"_s) {
        m_dialog->approximateBox()->setChecked(false);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }
    retype(line, typed);
    QTest::keyClick(line, Qt::Key_Return);
    QVERIFY(m_dialog->isVisible()); // Enter applies; it does not close the dialog
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Change Source \u201CCouncil at breaking point\u201D"_s);
    QCOMPARE(sources(m_document), (QStringList{after, before.at(1)}));
    QVERIFY(!m_dialog->isDirty());

    QTest::keyClick(m_dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(sources(m_document), before);
}

void TestSourcesDialog::escapeReverts()
{
    open();
    retype(m_dialog->publisherField(), u"Someone else"_s);
    QVERIFY(m_dialog->isDirty());
    QTest::keyClick(m_dialog->publisherField(), Qt::Key_Escape);
    QCOMPARE(m_dialog->publisherField()->text(), u"HSJ"_s);
    QVERIFY(m_dialog->isVisible()); // Esc reverted; a second Esc would close
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::keyClick(m_dialog->publisherField(), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
}

void TestSourcesDialog::badDateIsRefused()
{
    open();
    const QStringList before = sources(m_document);
    retype(m_dialog->dateField(), u"Septober 2017"_s);
    QVERIFY(m_dialog->dateInfo()->property("invalid").toBool());
    QVERIFY(!m_dialog->dateInfo()->text().isEmpty());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"applySource"_s)->isEnabled());
    QTest::keyClick(m_dialog->dateField(), Qt::Key_Return);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(sources(m_document), before);
    QCOMPARE(m_dialog->dateField()->text(), u"Septober 2017"_s); // kept, to be corrected
}

void TestSourcesDialog::nothingChangedIsNoStep()
{
    open();
    QTest::keyClick(m_dialog->titleField(), Qt::Key_Return);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestSourcesDialog::followsUndoInTheWindow()
{
    open();
    retype(m_dialog->titleField(), u"Renamed"_s);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"applySource"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->sourceList()->item(0)->text(), u"Renamed"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_dialog->sourceList()->item(0)->text(), u"Council at breaking point"_s);
    QCOMPARE(m_dialog->titleField()->text(), u"Council at breaking point"_s);
}

void TestSourcesDialog::readOnlyIsViewOnly()
{
    m_document->reset(makeCatalogue(), u":/catalogue.json"_s);
    QVERIFY(m_document->isReadOnly());
    open();
    QCOMPARE(m_dialog->titleField()->text(), u"Council at breaking point"_s); // shown
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_dialog->titleField(), m_dialog->publisherField(), m_dialog->kindBox(),
             m_dialog->dateField(), m_dialog->approximateBox(), m_dialog->basisField()})
        QVERIFY(!field->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(u"applySource"_s)->isEnabled());
    m_dialog->titleField()->setText(u"Changed anyway"_s);
    QVERIFY(!m_dialog->apply());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestSourcesDialog::windowMenuOpensIt()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_sourcesdialog"_s);
    QSettings().clear();
    MainWindow window;
    window.setCatalogue(makeCatalogue(), u"Test story"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"Sources"_s);
    QVERIFY(action);
    QVERIFY(window.editMenu()->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<SourcesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    action->trigger(); // one dialog, raised again
    QCOMPARE(window.findChildren<SourcesDialog *>().size(), 1);
    QCOMPARE(dialog->sourceList()->count(), 2);
    QSettings().clear();
}

QTEST_MAIN(TestSourcesDialog)
#include "tst_sourcesdialog.moc"

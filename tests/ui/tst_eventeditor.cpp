#include "eventeditor.h"
#include "mainwindow.h"
#include "timelinedocument.h"
#include "timelinezoom.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::parse(date);
    event.laneId = lane;
    return event;
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, {}, {}, {}, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}});
    catalogue.setEvents({
        makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s),
        makeEvent(u"board"_s, u"Council joins the board"_s, u"2017"_s, u"local"_s),
    });
    return catalogue;
}

const QString kDocument = u"NHS England published the Forward View in October 2014. "
                          "Councils were not asked. The Forward View set out new models."_s;

// makeCatalogue() with a document and two passages of it linked to "fyfv".
Catalogue withPassages()
{
    Catalogue catalogue = makeCatalogue();
    catalogue.setSourceIndexPath(u"sources.json"_s);
    catalogue.setSources({{u"hsj"_s,
                           u"001.txt"_s,
                           u"Councils resist"_s,
                           u"HSJ"_s,
                           u"news-report"_s,
                           {},
                           EventDate::parse(u"2017"_s),
                           {}}});
    catalogue.addDocument(SourceDocument::fromUtf8(u"hsj"_s, u"001.txt"_s, kDocument.toUtf8()));
    TimelineEvent fyfv = *catalogue.event(u"fyfv"_s);
    fyfv.setSources(
        {{u"hsj"_s, 0, 55, kDocument.left(55)}, {u"hsj"_s, 56, 80, kDocument.mid(56, 24)}});
    catalogue.replaceEvent(fyfv);
    return catalogue;
}

QStringList excerpts(const TimelineDocument *document, const QString &id)
{
    QStringList out;
    for (const SourceLink &link : document->catalogue().event(id)->sources())
        out.append(u"%1-%2 %3"_s.arg(link.start).arg(link.end).arg(link.excerpt));
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

// Types words into the passage question and presses its Change button.
void answerPassage(QInputDialog *ask, const QString &words)
{
    auto *text = ask->findChild<QPlainTextEdit *>();
    QVERIFY(text);
    text->setFocus();
    text->selectAll();
    QTest::keyClicks(text, words);
    QPushButton *change = nullptr;
    for (QPushButton *button : ask->findChildren<QPushButton *>()) {
        if (button->text() == u"Change"_s)
            change = button;
    }
    QVERIFY(change);
    QTest::mouseClick(change, Qt::LeftButton);
}

} // namespace

// The event editor on its own, driven by keys: the period a typed date covers, the mnemonics
// of every field, a picked lane applied as one command.
class tst_EventEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void periodText_data();
    void periodText();
    void everyLabelMovesToItsField_data();
    void everyLabelMovesToItsField();
    void pickedLaneIsOneCommand();
    void removePassage_data();
    void removePassage();
    void changePassageQuote_data();
    void changePassageQuote();
    void passagesReadOnly();
    void deleteInTheWindowRemovesThePassageOnly();

private:
    TimelineDocument *m_document = nullptr;
    EventEditor *m_editor = nullptr;
};

void tst_EventEditor::init()
{
    m_document = new TimelineDocument;
    m_document->reset(makeCatalogue(), QString());
    m_editor = new EventEditor(m_document);
    m_editor->setEvent(u"fyfv"_s);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    QApplication::setActiveWindow(m_editor);
}

void tst_EventEditor::cleanup()
{
    delete m_editor;
    delete m_document;
}

void tst_EventEditor::periodText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("day") << u"3 Aug 2017"_s << u"3 August 2017 = one day"_s;
    QTest::newRow("season") << u"spring 2017"_s << u"spring 2017 = 1 Mar \u2013 31 May 2017"_s;
    QTest::newRow("financial year") << u"2018/19"_s << u"2018/19 = 1 Apr 2018 \u2013 31 Mar 2019"_s;
    QTest::newRow("by") << u"by June 2018"_s
                        << u"by June 2018 = on or before 30 Jun 2018; when it began is not known"_s;
    QTest::newRow("before") << u"before 14 June 2018"_s
                            << u"before 14 June 2018 = on or before 13 Jun 2018; when it began "
                               "is not known"_s;
    QTest::newRow("since") << u"since 2016"_s
                           << u"since 2016 = on or after 1 Jan 2016; when it ended is not known"_s;
    QTest::newRow("both bounds")
        << u"by June 2018, after June 2017"_s
        << u"by June 2018, after June 2017 = between 1 Jul 2017 and 30 Jun 2018"_s;
    QTest::newRow("not a date") << u"spring 20x7"_s << u"not a date"_s;
}

void tst_EventEditor::periodText()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QLineEdit *date = m_editor->dateField();
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, typed);
    QVERIFY2(m_editor->dateInfo()->text().contains(shown),
             qPrintable(m_editor->dateInfo()->text()));
}

void tst_EventEditor::everyLabelMovesToItsField_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<char>("key");
    QTest::addColumn<QString>("field");
    QTest::newRow("title") << u"&Title:"_s << 't' << u"eventTitle"_s;
    QTest::newRow("date") << u"&Date:"_s << 'd' << u"eventDate"_s;
    QTest::newRow("basis") << u"Date &basis:"_s << 'b' << u"eventDateBasis"_s;
    QTest::newRow("lane") << u"&Lane:"_s << 'l' << u"eventLane"_s;
    QTest::newRow("summary") << u"&Summary:"_s << 's' << u"eventSummary"_s;
    QTest::newRow("actors") << u"A&ctors:"_s << 'c' << u"eventActors"_s;
    QTest::newRow("tags") << u"Ta&gs:"_s << 'g' << u"eventTags"_s;
    QTest::newRow("passages") << u"Passag&es:"_s << 'e' << u"eventPassages"_s;
}

// Each label is a real label with its field as buddy (no "&" shown), and Alt+letter moves there.
void tst_EventEditor::everyLabelMovesToItsField()
{
    QFETCH(QString, label);
    QFETCH(char, key);
    QFETCH(QString, field);
    const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
    const auto found =
        std::find_if(labels.begin(), labels.end(), [&](QLabel *l) { return l->text() == label; });
    QVERIFY2(found != labels.end(), qPrintable(label));
    QVERIFY((*found)->buddy());
    QCOMPARE((*found)->buddy()->objectName(), field);
    m_editor->titleField()->setFocus();
    if (field == u"eventTitle"_s)
        m_editor->dateField()->setFocus();
    QTest::keyClick(m_editor, Qt::Key(Qt::Key_A + (key - 'a')), Qt::AltModifier);
    QVERIFY(QApplication::focusWidget());
    QCOMPARE(QApplication::focusWidget()->objectName(), field);
}

void tst_EventEditor::pickedLaneIsOneCommand()
{
    QComboBox *lane = m_editor->laneBox();
    lane->setFocus();
    QCOMPARE(lane->currentText(), u"National bodies"_s);
    QTest::keyClick(lane, Qt::Key_Down);
    QCOMPARE(lane->currentText(), u"LLR councils"_s);
    QCOMPARE(m_document->undoStack()->count(), 0);
    QTest::keyClick(lane, Qt::Key_Return);
    QCOMPARE(m_document->catalogue().event(u"fyfv"_s)->laneId, u"local"_s);
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Change Lane of \u201CForward View published\u201D"_s);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->catalogue().event(u"fyfv"_s)->laneId, u"national"_s);
    QCOMPARE(lane->currentText(), u"National bodies"_s);
}

void tst_EventEditor::removePassage_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::newRow("Delete key") << true;
    QTest::newRow("button") << false;
}

void tst_EventEditor::removePassage()
{
    QFETCH(bool, byKey);
    m_document->reset(withPassages(), QString());
    m_editor->setEvent(u"fyfv"_s);
    const QStringList before = excerpts(m_document, u"fyfv"_s);
    QListWidget *list = m_editor->passageList();
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(u"Councils resist: \u201CNHS England"_s));
    // A draft typed but not applied stays through the passage edit.
    m_editor->titleField()->setText(u"Draft title"_s);
    list->setFocus();
    list->setCurrentRow(0);
    if (byKey)
        QTest::keyClick(list, Qt::Key_Delete);
    else
        QTest::mouseClick(m_editor->removePassageButton(), Qt::LeftButton);
    QCOMPARE(excerpts(m_document, u"fyfv"_s), QStringList{before.at(1)});
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Remove Passage from \u201CForward View published\u201D"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_editor->titleField()->text(), u"Draft title"_s);

    m_document->undoStack()->undo();
    QCOMPARE(excerpts(m_document, u"fyfv"_s), before);
    QCOMPARE(list->count(), 2);
}

void tst_EventEditor::changePassageQuote_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("refusal"); // empty: changed
    QTest::addColumn<QStringList>("after");

    const QStringList before{u"0-55 "_s + kDocument.left(55), u"56-80 "_s + kDocument.mid(56, 24)};
    QTest::newRow("found") << u"The Forward View"_s << QString()
                           << QStringList{before.at(0), u"81-97 The Forward View"_s};
    QTest::newRow("not in the document")
        << u"Councils were consulted."_s << u"The quote does not occur word for word"_s << before;
}

void tst_EventEditor::changePassageQuote()
{
    QFETCH(QString, words);
    QFETCH(QString, refusal);
    QFETCH(QStringList, after);
    m_document->reset(withPassages(), QString());
    m_editor->setEvent(u"fyfv"_s);
    QListWidget *list = m_editor->passageList();
    QString askedAgain;
    answerNextModal([&](QWidget *modal) {
        auto *ask = qobject_cast<QInputDialog *>(modal);
        if (!ask) {
            modal->close();
            return;
        }
        QCOMPARE(ask->textValue(), kDocument.mid(56, 24)); // starts from the words it has
        if (!refusal.isEmpty()) {
            answerNextModal([&](QWidget *again) {
                auto *second = qobject_cast<QInputDialog *>(again);
                if (!second) {
                    again->close();
                    return;
                }
                askedAgain = second->labelText();
                QCOMPARE(second->textValue(), words); // what was typed is kept
                second->reject();
            });
        }
        answerPassage(ask, words);
    });
    const QRect second = list->visualItemRect(list->item(1));
    // A widget's double-click in QTest is the second press only: the first comes before it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());

    QCOMPARE(excerpts(m_document, u"fyfv"_s), after);
    if (!refusal.isEmpty()) {
        QVERIFY2(askedAgain.startsWith(refusal), qPrintable(askedAgain));
        QCOMPARE(m_document->undoStack()->count(), 0);
        return;
    }
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(),
             u"Change Passage of \u201CForward View published\u201D"_s);
    QVERIFY(list->item(1)->text().contains(u"\u201CThe Forward View\u201D"_s));
}

void tst_EventEditor::passagesReadOnly()
{
    m_document->reset(withPassages(), u":/catalogue.json"_s);
    m_editor->setReadOnly(true);
    m_editor->setEvent(u"fyfv"_s);
    QListWidget *list = m_editor->passageList();
    QCOMPARE(list->count(), 2); // still listed
    list->setFocus();
    list->setCurrentRow(0);
    QVERIFY(!m_editor->removePassageButton()->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(0)).center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {},
                       list->visualItemRect(list->item(0)).center());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(list->count(), 2);
}

void tst_EventEditor::deleteInTheWindowRemovesThePassageOnly()
{
    // The window's Delete deletes the selected event; in the passage list it is the passage's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_eventeditor"_s);
    QSettings().clear();
    MainWindow window;
    window.setCatalogue(withPassages(), u"Test story"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.zoom()->setSelectedEvent(window.catalogue().eventIndex(u"fyfv"_s));
    QListWidget *list = window.eventEditor()->passageList();
    QCOMPARE(list->count(), 2);
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(window.catalogue().event(u"fyfv"_s)); // the event stays
    QCOMPARE(window.catalogue().event(u"fyfv"_s)->sources().size(), 1);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->setClean();
    QSettings().clear();
}

QTEST_MAIN(tst_EventEditor)
#include "tst_eventeditor.moc"

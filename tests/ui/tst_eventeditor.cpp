#include "eventeditor.h"
#include "timelinedocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
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
    QTest::newRow("financial year")
        << u"2018/19"_s << u"2018/19 = 1 Apr 2018 \u2013 31 Mar 2019"_s;
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
    QVERIFY2(m_editor->dateInfo()->text().contains(shown), qPrintable(m_editor->dateInfo()->text()));
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
}

// Each label is a real label with its field as buddy (no "&" shown), and Alt+letter moves there.
void tst_EventEditor::everyLabelMovesToItsField()
{
    QFETCH(QString, label);
    QFETCH(char, key);
    QFETCH(QString, field);
    const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
    const auto found = std::find_if(labels.begin(), labels.end(),
                                    [&](QLabel *l) { return l->text() == label; });
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

QTEST_MAIN(tst_EventEditor)
#include "tst_eventeditor.moc"

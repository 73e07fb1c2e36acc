// The figures of an event in the event editor, driven by clicks and keys: listed as the chart
// writes them, added through the figure dialog, changed and removed, each one undoable command.
#include "catalogueloader.h"
#include "eventfigureseditor.h"
#include "figuredialog.h"
#include "timelinedocument.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs answer on the figure dialog once it is shown.
void answerDialog(const std::function<void(FigureDialog *)> &answer)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<FigureDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return answerDialog(answer);
        answer(dialog);
    });
}

QStringList rows(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out.append(list->item(i)->text());
    return out;
}

} // namespace

class tst_EventFiguresEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsTheEventsFigures_data();
    void listsTheEventsFigures();
    void addFigureIsOneCommand();
    void changeFigureKeepsItsId();
    void deleteRemovesAFigure();
    void cancelChangesNothing();
    void readOnlyOffersNothing();

private:
    QPushButton *button(const QString &name) const
    {
        return m_editor->findChild<QPushButton *>(name);
    }
    const Figure *figure(const QString &id) const
    {
        for (const Figure &f : m_document->catalogue().figures()) {
            if (f.id == id)
                return &f;
        }
        return nullptr;
    }

    std::unique_ptr<TimelineDocument> m_document;
    std::unique_ptr<EventFiguresEditor> m_editor;
};

void tst_EventFiguresEditor::init()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_editor.reset();
    m_document = std::make_unique<TimelineDocument>();
    m_document->reset(loaded.catalogue, QString()); // a copy: editable
    m_editor = std::make_unique<EventFiguresEditor>(m_document.get());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void tst_EventFiguresEditor::listsTheEventsFigures_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("the gap three ways")
        << u"llr-gap"_s
        << QStringList{u"£399m \u2014 LLR health and care funding gap"_s,
                       u"£400m \u2014 LLR health and care funding gap"_s,
                       u"£409m \u2014 LLR health and care funding gap"_s};
    QTest::newRow("a gap by a year")
        << u"fyfv-30bn-gap"_s << QStringList{u"£30bn \u2014 NHS national funding gap (by 2020/21)"_s};
    QTest::newRow("none") << u"nhs-reforms-2013"_s << QStringList{};
    QTest::newRow("no event") << QString() << QStringList{};
}

void tst_EventFiguresEditor::listsTheEventsFigures()
{
    QFETCH(QString, event);
    QFETCH(QStringList, rows);

    m_editor->setEvent(event);
    QCOMPARE(::rows(m_editor->list()), rows);
    QCOMPARE(button(u"addFigure"_s)->isEnabled(), !event.isEmpty());
    QCOMPARE(button(u"removeFigure"_s)->isEnabled(), !rows.isEmpty());
}

void tst_EventFiguresEditor::addFigureIsOneCommand()
{
    m_editor->setEvent(u"integration-fte"_s);
    const int before = int(m_document->catalogue().figures().size());
    const int commands = m_document->undoStack()->count();
    answerDialog([](FigureDialog *dialog) {
        dialog->amountBox()->setFocus();
        QTest::keyClick(dialog->amountBox(), Qt::Key_Down); // 4.4 FTE
        dialog->measureBox()->setFocus();
        QTest::keyClicks(dialog->measureBox()->lineEdit(), u"Analysts and admin"_s);
        QTest::keyClicks(dialog->periodField(), u"2018/19"_s);
        QTest::keyClick(dialog->periodField(), Qt::Key_Return);
    });
    QTest::mouseClick(button(u"addFigure"_s), Qt::LeftButton);

    QCOMPARE(int(m_document->catalogue().figures().size()), before + 1);
    QCOMPARE(m_document->undoStack()->count(), commands + 1);
    QCOMPARE(m_document->undoStack()->undoText(), u"Add Figure \u201C4.4 FTE\u201D"_s);
    const Figure &added = m_document->catalogue().figures().constLast();
    QCOMPARE(added.eventId, u"integration-fte"_s);
    QCOMPARE(added.measure, u"analysts-and-admin"_s);
    QCOMPARE(added.id, u"integration-fte-4-4-fte"_s);
    QCOMPARE(added.period, EventDate::parse(u"2018/19"_s));
    QVERIFY(rows(m_editor->list()).contains(u"4.4 FTE \u2014 Analysts and admin (2018/19)"_s));

    m_document->undoStack()->undo();
    QCOMPARE(int(m_document->catalogue().figures().size()), before);
    QVERIFY(!rows(m_editor->list()).contains(u"4.4 FTE \u2014 Analysts and admin (2018/19)"_s));
}

void tst_EventFiguresEditor::changeFigureKeepsItsId()
{
    m_editor->setEvent(u"llr-gap"_s);
    const Figure *hsj = figure(u"llr-gap-hsj"_s);
    QVERIFY(hsj);
    QVERIFY(!hsj->period.isValid());
    QCOMPARE(rows(m_editor->list()).first(), u"£399m \u2014 LLR health and care funding gap"_s);
    answerDialog([](FigureDialog *dialog) {
        dialog->periodField()->setFocus();
        QTest::keyClicks(dialog->periodField(), u"2016/17"_s);
        QTest::keyClick(dialog->periodField(), Qt::Key_Return);
    });
    const QPoint first = m_editor->list()->visualItemRect(m_editor->list()->item(0)).center();
    // A widget's double-click in QTest is the second press only: the first comes before it.
    QTest::mouseClick(m_editor->list()->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseDClick(m_editor->list()->viewport(), Qt::LeftButton, {}, first);
    const Figure *changed = figure(u"llr-gap-hsj"_s);
    QVERIFY(changed);
    QCOMPARE(changed->period, EventDate::parse(u"2016/17"_s));
    QCOMPARE(changed->measure, u"llr-funding-gap"_s);
    QCOMPARE(m_document->undoStack()->undoText(), u"Change Figure \u201C£399m\u201D"_s);
    m_document->undoStack()->undo();
    QVERIFY(!figure(u"llr-gap-hsj"_s)->period.isValid());
}

void tst_EventFiguresEditor::deleteRemovesAFigure()
{
    m_editor->setEvent(u"llr-gap"_s);
    m_editor->list()->setFocus();
    m_editor->list()->setCurrentRow(1);
    QTest::keyClick(m_editor->list(), Qt::Key_Delete);
    QVERIFY(!figure(u"llr-gap-cabinet-para3"_s));
    QCOMPARE(m_editor->list()->count(), 2);
    QCOMPARE(m_document->undoStack()->undoText(), u"Remove Figure \u201C£400 million\u201D"_s);
    m_document->undoStack()->undo();
    QVERIFY(figure(u"llr-gap-cabinet-para3"_s));
    QCOMPARE(m_editor->list()->count(), 3);
}

void tst_EventFiguresEditor::cancelChangesNothing()
{
    m_editor->setEvent(u"llr-gap"_s);
    const int commands = m_document->undoStack()->count();
    answerDialog([](FigureDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QTest::mouseClick(button(u"addFigure"_s), Qt::LeftButton);
    QCOMPARE(m_document->undoStack()->count(), commands);
}

void tst_EventFiguresEditor::readOnlyOffersNothing()
{
    m_editor->setEvent(u"llr-gap"_s);
    m_editor->setReadOnly(true);
    QVERIFY(!button(u"addFigure"_s)->isEnabled());
    QVERIFY(!button(u"changeFigure"_s)->isEnabled());
    QVERIFY(!button(u"removeFigure"_s)->isEnabled());
    m_editor->list()->setFocus();
    QTest::keyClick(m_editor->list(), Qt::Key_Delete);
    QCOMPARE(m_editor->list()->count(), 3);
}

QTEST_MAIN(tst_EventFiguresEditor)
#include "tst_eventfigureseditor.moc"

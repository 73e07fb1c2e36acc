#include "catalogue.h"
#include "cataloguewriter.h"
#include "documentreader.h"
#include "mainwindow.h"
#include "passageeventdialog.h"
#include "proposeeventsdialog.h"
#include "timelinedocument.h"
#include "timelinezoom.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolTip>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// A link to the occurrence of quote in the document, in code points, as the loader makes.
SourceLink linkTo(const SourceDocument &document, const QString &quote)
{
    const qsizetype at = document.text().indexOf(quote);
    Q_ASSERT(at >= 0);
    return {document.id(), document.toCodePoint(at), document.toCodePoint(at + quote.size()),
            quote};
}

TimelineEvent eventWith(const QString &id, const QString &date, const QList<SourceLink> &links)
{
    TimelineEvent event;
    event.id = id;
    event.title = id;
    event.date = EventDate::parse(date);
    event.setSources(links);
    return event;
}

// One document; events "first", "second" and "third" link to the three quotes in order.
Catalogue catalogueFor(const QString &text, const QStringList &quotes)
{
    Catalogue catalogue;
    const SourceDocument document = SourceDocument::fromUtf8(u"doc"_s, u"doc.txt"_s, text.toUtf8());
    catalogue.setSources({{u"doc"_s,
                           u"doc.txt"_s,
                           u"Council papers"_s,
                           u"Leicester City Council"_s,
                           u"cabinet-report"_s,
                           {},
                           EventDate::parse(u"April 2018"_s),
                           {}}});
    catalogue.addDocument(document);
    const QStringList ids{u"first"_s, u"second"_s, u"third"_s};
    QList<TimelineEvent> events;
    for (int i = 0; i < quotes.size(); ++i)
        events.append(
            eventWith(ids.at(i), u"%1 May 2017"_s.arg(i + 1), {linkTo(document, quotes.at(i))}));
    catalogue.setEvents(events);
    return catalogue;
}

QList<QTextEdit::ExtraSelection> highlights(const DocumentReader &reader, int kind)
{
    QList<QTextEdit::ExtraSelection> result;
    for (const QTextEdit::ExtraSelection &selection : reader.textView()->extraSelections()) {
        if (selection.format.intProperty(DocumentReader::HighlightProperty) == kind)
            result.append(selection);
    }
    return result;
}

// The centre of a character of the text view, in viewport coordinates.
QPoint pointAt(const DocumentReader &reader, int position)
{
    QTextCursor cursor(reader.textView()->document());
    cursor.setPosition(position);
    const QRect before = reader.textView()->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = reader.textView()->cursorRect(cursor);
    const int right = after.top() == before.top() ? after.left() : before.left() + 4;
    return {(before.left() + right) / 2, before.center().y()};
}

const QString kText = u"Minutes of the meeting.\n\nThe board agreed the plan on 3 May.\n\n"
                      "Officers will report back in June. The council objected."_s;

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT
private slots:
    void highlightsExactlyThePassage_data();
    void highlightsExactlyThePassage();
    void highlightsEveryLinkedPassageFaintly();
    void scrollsThePassageIntoView();
    void clickingAPassageSelectsItsEvent_data();
    void clickingAPassageSelectsItsEvent();
    void dragDoesNotSelect();
    void enterInAPassageSelectsItsEvent();
    void enterActsOnThePassageBeingRead();
    void selectionMovesTheStrongHighlight();
    void textIsNeverHtml();
    void unknownSourceShowsNothing();
    void addPassageFromTheSelection_data();
    void addPassageFromTheSelection();
    void addPassageNeedsSelectionEventAndEditable();
    void addPassageInTheWindow();
    void datesAreUnderlinedAndExplained();
    void newEventFromPassageWithCtrlN();
    void proposeEventsAddsTheTickedOnesInOneStep();
};

void TestDocumentReader::highlightsExactlyThePassage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");

    QTest::newRow("plain") << kText << u"agreed the plan"_s;
    QTest::newRow("after astral characters")
        << u"Emoji \U0001F600\U0001F4C8 first. Then the board agreed the plan."_s
        << u"agreed the plan"_s;
    QTest::newRow("astral inside")
        << u"Growth \U0001F4C8 ahead, they said."_s << u"\U0001F4C8 ahead"_s;
    QTest::newRow("after CRLF paragraphs")
        << u"Line one.\r\n\r\nLine two.\r\nThe board agreed the plan.\r\n"_s
        << u"agreed the plan"_s;
    QTest::newRow("curly quotes and nbsp")
        << u"He said \u201Cpatience\u00a0tested\u201D."_s << u"\u201Cpatience\u00a0tested\u201D"_s;
}

void TestDocumentReader::highlightsExactlyThePassage()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);

    const Catalogue catalogue = catalogueFor(text, {quote});
    DocumentReader reader;
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    QVERIFY(reader.showPassage(u"doc"_s, link.start, link.end));
    QCOMPARE(reader.documentId(), u"doc"_s);

    const QList<QTextEdit::ExtraSelection> strong = highlights(reader, DocumentReader::Strong);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), quote);
    QVERIFY(strong.first().cursor.selectionEnd() - strong.first().cursor.selectionStart() ==
            quote.size());
}

void TestDocumentReader::highlightsEveryLinkedPassageFaintly()
{
    const QStringList quotes{u"agreed the plan"_s, u"report back in June"_s,
                             u"The council objected"_s};
    const Catalogue catalogue = catalogueFor(kText, quotes);
    DocumentReader reader;
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().at(1).sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    QStringList faint;
    for (const QTextEdit::ExtraSelection &selection : highlights(reader, DocumentReader::Faint))
        faint.append(selection.cursor.selectedText());
    QCOMPARE(faint, quotes);
    const QList<QTextEdit::ExtraSelection> strong = highlights(reader, DocumentReader::Strong);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), quotes.at(1));
    // The faint and strong highlights look different.
    QVERIFY(highlights(reader, DocumentReader::Faint).first().format.background() !=
            strong.first().format.background());
}

void TestDocumentReader::scrollsThePassageIntoView()
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += u"Paragraph %1 of the report, which says nothing in particular.\n\n"_s.arg(i);
    text += u"At last the board agreed the plan."_s;
    const Catalogue catalogue = catalogueFor(text, {u"agreed the plan"_s});

    DocumentReader reader;
    reader.resize(500, 400);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    QPlainTextEdit *view = reader.textView();
    QVERIFY(view->verticalScrollBar()->value() > 0);
    const QTextCursor start = highlights(reader, DocumentReader::Strong).first().cursor;
    QTextCursor caret(view->document());
    caret.setPosition(start.selectionStart());
    QVERIFY(view->viewport()->rect().contains(view->cursorRect(caret)));
}

void TestDocumentReader::clickingAPassageSelectsItsEvent_data()
{
    QTest::addColumn<QString>("clickOn"); // the first occurrence of this text
    QTest::addColumn<int>("offset");      // characters into it
    QTest::addColumn<QString>("event");   // id of the event expected, or empty

    QTest::newRow("first character") << u"agreed the plan"_s << 0 << u"second"_s;
    QTest::newRow("middle") << u"agreed the plan"_s << 7 << u"second"_s;
    QTest::newRow("last character") << u"agreed the plan"_s << 14 << u"second"_s;
    QTest::newRow("just before") << u" agreed the plan"_s << 0 << QString();
    QTest::newRow("just after") << u"plan on"_s << 4 << QString();
    QTest::newRow("other passage") << u"report back"_s << 3 << u"third"_s;
    QTest::newRow("unlinked paragraph") << u"Minutes"_s << 2 << QString();
}

void TestDocumentReader::clickingAPassageSelectsItsEvent()
{
    QFETCH(QString, clickOn);
    QFETCH(int, offset);
    QFETCH(QString, event);

    const Catalogue catalogue = catalogueFor(
        kText, {u"The council objected"_s, u"agreed the plan"_s, u"report back in June"_s});
    DocumentReader reader;
    reader.resize(600, 400);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().at(0).sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    QSignalSpy clicked(&reader, &DocumentReader::eventClicked);
    const int position = int(kText.indexOf(clickOn)) + offset;
    QTest::mouseClick(reader.textView()->viewport(), Qt::LeftButton, {}, pointAt(reader, position));
    if (event.isEmpty()) {
        QCOMPARE(clicked.count(), 0);
    } else {
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), catalogue.eventIndex(event));
    }
}

void TestDocumentReader::dragDoesNotSelect()
{
    const Catalogue catalogue = catalogueFor(kText, {u"agreed the plan"_s});
    DocumentReader reader;
    reader.resize(600, 400);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    QSignalSpy clicked(&reader, &DocumentReader::eventClicked);
    const int at = int(kText.indexOf(u"agreed"_s));
    QWidget *viewport = reader.textView()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointAt(reader, at));
    QTest::mouseMove(viewport, pointAt(reader, at + 12));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointAt(reader, at + 12));
    QCOMPARE(clicked.count(), 0);
}

void TestDocumentReader::enterInAPassageSelectsItsEvent()
{
    const Catalogue catalogue = catalogueFor(kText, {u"agreed the plan"_s});
    DocumentReader reader;
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end); // leaves the caret at its start

    QSignalSpy clicked(&reader, &DocumentReader::eventClicked);
    QTest::keyClick(reader.textView(), Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 0);

    QTextCursor cursor(reader.textView()->document());
    reader.textView()->setTextCursor(cursor); // "Minutes", not linked
    QTest::keyClick(reader.textView(), Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
}

void TestDocumentReader::enterActsOnThePassageBeingRead()
{
    // "the board agreed the plan on 3 May" holds a shorter passage, "agreed the plan", of
    // another event. Shown the longer one (the selected event's), Enter with the caret in
    // the shorter keeps to the passage being read, not to the shortest under the caret.
    const Catalogue catalogue =
        catalogueFor(kText, {u"The board agreed the plan on 3 May."_s, u"agreed the plan"_s});
    DocumentReader reader;
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    QSignalSpy clicked(&reader, &DocumentReader::eventClicked);
    QTextCursor cursor(reader.textView()->document());
    cursor.setPosition(int(kText.indexOf(u"agreed"_s)) + 2);
    reader.textView()->setTextCursor(cursor);
    QTest::keyClick(reader.textView(), Qt::Key_Return);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), 0);
}

void TestDocumentReader::selectionMovesTheStrongHighlight()
{
    const QStringList quotes{u"agreed the plan"_s, u"report back in June"_s};
    const Catalogue catalogue = catalogueFor(kText, quotes);
    DocumentReader reader;
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().at(0).sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);

    reader.setSelectedEvent(1);
    QList<QTextEdit::ExtraSelection> strong = highlights(reader, DocumentReader::Strong);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), quotes.at(1));

    reader.setSelectedEvent(-1);
    QCOMPARE(highlights(reader, DocumentReader::Strong).size(), 0);
    QCOMPARE(highlights(reader, DocumentReader::Faint).size(), 2);
}

void TestDocumentReader::textIsNeverHtml()
{
    const QString text = u"<b>Not bold</b> &amp; <a href=\"x\">not a link</a>\n\nThe end."_s;
    const Catalogue catalogue = catalogueFor(text, {u"<b>Not bold</b>"_s});
    DocumentReader reader;
    reader.setCatalogue(&catalogue);
    const SourceLink &link = catalogue.events().first().sources().first();
    reader.showPassage(u"doc"_s, link.start, link.end);
    QCOMPARE(reader.textView()->toPlainText(), text);
    QCOMPARE(highlights(reader, DocumentReader::Strong).first().cursor.selectedText(),
             u"<b>Not bold</b>"_s);
}

void TestDocumentReader::unknownSourceShowsNothing()
{
    const Catalogue catalogue = catalogueFor(kText, {u"agreed the plan"_s});
    DocumentReader reader;
    reader.setCatalogue(&catalogue);
    QVERIFY(!reader.showPassage(u"missing"_s, 0, 4));
    QVERIFY(reader.documentId().isEmpty());
    QVERIFY(reader.textView()->toPlainText().isEmpty());
}

void TestDocumentReader::addPassageFromTheSelection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected"); // selected by keys from its last occurrence
    QTest::addColumn<QString>("excerpt");
    QTest::addColumn<int>("occurrence"); // as saved: 0 when it occurs once

    QTest::newRow("plain") << kText << u"report back in June"_s << u"report back in June"_s << 0;
    QTest::newRow("white space trimmed")
        << kText << u" report back in June. "_s << u"report back in June."_s << 0;
    QTest::newRow("after CRLF and astral characters")
        << u"Emoji \U0001F600.\r\n\r\nLine two.\r\nThe board agreed the plan.\r\n"_s
        << u"agreed the plan"_s << u"agreed the plan"_s << 0;
    QTest::newRow("second of two") << u"The plan was agreed. Later, the plan was agreed again."_s
                                   << u"plan was agreed"_s << u"plan was agreed"_s << 2;
}

void TestDocumentReader::addPassageFromTheSelection()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, excerpt);
    QFETCH(int, occurrence);

    // The last event is linked to the first word; the passage is added to it.
    const QString firstWord = text.left(text.indexOf(u' '));
    TimelineDocument document;
    document.reset(catalogueFor(text, {firstWord}), {});
    DocumentReader reader;
    reader.setCatalogue(&document.catalogue());
    reader.setDocument(&document);
    reader.resize(500, 400);
    reader.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reader));
    QApplication::setActiveWindow(&reader);
    const SourceLink first = document.catalogue().events().at(0).sources().at(0);
    QVERIFY(reader.showPassage(u"doc"_s, first.start, first.end));
    reader.setSelectedEvent(0);

    // Select the words by keys, from the caret at their (last) start.
    QPlainTextEdit *view = reader.textView();
    QTextCursor found = view->document()->find(selected, view->document()->characterCount(),
                                               QTextDocument::FindBackward);
    QVERIFY(!found.isNull());
    QTextCursor caret(view->document());
    caret.setPosition(found.selectionStart());
    view->setTextCursor(caret);
    view->setFocus();
    for (qsizetype i = 0; i < selected.size(); ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectedText(), selected);

    // From the context menu.
    bool offered = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Add Passage to \u201Cfirst\u201D"_s && action->isEnabled()) {
                offered = true;
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    const QPoint at = view->cursorRect().center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &menuEvent);
    QVERIFY(offered);

    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), u"Add Passage to \u201Cfirst\u201D"_s);
    const QList<SourceLink> links = document.catalogue().events().at(0).sources();
    QCOMPARE(links.size(), 2);
    const SourceLink &added = links.at(1);
    QCOMPARE(added.excerpt, excerpt);
    const SourceDocument *doc = document.catalogue().document(u"doc"_s);
    QCOMPARE(doc->slice(added.start, added.end), excerpt);
    QCOMPARE(CatalogueWriter::quoteOf(document.catalogue(), added).occurrence, occurrence);
    // The reader shows it, highlighted as the passage being read.
    const QList<QTextEdit::ExtraSelection> strong = highlights(reader, DocumentReader::Strong);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), excerpt);

    document.undoStack()->undo();
    QCOMPARE(document.catalogue().events().at(0).sources().size(), 1);
}

void TestDocumentReader::addPassageNeedsSelectionEventAndEditable()
{
    TimelineDocument document;
    document.reset(catalogueFor(kText, {u"agreed the plan"_s}), {});
    DocumentReader reader;
    QVERIFY(!reader.addPassageAction()->isVisible()); // no document to edit: not offered
    reader.setCatalogue(&document.catalogue());
    reader.setDocument(&document);
    const SourceLink link = document.catalogue().events().at(0).sources().at(0);
    reader.showPassage(u"doc"_s, link.start, link.end);
    reader.setSelectedEvent(0);
    QAction *add = reader.addPassageAction();
    QVERIFY(!add->isEnabled()); // nothing selected
    QTextCursor cursor(reader.textView()->document());
    cursor.setPosition(0);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    reader.textView()->setTextCursor(cursor);
    QVERIFY(add->isEnabled());
    QCOMPARE(add->text(), u"Add Passage to \u201Cfirst\u201D"_s);
    reader.setSelectedEvent(-1);
    QVERIFY(!add->isEnabled()); // no event
    reader.setSelectedEvent(0);
    document.reset(document.catalogue(), u":/catalogue.json"_s); // read-only
    reader.setCatalogue(&document.catalogue());
    reader.showPassage(u"doc"_s, link.start, link.end);
    reader.setSelectedEvent(0);
    reader.textView()->setTextCursor(cursor);
    QVERIFY(!add->isEnabled());
    add->trigger();
    reader.addSelectionAsPassage();
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.catalogue().events().at(0).sources().size(), 1);
}

void TestDocumentReader::addPassageInTheWindow()
{
    // The window gives every view the changed catalogue; the reader stays on the document.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_documentreader"_s);
    QSettings().clear();
    MainWindow window;
    window.setCatalogue(catalogueFor(kText, {u"agreed the plan"_s, u"The council objected"_s}),
                        u"Test"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.zoom()->setSelectedEvent(window.catalogue().eventIndex(u"second"_s));
    auto *reader = window.findChild<DocumentReader *>();
    QVERIFY(reader);
    const SourceLink link = window.catalogue().event(u"second"_s)->sources().at(0);
    QVERIFY(reader->showPassage(u"doc"_s, link.start, link.end));
    QTextCursor cursor = reader->textView()->document()->find(u"report back in June"_s);
    QVERIFY(!cursor.isNull());
    reader->textView()->setTextCursor(cursor);
    QVERIFY(reader->addPassageAction()->isEnabled());
    reader->addPassageAction()->trigger();

    const TimelineEvent *second = window.catalogue().event(u"second"_s);
    QCOMPARE(second->sources().size(), 2);
    QCOMPARE(second->sources().at(1).excerpt, u"report back in June"_s);
    QCOMPARE(window.document()->undoStack()->undoText(), u"Add Passage to \u201Csecond\u201D"_s);
    QCOMPARE(reader->documentId(), u"doc"_s);
    const QList<QTextEdit::ExtraSelection> strong = highlights(*reader, DocumentReader::Strong);
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), u"report back in June"_s);
    QCOMPARE(highlights(*reader, DocumentReader::Faint).size(), 3); // linked, both ways
    window.document()->undoStack()->setClean();
    QSettings().clear();
}

// An editable reader on kText, its "first" event linked to "agreed the plan", shown.
struct EditableReader
{
    TimelineDocument document;
    DocumentReader reader;

    bool open()
    {
        document.reset(catalogueFor(kText, {u"agreed the plan"_s}), {});
        reader.setCatalogue(&document.catalogue());
        reader.setDocument(&document);
        reader.resize(600, 400);
        reader.show();
        if (!QTest::qWaitForWindowExposed(&reader))
            return false;
        QApplication::setActiveWindow(&reader);
        const SourceLink first = document.catalogue().events().at(0).sources().at(0);
        return reader.showPassage(u"doc"_s, first.start, first.end);
    }
    void select(const QString &words)
    {
        QPlainTextEdit *view = reader.textView();
        QTextCursor found = view->document()->find(words);
        QTextCursor caret(view->document());
        caret.setPosition(found.selectionStart());
        view->setTextCursor(caret);
        view->setFocus();
        for (qsizetype i = 0; i < words.size(); ++i)
            QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    }
};

void TestDocumentReader::datesAreUnderlinedAndExplained()
{
    EditableReader editable;
    QVERIFY(editable.open());
    DocumentReader &reader = editable.reader;
    QStringList underlined;
    for (const QTextEdit::ExtraSelection &selection :
         highlights(reader, DocumentReader::DateMentioned)) {
        underlined.append(selection.cursor.selectedText());
        QCOMPARE(selection.format.underlineStyle(), QTextCharFormat::WaveUnderline);
    }
    QCOMPARE(underlined, (QStringList{u"3 May"_s, u"June"_s}));
    QCOMPARE(reader.dateMentions().size(), 2);

    // Hovering one explains it: the period and what it was counted from.
    const int at = int(kText.indexOf(u"June"_s));
    QHelpEvent help(QEvent::ToolTip, pointAt(reader, at + 1),
                    reader.textView()->viewport()->mapToGlobal(pointAt(reader, at + 1)));
    QApplication::sendEvent(reader.textView()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(u"\u201CJune\u201D: June 2018"_s),
             qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(u"April 2018"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestDocumentReader::newEventFromPassageWithCtrlN()
{
    EditableReader editable;
    QVERIFY(editable.open());
    const int undoBefore = editable.document.undoStack()->count();
    editable.select(u"The council objected."_s);
    QTest::keyClick(editable.reader.textView(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = editable.reader.findChild<PassageEventDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->titleField()->text(), u"The council objected"_s);
    // No date in the sentence: the nearest one, just before it.
    QCOMPARE(dialog->dateField()->text(), u"June 2018"_s);
    QVERIFY(dialog->plannedBox()->isChecked()); // "will report back in June"
    dialog->titleField()->setText(u"Council objects"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const Catalogue &catalogue = editable.document.catalogue();
    QCOMPARE(catalogue.events().size(), 2);
    QCOMPARE(editable.document.undoStack()->count(), undoBefore + 1);
    QCOMPARE(editable.document.undoStack()->undoText(), u"New Event from Passage"_s);
    const TimelineEvent *added = nullptr;
    for (const TimelineEvent &event : catalogue.events()) {
        if (event.title == u"Council objects"_s)
            added = &event;
    }
    QVERIFY(added);
    QCOMPARE(added->sources().size(), 1);
    QCOMPARE(added->sources().first().excerpt, u"The council objected."_s);
    QVERIFY(added->date.isPlanned());
    editable.document.undoStack()->undo();
    QCOMPARE(editable.document.catalogue().events().size(), 1);
}

void TestDocumentReader::proposeEventsAddsTheTickedOnesInOneStep()
{
    EditableReader editable;
    QVERIFY(editable.open());
    QVERIFY(editable.reader.proposeEventsAction()->isEnabled());
    const int undoBefore = editable.document.undoStack()->count();
    editable.reader.proposeEventsAction()->trigger();
    auto *dialog = editable.reader.findChild<ProposeEventsDialog *>();
    QVERIFY(dialog);
    QListWidget *list = dialog->list();
    QCOMPARE(list->count(), 2);
    // The first is covered by "first"'s passage: marked, and not ticked.
    QVERIFY(list->item(0)->text().contains(u"already linked"_s));
    QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QCOMPARE(dialog->buttons()->button(QDialogButtonBox::Ok)->text(), u"Add 1 Event"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"tickAll"_s), Qt::LeftButton);
    QCOMPARE(dialog->buttons()->button(QDialogButtonBox::Ok)->text(), u"Add 2 Events"_s);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(editable.document.catalogue().events().size(), 3);
    QCOMPARE(editable.document.undoStack()->count(), undoBefore + 1);
    editable.document.undoStack()->undo();
    QCOMPARE(editable.document.catalogue().events().size(), 1);
}

QTEST_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"

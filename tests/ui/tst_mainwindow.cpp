#include "catalogue.h"
#include "catalogueloader.h"
#include "choicebutton.h"
#include "documentreader.h"
#include "eventfilterproxymodel.h"
#include "eventlistview.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "passageview.h"
#include "sourcepane.h"
#include "testfiles.h"
#include "timelineviews.h"
#include "timelinewidget.h"
#include "timelinezoom.h"
#include "viewerwindow.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QScreen>
#include <QGuiApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kDocument =
    u"Cabinet report, April 2018.\n\n"
    "NHS England produced its \u2018Five Year Forward View\u2019 in October 2014. "
    "\U0001F4C4 In March 2016 the STP footprints were announced.\n\n"
    "The council agreed to join the partnership board in 2017. Nothing else happened."_s;

SourceLink linkTo(const SourceDocument &document, const QString &quote)
{
    const qsizetype at = document.text().indexOf(quote);
    Q_ASSERT(at >= 0);
    return {document.id(), document.toCodePoint(at), document.toCodePoint(at + quote.size()),
            quote};
}

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane, const QList<SourceLink> &sources)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.setSummary(title + u'.');
    event.date = EventDate::parse(date);
    event.laneId = lane;
    event.setSources(sources);
    return event;
}

// Events in time order: fyfv (2014), stp (2016), board (2017), review (2019, no sources).
Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Test story"_s);
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setSources({{u"cabinet"_s,
                           u"cabinet.txt"_s,
                           u"Cabinet report"_s,
                           u"Leicestershire County Council"_s,
                           u"cabinet-report"_s,
                           {},
                           EventDate::parse(u"April 2018"_s),
                           {}}});
    const SourceDocument document =
        SourceDocument::fromUtf8(u"cabinet"_s, u"cabinet.txt"_s, kDocument.toUtf8());
    catalogue.addDocument(document);
    catalogue.setEvents({
        makeEvent(u"board"_s, u"Council joins the partnership board"_s, u"2017"_s, u"local"_s,
                  {linkTo(document, u"The council agreed to join the partnership board"_s)}),
        makeEvent(
            u"fyfv"_s, u"Five Year Forward View published"_s, u"October 2014"_s, u"national"_s,
            {linkTo(document, u"NHS England produced its \u2018Five Year Forward View\u2019"_s)}),
        makeEvent(u"stp"_s, u"STP footprints announced"_s, u"March 2016"_s, u"national"_s,
                  {linkTo(document, u"the STP footprints were announced"_s)}),
        makeEvent(u"review"_s, u"Board reviews the plan"_s, u"2019"_s, u"local"_s, {}),
    });
    return catalogue;
}

// Stands in for TimelineWidget: records the keys that reach it.
class KeyRecorder : public QWidget
{
public:
    KeyRecorder() { setFocusPolicy(Qt::StrongFocus); }
    QList<int> keys;

protected:
    void keyPressEvent(QKeyEvent *event) override { keys.append(event->key()); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void titleAndCount();
    void largeCountsAreGrouped();
    void clickingAnEventSelectsIt();
    void showInDocumentHighlightsExactlyTheExcerpt();
    void clickingAHighlightedPassageSelectsItsEvent();
    void filterHidesEventsInEveryView();
    void searchIsHighlighted();
    void leftAndRightMoveThroughVisibleEvents();
    void enterOpensTheSource();
    void ctrlFAndEscape();
    void tabMovesBetweenPanes();
    void timelineKeepsItsKeys();
    void openCsv();
    void malformedCsvChangesNothing();
    void sessionIsRemembered();
    void highContrast();
    void helpMenuAppearsWhenFilled();
    void accessibleNames();

    void smallWindowGivesTheTimelineTheRoom();
    void windowFitsTheScreen_data();
    void windowFitsTheScreen();

private:
    MainWindow *m_window = nullptr;
    Catalogue m_catalogue;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CivicTimelineTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_catalogue = makeCatalogue();
    m_window = new MainWindow;
    m_window->setCatalogue(m_catalogue, m_catalogue.title());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QApplication::setActiveWindow(m_window);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QSettings().clear();
}

void TestMainWindow::titleAndCount()
{
    QCOMPARE(m_window->windowTitle(), u"Civic Timeline \u2014 Test story[*]"_s);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->findChild<QLabel *>(u"eventCount"_s)->text(), u"Showing all 4 events"_s);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 4);
}

void TestMainWindow::largeCountsAreGrouped()
{
    Catalogue catalogue = makeCatalogue();
    QList<TimelineEvent> events;
    for (int i = 0; i < 1234; ++i)
        events.append(makeEvent(u"e%1"_s.arg(i), u"Meeting %1"_s.arg(i), u"2017"_s,
                                u"local"_s, {}));
    catalogue.setEvents(events);
    m_window->setCatalogue(catalogue, catalogue.title());
    auto *count = m_window->findChild<QLabel *>(u"eventCount"_s);
    QCOMPARE(count->text(), u"Showing all 1,234 events"_s);
    // "Meeting 123" and "Meeting 1230" to "Meeting 1233".
    QSignalSpy filter(m_window, &MainWindow::filterChanged);
    QTest::keyClicks(m_window->filterBar()->searchField(), u"Meeting 123"_s);
    QVERIFY(filter.wait());
    QTRY_COMPARE(count->text(), u"Showing 5 of 1,234 events"_s);
}

void TestMainWindow::clickingAnEventSelectsIt()
{
    EventListView *list = m_window->eventList();
    const int stp = m_catalogue.eventIndex(u"stp"_s);
    const QModelIndex index =
        m_window->eventModel()->indexOfEvent(stp, EventTableModel::TitleColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());

    QCOMPARE(m_window->zoom()->selectedEvent(), stp);
    QCOMPARE(m_window->sourcePane()->event(), stp);
    const QList<PassageView *> passages = m_window->sourcePane()->passageViews();
    QCOMPARE(passages.size(), 1);
    QCOMPARE(passages.first()->toPlainText(), u"the STP footprints were announced"_s);

    // And the other way: selecting through the zoom moves the list.
    const int board = m_catalogue.eventIndex(u"board"_s);
    m_window->zoom()->setSelectedEvent(board);
    QCOMPARE(list->currentEvent(), board);
    QVERIFY(list->selectionModel()->isRowSelected(list->currentIndex().row(), {}));
}

void TestMainWindow::showInDocumentHighlightsExactlyTheExcerpt()
{
    const int fyfv = m_catalogue.eventIndex(u"fyfv"_s);
    m_window->zoom()->setSelectedEvent(fyfv);
    QPushButton *show = m_window->sourcePane()->showInDocumentButtons().first();
    QTest::mouseClick(show, Qt::LeftButton);

    DocumentReader *reader = m_window->documentReader();
    QVERIFY(reader->isVisible());
    QCOMPARE(reader->documentId(), u"cabinet"_s);
    QCOMPARE(reader->textView()->toPlainText(), kDocument);
    const SourceLink &link = m_catalogue.events().at(fyfv).sources().first();
    QList<QTextEdit::ExtraSelection> strong;
    int faint = 0;
    for (const QTextEdit::ExtraSelection &selection : reader->textView()->extraSelections()) {
        const int kind = selection.format.intProperty(DocumentReader::HighlightProperty);
        if (kind == DocumentReader::Strong)
            strong.append(selection);
        else if (kind == DocumentReader::Faint)
            ++faint;
    }
    QCOMPARE(strong.size(), 1);
    QCOMPARE(strong.first().cursor.selectedText(), link.excerpt);
    QCOMPARE(strong.first().cursor.selectionStart(), int(kDocument.indexOf(link.excerpt)));
    QCOMPARE(faint, 3); // every passage of the document linked to an event
}

void TestMainWindow::clickingAHighlightedPassageSelectsItsEvent()
{
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"fyfv"_s));
    QTest::mouseClick(m_window->sourcePane()->showInDocumentButtons().first(), Qt::LeftButton);

    QPlainTextEdit *text = m_window->documentReader()->textView();
    QTextCursor cursor(text->document());
    cursor.setPosition(int(kDocument.indexOf(u"partnership board"_s)));
    QPoint point = text->cursorRect(cursor).center();
    point.rx() += 2; // on the character after the caret
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);

    const int board = m_catalogue.eventIndex(u"board"_s);
    QCOMPARE(m_window->zoom()->selectedEvent(), board);
    QCOMPARE(m_window->eventList()->currentEvent(), board);
    QCOMPARE(m_window->sourcePane()->event(), board);
    QCOMPARE(m_window->documentReader()->documentId(), u"cabinet"_s); // still reading it
}

void TestMainWindow::filterHidesEventsInEveryView()
{
    QSignalSpy visible(m_window, &MainWindow::visibleEventsChanged);
    ChoiceButton *lanes = m_window->filterBar()->laneButton();
    for (QAction *action : lanes->choiceActions()) {
        if (action->data().toString() == u"local"_s)
            action->trigger();
    }

    QCOMPARE(visible.count(), 1);
    const QBitArray mask = visible.first().first().toBitArray();
    QCOMPARE(mask, m_window->visibleMask());
    QStringList shownInMask;
    for (int i = 0; i < mask.size(); ++i) {
        if (mask.testBit(i))
            shownInMask.append(m_catalogue.events().at(i).id);
    }
    QCOMPARE(shownInMask, QStringList({u"board"_s, u"review"_s}));

    QStringList shownInList;
    QAbstractItemModel *model = m_window->eventList()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        shownInList.append(model->index(row, 0).data(EventTableModel::IdRole).toString());
    QCOMPARE(shownInList, shownInMask);
    QCOMPARE(m_window->findChild<QLabel *>(u"eventCount"_s)->text(), u"Showing 2 of 4 events"_s);
    QCOMPARE(m_window->filter().laneIds, QSet<QString>{u"local"_s});
}

void TestMainWindow::searchIsHighlighted()
{
    QSignalSpy filter(m_window, &MainWindow::filterChanged);
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"stp"_s));
    QTest::keyClicks(m_window->filterBar()->searchField(), u"footprints"_s);
    QVERIFY(filter.wait());
    QCOMPARE(filter.last().first().value<EventFilter>().text, u"footprints"_s);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 1);
    const PassageView *passage = m_window->sourcePane()->passageViews().first();
    QCOMPARE(passage->highlightedRanges().size(), 1);
    QCOMPARE(passage->text().mid(passage->highlightedRanges().first().first, 10), u"footprints"_s);
    QCOMPARE(m_window->findChild<QLabel *>(u"eventCount"_s)->text(), u"Showing 1 of 4 events"_s);
}

void TestMainWindow::leftAndRightMoveThroughVisibleEvents()
{
    TimelineZoom *zoom = m_window->zoom();
    EventListView *list = m_window->eventList();
    list->setFocus();
    const auto selectedId = [&] {
        return zoom->selectedEvent() < 0 ? QString()
                                         : m_catalogue.events().at(zoom->selectedEvent()).id;
    };

    QTest::keyClick(list, Qt::Key_Right); // nothing selected: the first
    QCOMPARE(selectedId(), u"fyfv"_s);
    QCOMPARE(list->currentEvent(), m_catalogue.eventIndex(u"fyfv"_s));
    QVERIFY(list->selectionModel()->isRowSelected(list->currentIndex().row(), {}));
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(selectedId(), u"stp"_s);
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(selectedId(), u"fyfv"_s);
    QTest::keyClick(list, Qt::Key_Left); // nothing earlier
    QCOMPARE(selectedId(), u"fyfv"_s);
    QVERIFY(!m_window->previousEventAction()->isEnabled());

    // Hidden events are skipped.
    for (QAction *action : m_window->filterBar()->laneButton()->choiceActions()) {
        if (action->data().toString() == u"local"_s)
            action->trigger();
    }
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"board"_s));
    QTest::keyClick(list, Qt::Key_Left);
    QCOMPARE(selectedId(), u"board"_s); // fyfv and stp are national
    QTest::keyClick(list, Qt::Key_Right);
    QCOMPARE(selectedId(), u"review"_s);
    QCOMPARE(list->currentEvent(), m_catalogue.eventIndex(u"review"_s));

    // In the search field Left and Right move the text cursor instead.
    QLineEdit *search = m_window->filterBar()->searchField();
    search->setFocus();
    search->setText(u"ab"_s);
    QTest::keyClick(search, Qt::Key_Left);
    QCOMPARE(search->cursorPosition(), 1);
    QCOMPARE(selectedId(), u"review"_s);
    QDateEdit *from = m_window->filterBar()->fromEdit();
    from->setFocus();
    QTest::keyClick(from, Qt::Key_Left);
    QCOMPARE(selectedId(), u"review"_s);
}

void TestMainWindow::enterOpensTheSource()
{
    EventListView *list = m_window->eventList();
    list->setFocus();
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"stp"_s));
    QVERIFY(m_window->documentReader()->documentId().isEmpty());
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->documentReader()->documentId(), u"cabinet"_s);
    const QTextCursor caret = m_window->documentReader()->textView()->textCursor();
    QCOMPARE(caret.position(), int(kDocument.indexOf(u"the STP footprints"_s)));

    // An event without sources says so instead.
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"review"_s));
    QTest::keyClick(list, Qt::Key_Enter);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"No source"_s));
}

void TestMainWindow::ctrlFAndEscape()
{
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = m_window->filterBar()->searchField();
    QVERIFY(search->hasFocus());

    QTest::keyClicks(search, u"board"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 2);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_window->eventList()->model()->rowCount(), 4);

    // Escape works from the list too.
    QTest::keyClicks(search, u"board"_s);
    QTest::keyClick(search, Qt::Key_Return);
    m_window->eventList()->setFocus();
    QTest::keyClick(m_window->eventList(), Qt::Key_Escape);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 4);
}

void TestMainWindow::tabMovesBetweenPanes()
{
    auto *timeline = new QWidget;
    timeline->setObjectName(u"fakeTimeline"_s);
    timeline->setFocusPolicy(Qt::StrongFocus);
    m_window->installTimeline(timeline);
    QCOMPARE(timeline->parentWidget(), m_window->timelineArea());
    m_window->zoom()->setSelectedEvent(m_catalogue.eventIndex(u"stp"_s));
    // Layouts show new children (the timeline, the excerpt's button) from the event loop.
    QTRY_VERIFY(timeline->isVisible());
    QTRY_VERIFY(m_window->sourcePane()->showInDocumentButtons().first()->isVisible());

    m_window->eventList()->setFocus();
    QVERIFY(m_window->eventList()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), timeline);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->sourcePane()->showInDocumentButtons().first());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->documentReader()->textView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // round to the filter bar
    QCOMPARE(QApplication::focusWidget(), m_window->filterBar()->searchField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_window->documentReader()->textView());

    // Enter on the timeline opens the source as well.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(m_window->documentReader()->documentId(), u"cabinet"_s);
}

void TestMainWindow::timelineKeepsItsKeys()
{
    auto *timeline = new KeyRecorder;
    m_window->installTimeline(timeline);
    QTRY_VERIFY(timeline->isVisible());
    const int stp = m_catalogue.eventIndex(u"stp"_s);
    m_window->zoom()->setSelectedEvent(stp);
    QTest::keyClicks(m_window->filterBar()->searchField(), u"x"_s);

    // Left, Right and Escape mean something of their own on the timeline.
    timeline->setFocus();
    QTest::keyClick(timeline, Qt::Key_Left);
    QTest::keyClick(timeline, Qt::Key_Right);
    QTest::keyClick(timeline, Qt::Key_Escape);
    QCOMPARE(timeline->keys, QList<int>({Qt::Key_Left, Qt::Key_Right, Qt::Key_Escape}));
    QCOMPARE(m_window->zoom()->selectedEvent(), stp);
    QCOMPARE(m_window->filterBar()->searchField()->text(), u"x"_s);
    // Enter there opens the source, like in the list.
    QTest::keyClick(timeline, Qt::Key_Return);
    QCOMPARE(m_window->documentReader()->documentId(), u"cabinet"_s);
    QCOMPARE(timeline->keys.size(), 3);
}

void TestMainWindow::openCsv()
{
    // Views holding &catalogue() hear of the new events before anything about them.
    QStringList order;
    int maskSize = -1;
    QObject listener; // the connections end with this test
    connect(m_window, &MainWindow::catalogueChanged, &listener,
            [&] { order.append(u"catalogue"_s); });
    connect(m_window, &MainWindow::filterChanged, &listener, [&] { order.append(u"filter"_s); });
    connect(m_window, &MainWindow::visibleEventsChanged, &listener, [&](const QBitArray &mask) {
        order.append(u"visible"_s);
        maskSize = int(mask.size());
    });
    QVERIFY(m_window->openFile(TestFiles::path(u"ui"_s, u"events.csv"_s)));
    QCOMPARE(order, QStringList({u"catalogue"_s, u"filter"_s, u"visible"_s}));
    QCOMPARE(maskSize, 3);
    QCOMPARE(m_window->catalogue().events().size(), 3);
    const QString title = m_window->catalogue().title();
    // The catalogue's title, with the file it came from, and the modified marker's place.
    QCOMPARE(m_window->windowTitle(),
             u"Civic Timeline \u2014 "_s
                 + (title.isEmpty() ? u"events.csv"_s : title + u" (events.csv)"_s) + u"[*]"_s);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 3);
    QCOMPARE(m_window->filterBar()->laneButton()->choiceActions().size(), 2); // groups
    QCOMPARE(m_window->findChild<QLabel *>(u"eventCount"_s)->text(), u"Showing all 3 events"_s);
}

void TestMainWindow::malformedCsvChangesNothing()
{
    m_window->zoom()->setSelectedEvent(1);
    const QString title = m_window->windowTitle();
    QSignalSpy problems(m_window, &MainWindow::problemsReported);
    QSignalSpy changed(m_window, &MainWindow::catalogueChanged);

    QVERIFY(!m_window->openFile(TestFiles::path(u"ui"_s, u"malformed.csv"_s)));

    QCOMPARE(problems.count(), 1);
    const QStringList reported = problems.first().at(1).toStringList();
    QVERIFY(!reported.isEmpty());
    QVERIFY2(reported.first().contains(u"malformed.csv:3:"_s), qPrintable(reported.first()));
    auto *box = m_window->findChild<QMessageBox *>(u"problemsDialog"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(u"malformed.csv:3:"_s), qPrintable(box->text()));
    box->close();

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->catalogue().events().size(), 4);
    QCOMPARE(m_window->eventList()->model()->rowCount(), 4);
    QCOMPARE(m_window->zoom()->selectedEvent(), 1);
    QVERIFY(m_window->currentFile().isEmpty());
}

void TestMainWindow::sessionIsRemembered()
{
    QVERIFY(m_window->openFile(TestFiles::path(u"ui"_s, u"events.csv"_s)));
    const int plan = m_window->catalogue().eventIndex(u"3"_s);
    QVERIFY(plan >= 0);
    m_window->zoom()->setSelectedEvent(plan);
    m_window->zoom()->setRange(1000 * TimelineZoom::kDay, 1100 * TimelineZoom::kDay);
    m_window->close(); // saves

    MainWindow second;
    second.restoreSession();
    QCOMPARE(second.currentFile(),
             QFileInfo(TestFiles::path(u"ui"_s, u"events.csv"_s)).absoluteFilePath());
    QCOMPARE(second.catalogue().events().size(), 3);
    QCOMPARE(second.zoom()->selectedEvent(), plan);
    QCOMPARE(second.zoom()->rangeStart(), 1000 * TimelineZoom::kDay);
    QCOMPARE(second.zoom()->rangeEnd(), 1100 * TimelineZoom::kDay);
}

void TestMainWindow::highContrast()
{
    const QPalette before = QApplication::palette();
    QSignalSpy changed(m_window, &MainWindow::highContrastChanged);
    QAction *action = nullptr;
    for (QAction *candidate : m_window->viewMenu()->actions()) {
        if (candidate->text().contains(u"High Contrast"_s))
            action = candidate;
    }
    QVERIFY(action && action->isCheckable());

    action->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(m_window->isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QTRY_COMPARE(m_window->eventList()->palette().color(QPalette::Base), QColor(Qt::black));
    QCOMPARE(QSettings().value(u"view/highContrast"_s).toBool(), false); // saved on close

    action->trigger();
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_window->isHighContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), before.color(QPalette::Text));
    QTRY_COMPARE(m_window->eventList()->palette().color(QPalette::Base),
                 before.color(QPalette::Base));
}

void TestMainWindow::helpMenuAppearsWhenFilled()
{
    QMenu *help = m_window->helpMenu();
    QVERIFY(help);
    QVERIFY(!help->menuAction()->isVisible());
    help->addAction(u"About Civic Timeline"_s);
    QVERIFY(help->menuAction()->isVisible());
}

void TestMainWindow::accessibleNames()
{
    const QList<QWidget *> widgets{
        m_window->eventList(),      m_window->sourcePane(),
        m_window->documentReader(), m_window->documentReader()->textView(),
        m_window->filterBar(),      m_window->filterBar()->searchField(),
        m_window->timelineArea()};
    for (const QWidget *widget : widgets)
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->accessibleName().isEmpty(), qPrintable(dock->objectName()));
}

void TestMainWindow::smallWindowGivesTheTimelineTheRoom()
{
    // At 800x560 the panes give way: the timeline keeps most of the width and a row for
    // every lane.
    const TimelineViews views(m_window);
    m_window->resize(800, 560);
    QTRY_COMPARE(m_window->size(), QSize(800, 560));
    TimelineWidget *timeline = views.timeline();
    QTRY_VERIFY(timeline->isVisible());
    QTRY_VERIFY2(timeline->width() >= 800 * 55 / 100,
                 qPrintable(QString::number(timeline->width())));
    QVERIFY(timeline->height() >= timeline->minimumSizeHint().height());
    QVERIFY(m_window->findChild<QDockWidget *>(u"eventListDock"_s)->height() <= 560 / 4 + 2);
    QCOMPARE(timeline->currentLayout().lanes.size(), 2); // every lane is drawn
    // The overview's axis ends where the timeline's does, also after the window grows.
    m_window->resize(1400, 800);
    OverviewStrip *strip = views.overview();
    const auto gap = [&] {
        const QPoint offset =
            timeline->mapTo(m_window, QPoint()) - strip->mapTo(m_window, QPoint());
        return std::abs(strip->xOf(strip->spanEnd()) -
                        (timeline->eventArea().right() + offset.x()));
    };
    QTRY_VERIFY2(gap() <= 2, qPrintable(QString::number(gap())));
}

void TestMainWindow::windowFitsTheScreen_data()
{
    QTest::addColumn<QSize>("saved"); // invalid: the first run
    QTest::newRow("first run") << QSize();
    QTest::newRow("saved on a larger screen") << QSize(1900, 1040);
}

// The first run, and a window last closed on a larger screen, open whole on this one (the
// offscreen screen is 800x600) instead of hanging off its edges.
void TestMainWindow::windowFitsTheScreen()
{
    QFETCH(QSize, saved);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY(screen.width() < 1024); // the width the first run asked for before
    // (The offscreen platform adds a frame of a few pixels: compare sizes and the corner.)
    if (saved.isValid()) {
        QWidget big;
        big.setGeometry(QRect(QPoint(-100, -40), saved));
        QSettings().setValue(u"window/geometry"_s, big.saveGeometry());
    }
    ViewerWindow window; // the window the program opens
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.width() <= screen.width() && window.height() <= screen.height() &&
                 screen.contains(window.frameGeometry().topLeft()),
             qPrintable(u"%1,%2 %3x%4"_s.arg(window.x()).arg(window.y()).arg(window.width())
                            .arg(window.height())));
    // Opened that small, the side panes give way at once (not only after a resize), and the
    // centre fits the hint, the whole overview and the timeline one under another.
    const QDockWidget *source = window.findChild<QDockWidget *>(u"sourceDock"_s);
    QVERIFY(source);
    QTRY_VERIFY2(source->width() <= window.width() / 3 + 2,
                 qPrintable(QString::number(source->width())));
    OverviewStrip *strip = window.timelineViews()->overview();
    TimelineWidget *timeline = window.timelineViews()->timeline();
    QTRY_VERIFY(strip->isVisible());
    QVERIFY2(strip->height() >= strip->minimumSizeHint().height(),
             qPrintable(QString::number(strip->height())));
    QVERIFY(strip->mapTo(&window, QPoint(0, strip->height())).y() <=
            timeline->mapTo(&window, QPoint()).y());
    QVERIFY(timeline->height() >= timeline->minimumSizeHint().height());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

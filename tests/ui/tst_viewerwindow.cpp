// The assembled viewer: the timeline, the overview, the list and the source pane work as
// one, and the menus reach export, presentation and help.
#include "catalogueloader.h"
#include "eventfilter.h"
#include "eventlistview.h"
#include "exportdialog.h"
#include "filterbar.h"
#include "overviewstrip.h"
#include "passageview.h"
#include "presentationcontroller.h"
#include "presentationwindow.h"
#include "sourcepane.h"
#include "timelinedocument.h"
#include "timelineviews.h"
#include "timelinewidget.h"
#include "timelinelayout.h"
#include "timelinetheme.h"
#include "timelinezoom.h"
#include "timescale.h"
#include "viewerwindow.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

class TestViewerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void timelineAndOverviewAreInTheWindow();
    void clickingAnEventShowsItsExcerpt();
    void filterHidesEventsInEveryView_data();
    void filterHidesEventsInEveryView();
    void menusOfferEveryFeature_data();
    void menusOfferEveryFeature();
    void ctrlEOpensTheExportDialog();
    void f5PresentsFromTheSelectedEvent();
    void insertAtThePointer();
    void makingAStoryIsAnEdit();
    void highContrastSelectionStandsOut();
    void searchBringsEveryMatchIntoView();
    void septemberTwentySeventeenIsReadable();
    void everyLaneFitsALaptopScreen_data();
    void everyLaneFitsALaptopScreen();
    void resetLayoutBringsBackTheFigures_data();
    void resetLayoutBringsBackTheFigures();

private:
    int visibleInTimeline() const;

    ViewerWindow *m_window = nullptr;
};

void TestViewerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("CIVIC_NO_ANIMATIONS", "1");
}

void TestViewerWindow::init()
{
    m_window = new ViewerWindow;
    m_window->openBuiltInStory();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestViewerWindow::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window && qobject_cast<PresentationWindow *>(w))
            w->close();
    }
    delete m_window;
    m_window = nullptr;
}

int TestViewerWindow::visibleInTimeline() const
{
    const QBitArray mask = m_window->timelineViews()->timeline()->visibleEvents();
    return mask.isEmpty() ? int(m_window->catalogue().events().size()) : int(mask.count(true));
}

void TestViewerWindow::timelineAndOverviewAreInTheWindow()
{
    TimelineWidget *timeline = m_window->timelineViews()->timeline();
    OverviewStrip *overview = m_window->timelineViews()->overview();
    QVERIFY(m_window->timelineArea()->isAncestorOf(timeline));
    QVERIFY(m_window->timelineArea()->isAncestorOf(overview));
    QVERIFY(timeline->isVisible());
    QCOMPARE(timeline->zoom(), m_window->zoom());
    int counted = 0;
    for (int n : overview->monthCounts())
        counted += n;
    QCOMPARE(counted, int(m_window->catalogue().events().size()));
}

void TestViewerWindow::clickingAnEventShowsItsExcerpt()
{
    TimelineWidget *timeline = m_window->timelineViews()->timeline();
    const int event = m_window->catalogue().eventIndex(u"blmk-leaders-letter"_s);
    QVERIFY(event >= 0);
    m_window->zoom()->setSelectedEvent(event);
    timeline->zoomToSelection();
    m_window->zoom()->setSelectedEvent(-1);
    // The zoom animates; wait until the event is drawn on its own.
    QTRY_VERIFY(!timeline->eventRect(event).isNull());
    const QRectF rect = timeline->eventRect(event);
    QTest::mouseClick(timeline, Qt::LeftButton, {}, rect.center().toPoint());
    QCOMPARE(m_window->zoom()->selectedEvent(), event);
    QCOMPARE(m_window->sourcePane()->event(), event);
    const TimelineEvent &chosen = m_window->catalogue().events().at(event);
    QVERIFY(!m_window->sourcePane()->passageViews().isEmpty());
    QCOMPARE(m_window->sourcePane()->passageViews().first()->text(),
             chosen.sources().constFirst().excerpt);
    QCOMPARE(m_window->eventList()->currentEvent(), event);
}

void TestViewerWindow::filterHidesEventsInEveryView_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("Five Year Forward View") << u"Forward View"_s;
    QTest::newRow("BLMK") << u"Milton Keynes"_s;
    QTest::newRow("money") << u"£"_s;
}

void TestViewerWindow::filterHidesEventsInEveryView()
{
    QFETCH(QString, search);
    const Catalogue &catalogue = m_window->catalogue();
    EventFilter expected;
    expected.text = search;
    int matching = 0;
    for (const TimelineEvent &event : catalogue.events())
        matching += expected.matches(catalogue, event) ? 1 : 0;
    QVERIFY(matching > 0 && matching < catalogue.events().size());

    QSignalSpy changed(m_window, &MainWindow::visibleEventsChanged);
    QTest::keyClicks(m_window->filterBar()->searchField(), search);
    QVERIFY(changed.wait());

    QCOMPARE(m_window->eventList()->model()->rowCount(), matching);
    QCOMPARE(visibleInTimeline(), matching);
    int counted = 0;
    for (int n : m_window->timelineViews()->overview()->monthCounts())
        counted += n;
    QCOMPARE(counted, matching);
}

void TestViewerWindow::menusOfferEveryFeature_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("export") << u"File"_s << u"Export\u2026"_s << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("copy") << u"File"_s << u"Copy Image"_s
                          << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QTest::newRow("print") << u"File"_s << u"Print\u2026"_s << QKeySequence(QKeySequence::Print);
    QTest::newRow("present") << u"View"_s << u"Present"_s << QKeySequence(Qt::Key_F5);
    QTest::newRow("present story") << u"View"_s << u"Present Story"_s << QKeySequence();
    QTest::newRow("make story") << u"Events"_s << u"Make Story from Shown Events\u2026"_s
                                << QKeySequence();
    QTest::newRow("shortcuts") << u"Help"_s << u"Keyboard Shortcuts"_s
                               << QKeySequence(Qt::CTRL | Qt::Key_Slash);
    QTest::newRow("about") << u"Help"_s << u"About Civic Timeline"_s << QKeySequence();
}

void TestViewerWindow::menusOfferEveryFeature()
{
    QFETCH(QString, menu);
    QFETCH(QString, text);
    QFETCH(QKeySequence, keys);
    QMenu *found = nullptr;
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (entry->menu() && QString(entry->text()).remove(u'&') == menu)
            found = entry->menu();
    }
    QVERIFY2(found, qPrintable(menu));
    QAction *action = nullptr;
    for (QAction *candidate : found->actions()) {
        if (QString(candidate->text()).remove(u'&') == text)
            action = candidate;
    }
    QVERIFY2(action, qPrintable(text + u" in "_s + menu));
    QCOMPARE(action->shortcut(), keys);
}

void TestViewerWindow::ctrlEOpensTheExportDialog()
{
    QTest::keyClick(m_window, Qt::Key_E, Qt::ControlModifier);
    auto *dialog = m_window->findChild<ExportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings().viewStart, m_window->zoom()->rangeStart());
    dialog->reject();
}

void TestViewerWindow::f5PresentsFromTheSelectedEvent()
{
    const int event = int(m_window->catalogue().events().size()) / 2;
    m_window->zoom()->setSelectedEvent(event);
    m_window->timelineViews()->timeline()->setFocus();
    QTest::keyClick(m_window->timelineViews()->timeline(), Qt::Key_F5);
    PresentationWindow *presentation = nullptr;
    QTRY_VERIFY((presentation = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *p = qobject_cast<PresentationWindow *>(w); p && p->isVisible())
                return p;
        }
        return static_cast<PresentationWindow *>(nullptr);
    }()));
    QCOMPARE(presentation->controller()->currentEvent(), event);
    // Two steps on, then Esc: the window is on the event the show reached.
    QTest::keyClick(presentation, Qt::Key_Right);
    QTest::keyClick(presentation, Qt::Key_Right);
    const int reached = presentation->controller()->currentEvent();
    QVERIFY(reached != event);
    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!presentation->isVisible() || presentation == nullptr);
    QCOMPARE(m_window->zoom()->selectedEvent(), reached);
}

// Ctrl+N with the pointer over the timeline inserts an event on the day under it.
void TestViewerWindow::insertAtThePointer()
{
    const Catalogue catalogue = m_window->catalogue();
    m_window->setCatalogue(catalogue, u"Copy"_s); // editable, unlike the built-in story
    TimelineWidget *timeline = m_window->timelineViews()->timeline();
    // Two months across the view, so a day is many pixels wide; the day is not the centre.
    m_window->zoom()->setRange(TimeScale::dayStart(QDate(2016, 2, 1)),
                               TimeScale::dayStart(QDate(2016, 4, 1)));
    const QDate day(2016, 2, 10);
    const int x = qRound(timeline->xOf(TimeScale::dayStart(day) + TimeScale::kDay / 2));
    const QPoint at(x, int(timeline->eventArea().center().y()));
    QVERIFY(timeline->eventArea().contains(at));
    QTest::mouseMove(timeline, at);
    QCOMPARE(timeline->mapFromGlobal(QCursor::pos()), at);
    const qsizetype before = m_window->catalogue().events().size();
    QTest::keyClick(timeline, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->catalogue().events().size(), before + 1);
    const TimelineEvent *added = m_window->catalogue().event(u"new-event"_s);
    QVERIFY(added);
    QCOMPARE(added->date.first(), day);
    QCOMPARE(added->date.last(), day);
    m_window->document()->undoStack()->setClean(); // no question on the way out
}

// In an editable timeline a story made from the shown events goes into the catalogue as one
// undoable command (and is saved with it), not into a file beside it.
void TestViewerWindow::makingAStoryIsAnEdit()
{
    const Catalogue catalogue = m_window->catalogue();
    m_window->setCatalogue(catalogue, u"Copy"_s);
    const qsizetype before = m_window->catalogue().stories().size();
    QAction *make = nullptr;
    for (QAction *action : m_window->eventsMenu()->actions()) {
        if (action->text().startsWith(u"&Make Story"_s))
            make = action;
    }
    QVERIFY(make);
    bool answered = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>();
        QVERIFY(title);
        title->setText(u"Committee briefing"_s);
        answered = true;
        dialog->accept();
    });
    make->trigger();
    QVERIFY(answered);
    QCOMPARE(m_window->catalogue().stories().size(), before + 1);
    QCOMPARE(m_window->catalogue().stories().constLast().title, u"Committee briefing"_s);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             u"Make Story \u201CCommittee briefing\u201D"_s);
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->catalogue().stories().size(), before);
    m_window->document()->undoStack()->setClean();
}

namespace {

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

// View > High Contrast: the timeline's text and selection outline stand out from its
// background by at least 7:1 (WCAG AAA), whichever background it draws.
void TestViewerWindow::highContrastSelectionStandsOut()
{
    QAction *high = nullptr;
    for (QAction *action : m_window->viewMenu()->actions()) {
        if (action->text() == u"&High Contrast"_s)
            high = action;
    }
    QVERIFY(high);
    high->trigger();
    QVERIFY(m_window->isHighContrast());
    TimelineWidget *timeline = m_window->timelineViews()->timeline();
    QApplication::processEvents();
    const TimelineTheme &theme = timeline->theme();
    const QColor background = theme.background;
    QVERIFY2(contrast(theme.text, background) >= 7, qPrintable(theme.text.name()));
    QVERIFY2(contrast(theme.selection, background) >= 7,
             qPrintable(theme.selection.name() + u" on "_s + background.name()));
    // What the widget shows is that background: its pixels behind the lanes.
    const QImage shot = timeline->grab().toImage();
    const QPoint inBand = timeline->eventArea().bottomRight().toPoint() - QPoint(3, 3);
    QCOMPARE(shot.pixelColor(inBand).name(), background.name());
    high->trigger();
    QVERIFY(!m_window->isHighContrast());
}

// A search while zoomed in elsewhere: the view takes in every match, and clearing the search
// leaves it where it is.
void TestViewerWindow::searchBringsEveryMatchIntoView()
{
    m_window->zoom()->setRange(TimeScale::dayStart(QDate(2015, 1, 1)),
                               TimeScale::dayStart(QDate(2015, 3, 1)));
    FilterBar *bar = m_window->findChild<FilterBar *>();
    QVERIFY(bar);
    QLineEdit *search = bar->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"BCF"_s);
    // (The search waits for typing to pause.)
    QTRY_VERIFY(m_window->visibleMask().count(true) < m_window->catalogue().events().size());
    const QBitArray mask = m_window->visibleMask();
    QVERIFY(mask.count(true) >= 2);
    const qint64 from = m_window->zoom()->rangeStart(), to = m_window->zoom()->rangeEnd();
    for (qsizetype i = 0; i < mask.size(); ++i) {
        if (!mask.testBit(i))
            continue;
        const TimelineEvent &event = m_window->catalogue().events().at(i);
        QVERIFY2(TimeScale::dayStart(event.date.first()) <= to &&
                     TimeScale::dayEnd(event.date.last()) >= from,
                 qPrintable(event.title));
    }
    search->clear();
    QCOMPARE(m_window->zoom()->rangeStart(), from);
}

// The heart of the story, the LLR councils' September 2017: at the 2017 zoom of a 1920x1080
// screen every one of its events is named on the timeline, or counted in a badge that one
// click opens, after which every one is named.
void TestViewerWindow::septemberTwentySeventeenIsReadable()
{
    const Catalogue &catalogue = m_window->catalogue();
    int lane = -1;
    for (qsizetype i = 0; i < catalogue.lanes().size(); ++i) {
        if (catalogue.lanes().at(i).name == u"LLR councils"_s)
            lane = int(i);
    }
    QVERIFY(lane >= 0);
    QList<int> september;
    for (qsizetype i = 0; i < catalogue.events().size(); ++i) {
        const TimelineEvent &event = catalogue.events().at(i);
        // Every event of the lane whose period reaches into September 2017.
        if (event.laneId == catalogue.lanes().at(lane).id &&
            event.date.first() <= QDate(2017, 9, 30) && event.date.last() >= QDate(2017, 9, 1))
            september.append(int(i));
    }
    QVERIFY2(september.size() >= 4, qPrintable(QString::number(september.size())));

    TimelineWidget timeline; // as large as the window's on a 1920x1080 screen
    timeline.setAnimated(false);
    timeline.resize(1450, 560);
    timeline.setCatalogue(&catalogue);
    timeline.zoom()->setRange(TimeScale::dayStart(QDate(2017, 1, 1)),
                              TimeScale::dayStart(QDate(2018, 1, 1)));
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));

    const auto named = [&](int event) {
        const TimelineLayout::Item *item = timeline.currentLayout().item(event);
        return item && !item->text.isEmpty();
    };
    const auto badgeOf = [&](int event) -> const TimelineLayout::Mark * {
        const qint64 start = TimeScale::dayStart(catalogue.events().at(event).date.first());
        for (const TimelineLayout::Mark &mark : timeline.currentLayout().marks) {
            if (mark.group && mark.start <= start && start < std::max(mark.end, mark.start + 1) &&
                timeline.currentLayout().lanes.at(mark.lane).name == u"LLR councils"_s)
                return &mark;
        }
        return nullptr;
    };
    const TimelineLayout::Mark *badge = nullptr;
    for (int event : september) {
        QVERIFY2(named(event) || badgeOf(event), qPrintable(catalogue.events().at(event).title));
        if (!named(event) && !badge)
            badge = badgeOf(event);
    }
    if (badge) {
        QTest::mouseClick(&timeline, Qt::LeftButton, {}, badge->rect.center().toPoint());
        for (int event : september)
            QVERIFY2(named(event), qPrintable(catalogue.events().at(event).title));
    }
}

void TestViewerWindow::everyLaneFitsALaptopScreen_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
}

// The built-in story's five lanes all fit the timeline, with the first-run hint showing, on a
// laptop's screen: no lane is cut off at the bottom.
void TestViewerWindow::everyLaneFitsALaptopScreen()
{
    QFETCH(QSize, size);
    m_window->resize(size);
    TimelineWidget *timeline = m_window->timelineViews()->timeline();
    QTRY_COMPARE(m_window->size(), size);
    QApplication::processEvents();
    const TimelineLayout &layout = timeline->currentLayout();
    QCOMPARE(int(layout.lanes.size()), 5);
    for (const TimelineLayout::Lane &lane : layout.lanes)
        QVERIFY2(lane.band.bottom() <= timeline->height() + 1,
                 qPrintable(u"%1 ends at %2 of %3"_s.arg(lane.name)
                                .arg(lane.band.bottom())
                                .arg(timeline->height())));
}


void TestViewerWindow::resetLayoutBringsBackTheFigures_data()
{
    QTest::addColumn<bool>("floatIt");
    QTest::newRow("closed") << false;
    QTest::newRow("floated") << true;
}

void TestViewerWindow::resetLayoutBringsBackTheFigures()
{
    QFETCH(bool, floatIt);
    QDockWidget *figures = m_window->findChild<QDockWidget *>(u"figuresDock"_s);
    QDockWidget *list = m_window->findChild<QDockWidget *>(u"eventListDock"_s);
    QVERIFY(figures);
    QVERIFY(list);
    QVERIFY(m_window->tabifiedDockWidgets(list).contains(figures));
    if (floatIt)
        figures->setFloating(true);
    else
        figures->close();
    QVERIFY(figures->isFloating() || figures->isHidden());

    QAction *reset = nullptr;
    for (QAction *action : m_window->viewMenu()->actions())
        if (action->text() == u"&Reset Layout"_s)
            reset = action;
    QVERIFY(reset);
    reset->trigger();
    QVERIFY(!figures->isHidden());
    QVERIFY(!figures->isFloating());
    QCOMPARE(m_window->dockWidgetArea(figures), Qt::BottomDockWidgetArea);
    QVERIFY(m_window->tabifiedDockWidgets(list).contains(figures));
    // View > Figures comes after View > Events.
    const QList<QAction *> actions = m_window->viewMenu()->actions();
    QCOMPARE(actions.indexOf(figures->toggleViewAction()),
             actions.indexOf(list->toggleViewAction()) + 1);
}

QTEST_MAIN(TestViewerWindow)
#include "tst_viewerwindow.moc"

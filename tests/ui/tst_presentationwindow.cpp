#include "catalogue.h"
#include "presentationcontroller.h"
#include "presentationwindow.h"
#include "story.h"
#include "timescale.h"

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Six events in two lanes, given out of order; Catalogue sorts them by date:
// 0 fyfv (Oct 2014), 1 stps (Dec 2015), 2 plan (Mar 2016), 3 letter (14 Dec 2017),
// 4 review (Apr 2018), 5 ics (2018/19, planned).
Catalogue catalogue()
{
    Lane national;
    national.id = u"national"_s;
    national.name = u"National NHS bodies"_s;
    Lane local;
    local.id = u"local"_s;
    local.name = u"Local councils"_s;

    SourceInfo report;
    report.id = u"cabinet"_s;
    report.title = u"Sustainability and Transformation Plan"_s;
    report.publisher = u"Leicestershire County Council"_s;
    report.date = EventDate::parse(u"10 April 2018"_s);

    QList<TimelineEvent> events;
    const auto add = [&](const QString &id, const QString &date, const QString &lane) {
        TimelineEvent event;
        event.id = id;
        event.title = u"Event "_s + id;
        event.date = EventDate::parse(date);
        event.laneId = lane;
        event.editDetails().sources.append({u"cabinet"_s, 0, 10, u"The words of "_s + id});
        events.append(event);
    };
    add(u"letter"_s, u"14 December 2017"_s, u"local"_s);
    add(u"fyfv"_s, u"October 2014"_s, u"national"_s);
    add(u"review"_s, u"April 2018"_s, u"local"_s);
    add(u"ics"_s, u"2018/19 (planned)"_s, u"national"_s);
    add(u"stps"_s, u"December 2015"_s, u"national"_s);
    add(u"plan"_s, u"March 2016"_s, u"local"_s);

    Catalogue catalogue;
    catalogue.setLanes({national, local});
    catalogue.setSources({report});
    catalogue.setEvents(events);
    return catalogue;
}

bool uniformlyBlack(const QImage &image)
{
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xFFFFFF) != 0)
                return false;
        }
    }
    return true;
}

int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// A stand-in for the main window: a window with a widget that has the keyboard.
class MainWindowLike : public QWidget
{
public:
    MainWindowLike()
    {
        setWindowTitle(u"Main"_s);
        auto *layout = new QVBoxLayout(this);
        list = new QLineEdit(this);
        layout->addWidget(new QLineEdit(this));
        layout->addWidget(list);
    }
    QLineEdit *list = nullptr;
};

} // namespace

class tst_PresentationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keys_data();
    void keys();
    void progressText();
    void blanks_data();
    void blanks();
    void escRestoresTheWindow();
    void startsAtTheSelectedEvent_data();
    void startsAtTheSelectedEvent();
    void storyInItsOrder();
    void storyWithUnknownEvent();
    void clickSteps();
    void numberThenReturn();
    void framesTheCurrentEvent_data();
    void framesTheCurrentEvent();
    void slidesHaveLargeLabels();
    void animatesToTheEvent();
    void currentEventAlwaysLabelled();
    void emptySequence();
    void accessible();

private:
    // A window shown at a fixed size with instant transitions.
    std::unique_ptr<PresentationWindow> shown(const QBitArray &visible = {});
    QList<int> eventsIn(const QStringList &ids) const;

    Catalogue m_catalogue;
};

void tst_PresentationWindow::initTestCase()
{
    m_catalogue = catalogue();
}

std::unique_ptr<PresentationWindow> tst_PresentationWindow::shown(const QBitArray &visible)
{
    auto window = std::make_unique<PresentationWindow>(m_catalogue);
    window->setTransitionDuration(0);
    window->setEvents(visible);
    window->resize(1280, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QList<int> tst_PresentationWindow::eventsIn(const QStringList &ids) const
{
    QList<int> events;
    for (const QString &id : ids)
        events.append(m_catalogue.eventIndex(id));
    return events;
}

void tst_PresentationWindow::keys_data()
{
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<int>("position");

    const int right = Qt::Key_Right, left = Qt::Key_Left;
    QTest::newRow("Right Right Left") << QList<int>{right, right, left} << 1;
    QTest::newRow("Space x3 Backspace")
        << QList<int>{Qt::Key_Space, Qt::Key_Space, Qt::Key_Space, Qt::Key_Backspace} << 2;
    QTest::newRow("PageDown x2 PageUp")
        << QList<int>{Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp} << 1;
    QTest::newRow("Down Down Up Down")
        << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_Down} << 2;
    QTest::newRow("N N P") << QList<int>{Qt::Key_N, Qt::Key_N, Qt::Key_P} << 1;
    QTest::newRow("Return") << QList<int>{Qt::Key_Return} << 1;
    QTest::newRow("End") << QList<int>{Qt::Key_End} << 5;
    QTest::newRow("End Left Home") << QList<int>{Qt::Key_End, left, Qt::Key_Home} << 0;
    QTest::newRow("past the end") << QList<int>(9, right) << 5;
    QTest::newRow("before the start") << QList<int>{right, left, left, left} << 0;
    QTest::newRow("F5 does nothing") << QList<int>{right, Qt::Key_F5} << 1;
    QTest::newRow("blanked: Right only unblanks") << QList<int>{right, Qt::Key_B, right} << 1;
}

void tst_PresentationWindow::keys()
{
    QFETCH(QList<int>, keys);
    QFETCH(int, position);
    const auto window = shown();
    QVERIFY(window);
    for (const int key : keys)
        QTest::keyClick(window.get(), Qt::Key(key));
    QCOMPARE(window->controller()->position(), position);
    QCOMPARE(window->controller()->currentEvent(), position); // date order: the same here
    QVERIFY(!window->controller()->isBlanked());
}

void tst_PresentationWindow::progressText()
{
    const auto window = shown();
    QVERIFY(window);
    QCOMPARE(window->controller()->progressText(), u"1 / 6"_s);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(window->controller()->progressText(), u"3 / 6"_s);
    QVERIFY(window->accessibleDescription().startsWith(u"3 / 6"_s));
}

void tst_PresentationWindow::blanks_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("B") << int(Qt::Key_B);
    QTest::newRow("period (clickers)") << int(Qt::Key_Period);
}

void tst_PresentationWindow::blanks()
{
    QFETCH(int, key);
    const auto window = shown();
    QVERIFY(window);
    QTest::keyClick(window.get(), Qt::Key_Right);
    const QImage before = window->grab().toImage();
    QVERIFY(!uniformlyBlack(before));
    QVERIFY2(colourCount(before) > 10, "the step shows a timeline and text");

    QTest::keyClick(window.get(), Qt::Key(key));
    QVERIFY(window->controller()->isBlanked());
    QVERIFY(uniformlyBlack(window->grab().toImage()));

    QTest::keyClick(window.get(), Qt::Key(key));
    QVERIFY(!window->controller()->isBlanked());
    QCOMPARE(window->grab().toImage(), before);
    QCOMPARE(window->controller()->position(), 1);
}

void tst_PresentationWindow::escRestoresTheWindow()
{
    MainWindowLike main;
    main.setGeometry(120, 90, 900, 600);
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    main.list->setFocus();
    const QRect geometry = main.geometry();
    const QRect frame = main.frameGeometry();
    const Qt::WindowStates state = main.windowState();

    QPointer<PresentationWindow> window =
        PresentationWindow::present(m_catalogue, {}, nullptr, -1, main.list);
    QVERIFY(window);
    window->setTransitionDuration(0);
    QSignalSpy finished(window.data(), &PresentationWindow::finished);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(window->isFullScreen());
    QVERIFY(!main.isActiveWindow());
    QTest::keyClick(window, Qt::Key_Right);
    QTest::keyClick(window, Qt::Key_Right);

    QTest::keyClick(window, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(window.isNull()); // it deletes itself
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QCOMPARE(QApplication::activeWindow(), &main);
    QCOMPARE(main.geometry(), geometry);
    QCOMPARE(main.frameGeometry(), frame);
    QCOMPARE(main.windowState(), state);
    QCOMPARE(QApplication::focusWidget(), main.list);
}

void tst_PresentationWindow::startsAtTheSelectedEvent_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<int>("position");

    QTest::newRow("selected") << u"letter"_s << QStringList{} << 3;
    QTest::newRow("selected, filtered")
        << u"review"_s << QStringList{u"fyfv"_s, u"review"_s, u"ics"_s} << 1;
    QTest::newRow("selected but hidden: the first")
        << u"letter"_s << QStringList{u"fyfv"_s, u"review"_s} << 0;
    QTest::newRow("nothing selected") << QString() << QStringList{} << 0;
}

void tst_PresentationWindow::startsAtTheSelectedEvent()
{
    QFETCH(QString, selected);
    QFETCH(QStringList, visible);
    QFETCH(int, position);

    QBitArray mask;
    if (!visible.isEmpty()) {
        mask.resize(int(m_catalogue.events().size()));
        for (const int event : eventsIn(visible))
            mask.setBit(event);
    }
    QWidget main;
    main.show();
    QPointer<PresentationWindow> window = PresentationWindow::present(
        m_catalogue, mask, nullptr, m_catalogue.eventIndex(selected), &main);
    QVERIFY(window);
    QCOMPARE(window->controller()->position(), position);
    QVERIFY(window->controller()->currentEvent() >= 0);
    if (position > 0)
        QCOMPARE(window->controller()->currentEvent(), m_catalogue.eventIndex(selected));
    window->close();
}

void tst_PresentationWindow::storyInItsOrder()
{
    const Story story{u"s"_s, u"Briefing"_s, {u"review"_s, u"fyfv"_s, u"letter"_s}};
    QWidget main;
    main.show();
    QPointer<PresentationWindow> window = PresentationWindow::present(
        m_catalogue, {}, &story, m_catalogue.eventIndex(u"fyfv"_s), &main);
    QVERIFY(window);
    window->setTransitionDuration(0);
    QCOMPARE(window->storyTitle(), u"Briefing"_s);
    QCOMPARE(window->controller()->position(), 1); // starts at the selected event
    QTest::keyClick(window, Qt::Key_Home);

    QList<int> seen;
    for (int i = 0; i < 4; ++i) {
        seen.append(window->controller()->currentEvent());
        QTest::keyClick(window, Qt::Key_Space);
    }
    QCOMPARE(seen, eventsIn({u"review"_s, u"fyfv"_s, u"letter"_s, u"letter"_s}));
    QCOMPARE(window->controller()->progressText(), u"3 / 3"_s);
    QTest::keyClick(window, Qt::Key_Backspace);
    QCOMPARE(window->controller()->currentEvent(), m_catalogue.eventIndex(u"fyfv"_s));
    window->close();
}

void tst_PresentationWindow::storyWithUnknownEvent()
{
    const Story story{u"s"_s, u"Briefing"_s, {u"review"_s, u"withdrawn"_s, u"letter"_s}};
    QWidget main;
    main.show();
    QPointer<PresentationWindow> window =
        PresentationWindow::present(m_catalogue, {}, &story, -1, &main);
    QVERIFY(window);
    QCOMPARE(window->controller()->sequence(), eventsIn({u"review"_s, u"letter"_s}));
    QCOMPARE(window->controller()->problems().size(), 1);
    QVERIFY(window->controller()->problems().first().contains(u"withdrawn"_s));
    QCOMPARE(window->controller()->progressText(), u"1 / 2"_s);
    window->close();
}

void tst_PresentationWindow::clickSteps()
{
    const auto window = shown();
    QVERIFY(window);
    QTest::mouseClick(window.get(), Qt::LeftButton);
    QTest::mouseClick(window.get(), Qt::LeftButton);
    QCOMPARE(window->controller()->position(), 2);
    QTest::mouseClick(window.get(), Qt::RightButton);
    QCOMPARE(window->controller()->position(), 1);
}

void tst_PresentationWindow::numberThenReturn()
{
    const auto window = shown();
    QVERIFY(window);
    QTest::keyClicks(window.get(), u"5"_s);
    QCOMPARE(window->controller()->position(), 0); // nothing until Return
    QTest::keyClick(window.get(), Qt::Key_Return);
    QCOMPARE(window->controller()->position(), 4);
    QTest::keyClicks(window.get(), u"2"_s);
    QTest::keyClick(window.get(), Qt::Key_Right); // a step key forgets the number
    QTest::keyClick(window.get(), Qt::Key_Return);
    QCOMPARE(window->controller()->position(), 5);
}

void tst_PresentationWindow::framesTheCurrentEvent_data()
{
    QTest::addColumn<int>("position");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("%d", i) << i;
}

void tst_PresentationWindow::framesTheCurrentEvent()
{
    QFETCH(int, position);
    const QList<int> sequence{0, 1, 2, 3, 4, 5};
    const auto [start, end] = PresentationWindow::frame(m_catalogue, sequence, position);
    const TimelineEvent &event = m_catalogue.events().at(position);
    const qint64 first = TimeScale::dayStart(event.date.first());
    const qint64 last = TimeScale::dayEnd(event.date.last());
    // The event is in view, in the middle, with room either side.
    QVERIFY(start < first);
    QVERIFY(end > last);
    QVERIFY(qAbs((start + end) / 2 - (first + last) / 2) <= TimeScale::kDay);
    QVERIFY(end - start >= 3 * (last - first) / 2);
    // One zoom for the whole show: every step of events shorter than it has the same span.
    for (int other = 0; other < 6; ++other) {
        const auto [s0, e0] = PresentationWindow::frame(m_catalogue, sequence, other);
        const TimelineEvent &e = m_catalogue.events().at(other);
        const qint64 length =
            TimeScale::dayEnd(e.date.last()) - TimeScale::dayStart(e.date.first());
        if (qint64(length * 1.6) < end - start && qint64((last - first) * 1.6) < end - start)
            QCOMPARE(e0 - s0, end - start);
    }
}

void tst_PresentationWindow::slidesHaveLargeLabels()
{
    // At 1920x1080 the current event's label is at least kLabelPixels high.
    const auto window = shown();
    QVERIFY(window);
    window->resize(1920, 1080);
    QTRY_COMPARE(window->size(), QSize(1920, 1080));
    for (int step = 0; step < 3; ++step) {
        const QRectF bounds = window->currentEventRect();
        QVERIFY(!bounds.isNull());
        QVERIFY2(bounds.height() >= PresentationWindow::kLabelPixels * 1.5,
                 qPrintable(QString::number(bounds.height())));
        QTest::keyClick(window.get(), Qt::Key_Right);
    }
}

void tst_PresentationWindow::animatesToTheEvent()
{
    const auto window = shown();
    QVERIFY(window);
    window->setTransitionDuration(400);
    QSignalSpy reached(window.get(), &PresentationWindow::transitionFinished);
    const auto before = window->visibleRange();

    QTest::keyClick(window.get(), Qt::Key_End);
    QVERIFY(window->isAnimating());
    QCOMPARE(window->visibleRange(), before); // the move has only begun
    QVERIFY(reached.wait());
    QVERIFY(!window->isAnimating());
    QCOMPARE(window->visibleRange(), window->targetRange());
    QCOMPARE(window->targetRange(),
             PresentationWindow::frame(m_catalogue, window->controller()->sequence(), 5));

    // A step during a move goes on from where the view is.
    QTest::keyClick(window.get(), Qt::Key_Home);
    QTest::keyClick(window.get(), Qt::Key_Right);
    QVERIFY(reached.wait());
    QCOMPARE(window->visibleRange(),
             PresentationWindow::frame(m_catalogue, window->controller()->sequence(), 1));
}

void tst_PresentationWindow::currentEventAlwaysLabelled()
{
    // Sixteen events in one month of one lane: more than its rows can label at once.
    Lane lane;
    lane.id = u"local"_s;
    QList<TimelineEvent> events;
    for (int i = 0; i < 16; ++i) {
        TimelineEvent event;
        event.id = u"e%1"_s.arg(i);
        event.title = u"A rather long title for crowded event number %1"_s.arg(i);
        event.date =
            EventDate::parse(i % 2 ? u"September 2017"_s : u"%1 September 2017"_s.arg(i + 1));
        event.laneId = lane.id;
        events.append(event);
    }
    Catalogue crowded;
    crowded.setLanes({lane});
    crowded.setEvents(events);

    PresentationWindow window(crowded);
    window.setTransitionDuration(0);
    window.resize(1024, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int step = 0; step < 16; ++step) {
        const QRectF drawn = window.currentEventRect();
        QVERIFY2(!drawn.isNull(), qPrintable(u"step %1"_s.arg(step + 1)));
        QVERIFY(QRectF(window.rect()).contains(drawn));
        QTest::keyClick(&window, Qt::Key_Right);
    }
}

void tst_PresentationWindow::emptySequence()
{
    QBitArray none(int(m_catalogue.events().size()));
    const auto window = shown(none);
    QVERIFY(window);
    QVERIFY(window->controller()->isEmpty());
    QTest::keyClick(window.get(), Qt::Key_Right);
    QCOMPARE(window->controller()->position(), -1);
    QVERIFY(!window->grab().isNull());
    QSignalSpy finished(window.get(), &PresentationWindow::finished);
    QTest::keyClick(window.get(), Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!window->isVisible());
}

void tst_PresentationWindow::accessible()
{
    const auto window = shown();
    QVERIFY(window);
    QCOMPARE(window->accessibleName(), u"Presentation"_s);
    QTest::keyClick(window.get(), Qt::Key_End);
    const QString description = window->accessibleDescription();
    QVERIFY2(description.contains(u"Event ics"_s), qPrintable(description));
    QVERIFY(description.contains(u"2018/19 (planned)"_s));
    QVERIFY(description.contains(u"The words of ics"_s));
    QVERIFY(description.contains(u"Leicestershire County Council"_s));
}

QTEST_MAIN(tst_PresentationWindow)
#include "tst_presentationwindow.moc"

#include "catalogue.h"
#include "catalogueloader.h"
#include "eventfilter.h"
#include "timelineviewstate.h"
#include "timelinewidget.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, QDate first, QDate last,
                        const QString &lane)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::fromDays(first, last);
    event.laneId = lane;
    return event;
}

// Five events in two lanes across 2017, and one in 2019 far to the right.
Catalogue smallCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_s, u"Councils"_s, {}}, {u"b"_s, u"NHS bodies"_s, {}}});
    catalogue.setEvents({
        makeEvent(u"e0"_s, u"January meeting"_s, QDate(2017, 1, 10), {}, u"a"_s),
        makeEvent(u"e1"_s, u"March report"_s, QDate(2017, 3, 5), {}, u"b"_s),
        makeEvent(u"e2"_s, u"May <b>decision</b>"_s, QDate(2017, 5, 20), {}, u"a"_s),
        makeEvent(u"e3"_s, u"Summer consultation"_s, QDate(2017, 8, 1), QDate(2017, 9, 30), u"b"_s),
        makeEvent(u"e4"_s, u"November vote"_s, QDate(2017, 11, 15), {}, u"a"_s),
        makeEvent(u"e5"_s, u"Merger completed"_s, QDate(2019, 6, 3), {}, u"b"_s),
    });
    return catalogue;
}

// Ten lanes of three events each across 2017: more lanes than a short widget has room for.
Catalogue manyLanes()
{
    Catalogue catalogue;
    QList<Lane> lanes;
    QList<TimelineEvent> events;
    for (int lane = 0; lane < 10; ++lane) {
        lanes.append({u"l%1"_s.arg(lane), u"Lane %1"_s.arg(lane), {}});
        for (int i = 0; i < 3; ++i) {
            events.append(makeEvent(u"e%1-%2"_s.arg(lane).arg(i),
                                    u"Lane %1 event %2"_s.arg(lane).arg(i),
                                    QDate(2017, 2 + 4 * i, 1 + lane), {}, u"l%1"_s.arg(lane)));
        }
    }
    catalogue.setLanes(lanes);
    catalogue.setEvents(events);
    return catalogue;
}

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

QPalette desktopPalette(QColor window, QColor base, QColor text, QColor highlight)
{
    QPalette palette(text, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, highlight);
    return palette;
}

// Eight lanes (every lane colour), each with more events on one day than it has rows: a "+n"
// badge in each.
Catalogue badgeInEveryLane()
{
    Catalogue catalogue;
    QList<Lane> lanes;
    QList<TimelineEvent> events;
    for (int lane = 0; lane < 8; ++lane) {
        lanes.append({u"l%1"_s.arg(lane), u"Lane %1"_s.arg(lane), {}});
        for (int i = 0; i < 16; ++i) {
            events.append(makeEvent(u"e%1-%2"_s.arg(lane).arg(i), u"Letter %1"_s.arg(i),
                                    QDate(2017, 9, 12), {}, u"l%1"_s.arg(lane)));
        }
    }
    events.append(makeEvent(u"later"_s, u"Later"_s, QDate(2018, 3, 1), {}, u"l0"_s));
    catalogue.setLanes(lanes);
    catalogue.setEvents(events);
    return catalogue;
}

// The last event (in the catalogue's order) of the last lane.
int lastOfLastLane(const Catalogue &catalogue)
{
    const QString lane = catalogue.lanes().last().id;
    for (int i = int(catalogue.events().size()) - 1; i >= 0; --i) {
        if (catalogue.events().at(i).laneId == lane)
            return i;
    }
    return -1;
}

// Whether the event is drawn where it can be seen and clicked: not scrolled out of view.
bool inView(TimelineWidget &widget, int event)
{
    const QRectF rect = widget.eventRect(event);
    return !rect.isNull() && widget.eventAt(rect.center()) == event;
}

QBitArray maskFrom(const QList<int> &hidden, int count)
{
    if (hidden.isEmpty())
        return {};
    QBitArray mask(count, true);
    for (const int i : hidden)
        mask.clearBit(i);
    return mask;
}

void sendMouse(QWidget *widget, QEvent::Type type, QPointF pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget *widget, QPointF from, QPointF to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    const int steps = 5;
    for (int i = 1; i <= steps; ++i) {
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton,
                  Qt::LeftButton);
    }
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

void wheel(QWidget *widget, QPointF pos, QPoint angle, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), angle, Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// Where a point in the lanes has nothing under it.
QPointF emptySpot(TimelineWidget &widget)
{
    const QRectF area = widget.currentLayout().eventArea;
    for (double y = area.bottom() - 2; y > area.top(); y -= 7) {
        for (double x = area.left() + 3; x < area.right(); x += 11) {
            const QPointF p(x, y);
            if (widget.eventAt(p) < 0 && !widget.currentLayout().markAt(p))
                return p;
        }
    }
    return {};
}

} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void accessibleAndFocusable();
    void fitsTheCatalogueWhenSet();
    void wheelZoomsAroundTheCursor_data();
    void wheelZoomsAroundTheCursor();
    void shiftWheelPans();
    void pinchZoomsAroundTheGesture();
    void dragPans_data();
    void dragPans();
    void clickSelectsAnEvent_data();
    void clickSelectsAnEvent();
    void clickOnEmptySpaceClears();
    void leftRightWalkVisibleEventsInDateOrder_data();
    void leftRightWalkVisibleEventsInDateOrder();
    void walkingBringsTheEventIntoView();
    void selectionFromElsewhereIsRevealed();
    void plusAndMinusZoomAroundTheCentre_data();
    void plusAndMinusZoomAroundTheCentre();
    void shiftArrowsPan();
    void axisDragZoomsToTheRange();
    void homeFitsEveryVisibleEvent_data();
    void homeFitsEveryVisibleEvent();
    void zoomToSelection();
    void maskedEventIsNeitherDrawnNorClickable();
    void clickOnMergedEventsZoomsIntoThem();
    void clickOnAGroupOpensIt_data();
    void clickOnAGroupOpensIt();
    void clickOnALaneNameExpandsIt();
    void selectionWithoutARowIsNamedInPlace();
    void storysSeptember2017IsReadableAtTheYearZoom();
    void searchBringsEveryMatchIntoView();
    void enterAndDoubleClickActivate();
    void escapeClearsTheSelection();
    void toolTipNamesDateTitleAndLane();
    void animationReachesItsTarget();
    void outsideRangeChangeStopsTheAnimation();
    void themeFollowsThePalette();
    void lanesBelowTheFoldScrollIntoView_data();
    void lanesBelowTheFoldScrollIntoView();
    void selectingBelowTheFoldScrollsToIt_data();
    void selectingBelowTheFoldScrollsToIt();
    void wheelOverTheLanesStaysOnTime();
    void triangleCollapsesALaneToOneRow();
    void desktopPaletteKeepsTextAndSelectionReadable_data();
    void desktopPaletteKeepsTextAndSelectionReadable();

private:
    TimelineWidget *m_widget = nullptr;
    Catalogue m_catalogue;
};

void TestTimelineWidget::init()
{
    m_catalogue = smallCatalogue();
    m_widget = new TimelineWidget;
    m_widget->setAnimated(false);
    m_widget->setFixedSize(900, 360);
    m_widget->setCatalogue(&m_catalogue);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget));
}

void TestTimelineWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
}

void TestTimelineWidget::accessibleAndFocusable()
{
    QCOMPARE(m_widget->accessibleName(), u"Timeline"_s);
    QCOMPARE(m_widget->focusPolicy(), Qt::StrongFocus);
    QVERIFY(m_widget->testAttribute(Qt::WA_OpaquePaintEvent));
    QVERIFY(!m_widget->accessibleDescription().isEmpty());
}

void TestTimelineWidget::fitsTheCatalogueWhenSet()
{
    const TimelineZoom *zoom = m_widget->zoom();
    QVERIFY(zoom->rangeStart() < TimeScale::dayStart(QDate(2017, 1, 10)));
    QVERIFY(zoom->rangeEnd() > TimeScale::dayEnd(QDate(2019, 6, 3)));
}

void TestTimelineWidget::wheelZoomsAroundTheCursor_data()
{
    QTest::addColumn<double>("fraction"); // across the event area
    QTest::addColumn<int>("delta");
    QTest::newRow("in, left") << 0.2 << 120;
    QTest::newRow("in, middle") << 0.5 << 240;
    QTest::newRow("out, right") << 0.85 << -120;
    QTest::newRow("out, left") << 0.1 << -360;
}

void TestTimelineWidget::wheelZoomsAroundTheCursor()
{
    QFETCH(double, fraction);
    QFETCH(int, delta);
    const QRectF area = m_widget->currentLayout().eventArea;
    const QPointF pos(area.left() + fraction * area.width(), area.center().y());
    const qint64 before = m_widget->timeAt(pos.x());
    const qint64 span = m_widget->zoom()->rangeSpan();

    wheel(m_widget, pos, QPoint(0, delta));

    const qint64 newSpan = m_widget->zoom()->rangeSpan();
    if (delta > 0)
        QVERIFY2(newSpan < span, "rolling forwards zooms in");
    else
        QVERIFY2(newSpan > span, "rolling backwards zooms out");
    const double expected = std::pow(TimelineWidget::kWheelZoomFactor, delta / 120.0);
    QVERIFY(std::abs(double(newSpan) / double(span) - expected) < 1e-6);
    // The time that was under the cursor is still there.
    QVERIFY(std::abs(m_widget->xOf(before) - pos.x()) <= 1.0);
}

void TestTimelineWidget::shiftWheelPans()
{
    const QRectF area = m_widget->currentLayout().eventArea;
    const qint64 start = m_widget->zoom()->rangeStart();
    const qint64 span = m_widget->zoom()->rangeSpan();
    wheel(m_widget, area.center(), QPoint(0, -120), Qt::ShiftModifier);
    QCOMPARE(m_widget->zoom()->rangeSpan(), span);
    QVERIFY(m_widget->zoom()->rangeStart() > start); // towards later times
    wheel(m_widget, area.center(), QPoint(240, 0));
    QVERIFY(m_widget->zoom()->rangeStart() < start);
}

void TestTimelineWidget::pinchZoomsAroundTheGesture()
{
    const QRectF area = m_widget->currentLayout().eventArea;
    const QPointF pos(area.left() + area.width() * 0.3, area.center().y());
    const qint64 before = m_widget->timeAt(pos.x());
    const qint64 span = m_widget->zoom()->rangeSpan();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              pos, pos, m_widget->mapToGlobal(pos), 0.25, QPointF());
    QApplication::sendEvent(m_widget, &pinch);
    QVERIFY(std::abs(double(m_widget->zoom()->rangeSpan()) - double(span) / 1.25) <= 2);
    QVERIFY(std::abs(m_widget->xOf(before) - pos.x()) <= 1.0);
}

void TestTimelineWidget::dragPans_data()
{
    QTest::addColumn<double>("dx");
    QTest::newRow("to the left: later") << -150.0;
    QTest::newRow("to the right: earlier") << 220.0;
}

void TestTimelineWidget::dragPans()
{
    QFETCH(double, dx);
    const QRectF area = m_widget->currentLayout().eventArea;
    const QPointF from(area.center().x() - dx / 2, area.center().y());
    const qint64 timeUnderGrip = m_widget->timeAt(from.x());
    const qint64 span = m_widget->zoom()->rangeSpan();
    QSignalSpy selection(m_widget->zoom(), &TimelineZoom::selectionChanged);

    drag(m_widget, from, from + QPointF(dx, 0));

    QCOMPARE(m_widget->zoom()->rangeSpan(), span);
    // The time that was grabbed moved with the mouse.
    QVERIFY(std::abs(m_widget->xOf(timeUnderGrip) - (from.x() + dx)) <= 1.0);
    QCOMPARE(selection.count(), 0); // a drag is not a click
}

void TestTimelineWidget::clickSelectsAnEvent_data()
{
    QTest::addColumn<int>("event");
    for (int i = 0; i < 6; ++i)
        QTest::addRow("event %d", i) << i;
}

void TestTimelineWidget::clickSelectsAnEvent()
{
    QFETCH(int, event);
    const TimelineLayout::Item *item = m_widget->currentLayout().item(event);
    QVERIFY(item);
    const QPointF pos = item->shapeRect.center();
    QCOMPARE(m_widget->eventAt(pos), event);
    QSignalSpy selection(m_widget->zoom(), &TimelineZoom::selectionChanged);
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(m_widget->zoom()->selectedEvent(), event);
    QCOMPARE(selection.count(), 1);
}

void TestTimelineWidget::clickOnEmptySpaceClears()
{
    m_widget->zoom()->setSelectedEvent(2);
    const QPointF spot = emptySpot(*m_widget);
    QVERIFY(!spot.isNull());
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, spot.toPoint());
    QCOMPARE(m_widget->zoom()->selectedEvent(), -1);
}

void TestTimelineWidget::leftRightWalkVisibleEventsInDateOrder_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("all shown") << QList<int>{} << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("every other hidden") << QList<int>{1, 3} << QList<int>{0, 2, 4, 5};
    QTest::newRow("ends hidden") << QList<int>{0, 5} << QList<int>{1, 2, 3, 4};
    QTest::newRow("one left") << QList<int>{0, 1, 2, 4, 5} << QList<int>{3};
}

void TestTimelineWidget::leftRightWalkVisibleEventsInDateOrder()
{
    QFETCH(QList<int>, hidden);
    QFETCH(QList<int>, order);
    m_widget->setVisibleEvents(maskFrom(hidden, int(m_catalogue.events().size())));
    m_widget->fitAll();
    m_widget->setFocus();

    QList<int> forwards;
    for (int i = 0; i < order.size() + 1; ++i) { // one more: stays on the last
        QTest::keyClick(m_widget, Qt::Key_Right);
        forwards.append(m_widget->zoom()->selectedEvent());
    }
    QCOMPARE(forwards.mid(0, order.size()), order);
    QCOMPARE(forwards.last(), order.last());

    QList<int> backwards;
    for (int i = 0; i < order.size(); ++i) {
        QTest::keyClick(m_widget, Qt::Key_Left);
        backwards.append(m_widget->zoom()->selectedEvent());
    }
    QList<int> reversed(order.crbegin(), order.crend());
    reversed.removeFirst();    // the walk starts from the last
    reversed.append(order[0]); // and stays on the first
    QCOMPARE(backwards, reversed);
}

void TestTimelineWidget::walkingBringsTheEventIntoView()
{
    TimelineZoom *zoom = m_widget->zoom();
    // Two months around the first event.
    zoom->setRange(TimeScale::dayStart(QDate(2016, 12, 20)),
                   TimeScale::dayStart(QDate(2017, 2, 20)));
    zoom->setSelectedEvent(0);
    const qint64 span = zoom->rangeSpan();
    QTest::keyClick(m_widget, Qt::Key_Right); // March, out of view
    QCOMPARE(zoom->selectedEvent(), 1);
    QCOMPARE(zoom->rangeSpan(), span);
    QVERIFY(zoom->rangeStart() < TimeScale::dayStart(QDate(2017, 3, 5)));
    QVERIFY(zoom->rangeEnd() > TimeScale::dayEnd(QDate(2017, 3, 5)));
    QVERIFY(!m_widget->eventRect(1).isNull());
}

void TestTimelineWidget::selectionFromElsewhereIsRevealed()
{
    TimelineZoom *zoom = m_widget->zoom();
    zoom->setRange(TimeScale::dayStart(QDate(2017, 1, 1)), TimeScale::dayStart(QDate(2017, 3, 1)));
    zoom->setSelectedEvent(5); // as the event list would
    QVERIFY(zoom->rangeStart() < TimeScale::dayStart(QDate(2019, 6, 3)));
    QVERIFY(zoom->rangeEnd() > TimeScale::dayEnd(QDate(2019, 6, 3)));
}

void TestTimelineWidget::plusAndMinusZoomAroundTheCentre_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("factor");
    QTest::newRow("+") << int(Qt::Key_Plus) << TimelineWidget::kKeyZoomFactor;
    QTest::newRow("=") << int(Qt::Key_Equal) << TimelineWidget::kKeyZoomFactor;
    QTest::newRow("-") << int(Qt::Key_Minus) << 1 / TimelineWidget::kKeyZoomFactor;
}

void TestTimelineWidget::plusAndMinusZoomAroundTheCentre()
{
    QFETCH(int, key);
    QFETCH(double, factor);
    const TimelineZoom *zoom = m_widget->zoom();
    const qint64 span = zoom->rangeSpan();
    const qint64 centre = zoom->rangeStart() + span / 2;
    QTest::keyClick(m_widget, Qt::Key(key));
    QVERIFY(std::abs(double(zoom->rangeSpan()) - span * factor) <= 2);
    QVERIFY(std::abs(zoom->rangeStart() + zoom->rangeSpan() / 2 - centre) <= 2);
}

void TestTimelineWidget::shiftArrowsPan()
{
    const TimelineZoom *zoom = m_widget->zoom();
    const qint64 start = zoom->rangeStart();
    const qint64 span = zoom->rangeSpan();
    QTest::keyClick(m_widget, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(zoom->rangeSpan(), span);
    QCOMPARE(zoom->rangeStart(), start + std::llround(span * TimelineWidget::kPanStep));
    QCOMPARE(zoom->selectedEvent(), -1);
    QTest::keyClick(m_widget, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(zoom->rangeStart(), start);
}

void TestTimelineWidget::axisDragZoomsToTheRange()
{
    const QRectF axis = m_widget->axisRect();
    const QPointF from(axis.left() + axis.width() * 0.3, axis.center().y());
    const QPointF to(axis.left() + axis.width() * 0.55, axis.center().y());
    const qint64 start = m_widget->timeAt(from.x());
    const qint64 end = m_widget->timeAt(to.x());
    drag(m_widget, to, from); // right to left works as well
    const qint64 onePixel = (end - start) / 100;
    QVERIFY(std::abs(m_widget->zoom()->rangeStart() - start) <= onePixel);
    QVERIFY(std::abs(m_widget->zoom()->rangeEnd() - end) <= onePixel);
}

void TestTimelineWidget::homeFitsEveryVisibleEvent_data()
{
    QTest::addColumn<QList<int>>("hidden");
    QTest::newRow("all") << QList<int>{};
    QTest::newRow("without 2019") << QList<int>{5};
    QTest::newRow("without January") << QList<int>{0};
}

void TestTimelineWidget::homeFitsEveryVisibleEvent()
{
    QFETCH(QList<int>, hidden);
    m_widget->setVisibleEvents(maskFrom(hidden, int(m_catalogue.events().size())));
    TimelineZoom *zoom = m_widget->zoom();
    zoom->setRange(TimeScale::dayStart(QDate(2017, 4, 1)), TimeScale::dayStart(QDate(2017, 4, 8)));
    QTest::keyClick(m_widget, Qt::Key_Home);
    for (int i = 0; i < m_catalogue.events().size(); ++i) {
        const TimelineEvent &event = m_catalogue.events().at(i);
        const qint64 start = TimeScale::dayStart(event.date.first());
        const qint64 end = TimeScale::dayEnd(event.date.last());
        if (hidden.contains(i)) {
            // The view fits what is shown, not what is filtered out.
            QVERIFY(end <= zoom->rangeStart() || start >= zoom->rangeEnd());
        } else {
            QVERIFY(zoom->rangeStart() <= start);
            QVERIFY(zoom->rangeEnd() >= end);
            QVERIFY(!m_widget->eventRect(i).isNull());
        }
    }
}

void TestTimelineWidget::zoomToSelection()
{
    TimelineZoom *zoom = m_widget->zoom();
    const qint64 span = zoom->rangeSpan();
    QTest::keyClick(m_widget, Qt::Key_Z); // nothing selected: nothing happens
    QCOMPARE(zoom->rangeSpan(), span);

    zoom->setSelectedEvent(3); // two months of summer
    QTest::keyClick(m_widget, Qt::Key_Z);
    const qint64 start = TimeScale::dayStart(QDate(2017, 8, 1));
    const qint64 end = TimeScale::dayEnd(QDate(2017, 9, 30));
    QVERIFY(zoom->rangeStart() < start && zoom->rangeEnd() > end);
    QVERIFY(zoom->rangeSpan() < 2 * (end - start));

    zoom->setSelectedEvent(1); // one day: keeps some context
    m_widget->zoomToSelection();
    QCOMPARE(zoom->rangeSpan(), TimelineViewState::kMinimumSelectionSpan);
}

void TestTimelineWidget::maskedEventIsNeitherDrawnNorClickable()
{
    const int event = 2; // May, lane "Councils"
    const QRectF marker = m_widget->currentLayout().item(event)->shapeRect;
    const QColor colour = m_widget->theme().laneColour(m_widget->currentLayout().lanes.at(0).lane);
    auto colouredPixels = [&] {
        const QImage image = m_widget->grab().toImage();
        int count = 0;
        for (int y = int(marker.top()); y <= int(marker.bottom()); ++y) {
            for (int x = int(marker.left()); x <= int(marker.right()); ++x)
                count += image.pixelColor(x, y).rgb() == colour.rgb();
        }
        return count;
    };
    QVERIFY2(colouredPixels() > 0, "the marker is drawn in its lane's colour");

    m_widget->setVisibleEvents(maskFrom({event}, int(m_catalogue.events().size())));
    QCOMPARE(colouredPixels(), 0);
    QVERIFY(m_widget->eventRect(event).isNull());
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, marker.center().toPoint());
    QVERIFY(m_widget->zoom()->selectedEvent() != event);
}

void TestTimelineWidget::clickOnMergedEventsZoomsIntoThem()
{
    // A thousand events in one year: far more than one lane can label.
    Catalogue crowded;
    crowded.setLanes({{u"a"_s, u"Busy"_s, {}}});
    QList<TimelineEvent> events;
    for (int i = 0; i < 1000; ++i) {
        const QDate day = QDate(2017, 1, 1).addDays(i % 365);
        events.append(makeEvent(u"c%1"_s.arg(i), u"Crowded event %1"_s.arg(i), day, {}, u"a"_s));
    }
    crowded.setEvents(events);
    m_widget->setCatalogue(&crowded);

    const TimelineLayout &layout = m_widget->currentLayout();
    QVERIFY(!layout.marks.empty());
    const QRectF column = layout.marks.at(layout.marks.size() / 2).rect;
    // QTest clicks whole pixels: take the mark under the pixel clicked.
    const QPoint pos(int(std::floor(column.center().x())), int(std::floor(column.bottom() - 1)));
    QVERIFY(layout.markAt(pos));
    const TimelineLayout::Mark mark = *layout.markAt(pos);

    QHelpEvent help(QEvent::ToolTip, pos, m_widget->mapToGlobal(pos));
    QApplication::sendEvent(m_widget, &help);
    QVERIFY2(QToolTip::text().contains(u"events, "_s) || QToolTip::text().contains(u"1 event, "_s),
             qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(u"Busy"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // The tooltip gives the column's dates.
    QVERIFY2(QToolTip::text().contains(u"2017"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    const qint64 span = m_widget->zoom()->rangeSpan();
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, pos);
    const TimelineZoom *zoom = m_widget->zoom();
    QVERIFY(zoom->rangeSpan() < span / 10);
    QVERIFY(zoom->rangeStart() <= mark.start && zoom->rangeEnd() >= mark.end);
    // Into the column's own time, in 2017: not to the epoch.
    QVERIFY(zoom->rangeStart() > TimeScale::dayStart(QDate(2016, 12, 1)));
    QVERIFY(zoom->rangeEnd() < TimeScale::dayStart(QDate(2018, 2, 1)));
    QCOMPARE(zoom->selectedEvent(), -1);
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::clickOnAGroupOpensIt_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("sameDay");
    QTest::newRow("a September of council events") << 30 << false;
    // More than even an expanded lane has rows (TimelineRenderer::kExpandedRows).
    QTest::newRow("fifty on one day") << 50 << true;
}

void TestTimelineWidget::clickOnAGroupOpensIt()
{
    // Events left without a row are counted in a "+n" badge with their dates; clicking it
    // opens them (the lane takes the rows it needs, then the view zooms to them), until every
    // one is named, and the view stays on their dates.
    QFETCH(int, count);
    QFETCH(bool, sameDay);
    Catalogue busy;
    busy.setLanes({{u"a"_s, u"LLR councils"_s, {}}, {u"b"_s, u"NHS bodies"_s, {}}});
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        const QDate day = sameDay ? QDate(2017, 9, 12) : QDate(2017, 9, 1 + i % 30);
        events.append(
            makeEvent(u"c%1"_s.arg(i), u"Council letter number %1"_s.arg(i), day, {}, u"a"_s));
        events.append(makeEvent(u"n%1"_s.arg(i), u"NHS board %1"_s.arg(i), day, {}, u"b"_s));
    }
    busy.setEvents(events);
    m_widget->setCatalogue(&busy);
    m_widget->zoom()->setRange(TimeScale::dayStart(QDate(2017, 1, 1)),
                               TimeScale::dayStart(QDate(2018, 1, 1)));

    QMenu *menu = nullptr;
    for (int click = 0; click < 6 && !menu; ++click) {
        const auto findGroup = [this] {
            const TimelineLayout &layout = m_widget->currentLayout();
            return std::find_if(layout.marks.cbegin(), layout.marks.cend(),
                                [](const TimelineLayout::Mark &m) { return m.lane == 0; });
        };
        auto group = findGroup();
        if (group == m_widget->currentLayout().marks.cend())
            break;
        // An expanded lane may be taller than the widget: scroll its badges into view.
        const QRectF area = m_widget->eventArea();
        if (!area.contains(group->rect.center())) {
            m_widget->setVerticalScroll(m_widget->verticalScroll() +
                                        int(group->rect.center().y() - area.center().y()));
            group = findGroup();
            QVERIFY(area.contains(group->rect.center()));
        }
        const int grouped = group->count;
        const qint64 groupStart = group->start;
        const qint64 groupEnd = group->end;
        QVERIFY(group->group);
        QVERIFY(group->start >= TimeScale::dayStart(QDate(2017, 9, 1)));
        QVERIFY(group->end <= TimeScale::dayStart(QDate(2017, 10, 1)));
        const QPoint pos = group->rect.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, m_widget->mapToGlobal(pos));
        QApplication::sendEvent(m_widget, &help);
        QVERIFY2(QToolTip::text().contains(u"%1 events"_s.arg(group->count)) ||
                     QToolTip::text().contains(u"1 event"_s),
                 qPrintable(QToolTip::text()));
        // The dates as the catalogue writes them: "23 September 2017", or a range in short
        // months, "5 Sept 2017 – 22 Sept 2017".
        QVERIFY2(QToolTip::text().contains(QRegularExpression(u"\\d Sept(ember)? 2017"_s)),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTest::mouseClick(m_widget, Qt::LeftButton, {}, pos);
        QCOMPARE(m_widget->expandedLane(), 0);
        // More on one day than the lane has rows: zooming cannot part them, a menu lists them.
        menu = m_widget->findChild<QMenu *>(u"groupMenu"_s);
        if (menu) {
            QTRY_VERIFY(menu->isVisible());
            QCOMPARE(menu->actions().size(), grouped);
            const int chosen = menu->actions().first()->data().toInt();
            menu->actions().first()->trigger();
            QCOMPARE(m_widget->zoom()->selectedEvent(), chosen);
            menu->close();
        }
        const TimelineZoom *zoom = m_widget->zoom();
        QVERIFY(zoom->rangeStart() >= TimeScale::dayStart(QDate(2017, 1, 1)));
        QVERIFY(zoom->rangeEnd() <= TimeScale::dayStart(QDate(2018, 1, 1)));
        // The view shows the dates of the group clicked.
        QVERIFY(zoom->rangeStart() < groupEnd);
        QVERIFY(zoom->rangeEnd() > groupStart);
    }
    QCOMPARE(bool(menu), sameDay);
    if (!sameDay) {
        const TimelineLayout &layout = m_widget->currentLayout();
        QCOMPARE(layout.lanes.first().unlabelled, 0);
        // Every council event in view is named.
        const TimelineZoom *zoom = m_widget->zoom();
        for (int i = 0; i < busy.events().size(); ++i) {
            const TimelineEvent &event = busy.events().at(i);
            const qint64 start = TimeScale::dayStart(event.date.first());
            if (event.laneId == u"a"_s && start >= zoom->rangeStart() && start < zoom->rangeEnd())
                QVERIFY2(layout.item(i), qPrintable(event.title));
        }
    }
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::clickOnALaneNameExpandsIt()
{
    const TimelineLayout &layout = m_widget->currentLayout();
    const QPointF name(layout.headerRect.left() + 4, layout.lanes.at(1).band.center().y());
    QCOMPARE(m_widget->expandedLane(), -1);
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, name.toPoint());
    QCOMPARE(m_widget->expandedLane(), layout.lanes.at(1).lane);
    QVERIFY(m_widget->currentLayout().lanes.at(1).expanded);
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, name.toPoint());
    QCOMPARE(m_widget->expandedLane(), -1);
}

void TestTimelineWidget::selectionWithoutARowIsNamedInPlace()
{
    // Selected from the list while it has no row, an event takes one: its label is drawn in
    // its lane, over no other label.
    Catalogue busy;
    busy.setLanes({{u"a"_s, u"Busy"_s, {}}});
    QList<TimelineEvent> events;
    for (int i = 0; i < 40; ++i)
        events.append(
            makeEvent(u"d%1"_s.arg(i), u"Same day %1"_s.arg(i), QDate(2017, 8, 3), {}, u"a"_s));
    busy.setEvents(events);
    m_widget->setCatalogue(&busy);
    int without = -1;
    for (int i = 39; i >= 0 && without < 0; --i)
        without = m_widget->currentLayout().item(i) ? -1 : i;
    QVERIFY(without >= 0);
    m_widget->zoom()->setSelectedEvent(without);
    const TimelineLayout &layout = m_widget->currentLayout();
    const TimelineLayout::Item *item = layout.item(without);
    QVERIFY(item);
    for (const TimelineLayout::Item &other : layout.items) {
        if (other.event != without)
            QVERIFY(!other.labelRect.intersects(item->labelRect));
    }
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::storysSeptember2017IsReadableAtTheYearZoom()
{
    // The built-in story at the 2017 zoom, the timeline's share of a 1920x1080 window: every
    // event in view is named or counted in a group, and a click on each group of September
    // 2017 names every event of that month, in every lane, without leaving the year.
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    const Catalogue story = loaded.catalogue;
    m_widget->setFixedSize(1500, 680);
    m_widget->setCatalogue(&story);
    const qint64 from = TimeScale::dayStart(QDate(2017, 1, 1));
    const qint64 to = TimeScale::dayStart(QDate(2018, 1, 1));
    m_widget->zoom()->setRange(from, to);
    const TimelineLayout &layout = m_widget->currentLayout();
    for (const TimelineLayout::Lane &lane : layout.lanes) {
        int counted = 0;
        for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i)
            counted += layout.marks[i].count;
        QCOMPARE(lane.itemCount + counted, lane.eventsInView);
    }
    // September 2017: what happened in that month or is known only to have happened by it.
    const auto inSeptember = [](const TimelineEvent &event) {
        const auto within = [](QDate day) {
            return day >= QDate(2017, 9, 1) && day <= QDate(2017, 9, 30);
        };
        return within(event.date.first()) || within(event.date.last());
    };
    QList<int> september;
    for (int i = 0; i < story.events().size(); ++i) {
        if (inSeptember(story.events().at(i)))
            september.append(i);
    }
    QVERIFY(september.size() >= 10);
    for (int i : std::as_const(september)) {
        const TimelineEvent &event = story.events().at(i);
        const int lane = story.laneIndex(event.laneId);
        if (m_widget->currentLayout().item(i))
            continue;
        // Left without a row: its group opens it, in place.
        const TimelineLayout &now = m_widget->currentLayout();
        const auto group = std::find_if(now.marks.cbegin(), now.marks.cend(), [&](const auto &m) {
            return m.lane == lane && m.start < TimeScale::dayStart(QDate(2017, 10, 1)) &&
                   m.end > TimeScale::dayStart(QDate(2017, 9, 1));
        });
        QVERIFY2(group != now.marks.cend(), qPrintable(event.title));
        QTest::mouseClick(m_widget, Qt::LeftButton, {}, group->rect.center().toPoint());
        QCOMPARE(m_widget->zoom()->rangeStart(), from);
        QCOMPARE(m_widget->zoom()->rangeEnd(), to);
        // Every September event of the opened lane is named now.
        for (int k : std::as_const(september)) {
            const TimelineEvent &other = story.events().at(k);
            if (story.laneIndex(other.laneId) != lane)
                continue;
            const TimelineLayout::Item *item = m_widget->currentLayout().item(k);
            QVERIFY2(item, qPrintable(other.title));
            // Readable: whole, or cut only past the longest label the renderer draws.
            QVERIFY2(item->text == other.title || item->text.size() >= 30, qPrintable(item->text));
        }
    }
    m_widget->setFixedSize(900, 360);
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::searchBringsEveryMatchIntoView()
{
    // Zoomed to January 2017, a search matching January 2017 to June 2019 shows every match.
    TimelineZoom *zoom = m_widget->zoom();
    TimelineViewState *state = m_widget->viewState();
    zoom->setRange(TimeScale::dayStart(QDate(2017, 1, 1)), TimeScale::dayStart(QDate(2017, 2, 1)));
    EventFilter search;
    search.text = u"me"_s; // January meeting, Summer consultation, Merger completed
    state->setFilter(search);
    QCOMPARE(state->highlightedMask().count(true), 3);
    QVERIFY(zoom->rangeStart() <= TimeScale::dayStart(QDate(2017, 1, 10)));
    QVERIFY(zoom->rangeEnd() >= TimeScale::dayEnd(QDate(2019, 6, 3)));
    // The same search again (a repaint, an edit elsewhere) leaves the view alone.
    zoom->setRange(TimeScale::dayStart(QDate(2017, 1, 1)), TimeScale::dayStart(QDate(2017, 2, 1)));
    state->setFilter(search);
    QCOMPARE(zoom->rangeStart(), TimeScale::dayStart(QDate(2017, 1, 1)));
    // Matches already in view leave it alone too.
    search.text = u"January"_s;
    state->setFilter(search);
    QCOMPARE(state->highlightedMask().count(true), 1);
    QCOMPARE(zoom->rangeStart(), TimeScale::dayStart(QDate(2017, 1, 1)));
    state->setFilter({});
}

void TestTimelineWidget::enterAndDoubleClickActivate()
{
    QSignalSpy activated(m_widget, &TimelineWidget::eventActivated);
    QTest::keyClick(m_widget, Qt::Key_Return); // nothing selected
    QCOMPARE(activated.count(), 0);

    m_widget->zoom()->setSelectedEvent(4);
    QTest::keyClick(m_widget, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toInt(), 4);

    const QPointF pos = m_widget->currentLayout().item(1)->shapeRect.center();
    QTest::mouseDClick(m_widget, Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.takeFirst().at(0).toInt(), 1);
    QCOMPARE(m_widget->zoom()->selectedEvent(), 1);
}

void TestTimelineWidget::escapeClearsTheSelection()
{
    m_widget->zoom()->setSelectedEvent(3);
    QTest::keyClick(m_widget, Qt::Key_Escape);
    QCOMPARE(m_widget->zoom()->selectedEvent(), -1);
}

void TestTimelineWidget::toolTipNamesDateTitleAndLane()
{
    const QPointF pos = m_widget->currentLayout().item(2)->shapeRect.center();
    QHelpEvent help(QEvent::ToolTip, pos.toPoint(), m_widget->mapToGlobal(pos.toPoint()));
    QApplication::sendEvent(m_widget, &help);
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(u"20 May 2017"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Councils"_s), qPrintable(text));
    // The title's markup is shown as text, not obeyed.
    QVERIFY2(text.contains(u"May &lt;b&gt;decision&lt;/b&gt;"_s), qPrintable(text));
    QToolTip::hideText();
}

void TestTimelineWidget::animationReachesItsTarget()
{
    m_widget->setAnimated(true);
    QSignalSpy finished(m_widget, &TimelineWidget::animationFinished);
    const qint64 start = TimeScale::dayStart(QDate(2017, 3, 1));
    const qint64 end = TimeScale::dayStart(QDate(2017, 6, 1));
    m_widget->animateTo(start, end);
    QVERIFY(m_widget->isAnimating());
    QVERIFY(finished.wait());
    QCOMPARE(m_widget->zoom()->rangeStart(), start);
    QCOMPARE(m_widget->zoom()->rangeEnd(), end);
}

void TestTimelineWidget::outsideRangeChangeStopsTheAnimation()
{
    m_widget->setAnimated(true);
    m_widget->animateTo(TimeScale::dayStart(QDate(2017, 3, 1)),
                        TimeScale::dayStart(QDate(2017, 6, 1)));
    QVERIFY(m_widget->isAnimating());
    // The overview (or anything else) moves the view: it wins.
    const qint64 start = TimeScale::dayStart(QDate(2018, 1, 1));
    m_widget->zoom()->setRange(start, start + 30 * TimeScale::kDay);
    QVERIFY(!m_widget->isAnimating());
    QCOMPARE(m_widget->zoom()->rangeStart(), start);
}

void TestTimelineWidget::themeFollowsThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    m_widget->setPalette(dark);
    QVERIFY(m_widget->theme().dark);
    QCOMPARE(m_widget->theme().background, QColor(0x20, 0x20, 0x20));

    m_widget->setHighContrast(true);
    QVERIFY(m_widget->isHighContrast());
    QCOMPARE(m_widget->theme().background, TimelineTheme::highContrast().background);
    m_widget->setPalette(QPalette()); // high contrast stays
    QCOMPARE(m_widget->theme().background, TimelineTheme::highContrast().background);

    m_widget->setHighContrast(false);
    QCOMPARE(m_widget->theme().background, m_widget->palette().color(QPalette::Base));
}

void TestTimelineWidget::lanesBelowTheFoldScrollIntoView_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("scroll bar") << u"bar"_s;
    QTest::newRow("wheel over the lane names") << u"wheel"_s;
    QTest::newRow("drag along the lane names") << u"drag"_s;
    QTest::newRow("Down key") << u"key"_s;
}

// Ten lanes in a short widget: the last lane's events are below the fold, not cut off for
// good; scrolling brings them into view under the axis, which stays at the top, and the
// lane names move with their lanes.
void TestTimelineWidget::lanesBelowTheFoldScrollIntoView()
{
    QFETCH(QString, how);
    const Catalogue catalogue = manyLanes();
    m_widget->setFixedSize(800, 300);
    m_widget->setCatalogue(&catalogue);
    const int last = lastOfLastLane(catalogue);
    QVERIFY(!inView(*m_widget, last));
    QVERIFY(m_widget->verticalScrollBar()->isEnabled());
    QVERIFY(m_widget->verticalScrollBar()->isVisible());
    const TimelineLayout &before = m_widget->currentLayout();
    const qreal axisTop = before.axisRect.top();
    const QRectF header = before.headerRect;
    const QPointF onNames(header.left() + 10, header.center().y());
    for (int step = 0; step < 40 && !inView(*m_widget, last); ++step) {
        if (how == u"bar"_s) {
            QScrollBar *bar = m_widget->verticalScrollBar();
            bar->setValue(bar->value() + bar->singleStep());
        } else if (how == u"wheel"_s) {
            wheel(m_widget, onNames, QPoint(0, -120));
        } else if (how == u"drag"_s) {
            drag(m_widget, onNames, onNames - QPointF(0, 60));
        } else {
            QTest::keyClick(m_widget, Qt::Key_Down);
        }
    }
    QVERIFY(inView(*m_widget, last));
    QVERIFY(m_widget->verticalScroll() > 0);
    const TimelineLayout &after = m_widget->currentLayout();
    QCOMPARE(after.axisRect.top(), axisTop);
    // Scrolling is not a click on a name: no lane was expanded, the range is the same.
    QCOMPARE(m_widget->expandedLane(), -1);
    // The last lane's name is beside its lane.
    const QRectF band = after.laneBand(after.lanes.last().lane);
    QCOMPARE(after.laneAt(QPointF(header.left() + 5, band.center().y())), after.lanes.last().lane);
    QVERIFY(band.bottom() <= m_widget->height() + 1);
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::selectingBelowTheFoldScrollsToIt_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Right arrow") << u"right"_s;
    QTest::newRow("chosen in another view") << u"elsewhere"_s;
    QTest::newRow("search") << u"search"_s;
}

// An event in a lane below the fold, reached by the keyboard, chosen in the list or found by
// a search, has its lane scrolled into view.
void TestTimelineWidget::selectingBelowTheFoldScrollsToIt()
{
    QFETCH(QString, how);
    Catalogue catalogue = manyLanes();
    if (how == u"search"_s) {
        // Every lane's last event, and lane 9's first, the earliest of them, mention a budget:
        // the search shows all ten lanes, more than fit, and lane 9 holds the first match.
        QList<TimelineEvent> events = catalogue.events();
        for (TimelineEvent &event : events) {
            if (event.id.endsWith(u"-2"_s) || event.id == u"e9-0"_s)
                event.title += u" on the budget"_s;
        }
        catalogue.setEvents(events);
    }
    m_widget->setFixedSize(800, 300);
    m_widget->setCatalogue(&catalogue);
    // An event of the last lane (Right reaches it from the event before it); for the
    // search, the last lane's first event, the earliest match.
    const int target =
        how == u"search"_s ? catalogue.eventIndex(u"e9-0"_s) : lastOfLastLane(catalogue);
    QVERIFY(target > 0);
    QVERIFY(!inView(*m_widget, target));
    if (how == u"right"_s) {
        m_widget->zoom()->setSelectedEvent(target - 1);
        m_widget->setVerticalScroll(0);
        QVERIFY(!inView(*m_widget, target));
        m_widget->setFocus();
        QTest::keyClick(m_widget, Qt::Key_Right);
        QCOMPARE(m_widget->zoom()->selectedEvent(), target);
    } else if (how == u"elsewhere"_s) {
        m_widget->zoom()->setSelectedEvent(target);
    } else {
        EventFilter search;
        search.text = u"budget"_s;
        m_widget->viewState()->setFilter(search);
        QCOMPARE(m_widget->viewState()->highlightedMask().count(true), 11);
    }
    QVERIFY(inView(*m_widget, target));
    m_widget->viewState()->setFilter({});
    m_widget->setCatalogue(&m_catalogue);
}

// The wheel over the lanes zooms, as before; it does not scroll them.
void TestTimelineWidget::wheelOverTheLanesStaysOnTime()
{
    const Catalogue catalogue = manyLanes();
    m_widget->setFixedSize(800, 300);
    m_widget->setCatalogue(&catalogue);
    const qint64 span = m_widget->zoom()->rangeSpan();
    wheel(m_widget, m_widget->eventArea().center(), QPoint(0, -120));
    QCOMPARE(m_widget->verticalScroll(), 0);
    QVERIFY(m_widget->zoom()->rangeSpan() > span);
    m_widget->setCatalogue(&m_catalogue);
}

// The triangle before a lane's name collapses the lane to one thin row of marks that still
// counts its events, which brings the lanes below it up; a click on the name opens it again.
void TestTimelineWidget::triangleCollapsesALaneToOneRow()
{
    const Catalogue catalogue = manyLanes();
    m_widget->setFixedSize(800, 300);
    m_widget->setCatalogue(&catalogue);
    const TimelineLayout::Lane open = m_widget->currentLayout().lanes.first();
    const qreal contentBefore = m_widget->currentLayout().contentHeight;
    QList<int> inLane;
    for (int i = 0; i < catalogue.events().size(); ++i) {
        if (catalogue.events().at(i).laneId == catalogue.lanes().at(open.lane).id)
            inLane.append(i);
    }
    QCOMPARE(inLane.size(), 3);
    QVERIFY(!open.toggle.isNull());
    QVERIFY(m_widget->eventRect(inLane.first()).isValid());
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, open.toggle.center().toPoint());
    QVERIFY(m_widget->isLaneCollapsed(open.lane));
    QCOMPARE(m_widget->expandedLane(), -1); // not the name's own click
    const TimelineLayout &layout = m_widget->currentLayout();
    const TimelineLayout::Lane &collapsed = layout.lanes.first();
    QVERIFY(collapsed.collapsed);
    QVERIFY(collapsed.band.height() < open.band.height() * 0.75);
    QVERIFY(layout.contentHeight < contentBefore);
    QCOMPARE(collapsed.eventsInView, 3);
    QVERIFY(m_widget->eventRect(inLane.first()).isNull());
    // Each of its events is a mark in that row, there to be clicked.
    for (const int event : std::as_const(inLane)) {
        const double x =
            m_widget->xOf(TimeScale::dayStart(catalogue.events().at(event).date.first()));
        bool marked = false;
        for (int i = collapsed.firstMark; i < collapsed.firstMark + collapsed.markCount; ++i) {
            const QRectF &r = layout.marks[i].rect;
            marked = marked || (r.left() - 1 <= x && x <= r.right() + 1 &&
                                collapsed.band.contains(r.center()));
        }
        QVERIFY2(marked, qPrintable(catalogue.events().at(event).title));
    }
    // The name (not only the triangle) opens it again.
    const QPointF name(collapsed.band.left() + layout.headerRect.width() / 2,
                       collapsed.band.center().y());
    QTest::mouseClick(m_widget, Qt::LeftButton, {}, name.toPoint());
    QVERIFY(!m_widget->isLaneCollapsed(open.lane));
    QVERIFY(m_widget->eventRect(inLane.first()).isValid());
    m_widget->setCatalogue(&m_catalogue);
}

void TestTimelineWidget::desktopPaletteKeepsTextAndSelectionReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    // Desktops' own dark palettes, one whose highlight is a dark navy, one with dim text, and
    // a light one whose highlight is pale.
    QTest::newRow("Breeze Dark") << desktopPalette(
                                        QColor(0x31, 0x36, 0x3B), QColor(0x23, 0x26, 0x29),
                                        QColor(0xEF, 0xF0, 0xF1), QColor(0x3D, 0xAE, 0xE9))
                                 << true;
    QTest::newRow("Adwaita dark") << desktopPalette(
                                         QColor(0x35, 0x35, 0x35), QColor(0x2D, 0x2D, 0x2D),
                                         QColor(0xEE, 0xEE, 0xEC), QColor(0x15, 0x53, 0x9E))
                                  << true;
    QTest::newRow("dim text") << desktopPalette(QColor(0x20, 0x20, 0x20), QColor(0x18, 0x18, 0x18),
                                                QColor(0x80, 0x80, 0x80), QColor(0x26, 0x4F, 0x78))
                              << true;
    QTest::newRow("light, pale highlight")
        << desktopPalette(QColor(0xEF, 0xEF, 0xEF), QColor(Qt::white), QColor(Qt::black),
                          QColor(0xCC, 0xE8, 0xFF))
        << false;
}

// With the desktop's palette (light or dark), the timeline's text stands out 4.5:1 (WCAG AA)
// and its selection outline 3:1 from each background it draws, and the "+n" badges' counts
// 4.5:1 from the badges' fill as drawn.
void TestTimelineWidget::desktopPaletteKeepsTextAndSelectionReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    const Catalogue catalogue = badgeInEveryLane();
    m_widget->setFixedSize(900, 1200);
    m_widget->setCatalogue(&catalogue);
    m_widget->zoom()->setRange(TimeScale::dayStart(QDate(2017, 8, 1)),
                               TimeScale::dayStart(QDate(2017, 11, 1)));
    m_widget->setPalette(palette);
    const TimelineTheme &theme = m_widget->theme();
    QCOMPARE(theme.dark, dark);
    QCOMPARE(theme.background, palette.color(QPalette::Base));
    for (const QColor &ground : {theme.background, theme.alternateBand, theme.headerBackground}) {
        const QString where = u" on "_s + ground.name();
        QVERIFY2(contrast(theme.text, ground) >= 4.5, qPrintable(theme.text.name() + where));
        QVERIFY2(contrast(theme.mutedText, ground) >= 4.5,
                 qPrintable(theme.mutedText.name() + where));
        QVERIFY2(contrast(theme.selection, ground) >= 3,
                 qPrintable(theme.selection.name() + where));
    }
    // What is drawn: the bands in the palette's base, every lane's badge readable.
    const QImage shot = m_widget->grab().toImage();
    const TimelineLayout &layout = m_widget->currentLayout();
    QCOMPARE(shot.pixelColor(layout.lanes.first().band.topRight().toPoint() + QPoint(-30, 2)),
             theme.background);
    int badges = 0;
    for (const TimelineLayout::Mark &mark : layout.marks) {
        if (!mark.group || !layout.eventArea.contains(mark.rect))
            continue;
        const QColor fill =
            shot.pixelColor(QPointF(mark.rect.right() - 3, mark.rect.center().y()).toPoint());
        QVERIFY2(
            contrast(theme.text, fill) >= 4.5,
            qPrintable(u"lane %1: %2 on %3"_s.arg(mark.lane).arg(theme.text.name(), fill.name())));
        ++badges;
    }
    QCOMPARE(badges, 8);
    m_widget->setPalette(QPalette());
    m_widget->setCatalogue(&m_catalogue);
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"

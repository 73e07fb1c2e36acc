#include "catalogue.h"
#include "catalogueloader.h"
#include "timelinerenderer.h"
#include "timescale.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QRandomGenerator>
#include <QTest>

using TimeScale::dayStart;
using TimeScale::kDay;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &date, const QString &lane = u"a"_qs)
{
    TimelineEvent e;
    e.id = id;
    e.title = u"Event "_qs + id;
    e.date = EventDate::parse(date);
    e.laneId = lane;
    return e;
}

Catalogue catalogue(const QList<TimelineEvent> &events)
{
    Catalogue c;
    c.setLanes({{u"a"_qs, u"Councils"_qs, {}}, {u"b"_qs, u"NHS bodies"_qs, {}}});
    c.setEvents(events);
    return c;
}

// Many events in lane a over 2016, for the level of detail.
Catalogue crowded(int count)
{
    QRandomGenerator random(5);
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = QString::number(i);
        e.title = u"Crowded event number "_qs + e.id;
        e.date = EventDate::fromDays(QDate(2016, 1, 1).addDays(random.bounded(366)));
        e.laneId = u"a"_qs;
        events.append(e);
    }
    return catalogue(events);
}

QImage render(TimelineRenderer &renderer, QSize size, QDate from, QDate to, qreal dpr = 1)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter painter(&image);
    renderer.paint(&painter,
                   renderer.layout(QRectF(QPointF(0, 0), size), dayStart(from), dayStart(to)));
    return image;
}

// Pixels of exactly colour in rect (device pixels).
int countColour(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return count;
}

} // namespace

class TestTimelineRenderer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void builtInLabelsNeverCross_data();
    void builtInLabelsNeverCross();
    void shapesFollowPrecision_data();
    void shapesFollowPrecision();
    void eventPixelsAreWhereTheEventIs_data();
    void eventPixelsAreWhereTheEventIs();
    void overlappingLabelsStack();
    void labelsUseTheRoomInTheirRow();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void denseLaneMergesIntoMarks();
    void rowsBeyondTheHeightBecomeAGroup();
    void groupsCountEveryEventWithoutARow_data();
    void groupsCountEveryEventWithoutARow();
    void denseMarksCoverTheirColumnsTime();
    void labelsFlipLeftAtTheRightEdge_data();
    void labelsFlipLeftAtTheRightEdge();
    void pinnedEventHasARowOfItsOwn();
    void expandedLaneGetsTheRowsItNeeds();
    void laneCountsCanBeLeftOff();
    void unlabelledSelectionIsNamed_data();
    void unlabelledSelectionIsNamed();
    void hitTesting();
    void layoutIsCachedUntilSomethingChanges();
    void filterHidesEventsAndEmptyLanes();
    void todayMarker();
    void highDpiIsCrisp();
    void vectorDevicesGetTheSameMarks();
    void themes();
    void emptyAndTinyViews();

private:
    TimelineRenderer m_renderer;
};

void TestTimelineRenderer::init()
{
    m_renderer = TimelineRenderer();
    m_renderer.setTheme(TimelineTheme::print());
    m_renderer.setToday(QDate());
}

void TestTimelineRenderer::shapesFollowPrecision_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("shape");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<bool>("planned");
    using Shape = TimelineLayout::Shape;
    QTest::newRow("day") << u"3 August 2017"_qs << int(Shape::Point) << false << false;
    QTest::newRow("about a day") << u"c. 3 August 2017"_qs << int(Shape::Point) << true << false;
    QTest::newRow("month") << u"August 2017"_qs << int(Shape::Period) << false << false;
    QTest::newRow("season") << u"winter 2017/18"_qs << int(Shape::Period) << false << false;
    QTest::newRow("financial year, planned")
        << u"2017/18 (planned)"_qs << int(Shape::Period) << false << true;
    QTest::newRow("range") << u"Sept 2017 \u2013 Mar 2018"_qs << int(Shape::Range) << false
                           << false;
    QTest::newRow("day range") << u"2017-08-03 to 2017-08-20"_qs << int(Shape::Range) << false
                               << false;
}

void TestTimelineRenderer::shapesFollowPrecision()
{
    QFETCH(QString, date);
    QFETCH(int, shape);
    QFETCH(bool, approximate);
    QFETCH(bool, planned);
    const Catalogue c = catalogue({makeEvent(u"x"_qs, date)});
    QVERIFY(c.events().first().date.isValid());
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1200, 300), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2019, 1, 1)));
    QCOMPARE(l.items.size(), size_t(1));
    const TimelineLayout::Item &item = l.items.front();
    QCOMPARE(int(item.shape), shape);
    QCOMPARE(item.approximate, approximate);
    QCOMPARE(item.planned, planned);
    if (item.shape != TimelineLayout::Shape::Point) {
        // A bar spans its whole period.
        QCOMPARE(item.shapeRect.left(), l.timeToX(dayStart(c.events().first().date.first())));
        QVERIFY(std::abs(item.shapeRect.right() -
                         l.timeToX(TimeScale::dayEnd(c.events().first().date.last()))) < 1e-6);
    } else {
        QCOMPARE(item.shapeRect.center().x(),
                 l.timeToX(dayStart(c.events().first().date.first()) + kDay / 2));
    }
}

void TestTimelineRenderer::eventPixelsAreWhereTheEventIs_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("a month") << u"March 2017"_qs;
    QTest::newRow("a day") << u"14 June 2017"_qs;
    QTest::newRow("a range") << u"2017-02-01 to 2017-05-31"_qs;
}

void TestTimelineRenderer::eventPixelsAreWhereTheEventIs()
{
    QFETCH(QString, date);
    const Catalogue c = catalogue({makeEvent(u"x"_qs, date)});
    m_renderer.setCatalogue(&c);
    const QImage image = render(m_renderer, QSize(800, 240), QDate(2017, 1, 1), QDate(2018, 1, 1));
    const TimelineLayout &l = m_renderer.layout(QRectF(0, 0, 800, 240), dayStart(QDate(2017, 1, 1)),
                                                dayStart(QDate(2018, 1, 1)));
    const QColor colour = TimelineTheme::print().laneColour(0);
    const TimelineLayout::Lane &lane = l.lanes.first();
    const EventDate d = c.events().first().date;
    const int x0 = int(std::floor(l.timeToX(dayStart(d.first())) - l.markerSize));
    const int x1 = int(std::ceil(l.timeToX(TimeScale::dayEnd(d.last())) + l.markerSize));
    const QRect band = lane.band.toAlignedRect();
    QVERIFY(countColour(image, QRect(QPoint(x0, band.top()), QPoint(x1, band.bottom())), colour) >
            10);
    // Nothing of the lane's colour anywhere else.
    QCOMPARE(countColour(image, QRect(QPoint(0, 0), QPoint(x0 - 1, image.height())), colour), 0);
    QCOMPARE(
        countColour(image, QRect(QPoint(x1 + 1, 0), QPoint(image.width(), image.height())), colour),
        0);
    QCOMPARE(countColour(image, QRect(0, 0, image.width(), band.top()), colour), 0);
}

void TestTimelineRenderer::overlappingLabelsStack()
{
    const Catalogue c =
        catalogue({makeEvent(u"1"_qs, u"3 August 2017"_qs), makeEvent(u"2"_qs, u"4 August 2017"_qs),
                   makeEvent(u"3"_qs, u"20 November 2017"_qs)});
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1000, 400), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    QCOMPARE(l.items.size(), size_t(3));
    const TimelineLayout::Item *first = l.item(0);
    const TimelineLayout::Item *second = l.item(1);
    const TimelineLayout::Item *third = l.item(2);
    QVERIFY(first && second && third);
    // A day apart: their labels would collide, so they take different rows.
    QCOMPARE(first->row, 0);
    QCOMPARE(second->row, 1);
    QVERIFY(!first->labelRect.intersects(second->labelRect));
    // Months later: back in the first row.
    QCOMPARE(third->row, 0);
    QCOMPARE(l.lanes.first().rows, 2);
    QCOMPARE(l.lanes.first().unlabelled, 0);
}

void TestTimelineRenderer::labelsUseTheRoomInTheirRow()
{
    const QString title = u"Leicestershire County Council cabinet considers the Sustainability and "
                          "Transformation Plan and asks for a fuller consultation"_qs;
    TimelineEvent alone = makeEvent(u"1"_qs, u"3 February 2017"_qs);
    alone.title = title;
    TimelineEvent crowded = makeEvent(u"2"_qs, u"3 August 2017"_qs);
    crowded.title = title;
    // Two months on, in the same row: the title before it must stop short of it.
    const TimelineEvent next = makeEvent(u"3"_qs, u"3 October 2017"_qs);
    // Near the end of the view: cut to fit rather than clipped by the edge.
    TimelineEvent late = makeEvent(u"4"_qs, u"10 December 2017"_qs, u"b"_qs);
    late.title = title;
    const Catalogue c = catalogue({alone, crowded, next, late});
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 2400, 400), dayStart(QDate(2016, 12, 1)), dayStart(QDate(2018, 1, 1)));
    const TimelineLayout::Item *first = l.item(0);
    const TimelineLayout::Item *second = l.item(1);
    const TimelineLayout::Item *third = l.item(2);
    QVERIFY(first && second && third);
    QCOMPARE(first->row, second->row);
    QCOMPARE(second->row, third->row);
    // Free room to the next item: the whole title, however long.
    QCOMPARE(first->text, title);
    // Little room: elided, ending before the next item.
    QVERIFY(second->text.endsWith(QChar(0x2026)));
    QVERIFY(second->text.size() < title.size());
    QVERIFY(second->labelRect.right() < third->bounds().left());
    QVERIFY(QFontMetricsF(m_renderer.theme().scaledFont()).horizontalAdvance(second->text) <=
            second->labelRect.width() + 1);
    const TimelineLayout::Item *last = l.item(3);
    QVERIFY(last);
    QVERIFY(last->text.endsWith(QChar(0x2026)));
    QVERIFY(last->labelRect.right() <= l.eventArea.right());
}

void TestTimelineRenderer::labelsNeverOverlap_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("five years") << 1826;
    QTest::newRow("a year") << 365;
    QTest::newRow("a month") << 31;
    QTest::newRow("a week") << 7;
}

void TestTimelineRenderer::labelsNeverOverlap()
{
    QFETCH(int, days);
    QRandomGenerator random(17);
    QList<TimelineEvent> events;
    for (int i = 0; i < 1500; ++i) {
        const QDate d = QDate(2014, 1, 1).addDays(random.bounded(1826));
        const QString lane = random.bounded(2) ? u"a"_qs : u"b"_qs;
        const QString date =
            random.bounded(5) == 0
                ? u"%1 to %2"_qs.arg(d.toString(Qt::ISODate),
                                     d.addDays(random.bounded(60)).toString(Qt::ISODate))
                : d.toString(Qt::ISODate);
        events.append(makeEvent(QString::number(i), date, lane));
    }
    const Catalogue c = catalogue(events);
    m_renderer.setCatalogue(&c);
    const qint64 start = dayStart(QDate(2016, 3, 1));
    const TimelineLayout &l =
        m_renderer.layout(QRectF(0, 0, 1600, 900), start, start + days * kDay);
    for (const TimelineLayout::Lane &lane : l.lanes) {
        QVERIFY(lane.band.bottom() <= 900 + 0.5);
        for (int i = lane.firstItem; i < lane.firstItem + lane.itemCount; ++i) {
            QVERIFY(lane.band.top() <= l.items[i].labelRect.top());
            QVERIFY(l.items[i].labelRect.bottom() <= lane.band.bottom());
            QVERIFY(!l.items[i].labelRect.intersects(lane.densityRect));
            for (int j = lane.firstItem; j < i; ++j) {
                QVERIFY2(!l.items[i].labelRect.intersects(l.items[j].labelRect),
                         qPrintable(u"%1 and %2"_qs.arg(l.items[i].event).arg(l.items[j].event)));
            }
        }
        // Every event in view is either drawn on its own or counted in a mark.
        QCOMPARE(lane.itemCount + lane.unlabelled, lane.eventsInView);
    }
}

void TestTimelineRenderer::denseLaneMergesIntoMarks()
{
    const Catalogue c = crowded(10000);
    m_renderer.setCatalogue(&c);
    // Two years in a few hundred pixels: a day is narrower than a pixel.
    const TimelineLayout &l = m_renderer.layout(QRectF(0, 0, 500, 300), dayStart(QDate(2015, 7, 1)),
                                                dayStart(QDate(2017, 7, 1)));
    QVERIFY(l.timeToX(kDay) - l.timeToX(0) < 1);
    QCOMPARE(l.lanes.size(), 2); // with no filter, empty lanes keep their band
    const TimelineLayout::Lane &lane = l.lanes.first();
    QVERIFY(lane.dense);
    QVERIFY(!l.lanes.last().dense);
    QCOMPARE(l.lanes.last().markCount, 0);
    QCOMPARE(lane.eventsInView, 10000);
    QCOMPARE(lane.itemCount, 0);
    QVERIFY(lane.markCount > 0);
    QVERIFY(lane.markCount <= int(std::ceil(l.eventArea.width())));
    int total = 0;
    for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
        const TimelineLayout::Mark &mark = l.marks[i];
        QVERIFY(mark.rect.width() <= 1.0);
        QVERIFY(lane.densityRect.contains(mark.rect));
        total += mark.count;
    }
    // Day events are narrower than a pixel here: each counts once.
    QCOMPARE(total, 10000);
    QVERIFY(l.items.empty());
}

void TestTimelineRenderer::rowsBeyondTheHeightBecomeAGroup()
{
    // 40 events on one day cannot all have a row in 300 px: the rest become one "+n" group
    // below the rows, which covers their day.
    QList<TimelineEvent> events;
    for (int i = 0; i < 40; ++i)
        events.append(makeEvent(QString::number(i), u"3 August 2017"_qs));
    const Catalogue c = catalogue(events);
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1000, 300), dayStart(QDate(2017, 7, 1)), dayStart(QDate(2017, 10, 1)));
    const TimelineLayout::Lane &lane = l.lanes.first();
    QVERIFY(!lane.dense);
    QVERIFY(lane.rows >= 1 && lane.rows <= m_renderer.maxRowsPerLane());
    QCOMPARE(lane.itemCount, lane.rows);
    QCOMPARE(lane.unlabelled, 40 - lane.rows);
    QCOMPARE(lane.markCount, 1);
    const TimelineLayout::Mark &group = l.marks[lane.firstMark];
    QVERIFY(group.group);
    QCOMPARE(group.count, 40 - lane.rows);
    QCOMPARE(group.text, u"+%1"_qs.arg(40 - lane.rows));
    QCOMPARE(group.start, dayStart(QDate(2017, 8, 3)));
    QCOMPARE(group.end, dayStart(QDate(2017, 8, 4)));
    QVERIFY(lane.densityRect.contains(group.rect));
    QVERIFY(lane.band.contains(group.rect));
    QVERIFY(lane.densityRect.top() >= l.items.back().labelRect.bottom());
    // The badge begins where the day's markers do and is hit where it is drawn.
    const qreal day =
        (l.timeToX(dayStart(QDate(2017, 8, 3))) + l.timeToX(dayStart(QDate(2017, 8, 4)))) / 2;
    QVERIFY(std::abs(group.rect.left() - (day - l.markerSize / 2)) < 1);
    QCOMPARE(l.markAt(group.rect.center()), &group);
}

void TestTimelineRenderer::groupsCountEveryEventWithoutARow_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("height");
    QTest::newRow("a few over a year, short view") << 60 << 200;
    QTest::newRow("many over a year") << 300 << 400;
    QTest::newRow("many, tall view") << 300 << 900;
}

void TestTimelineRenderer::groupsCountEveryEventWithoutARow()
{
    // At any size, every event in view is named, or counted in exactly one group whose time
    // covers it.
    QFETCH(int, count);
    QFETCH(int, height);
    const Catalogue c = crowded(count);
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1200, height), dayStart(QDate(2016, 1, 1)), dayStart(QDate(2017, 1, 1)));
    const TimelineLayout::Lane &lane = l.lanes.first();
    QVERIFY(!lane.dense);
    QVERIFY(lane.unlabelled > 0);
    int counted = 0;
    for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
        const TimelineLayout::Mark &mark = l.marks[i];
        QVERIFY(mark.group);
        QVERIFY(mark.start >= dayStart(QDate(2016, 1, 1)));
        QVERIFY(mark.end <= dayStart(QDate(2017, 1, 1)));
        QVERIFY(mark.start < mark.end);
        QVERIFY(l.eventArea.contains(mark.rect));
        counted += mark.count;
    }
    QCOMPARE(counted, lane.unlabelled);
    for (int e = 0; e < count; ++e) {
        if (l.item(e))
            continue;
        const qint64 start = m_renderer.index().start(e);
        const bool covered =
            std::any_of(l.marks.cbegin(), l.marks.cend(), [&](const TimelineLayout::Mark &m) {
                return m.start <= start && start < m.end;
            });
        QVERIFY2(covered, qPrintable(QString::number(e)));
    }
    // Badges do not overlap.
    for (int i = lane.firstMark + 1; i < lane.firstMark + lane.markCount; ++i)
        QVERIFY(l.marks[i - 1].rect.right() <= l.marks[i].rect.left());
}

void TestTimelineRenderer::denseMarksCoverTheirColumnsTime()
{
    // A dense lane's columns know the time they cover, so that a click can zoom to it.
    const Catalogue c = crowded(5000);
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(QRectF(0, 0, 800, 300), dayStart(QDate(2016, 1, 1)),
                                                dayStart(QDate(2017, 1, 1)));
    const TimelineLayout::Lane &lane = l.lanes.first();
    QVERIFY(lane.dense);
    QVERIFY(lane.markCount > 0);
    for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
        const TimelineLayout::Mark &mark = l.marks[i];
        QVERIFY(!mark.group);
        QVERIFY(mark.start >= dayStart(QDate(2016, 1, 1)) - kDay);
        QVERIFY(mark.end <= dayStart(QDate(2017, 1, 1)) + kDay);
        QVERIFY(mark.start < mark.end);
        QVERIFY(std::abs(l.timeToX(mark.start) - mark.rect.left()) < 1);
        QVERIFY(std::abs(l.timeToX(mark.end) - mark.rect.right()) < 1);
    }
}

void TestTimelineRenderer::labelsFlipLeftAtTheRightEdge_data()
{
    QTest::addColumn<QString>("date");
    QTest::newRow("day near the end") << u"28 December 2017"_qs;
    QTest::newRow("month at the end") << u"December 2017"_qs;
    QTest::newRow("last day") << u"31 December 2017"_qs;
}

void TestTimelineRenderer::labelsFlipLeftAtTheRightEdge()
{
    // An event at the right edge keeps its whole title, ending where its marker does.
    QFETCH(QString, date);
    TimelineEvent e = makeEvent(u"x"_qs, date);
    e.title = u"BLMK council leaders write"_qs;
    const Catalogue c = catalogue({e});
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1200, 300), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    const TimelineLayout::Item *item = l.item(0);
    QVERIFY(item);
    QCOMPARE(item->text, e.title);
    QVERIFY(item->labelRect.right() <= l.eventArea.right());
    QVERIFY(item->labelRect.left() >= l.eventArea.left());
    QVERIFY(item->labelRect.right() <= item->shapeRect.right() + 0.5);
}

void TestTimelineRenderer::pinnedEventHasARowOfItsOwn()
{
    // The selection, left without a row, is given one: its label is drawn in its place and
    // overlaps no other label.
    QList<TimelineEvent> events;
    for (int i = 0; i < 40; ++i)
        events.append(makeEvent(QString::number(i), u"3 August 2017"_qs));
    const Catalogue c = catalogue(events);
    m_renderer.setCatalogue(&c);
    const QRectF rect(0, 0, 1000, 300);
    const qint64 from = dayStart(QDate(2017, 7, 1));
    const qint64 to = dayStart(QDate(2017, 10, 1));
    int without = -1;
    {
        const TimelineLayout &l = m_renderer.layout(rect, from, to);
        for (int i = 39; i >= 0 && without < 0; --i)
            without = l.item(i) ? -1 : i;
    }
    QVERIFY(without >= 0);
    m_renderer.setPinnedEvent(without);
    const TimelineLayout &l = m_renderer.layout(rect, from, to);
    const TimelineLayout::Item *item = l.item(without);
    QVERIFY(item);
    QVERIFY(m_renderer.calloutRect(l, without).isNull());
    for (const TimelineLayout::Item &other : l.items) {
        if (other.event != without)
            QVERIFY(!other.labelRect.intersects(item->labelRect));
    }
    // Every event is still named or counted.
    const TimelineLayout::Lane &lane = l.lanes.first();
    int counted = 0;
    for (int i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i)
        counted += l.marks[i].count;
    QCOMPARE(lane.itemCount + counted, 40);
}

void TestTimelineRenderer::expandedLaneGetsTheRowsItNeeds()
{
    // Ten events a day apart in lane a and as many in lane b, in a view too short for both
    // to name theirs: the expanded lane names all of its events, the other keeps a row.
    QList<TimelineEvent> events;
    for (int i = 0; i < 10; ++i) {
        const QString day = QDate(2017, 9, 1 + i).toString(Qt::ISODate);
        events.append(makeEvent(u"a%1"_qs.arg(i), day, u"a"_qs));
        events.append(makeEvent(u"b%1"_qs.arg(i), day, u"b"_qs));
    }
    const Catalogue c = catalogue(events);
    m_renderer.setCatalogue(&c);
    const QRectF rect(0, 0, 1000, 500);
    const qint64 from = dayStart(QDate(2017, 1, 1));
    const qint64 to = dayStart(QDate(2018, 1, 1));
    const int before = m_renderer.layout(rect, from, to).lanes.first().unlabelled;
    QVERIFY(before > 0);
    m_renderer.setExpandedLane(0);
    const TimelineLayout &l = m_renderer.layout(rect, from, to);
    QVERIFY(l.lanes.at(0).expanded);
    QVERIFY(!l.lanes.at(1).expanded);
    QCOMPARE(l.lanes.at(0).unlabelled, 0);
    QCOMPARE(l.lanes.at(0).itemCount, 10);
    QVERIFY(l.lanes.at(1).rows >= 1);
    QVERIFY(l.lanes.at(1).band.bottom() <= rect.bottom());
}

void TestTimelineRenderer::laneCountsCanBeLeftOff()
{
    // "n in view" is for the screen; without it the lane names take less room.
    const Catalogue c = catalogue({makeEvent(u"x"_qs, u"3 August 2017"_qs)});
    m_renderer.setCatalogue(&c);
    const QRectF rect(0, 0, 1000, 300);
    const qint64 from = dayStart(QDate(2017, 1, 1));
    const qint64 to = dayStart(QDate(2018, 1, 1));
    const qreal withCounts = m_renderer.layout(rect, from, to).headerRect.width();
    const QImage counted =
        render(m_renderer, rect.size().toSize(), QDate(2017, 1, 1), QDate(2018, 1, 1));
    m_renderer.setShowLaneCounts(false);
    QVERIFY(!m_renderer.showsLaneCounts());
    QVERIFY(m_renderer.layout(rect, from, to).headerRect.width() < withCounts);
    QImage plain = render(m_renderer, rect.size().toSize(), QDate(2017, 1, 1), QDate(2018, 1, 1));
    QVERIFY(plain != counted);
}

void TestTimelineRenderer::unlabelledSelectionIsNamed_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("sameDay");
    QTest::newRow("left without a row") << 40 << true;
    QTest::newRow("merged in a dense lane") << 5000 << false;
}

void TestTimelineRenderer::unlabelledSelectionIsNamed()
{
    QFETCH(int, count);
    QFETCH(bool, sameDay);
    QList<TimelineEvent> events;
    for (int i = 0; i < count; ++i) {
        events.append(makeEvent(QString::number(i),
                                sameDay
                                    ? u"3 August 2017"_qs
                                    : QDate(2017, 1, 1).addDays(i % 365).toString(Qt::ISODate)));
    }
    const Catalogue c = catalogue(events);
    m_renderer.setCatalogue(&c);
    const QSize size(1000, 300);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(QPointF(), size), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    int labelled = -1;
    int unlabelled = -1;
    for (int i = 0; i < count; ++i)
        (l.item(i) ? labelled : unlabelled) = i;
    QVERIFY(unlabelled >= 0);
    if (labelled >= 0)
        QVERIFY(m_renderer.calloutRect(l, labelled).isNull());

    const QRectF box = m_renderer.calloutRect(l, unlabelled);
    QVERIFY(!box.isNull());
    QVERIFY(l.eventArea.contains(box));
    QVERIFY(l.lanes.first().band.contains(box));
    // Out of view, the selection is not named in this view: the box would put it here.
    const TimelineLayout &later = m_renderer.layout(
        QRectF(QPointF(), size), dayStart(QDate(2019, 1, 1)), dayStart(QDate(2019, 3, 1)));
    QVERIFY(m_renderer.calloutRect(later, unlabelled).isNull());
    const TimelineLayout &again = m_renderer.layout(
        QRectF(QPointF(), size), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    QCOMPARE(m_renderer.calloutRect(again, unlabelled), box);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QImage unselected(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        m_renderer.paint(&painter, l, unlabelled);
        QPainter plain(&unselected);
        m_renderer.paint(&plain, l, -1);
    }
    // The box is drawn over what was there, cleared to the background, with the title in it.
    const QRect inside = box.toRect().adjusted(3, 3, -3, -3);
    QVERIFY(image.copy(box.toRect()) != unselected.copy(box.toRect()));
    QVERIFY(countColour(image, inside, m_renderer.theme().background) > inside.width());
    int ink = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ink += qGray(image.pixel(x, y)) < 128;
    }
    QVERIFY2(ink > 20, "the title is written in the box");
}

void TestTimelineRenderer::hitTesting()
{
    const Catalogue c = catalogue(
        {makeEvent(u"1"_qs, u"3 August 2017"_qs), makeEvent(u"2"_qs, u"June 2017"_qs, u"b"_qs)});
    m_renderer.setCatalogue(&c);
    const TimelineLayout &l = m_renderer.layout(
        QRectF(0, 0, 1000, 400), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    for (const TimelineLayout::Item &item : l.items) {
        QCOMPARE(m_renderer.eventAt(item.shapeRect.center()), item.event);
        QCOMPARE(m_renderer.eventAt(item.labelRect.center()), item.event);
        QCOMPARE(m_renderer.eventRect(item.event), item.bounds());
        QCOMPARE(m_renderer.laneAt(item.shapeRect.center()), item.lane);
    }
    QCOMPARE(m_renderer.eventAt(QPointF(l.timeToX(dayStart(QDate(2017, 3, 1))),
                                        l.lanes.first().band.center().y())),
             -1);
    QCOMPARE(m_renderer.eventAt(QPointF(5, 5)), -1);
    QCOMPARE(m_renderer.laneAt(QPointF(5, l.lanes.last().band.center().y())), 1);
    QCOMPARE(m_renderer.axisRect(), l.axisRect);
    QVERIFY(m_renderer.axisRect().bottom() <= l.lanes.first().band.top());
    // The axis maps back to time: what the widget needs to drag-select a range.
    const qreal x = l.timeToX(dayStart(QDate(2017, 7, 1)));
    QCOMPARE(TimeScale::dayOf(l.xToTime(x + 0.1)), QDate(2017, 7, 1));

    const Catalogue many = crowded(5000);
    m_renderer.setCatalogue(&many);
    const TimelineLayout &dense = m_renderer.layout(
        QRectF(0, 0, 600, 300), dayStart(QDate(2016, 1, 1)), dayStart(QDate(2017, 1, 1)));
    QVERIFY(dense.lanes.first().dense);
    const TimelineLayout::Mark &mark = dense.marks[dense.marks.size() / 2];
    const TimelineLayout::Mark *found = m_renderer.markAt(
        QPointF(mark.rect.center().x(), dense.lanes.first().densityRect.top() + 1));
    QVERIFY(found);
    QCOMPARE(found->count, mark.count);
    QVERIFY(dense.xToTime(found->rect.left()) < dense.xToTime(found->rect.right()));
    QCOMPARE(m_renderer.eventAt(mark.rect.center()), -1);
}

void TestTimelineRenderer::layoutIsCachedUntilSomethingChanges()
{
    const Catalogue c = catalogue({makeEvent(u"1"_qs, u"3 August 2017"_qs)});
    m_renderer.setCatalogue(&c);
    const QRectF rect(0, 0, 1000, 400);
    const qint64 from = dayStart(QDate(2017, 1, 1));
    const qint64 to = dayStart(QDate(2018, 1, 1));
    const TimelineLayout *first = &m_renderer.layout(rect, from, to);
    const TimelineLayout::Item *item = first->item(0);
    QVERIFY(item);
    QCOMPARE(&m_renderer.layout(rect, from, to), first);
    // A later range moves the event left.
    const qreal x = item->shapeRect.left();
    QVERIFY(m_renderer.layout(rect, from + 30 * kDay, to + 30 * kDay).item(0)->shapeRect.left() <
            x);
    // Every setter is seen by the next layout.
    m_renderer.setToday(QDate(2017, 6, 1));
    QVERIFY(m_renderer.layout(rect, from, to).todayX > 0);
    QBitArray none(1);
    m_renderer.setVisibleEvents(none);
    QVERIFY(m_renderer.layout(rect, from, to).items.empty());
    // A new theme re-measures.
    TimelineTheme big = TimelineTheme::presentation();
    m_renderer.setTheme(big);
    QVERIFY(m_renderer.layout(rect, from, to).rowHeight >
            TimelineRenderer().layout(rect, from, to).rowHeight);
}

void TestTimelineRenderer::filterHidesEventsAndEmptyLanes()
{
    const Catalogue c =
        catalogue({makeEvent(u"1"_qs, u"3 August 2017"_qs), makeEvent(u"2"_qs, u"5 May 2017"_qs),
                   makeEvent(u"3"_qs, u"June 2017"_qs, u"b"_qs)});
    m_renderer.setCatalogue(&c);
    const QRectF rect(0, 0, 1000, 400);
    const qint64 from = dayStart(QDate(2017, 1, 1));
    const qint64 to = dayStart(QDate(2018, 1, 1));
    QCOMPARE(m_renderer.layout(rect, from, to).items.size(), size_t(3));
    QBitArray visible(3, true);
    visible.clearBit(c.eventIndex(u"1"_qs));
    visible.clearBit(c.eventIndex(u"3"_qs));
    m_renderer.setVisibleEvents(visible);
    const TimelineLayout &l = m_renderer.layout(rect, from, to);
    QCOMPARE(l.items.size(), size_t(1));
    QCOMPARE(l.items.front().event, c.eventIndex(u"2"_qs));
    QCOMPARE(l.lanes.size(), 1); // lane b has nothing left to show
    m_renderer.setVisibleEvents({});
    QCOMPARE(m_renderer.layout(rect, from, to).lanes.size(), 2);
}

void TestTimelineRenderer::todayMarker()
{
    const Catalogue c = catalogue({makeEvent(u"1"_qs, u"3 August 2017"_qs)});
    m_renderer.setCatalogue(&c);
    m_renderer.setToday(QDate(2017, 9, 1));
    const QSize size(1000, 300);
    const QImage image = render(m_renderer, size, QDate(2017, 1, 1), QDate(2018, 1, 1));
    const TimelineLayout &l = m_renderer.layout(
        QRectF(QPointF(), size), dayStart(QDate(2017, 1, 1)), dayStart(QDate(2018, 1, 1)));
    QVERIFY(std::abs(l.todayX - l.timeToX(dayStart(QDate(2017, 9, 1)) + kDay / 2)) < 1e-6);
    const QColor today = TimelineTheme::print().today;
    const int x = int(std::round(l.todayX));
    QVERIFY(countColour(image, QRect(x - 1, int(l.eventArea.top()), 3, int(l.eventArea.height())),
                        today) > 100);
    // Out of view: no marker.
    m_renderer.setToday(QDate(2020, 1, 1));
    QCOMPARE(m_renderer
                 .layout(QRectF(QPointF(), size), dayStart(QDate(2017, 1, 1)),
                         dayStart(QDate(2018, 1, 1)))
                 .todayX,
             -1.0);
}

void TestTimelineRenderer::highDpiIsCrisp()
{
    const Catalogue c = crowded(3000);
    m_renderer.setCatalogue(&c);
    const QSize size(400, 200);
    const QImage single = render(m_renderer, size, QDate(2016, 1, 1), QDate(2017, 1, 1), 1);
    const QImage twice = render(m_renderer, size, QDate(2016, 1, 1), QDate(2017, 1, 1), 2);
    QCOMPARE(twice.size(), size * 2);
    QCOMPARE(twice.devicePixelRatio(), 2.0);
    // The same picture, each logical pixel drawn by four device pixels: merged events match
    // column for column rather than being an upscaled, blurred copy.
    const TimelineLayout &l = m_renderer.layout(
        QRectF(QPointF(), size), dayStart(QDate(2016, 1, 1)), dayStart(QDate(2017, 1, 1)));
    const QRect area = l.lanes.first().densityRect.toAlignedRect().adjusted(1, 1, -1, -1);
    int same = 0;
    int total = 0;
    for (int y = area.top(); y < area.bottom(); ++y) {
        for (int x = area.left(); x < area.right(); ++x) {
            ++total;
            same += single.pixel(x, y) == twice.pixel(2 * x, 2 * y) &&
                    twice.pixel(2 * x, 2 * y) == twice.pixel(2 * x + 1, 2 * y);
        }
    }
    QVERIFY2(same > total * 9 / 10, qPrintable(u"%1 of %2"_qs.arg(same).arg(total)));
}

void TestTimelineRenderer::vectorDevicesGetTheSameMarks()
{
    // SVG and PDF painters cannot take the cached image: they get rectangles, which must
    // land in the same places.
    const Catalogue c = crowded(3000);
    m_renderer.setCatalogue(&c);
    const QSize size(400, 200);
    const QImage raster = render(m_renderer, size, QDate(2016, 1, 1), QDate(2017, 1, 1));
    QPicture picture;
    {
        QPainter painter(&picture);
        m_renderer.paint(&painter,
                         m_renderer.layout(QRectF(QPointF(), size), dayStart(QDate(2016, 1, 1)),
                                           dayStart(QDate(2017, 1, 1))));
    }
    QImage replayed(size, QImage::Format_ARGB32_Premultiplied);
    replayed.fill(Qt::white);
    {
        QPainter painter(&replayed);
        picture.play(&painter);
    }
    const QRect area = m_renderer
                           .layout(QRectF(QPointF(), size), dayStart(QDate(2016, 1, 1)),
                                   dayStart(QDate(2017, 1, 1)))
                           .lanes.first()
                           .densityRect.toAlignedRect()
                           .adjusted(1, 1, -1, -1);
    int same = 0;
    int total = 0;
    for (int y = area.top(); y < area.bottom(); ++y) {
        for (int x = area.left(); x < area.right(); ++x) {
            ++total;
            const QColor a = raster.pixelColor(x, y);
            const QColor b = replayed.pixelColor(x, y);
            same += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                        std::abs(a.blue() - b.blue()) <
                    12;
        }
    }
    QVERIFY2(same > total * 9 / 10, qPrintable(u"%1 of %2"_qs.arg(same).arg(total)));
}

void TestTimelineRenderer::themes()
{
    const QList<QColor> okabeIto = TimelineTheme::okabeIto();
    QCOMPARE(okabeIto.size(), 8);
    QVERIFY(okabeIto.contains(QColor(0xE6, 0x9F, 0x00)));
    QVERIFY(okabeIto.contains(QColor(0xCC, 0x79, 0xA7)));

    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    const TimelineTheme night = TimelineTheme::screen(dark);
    QVERIFY(night.dark);
    QCOMPARE(night.background, QColor(0x20, 0x20, 0x20));
    QCOMPARE(night.text, QColor(0xEE, 0xEE, 0xEE));
    QVERIFY(night.laneColour(7).lightness() > 128); // black would vanish on dark

    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QVERIFY(!TimelineTheme::screen(light).dark);

    const TimelineTheme contrast = TimelineTheme::highContrast();
    QCOMPARE(contrast.shapeOutline(3), QColor(Qt::black));
    QVERIFY(contrast.lineWidth > 1);
    QCOMPARE(TimelineTheme::presentation().scaledFont().pixelSize(),
             int(std::lround(TimelineTheme::print().font.pixelSize() * 1.5)));
    QCOMPARE(TimelineTheme::print().laneColour(9), TimelineTheme::print().laneColour(1));
}

void TestTimelineRenderer::emptyAndTinyViews()
{
    // Nothing to draw, or nowhere to draw it: a picture all the same, and no crash.
    const qint64 from = dayStart(QDate(2017, 1, 1));
    const qint64 to = dayStart(QDate(2018, 1, 1));
    for (const QSize size : {QSize(1, 1), QSize(10, 10), QSize(300, 20), QSize(40, 400)}) {
        m_renderer.setCatalogue(nullptr);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        m_renderer.paint(&painter, m_renderer.layout(QRectF(QPointF(), size), from, to));
        QVERIFY(m_renderer.layout(QRectF(QPointF(), size), from, to).items.empty());
        const Catalogue c = crowded(2000);
        m_renderer.setCatalogue(&c);
        m_renderer.paint(&painter, m_renderer.layout(QRectF(QPointF(), size), from, to), 0, 1);
        m_renderer.paint(&painter, m_renderer.layout(QRectF(QPointF(), size), to, from), 0, 1);
    }
    const std::pair<qint64, qint64> range = TimelineRenderer().fullRange();
    QVERIFY(range.first < range.second);
}

void TestTimelineRenderer::builtInLabelsNeverCross_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    for (int width : {260, 320, 420, 560, 800, 1100, 1500, 1900}) {
        QTest::addRow("whole story at %d px", width) << width << 2012 << 2019;
        QTest::addRow("2017 at %d px", width) << width << 2017 << 2018;
    }
}

// The built-in story at any width: no two labels of a lane cross, wherever the edges pushed
// them.
void TestTimelineRenderer::builtInLabelsNeverCross()
{
    QFETCH(int, width);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    const CatalogueLoadResult story = CatalogueLoader::loadBuiltIn();
    QVERIFY(story.ok());
    m_renderer.setCatalogue(&story.catalogue);
    const TimelineLayout &l = m_renderer.layout(QRectF(0, 0, width, 420),
                                                dayStart(QDate(fromYear, 7, 1)),
                                                dayStart(QDate(toYear, 1, 1)));
    for (size_t i = 0; i < l.items.size(); ++i) {
        for (size_t j = i + 1; j < l.items.size(); ++j) {
            const TimelineLayout::Item &a = l.items[i];
            const TimelineLayout::Item &b = l.items[j];
            if (a.text.isEmpty() || b.text.isEmpty())
                continue;
            QVERIFY2(!a.labelRect.intersects(b.labelRect),
                     qPrintable(u"\u201C%1\u201D over \u201C%2\u201D (lane %3, rows %4 and %5)"_qs
                                    .arg(a.text, b.text)
                                    .arg(a.lane)
                                    .arg(a.row)
                                    .arg(b.row)));
        }
    }
    m_renderer.setCatalogue(nullptr);
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"

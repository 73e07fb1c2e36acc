#include "catalogue.h"
#include "eventfilter.h"
#include "timelineviewstate.h"
#include "timelinezoom.h"
#include "timescale.h"
#include "viewanimator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, QDate day)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::fromDays(day);
    event.laneId = u"lane"_s;
    return event;
}

// Five events a month apart in 2017, and one in 2019.
Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"lane"_s, u"Lane"_s, {}}});
    catalogue.setEvents({
        makeEvent(u"jan"_s, u"January meeting"_s, QDate(2017, 1, 10)),
        makeEvent(u"feb"_s, u"February report"_s, QDate(2017, 2, 10)),
        makeEvent(u"mar"_s, u"March decision"_s, QDate(2017, 3, 10)),
        makeEvent(u"apr"_s, u"April vote"_s, QDate(2017, 4, 10)),
        makeEvent(u"may"_s, u"May letter"_s, QDate(2017, 5, 10)),
        makeEvent(u"late"_s, u"Merger completed"_s, QDate(2019, 6, 3)),
    });
    return catalogue;
}

QBitArray maskOf(const QString &bits)
{
    QBitArray mask(int(bits.size()));
    for (int i = 0; i < bits.size(); ++i)
        mask.setBit(i, bits.at(i) == u'1');
    return mask;
}

qint64 day(int y, int m, int d)
{
    return TimeScale::dayStart(QDate(y, m, d));
}

} // namespace

class TestTimelineViewState : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void masksFollowTheFilter();
    void newCatalogueClearsFilterAndSelection();
    void selectionFollowsItsEventThroughAnEdit();
    void previousAndNext_data();
    void previousAndNext();
    void nextWithNothingSelectedStartsInView();
    void fitRange_data();
    void fitRange();
    void revealCentresAnEventOutOfView();
    void zoomAndPanStartFromTheTarget();
    void bringIntoViewTakesInEveryMatch();

private:
    Catalogue m_catalogue;
    TimelineViewState *m_state = nullptr;
};

void TestTimelineViewState::init()
{
    m_catalogue = makeCatalogue();
    m_state = new TimelineViewState;
    m_state->animator()->setEnabled(false);
    m_state->setCatalogue(&m_catalogue);
}

void TestTimelineViewState::cleanup()
{
    delete m_state;
    m_state = nullptr;
}

void TestTimelineViewState::masksFollowTheFilter()
{
    QSignalSpy visible(m_state, &TimelineViewState::visibleEventsChanged);
    QSignalSpy highlighted(m_state, &TimelineViewState::highlightedEventsChanged);
    QSignalSpy filterChanged(m_state, &TimelineViewState::filterChanged);
    QCOMPARE(m_state->visibleMask(), maskOf(u"111111"_s));
    QVERIFY(m_state->highlightedMask().isEmpty());

    EventFilter filter;
    filter.text = u"ma"_s; // March, May (and nothing else: "Merger" has no "ma")
    m_state->setFilter(filter);
    QCOMPARE(m_state->visibleMask(), maskOf(u"001010"_s));
    QCOMPARE(m_state->highlightedMask(), maskOf(u"001010"_s));
    QCOMPARE(visible.count(), 1);
    QCOMPARE(highlighted.count(), 1);
    QCOMPARE(filterChanged.count(), 1);

    m_state->setFilter(filter); // unchanged: nothing
    QCOMPARE(visible.count(), 1);

    // A chosen set overrides the filter's mask; the matches stay among what is shown.
    m_state->setVisibleMask(maskOf(u"000011"_s));
    QCOMPARE(m_state->visibleMask(), maskOf(u"000011"_s));
    QCOMPARE(m_state->highlightedMask(), maskOf(u"000010"_s));
    m_state->setVisibleMask({}); // the wrong size: everything
    QCOMPARE(m_state->visibleMask(), maskOf(u"111111"_s));
}

void TestTimelineViewState::newCatalogueClearsFilterAndSelection()
{
    EventFilter filter;
    filter.text = u"vote"_s;
    m_state->setFilter(filter);
    m_state->selectId(u"apr"_s);
    QCOMPARE(m_state->selectedEvent(), 3);

    QSignalSpy filterChanged(m_state, &TimelineViewState::filterChanged);
    Catalogue other = makeCatalogue();
    m_state->setCatalogue(&other);
    QCOMPARE(filterChanged.count(), 1);
    QVERIFY(m_state->filter().isEmpty());
    QCOMPARE(m_state->selectedEvent(), -1);
    QVERIFY(m_state->selectedId().isEmpty());
    QCOMPARE(m_state->visibleMask(), maskOf(u"111111"_s));
    m_state->setCatalogue(&m_catalogue);
}

void TestTimelineViewState::selectionFollowsItsEventThroughAnEdit()
{
    m_state->selectId(u"feb"_s);
    QCOMPARE(m_state->selectedEvent(), 1);
    EventFilter filter;
    filter.text = u"report"_s;
    m_state->setFilter(filter);

    // February's report is redated to December 2018: it moves from position 1 to 4.
    TimelineEvent moved = *m_catalogue.event(u"feb"_s);
    moved.date = EventDate::fromDays(QDate(2018, 12, 1));
    m_catalogue.replaceEvent(moved);
    QCOMPARE(m_catalogue.eventIndex(u"feb"_s), 4);
    m_state->catalogueEdited();

    QCOMPARE(m_state->selectedEvent(), 4);
    QCOMPARE(m_state->selectedId(), u"feb"_s);
    QCOMPARE(m_state->visibleMask(), maskOf(u"000010"_s)); // the mask moved with it
}

void TestTimelineViewState::previousAndNext_data()
{
    QTest::addColumn<QString>("visible");
    QTest::addColumn<int>("selected");
    QTest::addColumn<int>("previous");
    QTest::addColumn<int>("next");

    QTest::newRow("middle") << u"111111"_s << 2 << 1 << 3;
    QTest::newRow("first") << u"111111"_s << 0 << -1 << 1;
    QTest::newRow("last") << u"111111"_s << 5 << 4 << -1;
    QTest::newRow("skips hidden") << u"101001"_s << 2 << 0 << 5;
    QTest::newRow("from a hidden selection") << u"101001"_s << 3 << 2 << 5;
    QTest::newRow("none shown after") << u"111000"_s << 2 << 1 << -1;
}

void TestTimelineViewState::previousAndNext()
{
    QFETCH(QString, visible);
    QFETCH(int, selected);
    QFETCH(int, previous);
    QFETCH(int, next);
    m_state->setVisibleMask(maskOf(visible));
    m_state->select(selected);
    QCOMPARE(m_state->previousEvent(), previous);
    QCOMPARE(m_state->nextEvent(), next);

    m_state->selectNext();
    QCOMPARE(m_state->selectedEvent(), next >= 0 ? next : selected);
    m_state->select(selected);
    m_state->selectPrevious();
    QCOMPARE(m_state->selectedEvent(), previous >= 0 ? previous : selected);
}

void TestTimelineViewState::nextWithNothingSelectedStartsInView()
{
    // Looking at April 2017 with nothing selected: Right picks April, Left picks April too.
    m_state->jumpTo(day(2017, 4, 1), day(2017, 4, 30));
    QCOMPARE(m_state->nextEvent(), 3);
    QCOMPARE(m_state->previousEvent(), 3);
    // Looking past every event: Right takes the last before the view.
    m_state->jumpTo(day(2020, 1, 1), day(2020, 2, 1));
    QCOMPARE(m_state->nextEvent(), 5);
}

void TestTimelineViewState::fitRange_data()
{
    QTest::addColumn<QString>("visible");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    QTest::newRow("all") << u"111111"_s << day(2017, 1, 10) << day(2019, 6, 4);
    QTest::newRow("shown only") << u"011100"_s << day(2017, 2, 10) << day(2017, 4, 11);
    QTest::newRow("none shown: all") << u"000000"_s << day(2017, 1, 10) << day(2019, 6, 4);
}

void TestTimelineViewState::fitRange()
{
    QFETCH(QString, visible);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    m_state->setVisibleMask(maskOf(visible));
    const qint64 margin = (last - first) / 40;
    const auto [start, end] = m_state->fitRange();
    QCOMPARE(start, first - margin);
    QCOMPARE(end, last + margin);

    m_state->fitAll();
    QCOMPARE(m_state->zoom()->rangeStart(), first - margin);
    QCOMPARE(m_state->zoom()->rangeEnd(), last + margin);
}

void TestTimelineViewState::revealCentresAnEventOutOfView()
{
    m_state->jumpTo(day(2017, 1, 1), day(2017, 2, 1));
    const qint64 span = m_state->zoom()->rangeSpan();
    m_state->reveal(5); // June 2019
    QCOMPARE(m_state->zoom()->rangeSpan(), span);
    const qint64 centre = m_state->zoom()->rangeStart() + span / 2;
    QVERIFY(std::abs(centre - (day(2019, 6, 3) + TimeScale::kDay / 2)) <= 1);
    // Already comfortably in view: left alone.
    const qint64 start = m_state->zoom()->rangeStart();
    m_state->reveal(5);
    QCOMPARE(m_state->zoom()->rangeStart(), start);
}

void TestTimelineViewState::zoomAndPanStartFromTheTarget()
{
    m_state->jumpTo(day(2017, 1, 1), day(2017, 1, 1) + 100 * TimeScale::kDay);
    m_state->zoomBy(0.5);
    QCOMPARE(m_state->zoom()->rangeSpan(), 50 * TimeScale::kDay);
    QCOMPARE(m_state->zoom()->rangeStart(), day(2017, 1, 1) + 25 * TimeScale::kDay);
    m_state->panBy(0.1);
    QCOMPARE(m_state->zoom()->rangeStart(), day(2017, 1, 1) + 30 * TimeScale::kDay);

    // While a glide is under way, the next step adds to where it is heading.
    m_state->animator()->setEnabled(true);
    m_state->zoomBy(0.5);
    m_state->zoomBy(0.5);
    QCOMPARE(m_state->target().second - m_state->target().first,
             qint64(12.5 * double(TimeScale::kDay)));
    m_state->animator()->stop();
}

void TestTimelineViewState::bringIntoViewTakesInEveryMatch()
{
    m_state->jumpTo(day(2017, 1, 1), day(2017, 2, 1));
    m_state->bringIntoView(maskOf(u"100001"_s));
    QVERIFY(m_state->zoom()->rangeStart() <= day(2017, 1, 10));
    QVERIFY(m_state->zoom()->rangeEnd() >= day(2019, 6, 4));
    // Matches in view: left alone.
    m_state->jumpTo(day(2017, 1, 1), day(2017, 6, 1));
    m_state->bringIntoView(maskOf(u"011000"_s));
    QCOMPARE(m_state->zoom()->rangeStart(), day(2017, 1, 1));
}

QTEST_MAIN(TestTimelineViewState)
#include "tst_timelineviewstate.moc"

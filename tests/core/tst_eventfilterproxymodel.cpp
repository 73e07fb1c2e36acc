#include "catalogue.h"
#include "cataloguechange.h"
#include "eventfilter.h"
#include "eventfilterproxymodel.h"
#include "eventmasks.h"
#include "eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane, const QStringList &actors, const QStringList &tags,
                        const QString &excerpt)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.setSummary(u"About "_s + title.toLower() + u'.');
    event.date = EventDate::parse(date);
    event.laneId = lane;
    event.setActorIds(actors);
    event.setTagIds(tags);
    if (!excerpt.isEmpty())
        event.editDetails().sources.append({u"doc"_s, 0, excerpt.size(), excerpt});
    return event;
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"national"_s, u"National"_s, {}}, {u"local"_s, u"Local"_s, {}}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, {}, {}, {}, {}},
                         {u"lcc"_s, u"Leicester City Council"_s, {}, {}, {}, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});
    catalogue.setEvents({
        makeEvent(u"fyfv"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s,
                  {u"nhse"_s}, {u"policy"_s}, u"produced its Five Year Forward View"_s),
        makeEvent(u"budget"_s, u"Council sets budget"_s, u"February 2016"_s, u"local"_s, {u"lcc"_s},
                  {u"money"_s}, u"a balanced budget"_s),
        makeEvent(u"stp"_s, u"STP footprints announced"_s, u"March 2016"_s, u"national"_s,
                  {u"nhse"_s, u"lcc"_s}, {u"policy"_s, u"money"_s}, {}),
        makeEvent(u"plan"_s, u"Plan consultation"_s, u"2018/19 (planned)"_s, u"local"_s, {}, {},
                  u"consult on the plan"_s),
    });
    return catalogue;
}

QStringList visibleIds(const EventFilterProxyModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(EventTableModel::IdRole).toString());
    return ids;
}

// The test catalogue as a table, under the proxy.
struct Listed
{
    Listed()
    {
        model.setCatalogue(&catalogue);
        proxy.setSourceModel(&model);
    }
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    EventFilterProxyModel proxy;
};

} // namespace

class TestEventFilterProxyModel : public QObject
{
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void visibleMaskMatchesRows();
    void oncePerMaskChange();
    void followsCatalogueReset();
    void letsAGoneModelGoQuietly();
    void mapsEventIndexes();
    void sortsTitlesIgnoringCase();
    void sortsOtherColumnsStably_data();
    void sortsOtherColumnsStably();
    void persistentIndexesStayOnTheirEvents();
    void followsAnEditAsANewListWould_data();
    void followsAnEditAsANewListWould();
    void modelTester();
};

void TestEventFilterProxyModel::filters_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QStringList>("ids");

    const QStringList all{u"fyfv"_s, u"budget"_s, u"stp"_s, u"plan"_s};
    QTest::newRow("empty") << EventFilter() << all;

    EventFilter f;
    f.text = u"budget"_s;
    QTest::newRow("text in title and excerpt") << f << QStringList{u"budget"_s};
    f.text = u"FORWARD VIEW"_s;
    QTest::newRow("text ignores case") << f << QStringList{u"fyfv"_s};
    f.text = u"footprints"_s;
    QTest::newRow("text in title") << f << QStringList{u"stp"_s};
    f.text = u"about plan"_s;
    QTest::newRow("text in summary") << f << QStringList{u"plan"_s};
    f.text = u"consult on"_s;
    QTest::newRow("text in excerpt") << f << QStringList{u"plan"_s};
    f.text = u"city council"_s;
    QTest::newRow("text in actor names") << f << QStringList{u"budget"_s, u"stp"_s};
    f.text = u"nothing like this"_s;
    QTest::newRow("text matching nothing") << f << QStringList();

    f = {};
    f.laneIds = {u"local"_s};
    QTest::newRow("lane") << f << QStringList{u"budget"_s, u"plan"_s};
    f.laneIds = {u"local"_s, u"national"_s};
    QTest::newRow("every lane") << f << all;

    f = {};
    f.actorIds = {u"nhse"_s};
    QTest::newRow("actor") << f << QStringList{u"fyfv"_s, u"stp"_s};
    f = {};
    f.tagIds = {u"money"_s};
    QTest::newRow("tag") << f << QStringList{u"budget"_s, u"stp"_s};

    f = {};
    f.from = QDate(2016, 3, 15);
    QTest::newRow("from reaches into a month") << f << QStringList{u"stp"_s, u"plan"_s};
    f = {};
    f.to = QDate(2016, 2, 29);
    QTest::newRow("to") << f << QStringList{u"fyfv"_s, u"budget"_s};
    f.from = QDate(2015, 1, 1);
    QTest::newRow("from and to") << f << QStringList{u"budget"_s};

    f = {};
    f.laneIds = {u"national"_s};
    f.tagIds = {u"money"_s};
    QTest::newRow("lane and tag") << f << QStringList{u"stp"_s};
}

void TestEventFilterProxyModel::filters()
{
    QFETCH(EventFilter, filter);
    QFETCH(QStringList, ids);

    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));

    QCOMPARE(visibleIds(proxy), ids);
    QCOMPARE(proxy.visibleCount(), ids.size());
    QCOMPARE(proxy.totalCount(), 4);
}

void TestEventFilterProxyModel::visibleMaskMatchesRows()
{
    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    proxy.sort(EventTableModel::TitleColumn); // the mask is in catalogue order regardless

    EventFilter filter;
    filter.tagIds = {u"policy"_s};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));

    const QBitArray mask = proxy.visibleMask();
    QCOMPARE(mask.size(), catalogue.events().size());
    for (int i = 0; i < catalogue.events().size(); ++i) {
        const bool shown = proxy.indexOfEvent(i).isValid();
        QCOMPARE(mask.testBit(i), shown);
        QCOMPARE(shown, filter.matches(catalogue, catalogue.events().at(i)));
    }
}

void TestEventFilterProxyModel::oncePerMaskChange()
{
    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    QSignalSpy changed(&proxy, &EventFilterProxyModel::visibleEventsChanged);

    EventFilter filter;
    filter.laneIds = {u"local"_s};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(proxy.rowCount(), 2);

    proxy.setVisibleMask(EventMasks::visible(catalogue, filter)); // unchanged: nothing to do
    QCOMPARE(changed.count(), 1);

    proxy.setVisibleMask(EventMasks::visible(catalogue, {}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(proxy.rowCount(), 4);
}

void TestEventFilterProxyModel::followsCatalogueReset()
{
    const Catalogue first = makeCatalogue();
    Catalogue second;
    second.setLanes({{u"local"_s, u"Local"_s, {}}});
    second.setEvents({makeEvent(u"a"_s, u"A"_s, u"2019"_s, u"local"_s, {}, {}, {}),
                      makeEvent(u"b"_s, u"B"_s, u"2020"_s, u"other"_s, {}, {}, {})});

    EventTableModel model;
    model.setCatalogue(&first);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    EventFilter filter;
    filter.laneIds = {u"local"_s};
    proxy.setVisibleMask(EventMasks::visible(first, filter));
    QCOMPARE(proxy.visibleMask().size(), 4);
    QCOMPARE(proxy.rowCount(), 2);

    QSignalSpy changed(&proxy, &EventFilterProxyModel::visibleEventsChanged);
    int rowsSeenBySignal = -1;
    connect(&proxy, &EventFilterProxyModel::visibleEventsChanged, this,
            [&] { rowsSeenBySignal = proxy.rowCount(); });
    // The old mask does not fit the new catalogue: every row shows until its own mask comes.
    model.setCatalogue(&second);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowsSeenBySignal, 2); // listeners see the re-filtered rows
    QCOMPARE(proxy.visibleMask(), QBitArray(2, true));
    proxy.setVisibleMask(EventMasks::visible(second, filter));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(visibleIds(proxy), QStringList{u"a"_s});
    QBitArray expected(2);
    expected.setBit(0);
    QCOMPARE(proxy.visibleMask(), expected);
}

// A window destroys its models while it is itself being destroyed: a signal then would reach
// a half-destroyed window.
void TestEventFilterProxyModel::letsAGoneModelGoQuietly()
{
    const Catalogue catalogue = makeCatalogue();
    auto *model = new EventTableModel;
    model->setCatalogue(&catalogue);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(model);
    QCOMPARE(proxy.rowCount(), 4);
    const QPersistentModelIndex kept = proxy.index(1, 0);
    QSignalSpy changed(&proxy, &EventFilterProxyModel::visibleEventsChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    delete model;
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(!kept.isValid());
    QVERIFY(!proxy.index(0, 0).isValid());
    QCOMPARE(proxy.sourceModel(), nullptr);
}

void TestEventFilterProxyModel::mapsEventIndexes()
{
    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    proxy.sort(EventTableModel::DateColumn, Qt::DescendingOrder);

    for (int i = 0; i < catalogue.events().size(); ++i) {
        const QModelIndex index = proxy.indexOfEvent(i, EventTableModel::TitleColumn);
        QVERIFY(index.isValid());
        QCOMPARE(index.column(), int(EventTableModel::TitleColumn));
        QCOMPARE(proxy.eventIndex(index), i);
        QCOMPARE(index.row(), catalogue.events().size() - 1 - i);
    }
    QVERIFY(!proxy.indexOfEvent(-1).isValid());
    QVERIFY(!proxy.indexOfEvent(99).isValid());
    QCOMPARE(proxy.eventIndex({}), -1);

    EventFilter filter;
    filter.laneIds = {u"local"_s};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));
    QVERIFY(!proxy.indexOfEvent(catalogue.eventIndex(u"fyfv"_s)).isValid());
}

void TestEventFilterProxyModel::sortsTitlesIgnoringCase()
{
    Catalogue first;
    first.setEvents({makeEvent(u"c"_s, u"cherry"_s, u"2014"_s, {}, {}, {}, {}),
                     makeEvent(u"b"_s, u"Banana"_s, u"2015"_s, {}, {}, {}, {}),
                     makeEvent(u"a"_s, u"apple"_s, u"2016"_s, {}, {}, {}, {})});
    EventTableModel model;
    model.setCatalogue(&first);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::TitleColumn);
    QCOMPARE(visibleIds(proxy), QStringList({u"a"_s, u"b"_s, u"c"_s}));

    // Another catalogue of the same size: the sort must not reuse the old titles.
    Catalogue second;
    second.setEvents({makeEvent(u"z"_s, u"Zebra"_s, u"2014"_s, {}, {}, {}, {}),
                      makeEvent(u"y"_s, u"aardvark"_s, u"2015"_s, {}, {}, {}, {}),
                      makeEvent(u"x"_s, u"Mole"_s, u"2016"_s, {}, {}, {}, {})});
    model.setCatalogue(&second);
    QCOMPARE(visibleIds(proxy), QStringList({u"y"_s, u"x"_s, u"z"_s}));
    proxy.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
    QCOMPARE(visibleIds(proxy), QStringList({u"z"_s, u"x"_s, u"y"_s}));
}

void TestEventFilterProxyModel::sortsOtherColumnsStably_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");

    // Lanes in the catalogue's order, National (fyfv, stp) then Local (budget, plan); the
    // events of a lane in catalogue order either way.
    QTest::newRow("lane") << int(EventTableModel::LaneColumn) << int(Qt::AscendingOrder)
                          << QStringList{u"fyfv"_s, u"stp"_s, u"budget"_s, u"plan"_s};
    QTest::newRow("lane, descending")
        << int(EventTableModel::LaneColumn) << int(Qt::DescendingOrder)
        << QStringList{u"budget"_s, u"plan"_s, u"fyfv"_s, u"stp"_s};
    QTest::newRow("date, descending")
        << int(EventTableModel::DateColumn) << int(Qt::DescendingOrder)
        << QStringList{u"plan"_s, u"stp"_s, u"budget"_s, u"fyfv"_s};
    QTest::newRow("catalogue order") << -1 << int(Qt::AscendingOrder)
                                     << QStringList{u"fyfv"_s, u"budget"_s, u"stp"_s, u"plan"_s};
}

void TestEventFilterProxyModel::sortsOtherColumnsStably()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, ids);

    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    proxy.sort(EventTableModel::TitleColumn); // from another order, so the sort is done
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(visibleIds(proxy), ids);
    // A filter keeps the order.
    EventFilter filter;
    filter.laneIds = {u"national"_s};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));
    QStringList national = ids;
    national.removeIf([](const QString &id) { return id == u"budget"_s || id == u"plan"_s; });
    QCOMPARE(visibleIds(proxy), national);
}

// A view's selection and current row are persistent indexes: a new mask or sort moves them
// with their events, and drops those whose events are hidden.
void TestEventFilterProxyModel::persistentIndexesStayOnTheirEvents()
{
    Listed listed;
    const Catalogue &catalogue = listed.catalogue;
    EventFilterProxyModel &proxy = listed.proxy;
    const int stp = catalogue.eventIndex(u"stp"_s);
    const int budget = catalogue.eventIndex(u"budget"_s);
    const QPersistentModelIndex onStp = proxy.indexOfEvent(stp, EventTableModel::TitleColumn);
    const QPersistentModelIndex onBudget = proxy.indexOfEvent(budget);
    QCOMPARE(onStp.row(), 2);

    EventFilter filter;
    filter.laneIds = {u"national"_s};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));
    QCOMPARE(onStp.row(), 1);
    QCOMPARE(onStp.column(), int(EventTableModel::TitleColumn));
    QCOMPARE(proxy.eventIndex(onStp), stp);
    QVERIFY(!onBudget.isValid());

    proxy.sort(EventTableModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(onStp.row(), 0);
    QCOMPARE(proxy.eventIndex(onStp), stp);
}

namespace {

// Twelve events a month apart from January 2015, in two lanes, titles out of date order.
Catalogue monthlyCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"national"_s, u"National"_s, {}}, {u"local"_s, u"Local"_s, {}}});
    QList<TimelineEvent> events;
    for (int i = 0; i < 12; ++i) {
        const QString date = QDate(2015, i + 1, 1).toString(u"d MMMM yyyy"_s);
        events.append(makeEvent(u"e"_s + QString::number(i),
                                QString(QChar(u'a' + (i * 5) % 12)) + u" event"_s, date,
                                i % 3 == 0 ? u"local"_s : u"national"_s, {}, {}, {}));
    }
    catalogue.setEvents(events);
    return catalogue;
}

} // namespace

void TestEventFilterProxyModel::followsAnEditAsANewListWould_data()
{
    QTest::addColumn<int>("column"); // -1: catalogue order
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("lane"); // the filter, or none
    QTest::addColumn<int>("edited");
    QTest::addColumn<QString>("date"); // its new date
    QTest::addColumn<QString>("title");

    const int date = EventTableModel::DateColumn, title = EventTableModel::TitleColumn;
    const int lane = EventTableModel::LaneColumn;
    const int up = Qt::AscendingOrder, down = Qt::DescendingOrder;
    const QString any, local = u"local"_s, national = u"national"_s;
    QTest::newRow("unsorted, all shown, later") << -1 << up << any << 2 << u"20 September 2015"_s
                                                << QString();
    QTest::newRow("by date, all shown, earlier") << date << up << any << 9 << u"2014"_s
                                                 << QString();
    QTest::newRow("by date down, all shown, later") << date << down << any << 0
                                                    << u"2016"_s << QString();
    QTest::newRow("by date, filtered, shown one, later")
        << date << up << local << 3 << u"15 October 2015"_s << QString();
    QTest::newRow("by date, filtered, shown one, earlier")
        << date << up << local << 9 << u"2 February 2015"_s << QString();
    QTest::newRow("by date down, filtered, shown one, later")
        << date << down << local << 0 << u"5 November 2015"_s << QString();
    QTest::newRow("by date down, filtered, shown one, earlier")
        << date << down << national << 10 << u"3 January 2015"_s << QString();
    QTest::newRow("by date, filtered, hidden one moves") << date << up << local << 4
                                                         << u"2016"_s << QString();
    QTest::newRow("by date, filtered, past hidden ones only")
        << date << up << local << 3 << u"20 May 2015"_s << QString();
    QTest::newRow("by date, in place, new title") << date << up << local << 6 << QString()
                                                  << u"renamed"_s;
    QTest::newRow("by title, in place, new title") << title << up << any << 6 << QString()
                                                   << u"zz last"_s;
    QTest::newRow("by title down, filtered, new title and date")
        << title << down << national << 4 << u"2016"_s << u"0 first"_s;
    QTest::newRow("by lane, filtered, later") << lane << up << national << 1 << u"2016"_s
                                              << QString();
}

void TestEventFilterProxyModel::followsAnEditAsANewListWould()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, lane);
    QFETCH(int, edited);
    QFETCH(QString, date);
    QFETCH(QString, title);

    Catalogue catalogue = monthlyCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(column, Qt::SortOrder(order));
    EventFilter filter;
    if (!lane.isEmpty())
        filter.laneIds = {lane};
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));

    TimelineEvent event = catalogue.events().at(edited);
    if (!date.isEmpty())
        event.date = EventDate::parse(date);
    if (!title.isEmpty())
        event.title = title;
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy visible(&proxy, &EventFilterProxyModel::visibleEventsChanged);
    const Catalogue::EventMove move = catalogue.replaceEvent(event);
    QVERIFY(model.followChange({CatalogueChange::What::EventsChanged, {event.id}, {move}}));
    // The mask moved with the rows: the edited catalogue's own mask is the same one.
    const QBitArray mask = EventMasks::visible(catalogue, filter);
    QCOMPARE(proxy.visibleMask(), mask);
    proxy.setVisibleMask(mask);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(visible.count(), 0);
    // In catalogue order no row but the edited one changes its place: no new layout.
    if (column < 0 || column == EventTableModel::DateColumn)
        QCOMPARE(layout.count(), 0);

    EventTableModel freshModel;
    freshModel.setCatalogue(&catalogue);
    EventFilterProxyModel fresh;
    fresh.setSourceModel(&freshModel);
    fresh.sort(column, Qt::SortOrder(order));
    fresh.setVisibleMask(mask);
    QCOMPARE(visibleIds(proxy), visibleIds(fresh));
    for (int i = 0; i < catalogue.events().size(); ++i)
        QCOMPARE(proxy.indexOfEvent(i).row(), fresh.indexOfEvent(i).row());
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.eventIndex(proxy.index(row, 0)), fresh.eventIndex(fresh.index(row, 0)));
}

void TestEventFilterProxyModel::modelTester()
{
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    EventFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::DateColumn);
    EventFilter filter;
    filter.text = u"budget"_s;
    proxy.setVisibleMask(EventMasks::visible(catalogue, filter));
    proxy.setVisibleMask({});
    model.setCatalogue(nullptr);
    model.setCatalogue(&catalogue);
}

QTEST_GUILESS_MAIN(TestEventFilterProxyModel)
#include "tst_eventfilterproxymodel.moc"

#include "catalogue.h"
#include "cataloguechange.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane, const QStringList &actors = {},
                        const QStringList &tags = {}, const QStringList &excerpts = {})
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.setSummary(u"Summary of "_s + title);
    event.date = EventDate::parse(date);
    event.laneId = lane;
    event.setActorIds(actors);
    event.setTagIds(tags);
    for (const QString &excerpt : excerpts)
        event.editDetails().sources.append({u"doc"_s, 0, excerpt.size(), excerpt});
    return event;
}

// Given out of order on purpose: the catalogue sorts chronologically. Labels sort
// differently alphabetically ("April" < "c. March" < "March" < "Q1").
Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"Local councils"_s, {}}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, {}, {}, {}, {}},
                         {u"lcc"_s, u"Leicester City Council"_s, {}, {}, {}, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});
    catalogue.setEvents({
        makeEvent(u"april"_s, u"Budget set"_s, u"April 2017"_s, u"local"_s, {u"lcc"_s},
                  {u"money"_s}, {u"the budget was set"_s}),
        makeEvent(u"march"_s, u"Plan published"_s, u"3 March 2017"_s, u"national"_s,
                  {u"nhse"_s, u"lcc"_s}, {u"policy"_s, u"money"_s},
                  {u"a plan"_s, u"another passage"_s}),
        makeEvent(u"quarter"_s, u"Consultation"_s, u"Q1 2017 (planned)"_s, u"local"_s, {}, {}, {}),
        makeEvent(u"approx"_s, u"Talks begin"_s, u"c. March 2017"_s, u"unknown-lane"_s,
                  {u"someone"_s}),
    });
    return catalogue;
}

} // namespace

class TestEventTableModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyWithoutCatalogue();
    void rowsFollowCatalogueOrder();
    void display_data();
    void display();
    void roles();
    void dateColumnSortsChronologically_data();
    void dateColumnSortsChronologically();
    void setCatalogueResets();
    void followsAnEditOfOneEvent_data();
    void followsAnEditOfOneEvent();
    void leavesOtherChangesToAReset();
    void headers();
    void modelTester();
    void editsGoToTheHandler_data();
    void editsGoToTheHandler();
    void readOnlyWithoutHandler();
    void openEndedDateReadsAsAPhrase();
};

void TestEventTableModel::emptyWithoutCatalogue()
{
    EventTableModel model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EventTableModel::ColumnCount));
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

void TestEventTableModel::rowsFollowCatalogueOrder()
{
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    QCOMPARE(model.rowCount(), 4);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(EventTableModel::EventIndexRole).toInt(), row);
        QCOMPARE(model.index(row, 0).data(EventTableModel::IdRole).toString(),
                 catalogue.events().at(row).id);
    }
}

void TestEventTableModel::display_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::newRow("date day") << u"march"_s << int(EventTableModel::DateColumn)
                              << u"3 March 2017"_s;
    QTest::newRow("date planned") << u"quarter"_s << int(EventTableModel::DateColumn)
                                  << u"Q1 2017 (planned)"_s;
    QTest::newRow("date approximate")
        << u"approx"_s << int(EventTableModel::DateColumn) << u"c. March 2017"_s;
    QTest::newRow("title") << u"april"_s << int(EventTableModel::TitleColumn) << u"Budget set"_s;
    QTest::newRow("lane name") << u"march"_s << int(EventTableModel::LaneColumn)
                               << u"National bodies"_s;
    QTest::newRow("unknown lane shows its id")
        << u"approx"_s << int(EventTableModel::LaneColumn) << u"unknown-lane"_s;
    QTest::newRow("actor names") << u"march"_s << int(EventTableModel::ActorsColumn)
                                 << u"NHS England, Leicester City Council"_s;
    QTest::newRow("unknown actor shows its id")
        << u"approx"_s << int(EventTableModel::ActorsColumn) << u"someone"_s;
    QTest::newRow("no actors") << u"quarter"_s << int(EventTableModel::ActorsColumn) << QString();
    QTest::newRow("tag names") << u"march"_s << int(EventTableModel::TagsColumn)
                               << u"Policy, Money"_s;
    QTest::newRow("source count") << u"march"_s << int(EventTableModel::SourcesColumn) << u"2"_s;
}

void TestEventTableModel::display()
{
    QFETCH(QString, id);
    QFETCH(int, column);
    QFETCH(QString, text);

    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    const QModelIndex index = model.index(catalogue.eventIndex(id), column);
    QCOMPARE(index.data().toString(), text);
}

void TestEventTableModel::roles()
{
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    const int row = catalogue.eventIndex(u"march"_s);
    // Roles do not depend on the column.
    for (int column = 0; column < model.columnCount(); ++column) {
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data(EventTableModel::EventIndexRole).toInt(), row);
        QCOMPARE(index.data(EventTableModel::IdRole).toString(), u"march"_s);
        QCOMPARE(index.data(EventTableModel::FirstDayRole).toDate(), QDate(2017, 3, 3));
        QCOMPARE(index.data(EventTableModel::LastDayRole).toDate(), QDate(2017, 3, 3));
        QCOMPARE(index.data(EventTableModel::LaneIdRole).toString(), u"national"_s);
        QCOMPARE(index.data(EventTableModel::ActorIdsRole).toStringList(),
                 QStringList({u"nhse"_s, u"lcc"_s}));
        QCOMPARE(index.data(EventTableModel::TagIdsRole).toStringList(),
                 QStringList({u"policy"_s, u"money"_s}));
        QCOMPARE(index.data(EventTableModel::SummaryRole).toString(),
                 u"Summary of Plan published"_s);
        QCOMPARE(index.data(EventTableModel::ExcerptsRole).toStringList(),
                 QStringList({u"a plan"_s, u"another passage"_s}));
        QCOMPARE(index.data(EventTableModel::PlannedRole).toBool(), false);
        QCOMPARE(index.data(EventTableModel::ApproximateRole).toBool(), false);
        QCOMPARE(index.data(EventTableModel::PrecisionRole).toString(), u"day"_s);
    }

    const QModelIndex quarter = model.index(catalogue.eventIndex(u"quarter"_s), 0);
    QCOMPARE(quarter.data(EventTableModel::PlannedRole).toBool(), true);
    QCOMPARE(quarter.data(EventTableModel::PrecisionRole).toString(), u"quarter"_s);
    QCOMPARE(quarter.data(EventTableModel::FirstDayRole).toDate(), QDate(2017, 1, 1));
    QCOMPARE(quarter.data(EventTableModel::LastDayRole).toDate(), QDate(2017, 3, 31));
    const QModelIndex approx = model.index(catalogue.eventIndex(u"approx"_s), 0);
    QCOMPARE(approx.data(EventTableModel::ApproximateRole).toBool(), true);
}

void TestEventTableModel::dateColumnSortsChronologically_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");

    // Q1 2017 starts first; "3 March" and "c. March" start on different days; April last.
    const QStringList chronological{u"quarter"_s, u"approx"_s, u"march"_s, u"april"_s};
    QStringList reversed = chronological;
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << chronological;
    QTest::newRow("descending") << int(Qt::DescendingOrder) << reversed;
}

void TestEventTableModel::dateColumnSortsChronologically()
{
    QFETCH(int, order);
    QFETCH(QStringList, ids);

    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(EventTableModel::DateColumn, Qt::SortOrder(order));

    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted.append(proxy.index(row, 0).data(EventTableModel::IdRole).toString());
    QCOMPARE(sorted, ids);
}

void TestEventTableModel::setCatalogueResets()
{
    const Catalogue first = makeCatalogue();
    Catalogue second;
    second.setEvents({makeEvent(u"only"_s, u"Only"_s, u"2019"_s, {})});

    EventTableModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCatalogue(&first);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    model.setCatalogue(&second);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    model.setCatalogue(nullptr);
    QCOMPARE(reset.count(), 3);
    QCOMPARE(model.rowCount(), 0);
}

void TestEventTableModel::followsAnEditOfOneEvent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date"); // the edited event's new date
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");

    // In order: "quarter" (Q1), "approx" (c. March), "march" (3 March), "april".
    QTest::newRow("title only: the row changes") << u"march"_s << u"3 March 2017"_s
                                                 << u"Plan out"_s << 2 << 2;
    QTest::newRow("later: down two") << u"approx"_s << u"May 2017"_s << u"Talks begin"_s << 1
                                     << 3;
    QTest::newRow("earlier: to the top") << u"april"_s << u"2016"_s << u"Budget set"_s << 3 << 0;
    QTest::newRow("one place down") << u"quarter"_s << u"2 March 2017 (planned)"_s
                                    << u"Consultation"_s << 0 << 1;
}

void TestEventTableModel::followsAnEditOfOneEvent()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QString, title);
    QFETCH(int, from);
    QFETCH(int, to);

    Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(catalogue.eventIndex(id), from);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex kept = model.index(from, EventTableModel::TitleColumn);

    TimelineEvent event = catalogue.events().at(from);
    event.date = EventDate::parse(date);
    event.title = title;
    const Catalogue::EventMove move = catalogue.replaceEvent(event);
    QCOMPARE(move.from, from);
    QCOMPARE(move.to, to);
    QVERIFY(model.followChange({CatalogueChange::What::EventsChanged, {id}, {move}}));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(moved.count(), from == to ? 0 : 1);
    QCOMPARE(changed.count(), from == to ? 1 : 0);
    QCOMPARE(kept.row(), to); // whatever pointed at the row follows it
    QCOMPARE(kept.data().toString(), title);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(EventTableModel::IdRole).toString(),
                 catalogue.events().at(row).id);
}

void TestEventTableModel::leavesOtherChangesToAReset()
{
    Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    using What = CatalogueChange::What;
    QVERIFY(!model.followChange({What::EventsAdded, {u"new"_s}, {{-1, 0}}}));
    QVERIFY(!model.followChange({What::EventsRemoved, {u"april"_s}, {{3, -1}}}));
    QVERIFY(!model.followChange({What::EventsChanged, {u"a"_s, u"b"_s}, {{0, 1}, {1, 0}}}));
    QVERIFY(!model.followChange({What::EventsChanged, {u"a"_s}, {{0, 9}}}));
    QVERIFY(!model.followChange({What::Lanes, {u"local"_s}, {}}));
    QCOMPARE(reset.count(), 0);
    EventTableModel empty;
    QVERIFY(!empty.followChange({What::EventsChanged, {u"a"_s}, {{0, 0}}}));
}

void TestEventTableModel::headers()
{
    EventTableModel model;
    const QStringList expected{u"Date"_s,   u"Title"_s, u"Lane"_s,
                               u"Actors"_s, u"Tags"_s,  u"Sources"_s};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestEventTableModel::modelTester()
{
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(&catalogue);
    model.setCatalogue(nullptr);
    model.setCatalogue(&catalogue);
}

void TestEventTableModel::editsGoToTheHandler_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("shown");  // the EditRole value of row 0
    QTest::addColumn<QVariant>("typed");
    QTest::addColumn<bool>("editable");
    QTest::newRow("title") << int(EventTableModel::TitleColumn) << QVariant(u"Plan published"_s)
                           << QVariant(u"Plan out"_s) << true;
    QTest::newRow("date") << int(EventTableModel::DateColumn) << QVariant(u"3 March 2017"_s)
                          << QVariant(u"by June 2018"_s) << true;
    QTest::newRow("lane") << int(EventTableModel::LaneColumn) << QVariant(u"national"_s)
                          << QVariant(u"local"_s) << true;
    QTest::newRow("actors") << int(EventTableModel::ActorsColumn) << QVariant() << QVariant(u"x"_s)
                            << false;
    QTest::newRow("sources") << int(EventTableModel::SourcesColumn) << QVariant() << QVariant(3)
                             << false;
}

// The model hands an edit to its owner with the event's id and never changes the catalogue.
void TestEventTableModel::editsGoToTheHandler()
{
    QFETCH(int, column);
    QFETCH(QVariant, shown);
    QFETCH(QVariant, typed);
    QFETCH(bool, editable);
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    QStringList calls;
    model.setEditHandler([&](const QString &id, EventTableModel::Column c, const QVariant &v) {
        calls.append(u"%1 %2 %3"_s.arg(id).arg(int(c)).arg(v.toString()));
        return true;
    });
    const QModelIndex index = model.index(catalogue.eventIndex(u"march"_s), column);
    QCOMPARE(bool(model.flags(index) & Qt::ItemIsEditable), editable);
    if (shown.isValid())
        QCOMPARE(index.data(Qt::EditRole), shown);
    QCOMPARE(model.setData(index, typed), editable);
    QCOMPARE(calls.size(), editable ? 1 : 0);
    if (editable) {
        QCOMPARE(calls.first(), u"march %1 %2"_s.arg(column).arg(typed.toString()));
        QCOMPARE(model.setData(index, shown), false); // unchanged: no command
        QCOMPARE(calls.size(), 1);
    }
    QCOMPARE(catalogue.event(u"march"_s)->title, u"Plan published"_s);
}

void TestEventTableModel::readOnlyWithoutHandler()
{
    const Catalogue catalogue = makeCatalogue();
    EventTableModel model;
    model.setCatalogue(&catalogue);
    const QModelIndex title = model.index(catalogue.eventIndex(u"march"_s), EventTableModel::TitleColumn);
    QVERIFY(!(model.flags(title) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(title, u"x"_s));
}

// Shown as it reads ("by about March 2016"); edited as the label that parses back.
void TestEventTableModel::openEndedDateReadsAsAPhrase()
{
    Catalogue catalogue;
    catalogue.setEvents({makeEvent(u"bct"_s, u"Better Care Together runs"_s, u"c. by March 2016"_s,
                                   u"local"_s, {}, {}, {})});
    EventTableModel model;
    model.setCatalogue(&catalogue);
    const QModelIndex date = model.index(0, EventTableModel::DateColumn);
    QCOMPARE(date.data().toString(), u"by about March 2016"_s);
    QCOMPARE(date.data(Qt::EditRole).toString(), u"c. by March 2016"_s);
    QCOMPARE(EventDate::parse(date.data(Qt::EditRole).toString()), catalogue.events().at(0).date);
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"

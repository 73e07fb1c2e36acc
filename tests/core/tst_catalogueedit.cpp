#include "catalogueedit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &date, const QString &lane = u"l"_s)
{
    TimelineEvent e;
    e.id = id;
    e.title = id;
    e.date = EventDate::parse(date);
    e.laneId = lane;
    e.actorIds = {u"council"_s};
    e.tagIds = {u"money"_s};
    return e;
}

Catalogue sample()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"l"_s, u"Lane"_s, {}}, {u"m"_s, u"Other"_s, {}}});
    catalogue.setEvents({makeEvent(u"a"_s, u"2016"_s), makeEvent(u"b"_s, u"2017"_s, u"m"_s),
                         makeEvent(u"c"_s, u"2018"_s)});
    catalogue.setStories({{u"s"_s, u"Story"_s, {u"c"_s, u"a"_s, u"b"_s}}});
    return catalogue;
}

} // namespace

// The plain edits the undo commands are made of: what each changes and reports.
class tst_CatalogueEdit : public QObject
{
    Q_OBJECT

private slots:
    void addEvents();
    void removeEventsLeavesStoriesWhole();
    void replaceEventsReportsMoves();
    void listChangesNameWhatChanged_data();
    void listChangesNameWhatChanged();
    void uses();
    void unusedEventId_data();
    void unusedEventId();
};

void tst_CatalogueEdit::addEvents()
{
    Catalogue catalogue = sample();
    const CatalogueChange change = CatalogueEdit::addEvents(
        catalogue,
        {makeEvent(u"x"_s, u"2015"_s), makeEvent(u"a"_s, u"2019"_s), makeEvent(u"y"_s, u"2019"_s)});
    QCOMPARE(change.what, CatalogueChange::What::EventsAdded);
    QCOMPARE(change.ids, (QStringList{u"x"_s, u"y"_s})); // "a" is taken
    QCOMPARE(change.moves.size(), 2);
    QCOMPARE(change.moves.at(0).to, 0);
    QCOMPARE(change.moves.at(1).to, 4);
    QCOMPARE(change.firstMovedPosition(), 0);
    QCOMPARE(catalogue.events().size(), 5);
    QCOMPARE(catalogue.event(u"a"_s)->date.first().year(), 2016);
}

void tst_CatalogueEdit::removeEventsLeavesStoriesWhole()
{
    Catalogue catalogue = sample();
    const CatalogueChange change = CatalogueEdit::removeEvents(catalogue, {u"a"_s, u"zz"_s});
    QCOMPARE(change.what, CatalogueChange::What::EventsRemoved);
    QCOMPARE(change.ids, QStringList{u"a"_s});
    QCOMPARE(change.moves.at(0).from, 0);
    QCOMPARE(catalogue.stories().at(0).eventIds, (QStringList{u"c"_s, u"b"_s}));
    QCOMPARE(catalogue.event(u"a"_s), nullptr);
}

void tst_CatalogueEdit::replaceEventsReportsMoves()
{
    Catalogue catalogue = sample();
    TimelineEvent later = *catalogue.event(u"a"_s);
    later.date = EventDate::parse(u"2020"_s);
    TimelineEvent renamed = *catalogue.event(u"b"_s);
    renamed.title = u"B"_s;
    const CatalogueChange change = CatalogueEdit::replaceEvents(catalogue, {later, renamed});
    QCOMPARE(change.what, CatalogueChange::What::EventsChanged);
    QCOMPARE(change.ids, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(change.moves.at(0).from, 0);
    QCOMPARE(change.moves.at(0).to, 2);
    QCOMPARE(change.moves.at(1).from, 0); // b moved up when a left
    QCOMPARE(change.moves.at(1).to, 0);
    QCOMPARE(catalogue.events().at(2).id, u"a"_s);
    QCOMPARE(catalogue.event(u"b"_s)->title, u"B"_s);
}

void tst_CatalogueEdit::listChangesNameWhatChanged_data()
{
    QTest::addColumn<QList<Lane>>("lanes");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("added") << QList<Lane>{{u"l"_s, u"Lane"_s, {}},
                                          {u"m"_s, u"Other"_s, {}},
                                          {u"n"_s, u"New"_s, {}}}
                           << QStringList{u"n"_s};
    QTest::newRow("removed") << QList<Lane>{{u"l"_s, u"Lane"_s, {}}} << QStringList{u"m"_s};
    QTest::newRow("renamed") << QList<Lane>{{u"l"_s, u"Renamed"_s, {}}, {u"m"_s, u"Other"_s, {}}}
                             << QStringList{};
}

void tst_CatalogueEdit::listChangesNameWhatChanged()
{
    QFETCH(QList<Lane>, lanes);
    QFETCH(QStringList, ids);
    Catalogue catalogue = sample();
    const CatalogueChange change = CatalogueEdit::setLanes(catalogue, lanes);
    QCOMPARE(change.what, CatalogueChange::What::Lanes);
    QCOMPARE(change.ids, ids);
    QCOMPARE(catalogue.lanes().size(), lanes.size());
    QCOMPARE(catalogue.lanes().at(0).name, lanes.at(0).name);
}

void tst_CatalogueEdit::uses()
{
    const Catalogue catalogue = sample();
    QCOMPARE(CatalogueEdit::eventsInLane(catalogue, u"l"_s), (QStringList{u"a"_s, u"c"_s}));
    QCOMPARE(CatalogueEdit::eventsInLane(catalogue, u"none"_s), QStringList{});
    QCOMPARE(CatalogueEdit::eventsWithActor(catalogue, u"council"_s).size(), 3);
    QCOMPARE(CatalogueEdit::eventsWithTag(catalogue, u"money"_s).size(), 3);
    QCOMPARE(CatalogueEdit::eventsWithTag(catalogue, u"policy"_s), QStringList{});
}

void tst_CatalogueEdit::unusedEventId_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::newRow("free") << u"new"_s << u"new"_s;
    QTest::newRow("taken") << u"a"_s << u"a-2"_s;
    QTest::newRow("empty") << QString() << u"event"_s;
}

void tst_CatalogueEdit::unusedEventId()
{
    QFETCH(QString, base);
    QFETCH(QString, id);
    QCOMPARE(CatalogueEdit::unusedEventId(sample(), base), id);
}

QTEST_GUILESS_MAIN(tst_CatalogueEdit)
#include "tst_catalogueedit.moc"

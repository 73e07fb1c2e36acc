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
    e.setActorIds({u"council"_s});
    e.setTagIds({u"money"_s});
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

// sample() with its actors and tags listed, one unused of each, and an affiliation.
Catalogue withItems()
{
    Catalogue catalogue = sample();
    catalogue.setLanes(
        {{u"l"_s, u"Lane"_s, {}}, {u"m"_s, u"Other"_s, {}}, {u"n"_s, u"Unused"_s, {}}});
    catalogue.setActors({{u"council"_s, u"Council"_s, u"organisation"_s, {}, {}, {}},
                         {u"mayor"_s, u"Mayor"_s, u"person"_s, {}, u"council"_s, {}},
                         {u"idle"_s, u"Idle"_s, u"person"_s, {}, {}, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});
    TimelineEvent b = *catalogue.event(u"b"_s);
    b.editDetails().actorIds.append(u"mayor"_s);
    b.editDetails().tagIds.prepend(u"policy"_s);
    catalogue.replaceEvent(b);
    return catalogue;
}

QStringList names(const Catalogue &catalogue, const QString &kind)
{
    QStringList out;
    if (kind == u"lane"_s) {
        for (const Lane &lane : catalogue.lanes())
            out.append(lane.id + u'=' + lane.name);
    } else if (kind == u"actor"_s) {
        for (const Actor &actor : catalogue.actors())
            out.append(actor.id + u'=' + actor.name);
    } else {
        for (const Tag &tag : catalogue.tags())
            out.append(tag.id + u'=' + tag.name);
    }
    return out;
}

// Each event as id:lane:actors:tags, to compare what an edit did to all of them.
QStringList eventUses(const Catalogue &catalogue)
{
    QStringList out;
    for (const TimelineEvent &event : catalogue.events())
        out.append(event.id + u':' + event.laneId + u':' + event.actorIds().join(u',') + u':' +
                   event.tagIds().join(u','));
    return out;
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
    void rename_data();
    void rename();
    void deleteItem_data();
    void deleteItem();
    void deletedActorLeavesNoAffiliation();
    void newItemId_data();
    void newItemId();
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

void tst_CatalogueEdit::rename_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("changedIds");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("lane") << u"lane"_s << u"m"_s << QStringList{u"m"_s}
                          << QStringList{u"l=Lane"_s, u"m=Renamed"_s, u"n=Unused"_s};
    QTest::newRow("actor") << u"actor"_s << u"council"_s << QStringList{u"council"_s}
                           << QStringList{u"council=Renamed"_s, u"mayor=Mayor"_s, u"idle=Idle"_s};
    QTest::newRow("tag") << u"tag"_s << u"policy"_s << QStringList{u"policy"_s}
                         << QStringList{u"money=Money"_s, u"policy=Renamed"_s};
    QTest::newRow("unknown tag") << u"tag"_s << u"nope"_s << QStringList{}
                                 << QStringList{u"money=Money"_s, u"policy=Policy"_s};
}

void tst_CatalogueEdit::rename()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QStringList, changedIds);
    QFETCH(QStringList, after);
    Catalogue catalogue = withItems();
    const QStringList before = eventUses(catalogue);
    CatalogueChange change;
    if (kind == u"lane"_s)
        change = CatalogueEdit::renameLane(catalogue, id, u"Renamed"_s);
    else if (kind == u"actor"_s)
        change = CatalogueEdit::renameActor(catalogue, id, u"Renamed"_s);
    else
        change = CatalogueEdit::renameTag(catalogue, id, u"Renamed"_s);
    QCOMPARE(change.ids, changedIds);
    QCOMPARE(names(catalogue, kind), after);
    QCOMPARE(eventUses(catalogue), before); // ids are stable: no event changes
}

void tst_CatalogueEdit::deleteItem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("toLane");
    QTest::addColumn<QStringList>("changedEvents"); // the first change's ids, when two
    QTest::addColumn<QStringList>("listAfter");     // empty: nothing deleted
    QTest::addColumn<QStringList>("usesAfter");

    const QStringList untouched{u"a:l:council:money"_s, u"b:m:council,mayor:policy,money"_s,
                                u"c:l:council:money"_s};
    QTest::newRow("unused lane") << u"lane"_s << u"n"_s << QString() << QStringList{}
                                 << QStringList{u"l=Lane"_s, u"m=Other"_s} << untouched;
    QTest::newRow("lane in use, moved")
        << u"lane"_s << u"l"_s << u"n"_s << QStringList{u"a"_s, u"c"_s}
        << QStringList{u"m=Other"_s, u"n=Unused"_s}
        << QStringList{u"a:n:council:money"_s, u"b:m:council,mayor:policy,money"_s,
                       u"c:n:council:money"_s};
    QTest::newRow("lane in use, nowhere to go")
        << u"lane"_s << u"l"_s << QString() << QStringList{} << QStringList{} << untouched;
    QTest::newRow("lane in use, into itself")
        << u"lane"_s << u"l"_s << u"l"_s << QStringList{} << QStringList{} << untouched;
    QTest::newRow("lane in use, into an unknown lane")
        << u"lane"_s << u"l"_s << u"zz"_s << QStringList{} << QStringList{} << untouched;
    QTest::newRow("unknown lane") << u"lane"_s << u"zz"_s << u"l"_s << QStringList{}
                                  << QStringList{} << untouched;
    QTest::newRow("unused actor") << u"actor"_s << u"idle"_s << QString() << QStringList{}
                                  << QStringList{u"council=Council"_s, u"mayor=Mayor"_s}
                                  << untouched;
    QTest::newRow("actor in use") << u"actor"_s << u"mayor"_s << QString() << QStringList{u"b"_s}
                                  << QStringList{u"council=Council"_s, u"idle=Idle"_s}
                                  << QStringList{u"a:l:council:money"_s,
                                                 u"b:m:council:policy,money"_s,
                                                 u"c:l:council:money"_s};
    QTest::newRow("actor used by all")
        << u"actor"_s << u"council"_s << QString() << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << QStringList{u"mayor=Mayor"_s, u"idle=Idle"_s}
        << QStringList{u"a:l::money"_s, u"b:m:mayor:policy,money"_s, u"c:l::money"_s};
    QTest::newRow("tag in use") << u"tag"_s << u"money"_s << QString()
                                << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                << QStringList{u"policy=Policy"_s}
                                << QStringList{u"a:l:council:"_s, u"b:m:council,mayor:policy"_s,
                                               u"c:l:council:"_s};
    QTest::newRow("unknown tag") << u"tag"_s << u"zz"_s << QString() << QStringList{}
                                 << QStringList{} << untouched;
}

void tst_CatalogueEdit::deleteItem()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, toLane);
    QFETCH(QStringList, changedEvents);
    QFETCH(QStringList, listAfter);
    QFETCH(QStringList, usesAfter);
    Catalogue catalogue = withItems();
    const QStringList listBefore = names(catalogue, kind);

    // What the message names before asking: the events that use it.
    QStringList used;
    QList<CatalogueChange> changes;
    if (kind == u"lane"_s) {
        used = CatalogueEdit::eventsInLane(catalogue, id);
        QCOMPARE(CatalogueEdit::eventsMovedToLane(catalogue, id, toLane).size(), used.size());
        changes = CatalogueEdit::deleteLane(catalogue, id, toLane);
    } else if (kind == u"actor"_s) {
        used = CatalogueEdit::eventsWithActor(catalogue, id);
        QCOMPARE(CatalogueEdit::eventsWithoutActor(catalogue, id).size(), used.size());
        changes = CatalogueEdit::deleteActor(catalogue, id);
    } else {
        used = CatalogueEdit::eventsWithTag(catalogue, id);
        QCOMPARE(CatalogueEdit::eventsWithoutTag(catalogue, id).size(), used.size());
        changes = CatalogueEdit::deleteTag(catalogue, id);
    }

    QCOMPARE(eventUses(catalogue), usesAfter);
    if (listAfter.isEmpty()) {
        QVERIFY(changes.isEmpty());
        QCOMPARE(names(catalogue, kind), listBefore);
        return;
    }
    QCOMPARE(names(catalogue, kind), listAfter);
    if (!changedEvents.isEmpty())
        QCOMPARE(used, changedEvents);
    // The events change first, so no view ever sees an event naming one that is gone.
    QCOMPARE(changes.size(), changedEvents.isEmpty() ? 1 : 2);
    if (!changedEvents.isEmpty()) {
        QCOMPARE(changes.constFirst().what, CatalogueChange::What::EventsChanged);
        QCOMPARE(changes.constFirst().ids, changedEvents);
    }
    QCOMPARE(changes.constLast().ids, QStringList{id});
    QCOMPARE(catalogue.stories().at(0).eventIds.size(), 3);
}

void tst_CatalogueEdit::deletedActorLeavesNoAffiliation()
{
    Catalogue catalogue = withItems();
    QCOMPARE(catalogue.actors().at(1).affiliation, u"council"_s);
    CatalogueEdit::deleteActor(catalogue, u"council"_s);
    QCOMPARE(catalogue.actors().at(0).id, u"mayor"_s);
    QCOMPARE(catalogue.actors().at(0).affiliation, QString());
}

void tst_CatalogueEdit::newItemId_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("id");
    QTest::newRow("words") << u" Health & Care "_s << u"health-care"_s;
    QTest::newRow("taken") << u"Money"_s << u"money-2"_s;
    QTest::newRow("taken twice") << u"Policy"_s << u"policy-3"_s;
    QTest::newRow("no letters") << u"…"_s << u"item"_s;
}

void tst_CatalogueEdit::newItemId()
{
    QFETCH(QString, name);
    QFETCH(QString, id);
    const QStringList taken{u"money"_s, u"policy"_s, u"policy-2"_s};
    QCOMPARE(CatalogueEdit::newItemId(name, taken), id);
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

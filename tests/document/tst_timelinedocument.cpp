#include "catalogueloader.h"
#include "timelinedocument.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &date)
{
    TimelineEvent e;
    e.id = id;
    e.title = u"Event "_s + id;
    e.date = EventDate::parse(date);
    e.laneId = u"l"_s;
    return e;
}

Catalogue sample()
{
    Catalogue catalogue;
    catalogue.setTitle(u"Sample"_s);
    catalogue.setLanes({{u"l"_s, u"Lane"_s, {}}});
    catalogue.setEvents(
        {makeEvent(u"a"_s, u"2016"_s), makeEvent(u"b"_s, u"2017"_s), makeEvent(u"c"_s, u"2018"_s)});
    catalogue.setStories({{u"s"_s, u"Story"_s, {u"c"_s, u"b"_s}}});
    return catalogue;
}

QStringList ids(const Catalogue &catalogue)
{
    QStringList result;
    for (const TimelineEvent &e : catalogue.events())
        result.append(e.id);
    return result;
}

// sample() with a second lane, actors and tags that events name.
Catalogue withItems()
{
    Catalogue catalogue = sample();
    catalogue.setLanes({{u"l"_s, u"Lane"_s, {}}, {u"m"_s, u"Other"_s, {}}});
    catalogue.setActors({{u"council"_s, u"Council"_s, u"organisation"_s, {}, {}, {}},
                         {u"mayor"_s, u"Mayor"_s, u"person"_s, {}, u"council"_s, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});
    for (const QString &id : {u"a"_s, u"c"_s}) {
        TimelineEvent e = *catalogue.event(id);
        e.setActorIds({u"council"_s, u"mayor"_s});
        e.setTagIds({u"money"_s});
        catalogue.replaceEvent(e);
    }
    return catalogue;
}

// Everything a lane, actor or tag edit can touch, to compare before and after undo.
QStringList state(const Catalogue &catalogue)
{
    QStringList out;
    for (const Lane &lane : catalogue.lanes())
        out.append(u"lane "_s + lane.id + u'=' + lane.name);
    for (const Actor &actor : catalogue.actors())
        out.append(u"actor "_s + actor.id + u'=' + actor.name + u'<' + actor.affiliation);
    for (const Tag &tag : catalogue.tags())
        out.append(u"tag "_s + tag.id + u'=' + tag.name);
    for (const TimelineEvent &e : catalogue.events())
        out.append(e.id + u':' + e.laneId + u':' + e.actorIds().join(u',') + u':' +
                   e.tagIds().join(u','));
    return out;
}

} // namespace

// The editable document: every edit a command that undoes exactly, typing merged, one typed
// change signal, and saving that never loses the old file or the edits.
class tst_TimelineDocument : public QObject
{
    Q_OBJECT

private slots:
    void changeFieldUndoes_data();
    void changeFieldUndoes();
    void typingMerges();
    void passageEditsAreStepsOfTheirOwn();
    void changeSignalSaysWhat();
    void addRemoveDuplicate();
    void removeRestoresStories();
    void listsUndo();
    void itemEditIsOneStep_data();
    void itemEditIsOneStep();
    void itemEditRefused_data();
    void itemEditRefused();
    void deleteInUseChangesEventsFirst();
    void modifiedFollowsTheHistory();
    void saveAndChangedOnDisk();
    void saveFailureKeepsEverything();
    void builtInIsReadOnly();
    void importIsOneStep();
    void figureEditsUndo();
    void deletingAnEventTakesItsFigures();
};

void tst_TimelineDocument::changeFieldUndoes_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("commandText");
    QTest::newRow("title") << int(EventField::Title) << u"Change Title of \u201CEvent a\u201D"_s;
    QTest::newRow("date") << int(EventField::Date) << u"Change Date of \u201CEvent a\u201D"_s;
    QTest::newRow("lane") << int(EventField::Lane) << u"Change Lane of \u201CEvent a\u201D"_s;
}

void tst_TimelineDocument::changeFieldUndoes()
{
    QFETCH(int, field);
    QFETCH(QString, commandText);
    TimelineDocument document;
    document.reset(sample(), {});
    TimelineEvent after = *document.catalogue().event(u"a"_s);
    switch (EventField(field)) {
    case EventField::Title:
        after.title = u"New title"_s;
        break;
    case EventField::Date:
        after.date = EventDate::parse(u"c. spring 2019"_s);
        break;
    default:
        after.laneId = u"m"_s;
    }
    document.changeEvent(after, EventField(field));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), commandText);
    const TimelineEvent changed = *document.catalogue().event(u"a"_s);
    QCOMPARE(changed.title, after.title);
    QVERIFY(changed.date == after.date);
    QCOMPARE(changed.laneId, after.laneId);
    if (EventField(field) == EventField::Date)
        QCOMPARE(ids(document.catalogue()), (QStringList{u"b"_s, u"c"_s, u"a"_s}));

    document.undoStack()->undo();
    const TimelineEvent back = *document.catalogue().event(u"a"_s);
    QCOMPARE(back.title, u"Event a"_s);
    QVERIFY(back.date == EventDate::parse(u"2016"_s));
    QCOMPARE(back.laneId, u"l"_s);
    QCOMPARE(ids(document.catalogue()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    document.undoStack()->redo();
    QCOMPARE(document.catalogue().event(u"a"_s)->title, after.title);
}

void tst_TimelineDocument::typingMerges()
{
    TimelineDocument document;
    document.reset(sample(), {});
    TimelineEvent e = *document.catalogue().event(u"b"_s);
    for (const QString &typed : {u"N"_s, u"Ne"_s, u"New"_s}) {
        e.title = typed;
        document.changeEvent(e, EventField::Title);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    e.setSummary(u"Other field"_s);
    document.changeEvent(e, EventField::Summary);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.catalogue().event(u"b"_s)->title, u"Event b"_s);
}

void tst_TimelineDocument::passageEditsAreStepsOfTheirOwn()
{
    TimelineDocument document;
    document.reset(sample(), {});
    const QList<SourceLink> two{{u"hsj"_s, 0, 4, u"Four"_s}, {u"hsj"_s, 10, 13, u"Ten"_s}};
    document.changePassages(u"b"_s, two, u"Add Passages"_s);
    document.changePassages(u"b"_s, {two.at(1)}, u"Remove Passage from \u201CEvent b\u201D"_s);
    QCOMPARE(document.undoStack()->count(), 2); // never merged, unlike typing
    QCOMPARE(document.undoStack()->undoText(), u"Remove Passage from \u201CEvent b\u201D"_s);
    QCOMPARE(document.catalogue().event(u"b"_s)->sources().size(), 1);
    QCOMPARE(document.catalogue().event(u"b"_s)->sources().at(0).excerpt, u"Ten"_s);
    document.undoStack()->undo();
    QCOMPARE(document.catalogue().event(u"b"_s)->sources().size(), 2);
    document.undoStack()->undo();
    QVERIFY(document.catalogue().event(u"b"_s)->sources().isEmpty());
    document.changePassages(u"gone"_s, two, u"Nothing"_s);
    QCOMPARE(document.undoStack()->count(), 2); // an unknown event: nothing pushed
}

void tst_TimelineDocument::changeSignalSaysWhat()
{
    TimelineDocument document;
    document.reset(sample(), {});
    QSignalSpy spy(&document, &TimelineDocument::changed);
    TimelineEvent e = *document.catalogue().event(u"a"_s);
    e.date = EventDate::parse(u"2020"_s);
    document.changeEvent(e, EventField::Date);
    QCOMPARE(spy.size(), 1);
    const auto change = spy.at(0).at(0).value<CatalogueChange>();
    QCOMPARE(change.what, CatalogueChange::What::EventsChanged);
    QCOMPARE(change.ids, QStringList{u"a"_s});
    QCOMPARE(change.moves.at(0).from, 0);
    QCOMPARE(change.moves.at(0).to, 2);

    document.removeEvents({u"b"_s}, u"Delete"_s);
    const auto removed = spy.last().at(0).value<CatalogueChange>();
    QCOMPARE(removed.what, CatalogueChange::What::EventsRemoved);
    QCOMPARE(removed.ids, QStringList{u"b"_s});
}

void tst_TimelineDocument::addRemoveDuplicate()
{
    TimelineDocument document;
    document.reset(sample(), {});
    const QStringList added = document.addEvents({makeEvent(u"a"_s, u"2015"_s)}, u"Insert Event"_s);
    QCOMPARE(added, QStringList{u"a-2"_s}); // "a" is taken
    QCOMPARE(ids(document.catalogue()).first(), u"a-2"_s);
    const QStringList copies = document.duplicateEvents({u"b"_s});
    QCOMPARE(copies, QStringList{u"b-2"_s});
    QCOMPARE(document.undoStack()->undoText(), u"Duplicate \u201CEvent b\u201D"_s);
    document.removeEvents({u"a"_s, u"c"_s}, u"Delete 2 Events"_s);
    QCOMPARE(ids(document.catalogue()), (QStringList{u"a-2"_s, u"b"_s, u"b-2"_s}));
    document.undoStack()->undo();
    QCOMPARE(ids(document.catalogue()), (QStringList{u"a-2"_s, u"a"_s, u"b"_s, u"b-2"_s, u"c"_s}));
    document.undoStack()->setIndex(0);
    QCOMPARE(ids(document.catalogue()), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
}

void tst_TimelineDocument::removeRestoresStories()
{
    TimelineDocument document;
    document.reset(sample(), {});
    document.removeEvents({u"c"_s}, u"Delete"_s);
    QCOMPARE(document.catalogue().stories().at(0).eventIds, QStringList{u"b"_s});
    document.undoStack()->undo();
    QCOMPARE(document.catalogue().stories().at(0).eventIds, (QStringList{u"c"_s, u"b"_s}));
}

void tst_TimelineDocument::listsUndo()
{
    TimelineDocument document;
    document.reset(sample(), {});
    document.setLanes({{u"l"_s, u"Renamed"_s, {}}, {u"n"_s, u"New"_s, {}}}, u"Add Lane"_s);
    document.setTags({{u"t"_s, u"Tag"_s}}, u"Add Tag"_s);
    document.setActors({{u"x"_s, u"X"_s, {}, {}, {}, {}}}, u"Add Actor"_s);
    document.setStories({}, u"Delete Story"_s);
    QCOMPARE(document.catalogue().lanes().size(), 2);
    QCOMPARE(document.catalogue().stories().size(), 0);
    document.undoStack()->setIndex(0);
    QCOMPARE(document.catalogue().lanes().size(), 1);
    QCOMPARE(document.catalogue().lanes().at(0).name, u"Lane"_s);
    QCOMPARE(document.catalogue().tags().size(), 0);
    QCOMPARE(document.catalogue().actors().size(), 0);
    QCOMPARE(document.catalogue().stories().size(), 1);
}

void tst_TimelineDocument::itemEditIsOneStep_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("argument"); // the new name, or the lane to move events to
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<QStringList>("changed"); // lines of state() that differ after the edit

    QTest::newRow("add lane") << u"add lane"_s << QString() << u" Health & Care "_s
                              << u"Add Lane \u201CHealth & Care\u201D"_s
                              << QStringList{u"lane health-care=Health & Care"_s};
    QTest::newRow("add tag") << u"add tag"_s << QString() << u"Money"_s
                             << u"Add Tag \u201CMoney\u201D"_s
                             << QStringList{u"tag money-2=Money"_s};
    QTest::newRow("add actor") << u"add actor"_s << QString() << u"NHS England"_s
                               << u"Add Actor \u201CNHS England\u201D"_s
                               << QStringList{u"actor nhs-england=NHS England<"_s};
    QTest::newRow("rename lane") << u"rename lane"_s << u"l"_s << u"Councils"_s
                                 << u"Rename Lane \u201CLane\u201D"_s
                                 << QStringList{u"lane l=Councils"_s};
    QTest::newRow("rename actor") << u"rename actor"_s << u"mayor"_s << u"City Mayor"_s
                                  << u"Rename Actor \u201CMayor\u201D"_s
                                  << QStringList{u"actor mayor=City Mayor<council"_s};
    QTest::newRow("rename tag") << u"rename tag"_s << u"policy"_s << u"Policies"_s
                                << u"Rename Tag \u201CPolicy\u201D"_s
                                << QStringList{u"tag policy=Policies"_s};
    QTest::newRow("delete unused lane") << u"delete lane"_s << u"m"_s << QString()
                                        << u"Delete Lane \u201COther\u201D"_s << QStringList{};
    QTest::newRow("delete lane in use")
        << u"delete lane"_s << u"l"_s << u"m"_s << u"Delete Lane \u201CLane\u201D"_s
        << QStringList{u"a:m:council,mayor:money"_s, u"b:m::"_s, u"c:m:council,mayor:money"_s};
    QTest::newRow("delete actor in use")
        << u"delete actor"_s << u"council"_s << QString() << u"Delete Actor \u201CCouncil\u201D"_s
        << QStringList{u"actor mayor=Mayor<"_s, u"a:l:mayor:money"_s, u"c:l:mayor:money"_s};
    QTest::newRow("delete tag in use")
        << u"delete tag"_s << u"money"_s << QString() << u"Delete Tag \u201CMoney\u201D"_s
        << QStringList{u"a:l:council,mayor:"_s, u"c:l:council,mayor:"_s};
    QTest::newRow("delete unused tag") << u"delete tag"_s << u"policy"_s << QString()
                                       << u"Delete Tag \u201CPolicy\u201D"_s << QStringList{};
}

namespace {

bool runItemEdit(TimelineDocument &document, const QString &action, const QString &id,
                 const QString &argument)
{
    if (action == u"add lane"_s)
        return !document.addLane(argument).isEmpty();
    if (action == u"add actor"_s)
        return !document.addActor(argument).isEmpty();
    if (action == u"add tag"_s)
        return !document.addTag(argument).isEmpty();
    if (action == u"rename lane"_s)
        return document.renameLane(id, argument);
    if (action == u"rename actor"_s)
        return document.renameActor(id, argument);
    if (action == u"rename tag"_s)
        return document.renameTag(id, argument);
    if (action == u"delete lane"_s)
        return document.deleteLane(id, argument);
    if (action == u"delete actor"_s)
        return document.deleteActor(id);
    return document.deleteTag(id);
}

} // namespace

void tst_TimelineDocument::itemEditIsOneStep()
{
    QFETCH(QString, action);
    QFETCH(QString, id);
    QFETCH(QString, argument);
    QFETCH(QString, undoText);
    QFETCH(QStringList, changed);
    TimelineDocument document;
    document.reset(withItems(), {});
    const QStringList before = state(document.catalogue());

    QVERIFY(runItemEdit(document, action, id, argument));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), undoText);
    const QStringList after = state(document.catalogue());
    QStringList differs;
    for (const QString &line : after) {
        if (!before.contains(line))
            differs.append(line);
    }
    QCOMPARE(differs, changed);
    if (action.startsWith(u"delete"_s)) {
        const QString kind = action.mid(7);
        QVERIFY(!after.join(u'\n').contains(kind + u' ' + id + u'='));
    }
    // Names and ids of everything else stay; undo restores the item and every event.
    document.undoStack()->undo();
    QCOMPARE(state(document.catalogue()), before);
    document.undoStack()->redo();
    QCOMPARE(state(document.catalogue()), after);
}

void tst_TimelineDocument::itemEditRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("argument");
    QTest::newRow("lane in use, nowhere to go") << u"delete lane"_s << u"l"_s << QString();
    QTest::newRow("lane in use, into itself") << u"delete lane"_s << u"l"_s << u"l"_s;
    QTest::newRow("unknown lane") << u"delete lane"_s << u"zz"_s << u"l"_s;
    QTest::newRow("unknown tag") << u"delete tag"_s << u"zz"_s << QString();
    QTest::newRow("rename to blank") << u"rename actor"_s << u"mayor"_s << u"  "_s;
    QTest::newRow("rename unchanged") << u"rename tag"_s << u"money"_s << u"Money"_s;
    QTest::newRow("add blank") << u"add tag"_s << QString() << u" "_s;
}

void tst_TimelineDocument::itemEditRefused()
{
    QFETCH(QString, action);
    QFETCH(QString, id);
    QFETCH(QString, argument);
    TimelineDocument document;
    document.reset(withItems(), {});
    const QStringList before = state(document.catalogue());
    QVERIFY(!runItemEdit(document, action, id, argument));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(state(document.catalogue()), before);
}

void tst_TimelineDocument::deleteInUseChangesEventsFirst()
{
    TimelineDocument document;
    document.reset(withItems(), {});
    QSignalSpy spy(&document, &TimelineDocument::changed);
    QVERIFY(document.deleteLane(u"l"_s, u"m"_s));
    QCOMPARE(spy.size(), 2);
    const auto events = spy.at(0).at(0).value<CatalogueChange>();
    QCOMPARE(events.what, CatalogueChange::What::EventsChanged);
    QCOMPARE(events.ids, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    const auto lanes = spy.at(1).at(0).value<CatalogueChange>();
    QCOMPARE(lanes.what, CatalogueChange::What::Lanes);
    QCOMPARE(lanes.ids, QStringList{u"l"_s});
    // Undo: the lane comes back before its events return to it.
    document.undoStack()->undo();
    QCOMPARE(spy.size(), 4);
    QCOMPARE(spy.at(2).at(0).value<CatalogueChange>().what, CatalogueChange::What::Lanes);
    QCOMPARE(spy.at(3).at(0).value<CatalogueChange>().what, CatalogueChange::What::EventsChanged);
    QCOMPARE(document.catalogue().event(u"b"_s)->laneId, u"l"_s);
}

void tst_TimelineDocument::modifiedFollowsTheHistory()
{
    TimelineDocument document;
    document.reset(sample(), {});
    QSignalSpy modified(&document, &TimelineDocument::modifiedChanged);
    QVERIFY(!document.isModified());
    document.removeEvents({u"a"_s}, u"Delete"_s);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.size(), 2);
}

void tst_TimelineDocument::saveAndChangedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    TimelineDocument document;
    document.reset(sample(), {});
    document.removeEvents({u"a"_s}, u"Delete"_s);
    QCOMPARE(document.save(path).status, TimelineDocument::SaveResult::Saved);
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), path);
    QVERIFY(document.canSaveInPlace());
    const CatalogueLoadResult reread = CatalogueLoader::load(path);
    QCOMPARE(ids(reread.catalogue), (QStringList{u"b"_s, u"c"_s}));

    // Something else writes the file: saving over it asks first.
    {
        QFile other(path);
        QVERIFY(other.open(QIODevice::Append));
        other.write("\n");
    }
    QVERIFY(document.changedOnDisk());
    document.removeEvents({u"b"_s}, u"Delete"_s);
    QCOMPARE(document.save(path).status, TimelineDocument::SaveResult::ChangedOnDisk);
    QVERIFY(document.isModified());
    QCOMPARE(document.save(path, true).status, TimelineDocument::SaveResult::Saved);
    QVERIFY(!document.changedOnDisk());
    QCOMPARE(ids(CatalogueLoader::load(path).catalogue), QStringList{u"c"_s});
}

void tst_TimelineDocument::saveFailureKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    TimelineDocument document;
    document.reset(sample(), {});
    QCOMPARE(document.save(path).status, TimelineDocument::SaveResult::Saved);
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    document.removeEvents({u"a"_s}, u"Delete"_s);
    const QString nowhere = dir.filePath(u"no/such/folder/timeline.json"_s);
    const TimelineDocument::SaveResult failed = document.save(nowhere);
    QCOMPARE(failed.status, TimelineDocument::SaveResult::Failed);
    QVERIFY2(failed.error.contains(nowhere), qPrintable(failed.error));
    QVERIFY(document.isModified());
    QCOMPARE(document.filePath(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void tst_TimelineDocument::builtInIsReadOnly()
{
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    TimelineDocument document;
    document.reset(builtIn.catalogue, CatalogueLoader::builtInPath());
    QVERIFY(document.isReadOnly());
    QVERIFY(!document.canSaveInPlace());
    QCOMPARE(document.save(CatalogueLoader::builtInPath()).status,
             TimelineDocument::SaveResult::Failed);

    // Save As elsewhere: it then names the built-in documents and loads without problems.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.json"_s);
    QCOMPARE(document.save(path).status, TimelineDocument::SaveResult::Saved);
    QVERIFY(!document.isReadOnly());
    const CatalogueLoadResult copy = CatalogueLoader::load(path);
    QVERIFY(copy.ok());
    QCOMPARE(copy.catalogue.events().size(), builtIn.catalogue.events().size());
}

// An import brings its lanes, actors and tags with the events; one undo takes all of it away
// and one redo brings it back.
void tst_TimelineDocument::importIsOneStep()
{
    TimelineDocument document;
    document.reset(withItems(), {});
    const QStringList before = state(document.catalogue());

    Catalogue imported;
    imported.setLanes({{u"x"_s, u"other"_s, {}}, {u"y"_s, u"Health"_s, {}}});
    imported.setActors({{u"c"_s, u"Council"_s, {}, {}, {}, {}}, {u"n"_s, u"NHS"_s, {}, {}, {}, {}}});
    imported.setTags({{u"t"_s, u"Money"_s}});
    TimelineEvent one = makeEvent(u"a"_s, u"2019"_s); // an id the document has
    one.laneId = u"x"_s;
    one.setActorIds({u"c"_s, u"n"_s});
    one.setTagIds({u"t"_s});
    TimelineEvent two = makeEvent(u"new"_s, u"2020"_s);
    two.laneId = u"y"_s;
    TimelineEvent three = makeEvent(u"nolane"_s, u"2021"_s);
    three.laneId.clear();
    imported.setEvents({one, two, three});

    QSignalSpy changes(&document, &TimelineDocument::changed);
    const QStringList ids =
        document.importEvents(imported, u"Imported"_s, u"Import 3 Events from a.csv"_s);
    QCOMPARE(ids, (QStringList{u"a-2"_s, u"new"_s, u"nolane"_s}));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), u"Import 3 Events from a.csv"_s);
    QVERIFY(changes.size() >= 2);
    const Catalogue &after = document.catalogue();
    QCOMPARE(after.events().size(), 6);
    QCOMPARE(after.lanes().size(), 4); // "other" joins "Other"; Health and Imported are new
    QCOMPARE(after.event(u"a-2"_s)->laneId, u"m"_s);
    QCOMPARE(after.event(u"a-2"_s)->actorIds(), (QStringList{u"council"_s, u"nhs"_s}));
    QCOMPARE(after.event(u"a-2"_s)->tagIds(), QStringList{u"money"_s});
    QCOMPARE(after.event(u"new"_s)->laneId, u"health"_s);
    QCOMPARE(after.event(u"nolane"_s)->laneId, u"imported"_s);
    QCOMPARE(after.actors().size(), 3);

    document.undoStack()->undo();
    QCOMPARE(state(document.catalogue()), before);
    document.undoStack()->redo();
    QCOMPARE(document.catalogue().events().size(), 6);
    QCOMPARE(document.catalogue().lanes().size(), 4);
}

// Figures are edited as the whole new list, one step each, and the change names the figures
// added, changed or removed.
void tst_TimelineDocument::figureEditsUndo()
{
    TimelineDocument document;
    document.reset(sample(), {});
    QSignalSpy spy(&document, &TimelineDocument::changed);
    Figure gap;
    gap.id = u"gap"_s;
    gap.measure = u"gap"_s;
    gap.label = u"Funding gap"_s;
    gap.written = u"£399m"_s;
    gap.amount.amount = 39900000000;
    gap.amount.step = 100000000;
    gap.eventId = u"b"_s;
    document.setFigures({gap}, u"Add Figure"_s);
    QCOMPARE(document.catalogue().figures().size(), 1);
    QCOMPARE(document.undoStack()->undoText(), u"Add Figure"_s);
    auto change = spy.last().at(0).value<CatalogueChange>();
    QCOMPARE(change.what, CatalogueChange::What::Figures);
    QCOMPARE(change.ids, QStringList{u"gap"_s});

    Figure changed = gap;
    changed.period = EventDate::parse(u"2017/18"_s);
    Figure other = gap;
    other.id = u"other"_s;
    document.setFigures({changed, other}, u"Change Figure"_s);
    change = spy.last().at(0).value<CatalogueChange>();
    QCOMPARE(change.ids, (QStringList{u"other"_s, u"gap"_s}));
    QCOMPARE(document.catalogue().figure(u"gap"_s)->period.label(), u"2017/18"_s);
    QCOMPARE(document.catalogue().figuresOfEvent(u"b"_s).size(), 2);

    document.undoStack()->undo();
    QCOMPARE(document.catalogue().figures().size(), 1);
    QVERIFY(!document.catalogue().figure(u"gap"_s)->period.isValid());
    QCOMPARE(spy.last().at(0).value<CatalogueChange>().ids, (QStringList{u"other"_s, u"gap"_s}));
    document.undoStack()->undo();
    QVERIFY(document.catalogue().figures().isEmpty());
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.catalogue().figures().size(), 1);
    QVERIFY(document.isModified());
}

void tst_TimelineDocument::deletingAnEventTakesItsFigures()
{
    TimelineDocument document;
    document.reset(sample(), {});
    Figure ofB;
    ofB.id = u"gap"_s;
    ofB.eventId = u"b"_s;
    Figure ofA = ofB;
    ofA.id = u"staff"_s;
    ofA.eventId = u"a"_s;
    document.setFigures({ofB, ofA}, u"Add Figures"_s);

    // Left behind, the figure would name an event the saved file no longer has.
    document.removeEvents({u"b"_s}, u"Delete"_s);
    QCOMPARE(document.catalogue().figures().size(), 1);
    QCOMPARE(document.catalogue().figures().first().id, u"staff"_s);
    document.undoStack()->undo();
    QCOMPARE(document.catalogue().figures().size(), 2);
    QCOMPARE(document.catalogue().figures().first().id, u"gap"_s); // in its place again
    QVERIFY(document.catalogue().event(u"b"_s));
    document.undoStack()->redo();
    QCOMPARE(document.catalogue().figures().size(), 1);
}

QTEST_GUILESS_MAIN(tst_TimelineDocument)
#include "tst_timelinedocument.moc"

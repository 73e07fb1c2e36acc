#include "importmerge.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Catalogue open()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"nhs"_s, u"NHS England"_s, {}}, {u"llr"_s, u"LLR councils"_s, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}});
    TimelineEvent e;
    e.id = u"fyfv"_s;
    e.title = u"Five Year Forward View"_s;
    e.date = EventDate::parse(u"23 October 2014");
    e.laneId = u"nhs"_s;
    catalogue.setEvents({e});
    return catalogue;
}

} // namespace

// How imported items join an open catalogue: by name, never renaming or reordering its own.
class tst_ImportMerge : public QObject
{
    Q_OBJECT

private slots:
    void lanesJoinByName_data();
    void lanesJoinByName();
    void idsStayUnique();
};

void tst_ImportMerge::lanesJoinByName_data()
{
    QTest::addColumn<QString>("importedName");
    QTest::addColumn<QString>("laneId");
    QTest::addColumn<int>("added");
    QTest::newRow("same name") << u"LLR councils"_s << u"llr"_s << 0;
    QTest::newRow("case and spaces ignored") << u"  llr   COUNCILS "_s << u"llr"_s << 0;
    QTest::newRow("new name") << u"BLMK councils"_s << u"blmk-councils"_s << 1;
    QTest::newRow("punctuation makes a new name") << u"NHS-England!"_s << u"nhs-england"_s << 1;
    QTest::newRow("no lane: the fallback joins by name") << QString() << u"llr"_s << 0;
}

void tst_ImportMerge::lanesJoinByName()
{
    QFETCH(QString, importedName);
    QFETCH(QString, laneId);
    QFETCH(int, added);
    Catalogue imported;
    TimelineEvent e;
    e.id = u"row-2"_s;
    e.title = u"Row"_s;
    e.date = EventDate::parse(u"2017");
    if (!importedName.isEmpty()) {
        imported.setLanes({{u"l1"_s, importedName, {}}});
        e.laneId = u"l1"_s;
    }
    imported.setEvents({e});
    const MergedImport merged = ImportMerge::merge(open(), imported, u"LLR Councils"_s);
    QCOMPARE(merged.addedLanes, added);
    QCOMPARE(merged.lanes.size(), 2 + added);
    QCOMPARE(merged.lanes.first().id, u"nhs"_s); // the open catalogue's own come first
    QCOMPARE(merged.events.size(), 1);
    QCOMPARE(merged.events.first().laneId, laneId);
    QCOMPARE(merged.lanes.last().id, added ? laneId : u"llr"_s);
}

void tst_ImportMerge::idsStayUnique()
{
    Catalogue imported;
    imported.setLanes({{u"a"_s, u"NHS England"_s, {}}});
    imported.setTags({{u"m"_s, u"money"_s}, {u"p"_s, u"Policy"_s}});
    QList<TimelineEvent> events;
    for (const QString &id : {u"fyfv"_s, u"fyfv"_s, u"fyfv-2"_s}) {
        TimelineEvent e;
        e.id = id;
        e.title = id;
        e.date = EventDate::parse(u"2016");
        e.laneId = u"a"_s;
        e.setTagIds({u"m"_s, u"p"_s, u"m"_s});
        events.append(e);
    }
    imported.setEvents(events);
    const MergedImport merged = ImportMerge::merge(open(), imported, u"Imported"_s);
    QStringList ids;
    for (const TimelineEvent &e : merged.events) {
        ids.append(e.id);
        QCOMPARE(e.laneId, u"nhs"_s);
        QCOMPARE(e.tagIds(), (QStringList{u"money"_s, u"policy"_s}));
    }
    QCOMPARE(ids, (QStringList{u"fyfv-2"_s, u"fyfv-3"_s, u"fyfv-2-2"_s}));
    QCOMPARE(merged.addedTags, 1);
}

QTEST_GUILESS_MAIN(tst_ImportMerge)
#include "tst_importmerge.moc"

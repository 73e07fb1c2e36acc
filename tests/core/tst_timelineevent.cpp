#include "timelineevent.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TimelineEvent : public QObject
{
    Q_OBJECT

private slots:
    void detailsAreEmptyUntilSet();
    void setsEachPart_data();
    void setsEachPart();
    void copiesShareDetailsUntilOneChanges();
    void settingWhatIsThereKeepsSharing();
    void staysSmall();
};

namespace {

// Which copy of the details an event holds: the address of one of its parts.
const void *detailsOf(const TimelineEvent &event)
{
    return &event.summary();
}

} // namespace

void tst_TimelineEvent::detailsAreEmptyUntilSet()
{
    TimelineEvent event;
    QVERIFY(event.summary().isEmpty());
    QVERIFY(event.dateBasis().isEmpty());
    QVERIFY(event.actorIds().isEmpty());
    QVERIFY(event.tagIds().isEmpty());
    QVERIFY(event.sources().isEmpty());
    // Setting empty parts makes no details: every event without them shares the one empty set.
    TimelineEvent other;
    event.setSummary(QString());
    event.setTagIds({});
    QCOMPARE(detailsOf(event), detailsOf(other));
}

void tst_TimelineEvent::setsEachPart_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("summary") << u"summary"_s;
    QTest::newRow("date basis") << u"dateBasis"_s;
    QTest::newRow("actors") << u"actorIds"_s;
    QTest::newRow("tags") << u"tagIds"_s;
    QTest::newRow("sources") << u"sources"_s;
}

// Each setter changes its part alone.
void tst_TimelineEvent::setsEachPart()
{
    QFETCH(QString, part);

    TimelineEvent event;
    const QList<SourceLink> sources{{u"doc"_s, 1, 4, u"abc"_s}};
    if (part == u"summary"_s)
        event.setSummary(u"S"_s);
    else if (part == u"dateBasis"_s)
        event.setDateBasis(u"B"_s);
    else if (part == u"actorIds"_s)
        event.setActorIds({u"a"_s});
    else if (part == u"tagIds"_s)
        event.setTagIds({u"t"_s});
    else
        event.setSources(sources);
    QCOMPARE(event.summary(), part == u"summary"_s ? u"S"_s : QString());
    QCOMPARE(event.dateBasis(), part == u"dateBasis"_s ? u"B"_s : QString());
    QCOMPARE(event.actorIds(), part == u"actorIds"_s ? QStringList{u"a"_s} : QStringList());
    QCOMPARE(event.tagIds(), part == u"tagIds"_s ? QStringList{u"t"_s} : QStringList());
    QCOMPARE(event.sources(), part == u"sources"_s ? sources : QList<SourceLink>());
}

void tst_TimelineEvent::copiesShareDetailsUntilOneChanges()
{
    TimelineEvent first;
    first.setTagIds({u"money"_s});
    first.setSummary(u"One"_s);
    TimelineEvent second = first;
    QCOMPARE(detailsOf(second), detailsOf(first));

    second.setSummary(u"Two"_s);
    QVERIFY(detailsOf(second) != detailsOf(first));
    QCOMPARE(first.summary(), u"One"_s);
    QCOMPARE(second.summary(), u"Two"_s);
    QCOMPARE(second.tagIds(), QStringList{u"money"_s});

    TimelineEvent third;
    third.shareDetails(first);
    QCOMPARE(detailsOf(third), detailsOf(first));
    third.editDetails().sources.append({u"doc"_s, 0, 1, u"x"_s});
    QCOMPARE(third.sources().size(), 1);
    QVERIFY(first.sources().isEmpty());
}

// A list's events share their tag's details; mapping their ids to the same ids (as an import
// does) must not give each a copy.
void tst_TimelineEvent::settingWhatIsThereKeepsSharing()
{
    TimelineEvent tagged;
    tagged.setTagIds({u"money"_s});
    TimelineEvent event;
    event.shareDetails(tagged);
    event.setTagIds(QStringList{u"money"_s});
    event.setActorIds({});
    event.setSummary(QString());
    event.setSources({});
    QCOMPARE(detailsOf(event), detailsOf(tagged));
    event.setTagIds({u"health"_s});
    QVERIFY(detailsOf(event) != detailsOf(tagged));
    QCOMPARE(tagged.tagIds(), QStringList{u"money"_s});
}

// What a million events cost: the rarely filled parts are one pointer (core/README.md).
void tst_TimelineEvent::staysSmall()
{
    QVERIFY2(sizeof(TimelineEvent) <= 112, qPrintable(QString::number(sizeof(TimelineEvent))));
}

QTEST_GUILESS_MAIN(tst_TimelineEvent)
#include "tst_timelineevent.moc"

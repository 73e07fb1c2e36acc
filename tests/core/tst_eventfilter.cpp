#include "catalogue.h"
#include "eventfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EventFilter)

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const EventDate &date,
                        const QString &laneId, const QStringList &actorIds,
                        const QStringList &tagIds)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = date;
    event.laneId = laneId;
    event.setActorIds(actorIds);
    event.setTagIds(tagIds);
    return event;
}

SourceLink excerpt(const QString &text)
{
    SourceLink link;
    link.sourceId = u"source"_s;
    link.end = text.size();
    link.excerpt = text;
    return link;
}

// Five events, chronologically: fyfv, stp, consult, savings, deficit.
Catalogue sampleCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"national"_s, u"National NHS bodies"_s, {}},
                        {u"llr"_s, u"LLR councils"_s, {}},
                        {u"blmk"_s, u"BLMK"_s, {}}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, u"organisation"_s, {}, {}, {}},
                         {u"llr-ccgs"_s, u"LLR CCGs"_s, u"partnership"_s, {}, {}, {}},
                         {u"leics-cc"_s, u"Leicestershire County Council"_s, {}, {}, {}, {}},
                         {u"palmer"_s, u"Cllr Rory Palmer"_s, u"person"_s, {}, {}, {}}});
    catalogue.setTags(
        {{u"policy"_s, u"Policy"_s}, {u"governance"_s, u"Governance"_s}, {u"money"_s, u"Money"_s}});

    TimelineEvent fyfv = makeEvent(u"fyfv"_s, u"Five Year Forward View published"_s,
                                   EventDate(DatePoint::day(2014, 10, 23)), u"national"_s,
                                   {u"nhse"_s}, {u"policy"_s});
    fyfv.setSummary(u"The national plan that later asked for local footprints."_s);
    fyfv.setSources({excerpt(u"NHS England (NHSE) produced its \u2018Five Year Forward View\u2019 "
                             u"in October 2014."_s)});

    const TimelineEvent stp =
        makeEvent(u"stp"_s, u"STP footprints announced"_s, EventDate(DatePoint::month(2016, 3)),
                  u"national"_s, {u"nhse"_s, u"llr-ccgs"_s}, {u"policy"_s, u"governance"_s});

    TimelineEvent deficit =
        makeEvent(u"deficit"_s, u"Cabinet notes the deficit"_s,
                  EventDate(DatePoint::day(2018, 4, 17)), u"llr"_s, {u"leics-cc"_s}, {u"money"_s});
    deficit.setSources({excerpt(u"a shortfall of \u00A35\u00A0million across the system"_s)});

    EventDate financialYear(DatePoint::financialYear(2018));
    financialYear.setPlanned(true);
    const TimelineEvent savings =
        makeEvent(u"savings"_s, u"Savings programme"_s, financialYear, u"llr"_s, {}, {u"money"_s});

    const TimelineEvent consult =
        makeEvent(u"consult"_s, u"Consultation"_s,
                  EventDate(DatePoint::month(2017, 9), DatePoint::month(2018, 3)), u"blmk"_s,
                  {u"palmer"_s}, {});

    catalogue.setEvents({deficit, savings, stp, fyfv, consult});
    return catalogue;
}

EventFilter textFilter(const QString &text)
{
    EventFilter filter;
    filter.text = text;
    return filter;
}

EventFilter laneFilter(const QSet<QString> &laneIds)
{
    EventFilter filter;
    filter.laneIds = laneIds;
    return filter;
}

EventFilter actorFilter(const QSet<QString> &actorIds)
{
    EventFilter filter;
    filter.actorIds = actorIds;
    return filter;
}

EventFilter tagFilter(const QSet<QString> &tagIds)
{
    EventFilter filter;
    filter.tagIds = tagIds;
    return filter;
}

EventFilter dayFilter(QDate from, QDate to)
{
    EventFilter filter;
    filter.from = from;
    filter.to = to;
    return filter;
}

const QStringList kAll = {u"fyfv"_s, u"stp"_s, u"consult"_s, u"savings"_s, u"deficit"_s};

} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void isEmpty_data();
    void isEmpty();
    void equality();
};

void TestEventFilter::matches_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("empty filter") << EventFilter() << kAll;

    // Text: title, summary, excerpts and actor names, ignoring case and outer spaces.
    QTest::newRow("text in a title, other case")
        << textFilter(u"forward VIEW"_s) << QStringList{u"fyfv"_s};
    QTest::newRow("text in a summary only")
        << textFilter(u"local footprints"_s) << QStringList{u"fyfv"_s};
    QTest::newRow("text in an excerpt only")
        << textFilter(u"shortfall of \u00A35"_s) << QStringList{u"deficit"_s};
    QTest::newRow("text in a curly-quoted excerpt")
        << textFilter(u"\u2018five year"_s) << QStringList{u"fyfv"_s};
    QTest::newRow("straight quote finds a curly one")
        << textFilter(u"'five year forward view'"_s) << QStringList{u"fyfv"_s};
    QTest::newRow("plain space finds a no-break space")
        << textFilter(u"\u00A35 million"_s) << QStringList{u"deficit"_s};
    QTest::newRow("text in an actor name only")
        << textFilter(u"rory"_s) << QStringList{u"consult"_s};
    QTest::newRow("text in an actor name shared by two events")
        << textFilter(u"nhs england"_s) << QStringList{u"fyfv"_s, u"stp"_s};
    QTest::newRow("outer spaces are ignored")
        << textFilter(u"  rory  "_s) << QStringList{u"consult"_s};
    QTest::newRow("ids are not searched") << textFilter(u"leics-cc"_s) << QStringList{};
    QTest::newRow("text found nowhere") << textFilter(u"ambulance"_s) << QStringList{};

    // Lanes, actors and tags: any of the chosen ones.
    QTest::newRow("one lane") << laneFilter({u"llr"_s}) << QStringList{u"savings"_s, u"deficit"_s};
    QTest::newRow("two lanes") << laneFilter({u"llr"_s, u"blmk"_s})
                               << QStringList{u"consult"_s, u"savings"_s, u"deficit"_s};
    QTest::newRow("unknown lane") << laneFilter({u"nowhere"_s}) << QStringList{};
    QTest::newRow("one actor") << actorFilter({u"nhse"_s}) << QStringList{u"fyfv"_s, u"stp"_s};
    QTest::newRow("either of two actors")
        << actorFilter({u"llr-ccgs"_s, u"palmer"_s}) << QStringList{u"stp"_s, u"consult"_s};
    QTest::newRow("an actor filter hides events without actors")
        << actorFilter({u"leics-cc"_s}) << QStringList{u"deficit"_s};
    QTest::newRow("one tag") << tagFilter({u"money"_s}) << QStringList{u"savings"_s, u"deficit"_s};
    QTest::newRow("either of two tags")
        << tagFilter({u"governance"_s, u"policy"_s}) << QStringList{u"fyfv"_s, u"stp"_s};

    // Days: an event shows when its period reaches into [from, to]; both ends inclusive.
    QTest::newRow("from the last day of a range")
        << dayFilter(QDate(2018, 3, 31), {})
        << QStringList{u"consult"_s, u"savings"_s, u"deficit"_s};
    QTest::newRow("from the day after a range")
        << dayFilter(QDate(2018, 4, 1), {}) << QStringList{u"savings"_s, u"deficit"_s};
    QTest::newRow("to the first day of a month")
        << dayFilter({}, QDate(2016, 3, 1)) << QStringList{u"fyfv"_s, u"stp"_s};
    QTest::newRow("to the day before a month")
        << dayFilter({}, QDate(2016, 2, 29)) << QStringList{u"fyfv"_s};
    QTest::newRow("a year inside a range")
        << dayFilter(QDate(2017, 1, 1), QDate(2017, 12, 31)) << QStringList{u"consult"_s};
    QTest::newRow("a window inside a financial year")
        << dayFilter(QDate(2018, 4, 2), QDate(2018, 4, 16)) << QStringList{u"savings"_s};
    QTest::newRow("a single day") << dayFilter(QDate(2014, 10, 23), QDate(2014, 10, 23))
                                  << QStringList{u"fyfv"_s};
    QTest::newRow("before everything") << dayFilter({}, QDate(2000, 1, 1)) << QStringList{};

    // Every condition must hold.
    EventFilter laneAndText = laneFilter({u"llr"_s});
    laneAndText.text = u"savings"_s;
    QTest::newRow("lane and text") << laneAndText << QStringList{u"savings"_s};
    EventFilter tagAndFrom = tagFilter({u"money"_s});
    tagAndFrom.from = QDate(2019, 1, 1);
    QTest::newRow("tag and from") << tagAndFrom << QStringList{u"savings"_s};
    EventFilter actorAndTag = actorFilter({u"nhse"_s});
    actorAndTag.tagIds = {u"governance"_s};
    QTest::newRow("actor and tag") << actorAndTag << QStringList{u"stp"_s};
    EventFilter laneAndActor = laneFilter({u"llr"_s});
    laneAndActor.actorIds = {u"nhse"_s};
    QTest::newRow("lane and actor that never meet") << laneAndActor << QStringList{};
    EventFilter textAndTo = textFilter(u"nhs"_s);
    textAndTo.to = QDate(2015, 12, 31);
    QTest::newRow("text and to") << textAndTo << QStringList{u"fyfv"_s};
}

void TestEventFilter::matches()
{
    QFETCH(EventFilter, filter);
    QFETCH(QStringList, ids);

    const Catalogue catalogue = sampleCatalogue();
    QCOMPARE(catalogue.events().size(), kAll.size());
    QStringList matched;
    for (const TimelineEvent &event : catalogue.events()) {
        if (filter.matches(catalogue, event))
            matched.append(event.id);
    }
    QCOMPARE(matched, ids);
}

void TestEventFilter::isEmpty_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<bool>("empty");

    QTest::newRow("default") << EventFilter() << true;
    QTest::newRow("text") << textFilter(u"x"_s) << false;
    QTest::newRow("lane") << laneFilter({u"llr"_s}) << false;
    QTest::newRow("actor") << actorFilter({u"nhse"_s}) << false;
    QTest::newRow("tag") << tagFilter({u"money"_s}) << false;
    QTest::newRow("from") << dayFilter(QDate(2017, 1, 1), {}) << false;
    QTest::newRow("to") << dayFilter({}, QDate(2017, 1, 1)) << false;
}

void TestEventFilter::isEmpty()
{
    QFETCH(EventFilter, filter);
    QFETCH(bool, empty);

    QCOMPARE(filter.isEmpty(), empty);
}

void TestEventFilter::equality()
{
    EventFilter a = laneFilter({u"llr"_s, u"blmk"_s});
    EventFilter b = laneFilter({u"blmk"_s, u"llr"_s});
    QVERIFY(a == b);
    b.to = QDate(2018, 1, 1);
    QVERIFY(!(a == b));
    a.to = QDate(2018, 1, 1);
    QVERIFY(a == b);
    a.text = u"x"_s;
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"

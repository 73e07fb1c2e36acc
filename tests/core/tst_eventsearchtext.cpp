#include "catalogue.h"
#include "eventfilter.h"
#include "eventsearchtext.h"
#include "textmatch.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EventSearchText : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void followsEdits();
};

namespace {

// Events whose texts test folding, field boundaries and where a match lies.
Catalogue catalogue()
{
    Catalogue catalogue;
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, {}, {}, {}, {}},
                         {u"kelvin"_s, u"\u212Aelvin Council"_s, {}, {}, {}, {}}});
    auto event = [](const QString &id, const QString &title, const QString &summary = {},
                    const QStringList &actors = {}, const QString &excerpt = {}) {
        TimelineEvent e;
        e.id = id;
        e.title = title;
        e.summary = summary;
        e.date = EventDate::parse(u"3 August 2017"_s);
        e.actorIds = actors;
        if (!excerpt.isEmpty())
            e.sources.append({u"s"_s, 0, 0, excerpt});
        return e;
    };
    catalogue.setEvents({
        event(u"a"_s, u"England\u2019s plan"_s),
        event(u"b"_s, u"The \u00A3400m\u00A0gap"_s, u"Gap named in 2017\u201318"_s),
        event(u"c"_s, u"Letter"_s, {}, {u"nhse"_s}),
        event(u"d"_s, u"Ends in Foo"_s, u"bar begins the summary"_s),
        event(u"e"_s, u"\u00C9TAT \u0130stanbul STRASSE"_s),
        event(u"f"_s, u"Smile \U0001F600 \U00010400"_s, {}, {u"kelvin"_s}),
        event(u"g"_s, u"tab\there"_s, {}, {}, u"Quoted \u201Cpassage\u201D text"_s),
        event(u"h"_s, u"zero\u0000byte"_s),
    });
    return catalogue;
}

QString bits(const QBitArray &mask)
{
    QString out;
    for (qsizetype i = 0; i < mask.size(); ++i)
        out += mask.testBit(i) ? u'1' : u'.';
    return out;
}

} // namespace

void tst_EventSearchText::matches_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("expected"); // a character per event, a to h

    QTest::newRow("empty matches all") << u""_s << u"11111111"_s;
    QTest::newRow("case") << u"ENGLAND"_s << u"1.1....."_s;
    QTest::newRow("a typed apostrophe") << u"england's"_s << u"1......."_s;
    QTest::newRow("a typed space for a no-break one") << u"400m gap"_s << u".1......"_s;
    QTest::newRow("a typed hyphen for a dash") << u"2017-18"_s << u".1......"_s;
    QTest::newRow("an actor's name") << u"nhs eng"_s << u"..1....."_s;
    QTest::newRow("not across fields") << u"foo bar"_s << u"........"_s;
    QTest::newRow("in the summary") << u"bar begins"_s << u"...1...."_s;
    QTest::newRow("accented capitals") << u"\u00E9tat"_s << u"....1..."_s;
    QTest::newRow("outside the BMP") << u"\U0001F600"_s << u".....1.."_s;
    QTest::newRow("a sign that folds to ASCII") << u"kelvin"_s << u".....1.."_s;
    QTest::newRow("a tab") << u"tab here"_s << u"......1."_s;
    QTest::newRow("typed quotes in an excerpt") << u"\"passage\""_s << u"......1."_s;
    QTest::newRow("one letter") << u"e"_s << u"11111111"_s;
    QTest::newRow("nowhere") << u"council tax"_s << u"........"_s;
    QTest::newRow("spaces around are trimmed") << u"  letter "_s << u"..1....."_s;
}

void tst_EventSearchText::matches()
{
    QFETCH(QString, needle);
    QFETCH(QString, expected);

    const Catalogue events = catalogue();
    const TextMatch match(needle);
    const QBitArray mask = events.searchText().matches(match);
    QCOMPARE(bits(mask), expected);
    // The same answer, event by event, as the filter's own test gives.
    QBitArray oneByOne(int(events.events().size()));
    for (qsizetype i = 0; i < events.events().size(); ++i)
        oneByOne.setBit(int(i), EventFilter::matchesText(events, events.events().at(i), match));
    if (!match.isEmpty())
        QCOMPARE(bits(mask), bits(oneByOne));
}

void tst_EventSearchText::followsEdits()
{
    Catalogue events = catalogue();
    const TextMatch needle(u"renamed"_s);
    QCOMPARE(bits(events.searchText().matches(needle)), u"........"_s);
    const Catalogue copy = events;

    TimelineEvent changed = events.events().at(0);
    changed.title = u"Renamed"_s;
    events.replaceEvent(changed);
    QCOMPARE(bits(events.searchText().matches(needle)), u"1......."_s);
    QCOMPARE(bits(copy.searchText().matches(needle)), u"........"_s); // a copy keeps its own

    TimelineEvent added = changed;
    added.id = u"z"_s;
    added.date = EventDate::parse(u"2019"_s);
    events.insertEvent(added);
    QCOMPARE(bits(events.searchText().matches(needle)), u"1.......1"_s);
    events.removeEvent(u"a"_s);
    QCOMPARE(bits(events.searchText().matches(needle)), u".......1"_s);

    QList<Actor> actors = events.actors();
    actors[0].name = u"Renamed body"_s;
    events.setActors(actors);
    QCOMPARE(bits(events.searchText().matches(needle)), u".1.....1"_s);
}

QTEST_GUILESS_MAIN(tst_EventSearchText)
#include "tst_eventsearchtext.moc"

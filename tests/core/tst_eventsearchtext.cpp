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
    void followsMovesAsRebuilding();
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
        e.setSummary(summary);
        e.date = EventDate::parse(u"3 August 2017"_s);
        e.setActorIds(actors);
        if (!excerpt.isEmpty())
            e.editDetails().sources.append({u"s"_s, 0, 0, excerpt});
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
        event(u"h"_s, u"zero\u0000byte"_s, u"replacement \uFFFD character"_s),
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
    QTest::newRow("a zero") << QString(QChar(0)) << u".......1"_s;
    QTest::newRow("a zero is not a replacement character")
        << u"o\u0000b"_s << u".......1"_s;
    QTest::newRow("a replacement character") << u"\uFFFD"_s << u".......1"_s;
    QTest::newRow("a replacement character is not a zero") << u"o\uFFFDb"_s << u"........"_s;
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

void tst_EventSearchText::followsMovesAsRebuilding()
{
    // Edits that keep an event in place, move it earlier and move it later, with texts that
    // grow and shrink; the catalogue is the search text's only owner, so it is changed in
    // place, and must equal one built again.
    Catalogue events = catalogue();
    const QStringList titles{u"A"_s, u"A much longer title than before, with \u00E9"_s,
                             u""_s, u"Letter"_s, u"England\u2019s plan again"_s};
    const QStringList dates{u"2016"_s, u"3 August 2017"_s, u"2019"_s, u"1 January 2015"_s,
                            u"March 2018"_s};
    const TextMatch needle(u"e"_s);
    QCOMPARE(events.searchText().eventCount(), events.events().size());
    for (int i = 0; i < 40; ++i) {
        TimelineEvent changed = events.events().at((i * 7) % events.events().size());
        changed.title = titles.at(i % titles.size());
        changed.setSummary(i % 3 == 0 ? u"A summary"_s : QString());
        changed.date = EventDate::parse(dates.at((i * 3) % dates.size()));
        events.replaceEvent(changed);
        const EventSearchText rebuilt(events);
        QCOMPARE(events.searchText().text(), rebuilt.text());
        QCOMPARE(bits(events.searchText().matches(needle)), bits(rebuilt.matches(needle)));
    }
}

QTEST_GUILESS_MAIN(tst_EventSearchText)
#include "tst_eventsearchtext.moc"

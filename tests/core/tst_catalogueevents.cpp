#include "catalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &date)
{
    TimelineEvent e;
    e.id = id;
    e.title = id;
    e.date = EventDate::parse(date);
    return e;
}

// a, b, c, d in that order: Jan, Mar, Mar (after b), Jun 2017.
Catalogue sample()
{
    Catalogue catalogue;
    catalogue.setEvents({makeEvent(u"a"_s, u"January 2017"_s), makeEvent(u"b"_s, u"March 2017"_s),
                         makeEvent(u"c"_s, u"March 2017"_s), makeEvent(u"d"_s, u"June 2017"_s)});
    return catalogue;
}

QStringList ids(const Catalogue &catalogue)
{
    QStringList result;
    for (const TimelineEvent &e : catalogue.events())
        result.append(e.id);
    return result;
}

// Every event is found at its own position.
bool indexed(const Catalogue &catalogue)
{
    for (int i = 0; i < catalogue.events().size(); ++i) {
        if (catalogue.eventIndex(catalogue.events().at(i).id) != i)
            return false;
    }
    return true;
}

} // namespace

// Single-event edits keep the chronological order, the index by id and the span, and say
// where the event went.
class tst_CatalogueEvents : public QObject
{
    Q_OBJECT

private slots:
    void insert_data();
    void insert();
    void replace_data();
    void replace();
    void remove_data();
    void remove();
    void manyNumberedIds();
    void fileOrderKeepsTheGivenOrder();
};

void tst_CatalogueEvents::insert_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");

    QTest::newRow("first") << u"x"_s << u"2016"_s << 0
                           << QStringList{u"x"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    QTest::newRow("after equal dates")
        << u"x"_s << u"March 2017"_s << 3 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"x"_s, u"d"_s};
    QTest::newRow("last") << u"x"_s << u"2018"_s << 4
                          << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"x"_s};
    QTest::newRow("id taken") << u"b"_s << u"2018"_s << -1
                              << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
}

void tst_CatalogueEvents::insert()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(int, to);
    QFETCH(QStringList, order);

    Catalogue catalogue = sample();
    const Catalogue::EventMove move = catalogue.insertEvent(makeEvent(id, date));
    QCOMPARE(move.from, -1);
    QCOMPARE(move.to, to);
    QCOMPARE(ids(catalogue), order);
    QVERIFY(indexed(catalogue));
    QCOMPARE(catalogue.firstDay(), std::min(QDate(2017, 1, 1), EventDate::parse(date).first()));
    QCOMPARE(catalogue.lastDay(),
             to < 0 ? QDate(2017, 6, 30)
                    : std::max(QDate(2017, 6, 30), EventDate::parse(date).last()));
}

void tst_CatalogueEvents::replace_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");

    QTest::newRow("same date stays")
        << u"b"_s << u"March 2017"_s << 1 << 1 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << QDate(2017, 1, 1) << QDate(2017, 6, 30);
    QTest::newRow("later") << u"a"_s << u"May 2017"_s << 0 << 2
                           << QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s} << QDate(2017, 3, 1)
                           << QDate(2017, 6, 30);
    QTest::newRow("earlier") << u"d"_s << u"February 2017"_s << 3 << 1
                             << QStringList{u"a"_s, u"d"_s, u"b"_s, u"c"_s} << QDate(2017, 1, 1)
                             << QDate(2017, 3, 31);
    // A date others share: after them, whichever way it moved.
    QTest::newRow("later, after its equals")
        << u"a"_s << u"March 2017"_s << 0 << 2 << QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}
        << QDate(2017, 3, 1) << QDate(2017, 6, 30);
    QTest::newRow("earlier, after its equals")
        << u"d"_s << u"March 2017"_s << 3 << 3 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << QDate(2017, 1, 1) << QDate(2017, 3, 31);
    QTest::newRow("to the start") << u"c"_s << u"2016"_s << 2 << 0
                                  << QStringList{u"c"_s, u"a"_s, u"b"_s, u"d"_s}
                                  << QDate(2016, 1, 1) << QDate(2017, 6, 30);
    QTest::newRow("past the end") << u"b"_s << u"2019"_s << 1 << 3
                                  << QStringList{u"a"_s, u"c"_s, u"d"_s, u"b"_s}
                                  << QDate(2017, 1, 1) << QDate(2019, 12, 31);
    QTest::newRow("unknown id") << u"x"_s << u"2019"_s << -1 << -1
                                << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s} << QDate(2017, 1, 1)
                                << QDate(2017, 6, 30);
}

void tst_CatalogueEvents::replace()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, order);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);

    Catalogue catalogue = sample();
    TimelineEvent changed = makeEvent(id, date);
    changed.title = u"changed"_s;
    const Catalogue::EventMove move = catalogue.replaceEvent(changed);
    QCOMPARE(move.from, from);
    QCOMPARE(move.to, to);
    QCOMPARE(ids(catalogue), order);
    QVERIFY(indexed(catalogue));
    if (to >= 0)
        QCOMPARE(catalogue.event(id)->title, u"changed"_s);
    QCOMPARE(catalogue.firstDay(), firstDay);
    QCOMPARE(catalogue.lastDay(), lastDay);
}

void tst_CatalogueEvents::remove_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("from");
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("first") << u"a"_s << 0 << QStringList{u"b"_s, u"c"_s, u"d"_s}
                           << QDate(2017, 3, 1);
    QTest::newRow("middle") << u"c"_s << 2 << QStringList{u"a"_s, u"b"_s, u"d"_s}
                            << QDate(2017, 1, 1);
    QTest::newRow("unknown") << u"x"_s << -1 << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                             << QDate(2017, 1, 1);
}

void tst_CatalogueEvents::remove()
{
    QFETCH(QString, id);
    QFETCH(int, from);
    QFETCH(QStringList, order);
    QFETCH(QDate, firstDay);

    Catalogue catalogue = sample();
    const Catalogue::EventMove move = catalogue.removeEvent(id);
    QCOMPARE(move.from, from);
    QCOMPARE(move.to, -1);
    QCOMPARE(ids(catalogue), order);
    QVERIFY(indexed(catalogue));
    QCOMPARE(catalogue.eventIndex(id), -1);
    QCOMPARE(catalogue.event(id), nullptr);
    QCOMPARE(catalogue.firstDay(), firstDay);
}

// Generated lists number their events 1..N; inserting at the front shifts every position.
void tst_CatalogueEvents::manyNumberedIds()
{
    QList<TimelineEvent> events;
    for (int i = 0; i < 1000; ++i)
        events.append(
            makeEvent(QString::number(i + 1), QDate(2017, 1, 1).addDays(i).toString(Qt::ISODate)));
    Catalogue catalogue;
    catalogue.setEvents(events);
    QCOMPARE(catalogue.insertEvent(makeEvent(u"0"_s, u"2016"_s)).to, 0);
    QVERIFY(indexed(catalogue));
    QCOMPARE(catalogue.removeEvent(u"500"_s).from, 500);
    QVERIFY(indexed(catalogue));
    QCOMPARE(catalogue.eventIndex(u"500"_s), -1);
    QCOMPARE(catalogue.insertEvent(makeEvent(u"500"_s, u"2030"_s)).to, 1000);
    QVERIFY(indexed(catalogue));
    QCOMPARE(catalogue.replaceEvent(makeEvent(u"2"_s, u"2031"_s)).to, 1000);
    QVERIFY(indexed(catalogue));
}

// Written back in the order read: an edit moves nothing there, an insert goes after the
// event it follows in time.
void tst_CatalogueEvents::fileOrderKeepsTheGivenOrder()
{
    Catalogue catalogue;
    catalogue.setEvents({makeEvent(u"late"_s, u"2019"_s), makeEvent(u"early"_s, u"2015"_s),
                         makeEvent(u"middle"_s, u"2017"_s)});
    QCOMPARE(catalogue.fileOrder(), (QStringList{u"late"_s, u"early"_s, u"middle"_s}));
    catalogue.replaceEvent(makeEvent(u"early"_s, u"2020"_s));
    QCOMPARE(catalogue.fileOrder(), (QStringList{u"late"_s, u"early"_s, u"middle"_s}));
    catalogue.insertEvent(makeEvent(u"new"_s, u"2018"_s)); // after middle in time
    QCOMPARE(catalogue.fileOrder(), (QStringList{u"late"_s, u"early"_s, u"middle"_s, u"new"_s}));
    catalogue.insertEvent(makeEvent(u"first"_s, u"2010"_s)); // before middle, the first in time
    QCOMPARE(catalogue.fileOrder(),
             (QStringList{u"late"_s, u"early"_s, u"first"_s, u"middle"_s, u"new"_s}));
    catalogue.removeEvent(u"late"_s);
    QCOMPARE(catalogue.fileOrder(), (QStringList{u"early"_s, u"first"_s, u"middle"_s, u"new"_s}));
}

QTEST_GUILESS_MAIN(tst_CatalogueEvents)
#include "tst_catalogueevents.moc"

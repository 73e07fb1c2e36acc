#include "eventidmap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_EventIdMap : public QObject
{
    Q_OBJECT

private slots:
    void repeats_data();
    void repeats();
    void values_data();
    void values();
    void assign();
    void shiftsAsAssigningEach_data();
    void shiftsAsAssigningEach();
    void number_data();
    void number();
};

void tst_EventIdMap::repeats_data()
{
    QTest::addColumn<QStringList>("ids");
    // For each id in turn: where it was first used if it repeats one, else -1. Where is the
    // id's position plus 10, so that it cannot be mistaken for a position.
    QTest::addColumn<QList<int>>("firstUses");

    QTest::newRow("numbered in order")
        << QStringList{u"1"_s, u"2"_s, u"3"_s, u"10"_s} << QList<int>{-1, -1, -1, -1};
    QTest::newRow("repeat of the last number")
        << QStringList{u"1"_s, u"2"_s, u"2"_s} << QList<int>{-1, -1, 11};
    QTest::newRow("repeat of an earlier number")
        << QStringList{u"1"_s, u"5"_s, u"9"_s, u"5"_s} << QList<int>{-1, -1, -1, 11};
    QTest::newRow("numbers out of order")
        << QStringList{u"5"_s, u"3"_s, u"4"_s, u"3"_s, u"6"_s, u"4"_s}
        << QList<int>{-1, -1, -1, 11, -1, 12};
    QTest::newRow("a number out of order, then larger ones")
        << QStringList{u"5"_s, u"3"_s, u"7"_s, u"3"_s, u"7"_s} << QList<int>{-1, -1, -1, 11, 12};
    QTest::newRow("leading zeros are other ids")
        << QStringList{u"7"_s, u"007"_s, u"07"_s, u"007"_s, u"7"_s}
        << QList<int>{-1, -1, -1, 11, 10};
    QTest::newRow("words") << QStringList{u"a"_s, u"b"_s, u"a"_s, u"1"_s, u"b"_s}
                           << QList<int>{-1, -1, 10, -1, 11};
    QTest::newRow("zero") << QStringList{u"0"_s, u"0"_s} << QList<int>{-1, 10};
    QTest::newRow("a prefix, numbered in order")
        << QStringList{u"ev-1"_s, u"ev-2"_s, u"ev-3"_s, u"ev-2"_s, u"ev-10"_s}
        << QList<int>{-1, -1, -1, 11, -1};
    QTest::newRow("prefixes, bare numbers and words")
        << QStringList{u"1"_s, u"a1"_s, u"a2"_s, u"b1"_s, u"a1"_s, u"1"_s, u"a"_s, u"b1"_s,
                       u"a01"_s, u"a01"_s}
        << QList<int>{-1, -1, -1, -1, 11, 10, -1, 13, -1, 18};
    QTest::newRow("a prefix that comes before the last run's")
        << QStringList{u"b1"_s, u"a1"_s, u"a2"_s, u"b2"_s, u"a1"_s, u"a2"_s, u"b1"_s}
        << QList<int>{-1, -1, -1, -1, 11, 12, 10};
    QTest::newRow("digits that are not ASCII are not a number")
        << QStringList{u"x\u0661"_s, u"x1"_s, u"x\u0661"_s} << QList<int>{-1, -1, 10};
    QTest::newRow("too long to be a number")
        << QStringList{u"1234567890123456789"_s, u"1234567890123456789"_s, u"2"_s}
        << QList<int>{-1, 10, -1};
}

void tst_EventIdMap::repeats()
{
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, firstUses);

    EventIdMap map;
    for (int i = 0; i < ids.size(); ++i) {
        const std::optional<int> firstUse = map.insert(ids.at(i), i + 10);
        QCOMPARE(firstUse.value_or(-1), firstUses.at(i));
    }
    // Every id maps to where it was first used; others are not there.
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(map.value(ids.at(i)), firstUses.at(i) < 0 ? i + 10 : firstUses.at(i));
    QCOMPARE(map.value(u"absent"_s), -1);
    QCOMPARE(map.value(u"999"_s, -2), -2);
}

void tst_EventIdMap::values_data()
{
    // Ids and values to insert in turn, then the value expected for each lookup.
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QStringList>("lookups");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("one run") << QStringList{u"1"_s, u"2"_s, u"3"_s} << QList<int>{0, 1, 2}
                             << QStringList{u"0"_s, u"1"_s, u"3"_s, u"4"_s}
                             << QList<int>{-1, 0, 2, -1};
    QTest::newRow("gaps between numbers")
        << QStringList{u"10"_s, u"20"_s, u"21"_s, u"40"_s} << QList<int>{0, 1, 2, 3}
        << QStringList{u"10"_s, u"11"_s, u"19"_s, u"20"_s, u"21"_s, u"22"_s, u"40"_s}
        << QList<int>{0, -1, -1, 1, 2, -1, 3};
    QTest::newRow("values not consecutive")
        << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s} << QList<int>{5, 6, 9, 10}
        << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s} << QList<int>{5, 6, 9, 10};
    QTest::newRow("a number below the runs, in a gap")
        << QStringList{u"1"_s, u"5"_s, u"3"_s} << QList<int>{0, 1, 2}
        << QStringList{u"1"_s, u"3"_s, u"5"_s, u"4"_s} << QList<int>{0, 2, 1, -1};
    QTest::newRow("numbers and words")
        << QStringList{u"1"_s, u"a"_s, u"2"_s, u"01"_s} << QList<int>{0, 1, 2, 3}
        << QStringList{u"1"_s, u"a"_s, u"2"_s, u"01"_s} << QList<int>{0, 1, 2, 3};
    QTest::newRow("runs after prefixes")
        << QStringList{u"ev-1"_s, u"ev-2"_s, u"ev-3"_s, u"fx-7"_s, u"fx-8"_s}
        << QList<int>{0, 1, 2, 3, 4}
        << QStringList{u"ev-0"_s, u"ev-2"_s, u"ev-3"_s, u"ev-4"_s, u"fx-7"_s, u"fx-8"_s,
                       u"fx-9"_s, u"ev-"_s, u"2"_s, u"ev-02"_s}
        << QList<int>{-1, 1, 2, -1, 3, 4, -1, -1, -1, -1};
}

void tst_EventIdMap::values()
{
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, values);
    QFETCH(QStringList, lookups);
    QFETCH(QList<int>, expected);

    EventIdMap map;
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(!map.insert(ids.at(i), values.at(i)));
    for (int i = 0; i < lookups.size(); ++i)
        QCOMPARE(map.value(lookups.at(i)), expected.at(i));
}

void tst_EventIdMap::assign()
{
    EventIdMap map;
    for (const QString &id : {u"1"_s, u"2"_s, u"3"_s, u"a"_s})
        map.assign(id, map.value(id, 0) + 1);
    map.assign(u"2"_s, 7); // inside a run
    map.assign(u"a"_s, 8);
    map.assign(u"9"_s, 9); // new
    QCOMPARE(map.value(u"1"_s), 1);
    QCOMPARE(map.value(u"2"_s), 7);
    QCOMPARE(map.value(u"3"_s), 1);
    QCOMPARE(map.value(u"a"_s), 8);
    QCOMPARE(map.value(u"9"_s), 9);
    // A value set by assign() is the one insert() keeps.
    QCOMPARE(map.insert(u"2"_s, 0), std::optional<int>(7));
    QCOMPARE(map.insert(u"9"_s, 0), std::optional<int>(9));

    // Copies share until one of them changes.
    const EventIdMap copy = map;
    map.assign(u"3"_s, 5);
    QCOMPARE(copy.value(u"3"_s), 1);
    QCOMPARE(map.value(u"3"_s), 5);
    map.clear();
    QCOMPARE(map.value(u"1"_s), -1);
    QCOMPARE(copy.value(u"1"_s), 1);
}

void tst_EventIdMap::shiftsAsAssigningEach_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("numbered in order") << u"numbers"_s << quint32(1);
    QTest::newRow("after a prefix") << u"prefixed"_s << quint32(2);
    QTest::newRow("two prefixes and words") << u"mixed"_s << quint32(3);
    QTest::newRow("words only: every id hashed") << u"words"_s << quint32(4);
}

// One event after another is taken from its place to another, as Catalogue::replaceEvent()
// does, and every id is looked up against a plain hash given each new position.
void tst_EventIdMap::shiftsAsAssigningEach()
{
    QFETCH(QString, shape);
    QFETCH(quint32, seed);

    const int count = 300;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        if (shape == u"numbers")
            ids.append(QString::number(i + 1));
        else if (shape == u"prefixed")
            ids.append(u"ev-"_s + QString::number(i + 1));
        else if (shape == u"mixed")
            ids.append(i % 7 == 3 ? u"w"_s + QString::number(i * 31 % 97)
                                  : (i < count / 2 ? u"a-"_s : u"b-"_s) + QString::number(i));
        else
            ids.append(u"id"_s + QString::number(i) + u"x"_s);
    }
    EventIdMap map;
    for (int i = 0; i < count; ++i)
        map.insert(ids.at(i), i);
    QRandomGenerator random(seed);
    bool shiftedAny = false;
    for (int edit = 0; edit < 200; ++edit) {
        const int from = int(random.bounded(count));
        const int to = int(random.bounded(count));
        const QString moved = ids.at(from);
        ids.move(from, to);
        const bool shifted = from < to ? map.shiftValues(from + 1, to, -1)
                                       : map.shiftValues(to, from - 1, 1);
        shiftedAny = shiftedAny || (shifted && from != to);
        if (shifted) {
            map.assign(moved, to);
        } else {
            for (int i = std::min(from, to); i <= std::max(from, to); ++i)
                map.assign(ids.at(i), i);
        }
        for (int i = 0; i < count; ++i)
            QCOMPARE(map.value(ids.at(i)), i);
    }
    QCOMPARE(map.value(u"0"_s), -1);
    QCOMPARE(map.value(u"ev-0"_s), -1);
    QCOMPARE(map.value(u"nothing"_s), -1);
    // Ids in runs are shifted (hashed ones too when the shift is long enough to pay).
    QVERIFY(shiftedAny);
}

void tst_EventIdMap::number_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("number");

    QTest::newRow("one digit") << u"7"_s << qint64(7);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("several digits") << u"100000"_s << qint64(100000);
    QTest::newRow("eighteen digits") << u"123456789012345678"_s << qint64(123456789012345678);
    QTest::newRow("nineteen digits") << u"1234567890123456789"_s << qint64(-1);
    QTest::newRow("leading zero") << u"07"_s << qint64(-1);
    QTest::newRow("sign") << u"-7"_s << qint64(-1);
    QTest::newRow("plus") << u"+7"_s << qint64(-1);
    QTest::newRow("space") << u" 7"_s << qint64(-1);
    QTest::newRow("fraction") << u"7.0"_s << qint64(-1);
    QTest::newRow("word") << u"x-3"_s << qint64(-1);
    QTest::newRow("Arabic-Indic digit") << u"\u0667"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void tst_EventIdMap::number()
{
    QFETCH(QString, id);
    QFETCH(qint64, number);
    QCOMPARE(EventIdMap::number(id), number);
}

QTEST_GUILESS_MAIN(tst_EventIdMap)
#include "tst_eventidmap.moc"

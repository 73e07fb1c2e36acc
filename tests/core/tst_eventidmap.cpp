#include "eventidmap.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EventIdMap : public QObject
{
    Q_OBJECT

private slots:
    void repeats_data();
    void repeats();
    void replaceValue();
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
    QTest::newRow("too long to be a number")
        << QStringList{u"1234567890123456789"_s, u"1234567890123456789"_s, u"2"_s}
        << QList<int>{-1, 10, -1};
}

void tst_EventIdMap::repeats()
{
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, firstUses);

    EventIdMap map;
    map.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        const auto [kept, added] = map.insert(ids.at(i), i + 10);
        QCOMPARE(added, firstUses.at(i) < 0);
        QCOMPARE(*kept, added ? i + 10 : firstUses.at(i));
    }
    // Every id maps to where it was first used; others are not there.
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(map.value(ids.at(i)), firstUses.at(i) < 0 ? i + 10 : firstUses.at(i));
    QCOMPARE(map.value(u"absent"_s), -1);
    QCOMPARE(map.value(u"999"_s, -2), -2);
}

void tst_EventIdMap::replaceValue()
{
    EventIdMap map;
    for (const QString &id : {u"1"_s, u"2"_s, u"a"_s})
        map.insert(id, 0);
    *map.insert(u"1"_s, 5).first = 7;
    *map.insert(u"a"_s, 5).first = 8;
    QCOMPARE(map.value(u"1"_s), 7);
    QCOMPARE(map.value(u"2"_s), 0);
    QCOMPARE(map.value(u"a"_s), 8);

    // Copies share until one of them changes.
    const EventIdMap copy = map;
    *map.insert(u"2"_s, 5).first = 9;
    QCOMPARE(copy.value(u"2"_s), 0);
    QCOMPARE(map.value(u"2"_s), 9);
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

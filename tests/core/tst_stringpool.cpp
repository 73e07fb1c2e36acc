#include "stringpool.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_StringPool : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheText_data();
    void keepsTheText();
    void stringsOutliveThePool();
    void changingOneLeavesTheOthers();
    void manyBlocks();
};

void tst_StringPool::keepsTheText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("a word") << u"Alpha"_s;
    QTest::newRow("non-ASCII") << u"“Smile” \U0001F600 £400m"_s;
    QTest::newRow("a zero inside") << u"zero\u0000byte"_s;
    QTest::newRow("the longest pooled") << QString(StringPool::kLongest, u'x');
    QTest::newRow("longer than pooled") << QString(StringPool::kLongest + 1, u'y');
}

void tst_StringPool::keepsTheText()
{
    QFETCH(QString, text);

    StringPool pool;
    const QString before = pool.add(u"before"_s);
    const QString pooled = pool.add(text);
    const QString after = pool.add(u"after"_s);
    QCOMPARE(pooled, text);
    QCOMPARE(pooled.size(), text.size());
    QCOMPARE(before, u"before"_s);
    QCOMPARE(after, u"after"_s);
    // Terminated, as QString::utf16() promises.
    QCOMPARE(pooled.utf16()[pooled.size()], u'\0');
    QCOMPARE(before.utf16()[before.size()], u'\0');
}

void tst_StringPool::stringsOutliveThePool()
{
    QStringList kept;
    {
        StringPool pool;
        for (int i = 0; i < 100; ++i)
            kept.append(pool.add(u"event %1"_s.arg(i)));
    }
    for (int i = 0; i < 100; ++i)
        QCOMPARE(kept.at(i), u"event %1"_s.arg(i));
    kept.erase(kept.begin(), kept.begin() + 99);
    QCOMPARE(kept.constFirst(), u"event 99"_s); // the last one keeps the block alive
}

void tst_StringPool::changingOneLeavesTheOthers()
{
    auto pool = std::make_unique<StringPool>();
    QString first = pool->add(u"first"_s);
    const QString second = pool->add(u"second"_s);
    QString third = pool->add(u"third"_s);
    first.append(u" and more"_s);
    first[0] = u'F';
    third.resize(2);
    third += u"ick"_s;
    QCOMPARE(first, u"First and more"_s);
    QCOMPARE(second, u"second"_s);
    QCOMPARE(third, u"thick"_s);
    pool.reset();
    // The only string left in its block may grow in place: nothing else reads the block.
    QString only = second;
    QCOMPARE(only, u"second"_s);
    only.append(u" place"_s);
    QCOMPARE(only, u"second place"_s);
    QCOMPARE(second, u"second"_s);
}

void tst_StringPool::manyBlocks()
{
    // More than one block's worth, so that strings straddle no block and blocks end.
    StringPool pool;
    QStringList strings;
    const QString text(1000, u'a');
    const qsizetype count = 3 * StringPool::kBlockChars / 1001 + 5;
    for (qsizetype i = 0; i < count; ++i)
        strings.append(pool.add(QStringView(text).left(500 + i % 500)));
    for (qsizetype i = 0; i < count; ++i)
        QCOMPARE(strings.at(i).size(), 500 + i % 500);
}

QTEST_GUILESS_MAIN(tst_StringPool)
#include "tst_stringpool.moc"

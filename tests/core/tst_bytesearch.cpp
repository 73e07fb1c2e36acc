#include "bytesearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>

class tst_ByteSearch : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void agreesWithMemmem_data();
    void agreesWithMemmem();
    void count_data();
    void count();
};

void tst_ByteSearch::find_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("at"); // -1: not found

    const QByteArray long40 = QByteArray(40, 'a');
    QTest::newRow("empty needle") << QByteArray("abc") << QByteArray() << 0;
    QTest::newRow("empty text") << QByteArray() << QByteArray("a") << -1;
    QTest::newRow("one byte") << QByteArray("xyzc") << QByteArray("c") << 3;
    QTest::newRow("longer than the text") << QByteArray("abc") << QByteArray("abcd") << -1;
    QTest::newRow("the whole text") << QByteArray("council") << QByteArray("council") << 0;
    QTest::newRow("two bytes") << long40 + "ab" << QByteArray("ab") << 40;
    QTest::newRow("at the very end") << long40 + "council" << QByteArray("council") << 40;
    QTest::newRow("first and last bytes, middle differs")
        << long40 + "cxxncil council" << QByteArray("council") << 48;
    QTest::newRow("overlapping candidates")
        << QByteArray(40, 'a') + "aab" << QByteArray("aab") << 40;
    QTest::newRow("across a block of sixteen")
        << QByteArray(14, '.') + "council" + QByteArray(30, '.') << QByteArray("council") << 14;
    QTest::newRow("not there") << QByteArray(100, 'c') << QByteArray("cl") << -1;
    QTest::newRow("bytes above 127")
        << QByteArray(20, ' ') + "caf\xC3\xA9 " << QByteArray("f\xC3\xA9") << 22;
    QTest::newRow("zero bytes") << QByteArray("ab\0cd\0ef", 8) << QByteArray("\0ef", 3) << 5;
}

void tst_ByteSearch::find()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, needle);
    QFETCH(int, at);

    const char *found = ByteSearch::find(text.constData(), text.constData() + text.size(), needle);
    QCOMPARE(found ? int(found - text.constData()) : -1, at);
}

void tst_ByteSearch::agreesWithMemmem_data()
{
    QTest::addColumn<int>("needleLength");
    for (int n : {2, 3, 5, 8, 17, 33})
        QTest::addRow("needle of %d", n) << n;
}

// Random text over a small alphabet, so that partial matches are everywhere; every start
// position is searched from, so each block boundary is crossed.
void tst_ByteSearch::agreesWithMemmem()
{
    QFETCH(int, needleLength);
    QRandomGenerator random(needleLength);
    for (int round = 0; round < 40; ++round) {
        QByteArray text(int(random.bounded(20, 200)), Qt::Uninitialized);
        for (char &c : text)
            c = char('a' + random.bounded(3));
        QByteArray needle(needleLength, Qt::Uninitialized);
        for (char &c : needle)
            c = char('a' + random.bounded(3));
        if (round % 2 == 0 && text.size() > needleLength) // plant one
            std::memcpy(text.data() + random.bounded(int(text.size() - needleLength)),
                        needle.constData(), size_t(needleLength));
        const char *end = text.constData() + text.size();
        for (const char *from = text.constData(); from <= end; ++from) {
            const void *expected = memmem(from, size_t(end - from), needle.constData(),
                                          size_t(needle.size()));
            QCOMPARE(static_cast<const void *>(ByteSearch::find(from, end, needle)), expected);
        }
    }
}

void tst_ByteSearch::count_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("byte");

    QTest::newRow("empty") << QByteArray() << '{';
    QTest::newRow("short") << QByteArray("{a{b{") << '{';
    QTest::newRow("none") << QByteArray(100, 'x') << '{';
    QTest::newRow("every byte, beyond 255 blocks") << QByteArray(16 * 255 * 3 + 7, '{') << '{';
    QTest::newRow("byte above 127") << QByteArray(70, '\xE9') + "abc\xE9" << '\xE9';
    QTest::newRow("zero bytes") << QByteArray(33, '\0') << '\0';
    QByteArray mixed;
    for (int i = 0; i < 9000; ++i)
        mixed += char(i % 7 == 0 ? '\n' : 'a' + i % 26);
    QTest::newRow("every seventh") << mixed << '\n';
}

// From every start, to every end near the ends, so that each place in a block of sixteen and
// the counters' sum after 255 blocks are crossed.
void tst_ByteSearch::count()
{
    QFETCH(QByteArray, text);
    QFETCH(char, byte);

    for (qsizetype from = 0; from <= std::min<qsizetype>(text.size(), 40); ++from) {
        for (qsizetype to = std::max(from, text.size() - 40); to <= text.size(); ++to) {
            const QByteArrayView part = QByteArrayView(text).sliced(from, to - from);
            QCOMPARE(ByteSearch::count(part, byte), qsizetype(std::count(part.begin(), part.end(), byte)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_ByteSearch)
#include "tst_bytesearch.moc"

#include "densitymerge.h"

#include <QRandomGenerator>
#include <QTest>

class TestDensityMerge : public QObject
{
    Q_OBJECT
private slots:
    void tenThousandPointsInAHundredPixels();
    void wideItemsCountInEveryColumn();
    void outsideIsNotCounted();
    void columnWidth();
};

void TestDensityMerge::tenThousandPointsInAHundredPixels()
{
    QRandomGenerator random(73);
    DensityMerge merge(200, 300);
    std::vector<int> expected(100, 0);
    for (int i = 0; i < 10000; ++i) {
        const double x = 200 + random.bounded(100.0);
        const double width = random.bounded(0.9); // narrower than a pixel: a day at full span
        merge.add(x - width / 2, x + width / 2);
        ++expected[int(x - 200)];
    }
    const std::vector<DensityMark> marks = merge.marks();
    QVERIFY(marks.size() <= 100);
    int total = 0;
    for (const DensityMark &mark : marks) {
        QCOMPARE(mark.x1 - mark.x0, 1.0);
        QCOMPARE(mark.count, expected[int(mark.x0 - 200)]);
        total += mark.count;
    }
    QCOMPARE(total, 10000);
}

void TestDensityMerge::wideItemsCountInEveryColumn()
{
    DensityMerge merge(0, 50);
    merge.add(10, 20);   // columns 10..19
    merge.add(15.5, 17); // 15, 16
    merge.add(19, 19);   // a point in 19
    const std::vector<DensityMark> marks = merge.marks();
    QCOMPARE(marks.size(), size_t(10));
    for (const DensityMark &mark : marks) {
        const int column = int(mark.x0);
        const int expected = 1 + (column == 15 || column == 16) + (column == 19);
        QCOMPARE(mark.count, expected);
    }
}

void TestDensityMerge::outsideIsNotCounted()
{
    DensityMerge merge(100, 200);
    merge.add(0, 50);      // before
    merge.add(250, 260);   // after
    merge.add(90, 100);    // ends where the columns begin
    merge.add(99.8, 99.9); // narrow, before
    merge.add(50, 105);    // clipped to 100..105
    merge.add(195, 400);   // clipped to 195..200
    const std::vector<DensityMark> marks = merge.marks();
    QCOMPARE(marks.size(), size_t(10));
    QCOMPARE(marks.front().x0, 100.0);
    QCOMPARE(marks.back().x1, 200.0);
}

void TestDensityMerge::columnWidth()
{
    DensityMerge merge(0, 10, 4); // columns [0,4) [4,8) [8,10)
    QCOMPARE(merge.columnCount(), 3);
    merge.add(9, 9);
    merge.add(1, 6);
    const std::vector<DensityMark> marks = merge.marks();
    QCOMPARE(marks.size(), size_t(3));
    QCOMPARE(marks[2].x1, 10.0);
    QCOMPARE(marks[2].count, 1);
    QCOMPARE(marks[0].count, 1);
    QCOMPARE(marks[1].count, 1);
}

QTEST_GUILESS_MAIN(TestDensityMerge)
#include "tst_densitymerge.moc"

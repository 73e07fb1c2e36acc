#include "labelstacker.h"

#include <QTest>

#include <algorithm>

#include <vector>

using Spans = std::vector<std::pair<double, double>>;
using Rows = std::vector<int>;
Q_DECLARE_METATYPE(Spans)
Q_DECLARE_METATYPE(Rows)

class TestLabelStacker : public QObject
{
    Q_OBJECT
private slots:
    void rows_data();
    void rows();
    void noTwoLabelsOverlapInARow();
    void fewerRowsKeepTheSamePlaces();
};

void TestLabelStacker::rows_data()
{
    QTest::addColumn<Spans>("spans");
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<Rows>("expected");
    QTest::newRow("apart share a row")
        << Spans{{0, 50}, {60, 100}, {110, 200}} << 4 << Rows{0, 0, 0};
    QTest::newRow("overlapping go down")
        << Spans{{0, 50}, {20, 80}, {40, 90}} << 4 << Rows{0, 1, 2};
    QTest::newRow("gap is respected") << Spans{{0, 50}, {53, 80}, {55, 90}} << 4 << Rows{0, 1, 0};
    QTest::newRow("first fit reuses the lowest free row")
        << Spans{{0, 100}, {10, 30}, {40, 60}, {105, 120}} << 4 << Rows{0, 1, 1, 0};
    QTest::newRow("beyond the cap is left out")
        << Spans{{0, 50}, {1, 50}, {2, 50}, {60, 70}} << 2 << Rows{0, 1, -1, 0};
    QTest::newRow("no rows at all") << Spans{{0, 10}} << 0 << Rows{-1};
    QTest::newRow("any order: fills a gap to the left")
        << Spans{{100, 150}, {0, 40}, {45, 96}, {30, 60}} << 4 << Rows{0, 0, 1, 2};
    QTest::newRow("any order: between two")
        << Spans{{0, 40}, {100, 150}, {46, 94}} << 4 << Rows{0, 0, 0};
}

void TestLabelStacker::rows()
{
    QFETCH(Spans, spans);
    QFETCH(int, maxRows);
    QFETCH(Rows, expected);
    LabelStacker stacker(maxRows, 5);
    Rows rows;
    for (const auto &[left, right] : spans)
        rows.push_back(stacker.place(left, right));
    QCOMPARE(rows, expected);
    QVERIFY(stacker.rowCount() <= maxRows);
}

void TestLabelStacker::noTwoLabelsOverlapInARow()
{
    // Labels of 40..240 px every few pixels, offered out of order: whatever gets a row is
    // clear of its neighbours.
    Spans spans;
    for (int i = 0; i < 500; ++i) {
        const double left = (i * 211) % 500 * 7.3;
        spans.emplace_back(left, left + 40 + (i * 37) % 200);
    }
    LabelStacker stacker(12, 6);
    std::vector<std::vector<std::pair<double, double>>> byRow(12);
    int placed = 0;
    for (const auto &span : spans) {
        const int row = stacker.place(span.first, span.second);
        if (row >= 0) {
            byRow[row].push_back(span);
            ++placed;
        }
    }
    QVERIFY(placed > 100);
    QCOMPARE(stacker.rowCount(), 12);
    for (auto &row : byRow) {
        std::sort(row.begin(), row.end());
        for (size_t i = 1; i < row.size(); ++i)
            QVERIFY(row[i - 1].second + 6 <= row[i].first);
    }
}

void TestLabelStacker::fewerRowsKeepTheSamePlaces()
{
    Spans spans;
    for (int i = 0; i < 200; ++i)
        spans.emplace_back(i * 11.0, i * 11.0 + 30 + (i * 53) % 120);
    LabelStacker wide(12, 4);
    LabelStacker narrow(3, 4);
    for (const auto &[left, right] : spans) {
        const int row = wide.place(left, right);
        QCOMPARE(narrow.place(left, right), row < 3 ? row : -1);
    }
}

QTEST_GUILESS_MAIN(TestLabelStacker)
#include "tst_labelstacker.moc"

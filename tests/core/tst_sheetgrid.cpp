#include "sheetgrid.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Cell
{
    int row, column;
    QString text;
};

} // namespace

Q_DECLARE_METATYPE(QList<Cell>)

class tst_SheetGrid : public QObject
{
    Q_OBJECT

private slots:
    void take_data();
    void take();
};

void tst_SheetGrid::take_data()
{
    QTest::addColumn<QList<Cell>>("cells");
    QTest::addColumn<QList<QList<int>>>("merges"); // row, column, rows, columns
    QTest::addColumn<qsizetype>("maxCells");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<bool>("full");

    QTest::newRow("gaps become empty cells")
        << QList<Cell>{{0, 0, u"a"_s}, {2, 2, u"c"_s}} << QList<QList<int>>{}
        << SheetGrid::kMaxCells << QStringList{u"a"_s, QString(), u"||c"_s} << false;
    QTest::newRow("empty text places nothing")
        << QList<Cell>{{0, 0, u"a"_s}, {5, 5, QString()}} << QList<QList<int>>{}
        << SheetGrid::kMaxCells << QStringList{u"a"_s} << false;
    QTest::newRow("merge fills within the sheet's cells")
        << QList<Cell>{{0, 0, u"h"_s}, {1, 2, u"x"_s}} << QList<QList<int>>{{0, 0, 1000000, 16384}}
        << SheetGrid::kMaxCells << QStringList{u"h|h|h"_s, u"h|h|x"_s} << false;
    QTest::newRow("cell limit") << QList<Cell>{{0, 0, u"a"_s}, {0, 9, u"b"_s}, {1, 0, u"c"_s}}
                                << QList<QList<int>>{} << qsizetype(11)
                                << QStringList{u"a|||||||||b"_s} << true;
    QTest::newRow("beyond the last column")
        << QList<Cell>{{0, 0, u"a"_s}, {0, SheetGrid::kMaxColumns, u"b"_s}} << QList<QList<int>>{}
        << SheetGrid::kMaxCells << QStringList{u"a"_s} << true;
}

void tst_SheetGrid::take()
{
    QFETCH(QList<Cell>, cells);
    QFETCH(QList<QList<int>>, merges);
    QFETCH(qsizetype, maxCells);
    QFETCH(QStringList, rows);
    QFETCH(bool, full);

    SheetGrid grid(maxCells);
    for (const Cell &cell : std::as_const(cells))
        grid.set(cell.row, cell.column, cell.text);
    for (const QList<int> &m : std::as_const(merges))
        grid.merge(m[0], m[1], m[2], m[3]);
    const Sheet sheet = grid.take(u"S"_s);
    QStringList shown;
    for (const QStringList &row : sheet.rows)
        shown.append(row.join(u'|'));
    QCOMPARE(shown, rows);
    QCOMPARE(grid.full(), full);
    QVERIFY(grid.cells() <= maxCells);
}

QTEST_GUILESS_MAIN(tst_SheetGrid)
#include "tst_sheetgrid.moc"

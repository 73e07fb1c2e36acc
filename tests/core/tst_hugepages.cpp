#include "hugepages.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>

class tst_HugePages : public QObject
{
    Q_OBJECT

private slots:
    void wholePages_data();
    void wholePages();
    void adviceKeepsTheBufferUsable();
};

void tst_HugePages::wholePages_data()
{
    QTest::addColumn<quintptr>("data");
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<quintptr>("first");
    QTest::addColumn<quintptr>("last");

    constexpr quintptr page = HugePages::kSize;
    QTest::newRow("aligned, two pages") << 4 * page << qsizetype(2 * page) << 4 * page << 6 * page;
    QTest::newRow("ends trimmed") << 4 * page + 16 << qsizetype(3 * page) << 5 * page << 7 * page;
    QTest::newRow("less than a page") << 4 * page << qsizetype(page - 1) << 4 * page << 4 * page;
    QTest::newRow("across one boundary")
        << 4 * page + 16 << qsizetype(page) << 5 * page << 5 * page;
    QTest::newRow("exactly one page inside")
        << 4 * page - 16 << qsizetype(page + 32) << 4 * page << 5 * page;
    QTest::newRow("empty") << 4 * page << qsizetype(0) << 4 * page << 4 * page;
    QTest::newRow("negative") << 4 * page << qsizetype(-1) << 4 * page << 4 * page;
}

void tst_HugePages::wholePages()
{
    QFETCH(quintptr, data);
    QFETCH(qsizetype, bytes);
    QFETCH(quintptr, first);
    QFETCH(quintptr, last);

    const auto [gotFirst, gotLast] = HugePages::wholePages(data, bytes);
    QCOMPARE(gotFirst, first);
    QCOMPARE(gotLast, last);
}

// Advice changes how memory is backed, never what it holds.
void tst_HugePages::adviceKeepsTheBufferUsable()
{
    const qsizetype size = qsizetype(3 * HugePages::kSize + 100);
    const std::unique_ptr<char[]> buffer(new char[size]);
    HugePages::advise(buffer.get(), size);
    std::memset(buffer.get(), 7, size_t(size));
    HugePages::advise(buffer.get(), size); // again, now that it is in use
    QCOMPARE(buffer[0], char(7));
    QCOMPARE(buffer[size - 1], char(7));
    QCOMPARE(qsizetype(std::count(buffer.get(), buffer.get() + size, char(7))), size);
}

QTEST_GUILESS_MAIN(tst_HugePages)
#include "tst_hugepages.moc"

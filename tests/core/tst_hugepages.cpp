#include "hugepages.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdio>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

class tst_HugePages : public QObject
{
    Q_OBJECT

private slots:
    void wholePages_data();
    void wholePages();
    void adviceKeepsTheBufferUsable();
    void tunablesForRestart_data();
    void tunablesForRestart();
    void restartsOnceWithTheTunable();
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

void tst_HugePages::tunablesForRestart_data()
{
    QTest::addColumn<QByteArray>("tunables");
    QTest::addColumn<QByteArray>("mode");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray madvise = "always [madvise] never\n";
    const QByteArray set = "glibc.malloc.hugetlb=1";
    QTest::newRow("on request") << QByteArray() << madvise << QByteArray("2.36") << set;
    QTest::newRow("always") << QByteArray() << QByteArray("[always] madvise never\n")
                            << QByteArray("2.36") << set;
    QTest::newRow("never") << QByteArray() << QByteArray("always madvise [never]\n")
                           << QByteArray("2.36") << QByteArray();
    QTest::newRow("mode unknown") << QByteArray() << QByteArray() << QByteArray("2.36")
                                  << QByteArray();
    QTest::newRow("other tunables kept")
        << QByteArray("glibc.malloc.arena_max=2") << madvise << QByteArray("2.36")
        << QByteArray("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    QTest::newRow("kept off by the user")
        << QByteArray("glibc.malloc.hugetlb=0") << madvise << QByteArray("2.36") << QByteArray();
    QTest::newRow("set by the restart") << set << madvise << QByteArray("2.36") << QByteArray();
    QTest::newRow("the first glibc that knows it")
        << QByteArray() << madvise << QByteArray("2.35") << set;
    QTest::newRow("an older glibc")
        << QByteArray() << madvise << QByteArray("2.31") << QByteArray();
    QTest::newRow("a later major version") << QByteArray() << madvise << QByteArray("3.0") << set;
    QTest::newRow("version unreadable")
        << QByteArray() << madvise << QByteArray("x") << QByteArray();
}

void tst_HugePages::tunablesForRestart()
{
    QFETCH(QByteArray, tunables);
    QFETCH(QByteArray, mode);
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, expected);

    QCOMPARE(HugePages::tunablesForRestart(tunables, mode, version), expected);
}

// This program started as a probe (see main): it restarts itself when this system and build
// call for it, once, and the restarted program has the tunable.
void tst_HugePages::restartsOnceWithTheTunable()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"GLIBC_TUNABLES"_s);
    environment.remove(u"CIVIC_PROBE_STARTS"_s);
    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.start(QCoreApplication::applicationFilePath(), {u"--restart-probe"_s});
    QVERIFY(probe.waitForFinished(30000));
    QCOMPARE(probe.exitCode(), 0);
    const QList<QByteArray> lines = probe.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);

    const QByteArray expected = HugePages::restartTunables(QByteArray());
    QCOMPARE(lines.at(0), expected.isEmpty() ? QByteArray("starts 1") : QByteArray("starts 2"));
    QCOMPARE(lines.at(1), u"tunables %1"_s.arg(QString::fromLatin1(expected)).toLatin1().trimmed());
}

int main(int argc, char *argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "--restart-probe") == 0) {
        // How many times the probe started, counted in its environment, which execv keeps.
        const int starts = qEnvironmentVariableIntValue("CIVIC_PROBE_STARTS") + 1;
        qputenv("CIVIC_PROBE_STARTS", QByteArray::number(starts));
        HugePages::restartWithHugePageMalloc(argv);
        std::printf("starts %d\ntunables %s\n", starts, qgetenv("GLIBC_TUNABLES").constData());
        return 0;
    }
    QCoreApplication app(argc, argv);
    tst_HugePages test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_hugepages.moc"

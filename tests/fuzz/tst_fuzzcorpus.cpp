#include "fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Every seed and every finding kept in tests/fuzz/corpus/<target>/ through its target, built
// with the normal compiler: a fixed input that once crashed stays fixed. A failing oracle
// aborts the test, naming the check; the row being run is printed first.
class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasACorpus_data();
    void everyTargetHasACorpus();
    void replay_data();
    void replay();
};

namespace {

QDir corpus()
{
    return QDir(QStringLiteral(CIVIC_SOURCE_DIR) + u"/tests/fuzz/corpus"_s);
}

} // namespace

void tst_FuzzCorpus::everyTargetHasACorpus_data()
{
    QTest::addColumn<QString>("name");
    for (const FuzzTarget &target : fuzzTargets())
        QTest::newRow(target.name) << QString::fromLatin1(target.name);
}

void tst_FuzzCorpus::everyTargetHasACorpus()
{
    QFETCH(QString, name);
    const QDir folder(corpus().filePath(name));
    QVERIFY2(folder.exists(), qPrintable(folder.path()));
    QVERIFY2(!folder.entryList(QDir::Files).isEmpty(), qPrintable(folder.path() + u" is empty"_s));
}

void tst_FuzzCorpus::replay_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    QVERIFY(fuzzTargets().size() >= 8);
    for (qsizetype t = 0; t < fuzzTargets().size(); ++t) {
        const QString name = QString::fromLatin1(fuzzTargets().at(t).name);
        const QDir folder(corpus().filePath(name));
        for (const QString &file : folder.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name + u'/' + file)) << int(t) << folder.filePath(file);
    }
}

void tst_FuzzCorpus::replay()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const FuzzTarget &fuzz = fuzzTargets().at(target);
    QCOMPARE(
        fuzz.testOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())),
        0);
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"

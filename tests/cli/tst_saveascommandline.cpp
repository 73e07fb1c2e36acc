#include "binaryrun.h"
#include "catalogueloader.h"
#include "cataloguewriter.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString source(const QString &relative)
{
    return QStringLiteral(CIVIC_SOURCE_DIR "/") + relative;
}

} // namespace

// civic-timeline --save-as FILE [CATALOGUE]: the window's writer from the command line, and
// what it and --list-events write read back by --check.
class tst_SaveAsCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void builtInWrittenBackIsByteIdentical();
    void builtInSavedElsewherePassesCheck();
    void eventListBecomesACatalogue();
    void listingPassesCheck_data();
    void listingPassesCheck();
    void problemsWriteNothing();
    void unwritablePlaceSaysWhy();
};

// Beside a copy of the seeds, so that "../seeds/sources.json" finds the same index.
void tst_SaveAsCommandLine::builtInWrittenBackIsByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"resources"_s)));
    QVERIFY(QDir().mkpath(dir.filePath(u"seeds"_s)));
    for (const QString &name : QDir(source(u"seeds"_s)).entryList(QDir::Files))
        QVERIFY(QFile::copy(source(u"seeds/"_s) + name, dir.filePath(u"seeds/"_s + name)));
    const QString saved = dir.filePath(u"resources/catalogue.json"_s);
    const BinaryRun run = runBinary({u"--save-as"_s, saved});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(TestFiles::readOrEmpty(saved), TestFiles::readOrEmpty(CatalogueLoader::builtInPath()));
    const BinaryRun check = runBinary({u"--check"_s, saved});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
}

void tst_SaveAsCommandLine::builtInSavedElsewherePassesCheck()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"story.json"_s);
    QCOMPARE(runBinary({u"--save-as"_s, saved}).exitCode, 0);
    const BinaryRun check = runBinary({u"--check"_s, saved});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
    QVERIFY(check.out.contains("events: 80") || check.out.contains("no problems"));
    // Saved again from there, it is the same file.
    const QString again = dir.filePath(u"again.json"_s);
    QCOMPARE(runBinary({u"--save-as"_s, again, saved}).exitCode, 0);
    QCOMPARE(TestFiles::readOrEmpty(again), TestFiles::readOrEmpty(saved));
}

void tst_SaveAsCommandLine::eventListBecomesACatalogue()
{
    QTemporaryDir dir;
    const QString list = TestFiles::path(u"cli"_s, u"events.csv"_s);
    const QByteArray before = TestFiles::readOrEmpty(list);
    const QString saved = dir.filePath(u"events.json"_s);
    const BinaryRun run = runBinary({u"--save-as"_s, saved, list});
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(TestFiles::readOrEmpty(list), before);
    QVERIFY(TestFiles::readOrEmpty(saved).contains("\"lanes\""));
    const BinaryRun check = runBinary({u"--check"_s, saved});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
    QCOMPARE(CatalogueLoader::load(saved).catalogue.events().size(),
             CatalogueLoader::load(list).catalogue.events().size());
}

void tst_SaveAsCommandLine::listingPassesCheck_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("built-in") << QString();
    QTest::newRow("fixture") << TestFiles::path(u"cli"_s, u"good/catalogue.json"_s);
}

void tst_SaveAsCommandLine::listingPassesCheck()
{
    QFETCH(QString, catalogue);
    QStringList arguments{u"--list-events"_s, u"--format"_s, u"json"_s};
    if (!catalogue.isEmpty())
        arguments.append(catalogue);
    const BinaryRun listed = runBinary(arguments);
    QCOMPARE(listed.exitCode, 0);
    QTemporaryDir dir;
    const QString listing = dir.filePath(u"listing.json"_s);
    QFile file(listing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(listed.out);
    file.close();
    const BinaryRun check = runBinary({u"--check"_s, listing});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
    const CatalogueLoadResult original =
        catalogue.isEmpty() ? CatalogueLoader::loadBuiltIn() : CatalogueLoader::load(catalogue);
    const CatalogueLoadResult back = CatalogueLoader::load(listing);
    QCOMPARE(back.catalogue.events().size(), original.catalogue.events().size());
    for (const TimelineEvent &event : original.catalogue.events()) {
        const TimelineEvent *read = back.catalogue.event(event.id);
        QVERIFY2(read, qPrintable(event.id));
        QCOMPARE(read->title, event.title);
        QVERIFY(read->date == event.date);
        QCOMPARE(read->laneId, event.laneId);
        QCOMPARE(read->sources().size(), event.sources().size());
    }
}

void tst_SaveAsCommandLine::problemsWriteNothing()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"out.json"_s);
    const BinaryRun run =
        runBinary({u"--save-as"_s, saved, TestFiles::path(u"cli"_s, u"broken/catalogue.json"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.errText().isEmpty());
    QVERIFY(!QFile::exists(saved));
}

void tst_SaveAsCommandLine::unwritablePlaceSaysWhy()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"no/such/folder/out.json"_s);
    const BinaryRun run = runBinary({u"--save-as"_s, saved});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errText().contains(saved), qPrintable(run.errText()));
}

QTEST_GUILESS_MAIN(tst_SaveAsCommandLine)
#include "tst_saveascommandline.moc"

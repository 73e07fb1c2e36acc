#include "binaryrun.h"
#include "catalogueloader.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

// civic-timeline --import FILE [--map SPEC] [--sheet NAME|N] [--save-as CAT].
class tst_ImportCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void guessedMappingPrintsTheListing();
    void givenMapping();
    void saveAsWritesACatalogue();
    void refused_data();
    void refused();
    void modifiersNeedImport();
};

void tst_ImportCommandLine::guessedMappingPrintsTheListing()
{
    const QString path = TestFiles::path(u"import"_s, u"officer-timeline.csv"_s);
    const BinaryRun run = runBinary({u"--import"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errText().contains(
                 u"guessed --map start=Date,title=Event,summary=Notes,lane=Lane,actors=Who\n"_s),
             qPrintable(run.errText()));
    QVERIFY2(
        run.errText().contains(path + u":5:1: row 5, Date: \u201C32/13/2017\u201D is not a date"_s),
        qPrintable(run.errText()));
    QVERIFY2(run.errText().contains(path + u":8:2: row 8, Event: the title is empty"_s),
             qPrintable(run.errText()));
    const QStringList lines = run.outText().split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).startsWith(u"id,start,end,precision,approximate,status,label,title"_s));
    QVERIFY2(
        run.outText().contains(u"llr-councils-write-to-nhs-england,2017-08-03,2017-08-03,day,"_s),
        qPrintable(run.outText()));
}

void tst_ImportCommandLine::givenMapping()
{
    const BinaryRun run =
        runBinary({u"--import"_s, TestFiles::path(u"import"_s, u"officer-timeline.csv"_s),
                   u"--map"_s, u"start=1,title=Event,tags=Lane"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.errText().contains(u"guessed"_s), qPrintable(run.errText()));
    // The lane column's names became tags; the events share the one lane.
    QVERIFY2(run.outText().contains(u"LLR councils write to NHS England,no-lane,,llr-councils,"_s),
             qPrintable(run.outText()));
}

void tst_ImportCommandLine::saveAsWritesACatalogue()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(u"imported.json"_s);
    const BinaryRun run =
        runBinary({u"--import"_s, TestFiles::path(u"import"_s, u"officer-timeline.csv"_s),
                   u"--save-as"_s, saved});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outText().isEmpty());
    const CatalogueLoadResult loaded = CatalogueLoader::load(saved);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    QCOMPARE(loaded.catalogue.events().size(), 6);
    const TimelineEvent *letter = loaded.catalogue.event(u"llr-councils-write-to-nhs-england"_s);
    QVERIFY(letter);
    QCOMPARE(letter->summary(), u"They ask for the plan, in full.\n\nColour: red"_s);
    const BinaryRun check = runBinary({u"--check"_s, saved});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText()));
}

void tst_ImportCommandLine::refused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QByteArray good = "Date,Event\n2017,A\n";
    QTest::newRow("unusable guess") << QByteArray("Colour,Size\nred,1\n") << QStringList() << 1
                                    << u"no column is mapped to start (the date) or title"_s;
    QTest::newRow("nothing imported") << QByteArray("Date,Event\nsoon,A\n,B\n") << QStringList()
                                      << 1 << u"no row could be imported"_s;
    QTest::newRow("unknown field") << good << QStringList{u"--map"_s, u"when=Date"_s} << 2
                                   << u"--map: unknown field \u201Cwhen\u201D"_s;
    QTest::newRow("unknown column") << good << QStringList{u"--map"_s, u"start=When,title=2"_s} << 2
                                    << u"\u201CWhen\u201D for start is not a column"_s;
    QTest::newRow("no such sheet")
        << good << QStringList{u"--sheet"_s, u"2"_s} << 2 << u"has no sheet \u201C2\u201D"_s;
    QTest::newRow("a catalogue too")
        << good << QStringList{u"other.json"_s} << 2 << u"no CATALOGUE is given with it"_s;
}

void tst_ImportCommandLine::refused()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"sheet.csv"_s, csv);
    const BinaryRun run = runBinary(QStringList{u"--import"_s, path} + extra);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QVERIFY(run.outText().isEmpty());
}

// --map and --sheet alone are usage errors; --save-as alone is still its own action.
void tst_ImportCommandLine::modifiersNeedImport()
{
    const BinaryRun map = runBinary({u"--map"_s, u"start=Date"_s});
    QCOMPARE(map.exitCode, 2);
    QVERIFY2(map.errText().contains(u"--map only applies with --export-format or --import"_s),
             qPrintable(map.errText()));
    const BinaryRun sheet = runBinary({u"--sheet"_s, u"1"_s, u"--list-events"_s});
    QCOMPARE(sheet.exitCode, 2);
    QVERIFY2(sheet.errText().contains(u"--sheet only applies with --import"_s),
             qPrintable(sheet.errText()));
    QTemporaryDir dir;
    const BinaryRun saveAs = runBinary({u"--save-as"_s, dir.filePath(u"copy.json"_s)});
    QVERIFY2(saveAs.exitCode == 0, qPrintable(saveAs.errText()));
    QVERIFY(QFile::exists(dir.filePath(u"copy.json"_s)));
    const BinaryRun both =
        runBinary({u"--import"_s, TestFiles::path(u"import"_s, u"officer-timeline.csv"_s),
                   u"--export-format"_s, u"timelinejs"_s});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.errText().contains(u"cannot be combined"_s), qPrintable(both.errText()));
}

QTEST_GUILESS_MAIN(tst_ImportCommandLine)
#include "tst_importcommandline.moc"

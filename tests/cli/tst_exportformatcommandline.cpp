#include "binaryrun.h"
#include "catalogueloader.h"
#include "icalendarreader.h"
#include "testfiles.h"
#include "timelinejsreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// civic-timeline --export-format timelinejs [--output FILE] [CATALOGUE], and TimelineJS files
// opened by --check and --list-events.
class tst_ExportFormatCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void builtInAsTimelineJs();
    void outputFileHasTheSameBytes();
    void builtInAsCsv();
    void csvInTheirColumns();
    void builtInAsIcs_data();
    void builtInAsIcs();
    void usageErrors_data();
    void usageErrors();
    void timelineJsFilesOpen_data();
    void timelineJsFilesOpen();
};

void tst_ExportFormatCommandLine::builtInAsTimelineJs()
{
    const BinaryRun run = runBinary({u"--export-format"_s, u"timelinejs"_s});
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.exitCode, 0);
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value("events"_L1).toArray().size(), builtIn.catalogue.events().size());
    // Read back, every event is there with its date; passages carry their citation.
    const CatalogueLoadResult back = TimelineJsReader::read(run.out, u"stdout"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.catalogue.events().size(), builtIn.catalogue.events().size());
    for (const TimelineEvent &event : builtIn.catalogue.events()) {
        const TimelineEvent *read = back.catalogue.event(event.id);
        QVERIFY2(read, qPrintable(event.id));
        QCOMPARE(read->date.label(), event.date.label());
        QCOMPARE(read->title, event.title);
        QVERIFY(read->summary().startsWith(event.summary()));
        for (const SourceLink &link : event.sources())
            QVERIFY(read->summary().contains(builtIn.catalogue.source(link.sourceId)->citation()));
    }
}

void tst_ExportFormatCommandLine::outputFileHasTheSameBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.json"_s);
    const BinaryRun toFile = runBinary({u"--export-format"_s, u"timelinejs"_s, u"--output"_s, path,
                                        TestFiles::path(u"timelinejs"_s, u"council.json"_s)});
    QCOMPARE(toFile.errText(), QString());
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QByteArray());
    const BinaryRun toStdout = runBinary({u"--export-format"_s, u"timelinejs"_s,
                                          TestFiles::path(u"timelinejs"_s, u"council.json"_s)});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(!toStdout.out.isEmpty());
    QCOMPARE(TestFiles::readOrEmpty(path), toStdout.out);
}

// --export-format csv is the listing's CSV: our columns, every event.
void tst_ExportFormatCommandLine::builtInAsCsv()
{
    const BinaryRun csv = runBinary({u"--export-format"_s, u"csv"_s});
    QCOMPARE(csv.errText(), QString());
    QCOMPARE(csv.exitCode, 0);
    const BinaryRun listing = runBinary({u"--list-events"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(listing.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,start,end,precision,"));
    QCOMPARE(csv.out, listing.out);
}

// --map writes an officer's own columns, which --import with the same spec reads back.
void tst_ExportFormatCommandLine::csvInTheirColumns()
{
    const QString spec = u"start=Date,title=Event,summary=Notes,lane=Lane"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"theirs.csv"_s);
    const BinaryRun csv =
        runBinary({u"--export-format"_s, u"csv"_s, u"--map"_s, spec, u"--output"_s, path});
    QCOMPARE(csv.errText(), QString());
    QCOMPARE(csv.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.startsWith("Date,Event,Notes,Lane\r\n"));
    const qsizetype events = written.count("\r\n") - 1;
    const BinaryRun back = runBinary({u"--import"_s, path, u"--map"_s, spec});
    QCOMPARE(back.exitCode, 0);
    QVERIFY2(!back.errText().contains(u"theirs.csv:"_s),
             qPrintable(back.errText())); // no row refused
    const BinaryRun listing = runBinary({u"--list-events"_s, u"--format"_s, u"csv"_s});
    QVERIFY(events > 0);
    QCOMPARE(back.out.count("\r\n"), listing.out.count("\r\n"));
}

void tst_ExportFormatCommandLine::builtInAsIcs_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("plannedOnly");
    QTest::newRow("planned events") << QStringList{} << true;
    QTest::newRow("--all-events") << QStringList{u"--all-events"_s} << false;
}

// Read back, the calendar has the events asked for, each over the days it covers, and our
// label gives back the precision and the planned flag.
void tst_ExportFormatCommandLine::builtInAsIcs()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, plannedOnly);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plans.ics"_s);
    const BinaryRun run =
        runBinary(QStringList{u"--export-format"_s, u"ics"_s, u"--output"_s, path} + arguments);
    QCOMPARE(run.errText(), QString());
    QCOMPARE(run.exitCode, 0);
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    const CatalogueLoadResult back = ICalendarReader::read(TestFiles::readOrEmpty(path), path);
    QCOMPARE(back.problems.size(), 0);
    qsizetype expected = 0;
    for (const TimelineEvent &event : builtIn.catalogue.events()) {
        if (plannedOnly && !event.isPlanned())
            continue;
        ++expected;
        const TimelineEvent *read = back.catalogue.event(event.id);
        QVERIFY2(read, qPrintable(event.id));
        QCOMPARE(read->date.first(), event.date.first());
        QCOMPARE(read->date.last(), event.date.last());
        QCOMPARE(read->date.isPlanned(), event.date.isPlanned());
        QCOMPARE(read->title, event.title);
    }
    QVERIFY(expected > 0);
    QCOMPARE(back.catalogue.events().size(), expected);
}

void tst_ExportFormatCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format") << QStringList{u"--export-format"_s, u"vis"_s} << 2
                                    << u"unknown format \u201Cvis\u201D for --export-format"_s;
    QTest::newRow("--all-events without ics")
        << QStringList{u"--export-format"_s, u"csv"_s, u"--all-events"_s} << 2
        << u"--all-events applies only to --export-format ics"_s;
    QTest::newRow("--map without csv")
        << QStringList{u"--export-format"_s, u"ics"_s, u"--map"_s, u"start=Date"_s} << 2
        << u"--map applies only to --export-format csv"_s;
    QTest::newRow("--map with an unknown field")
        << QStringList{u"--export-format"_s, u"csv"_s, u"--map"_s, u"when=Date"_s} << 2
        << u"--map: unknown field \"when\" in the mapping"_s;
    QTest::newRow("output alone") << QStringList{u"--output"_s, u"x.json"_s} << 2 << u"--output"_s;
    QTest::newRow("problems in the input")
        << QStringList{u"--export-format"_s, u"timelinejs"_s,
                       TestFiles::path(u"timelinejs"_s, u"bad-dates.json"_s)}
        << 1 << u"bad-dates.json:3:5: event 1 \"Month thirteen\""_s;
}

void tst_ExportFormatCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"never.json"_s);
    const BinaryRun run = runBinary(arguments + QStringList{u"--output"_s, path});
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.errText().contains(message), qPrintable(run.errText()));
    QCOMPARE(run.out, QByteArray());
    QVERIFY(!QFile::exists(path));
}

void tst_ExportFormatCommandLine::timelineJsFilesOpen_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("check") << u"--check"_s << u"council.json"_s << 0 << QString();
    QTest::newRow("list") << u"--list-events"_s << u"council.json"_s << 0 << QString();
    QTest::newRow("check reports")
        << u"--check"_s << u"duplicate-id.json"_s << 1
        << TestFiles::path(u"timelinejs"_s, u"duplicate-id.json"_s) +
               u":4:5: event 2: the unique_id \"same\" is used by event 1 too; its id is made "
               "from its headline\n"_s;
}

void tst_ExportFormatCommandLine::timelineJsFilesOpen()
{
    QFETCH(QString, action);
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const BinaryRun run = runBinary({action, TestFiles::path(u"timelinejs"_s, name)});
    QCOMPARE(run.errText(), err);
    QCOMPARE(run.exitCode, exitCode);
    if (action == u"--list-events"_s)
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value("events"_L1).toArray().size(), 5);
}

QTEST_GUILESS_MAIN(tst_ExportFormatCommandLine)
#include "tst_exportformatcommandline.moc"

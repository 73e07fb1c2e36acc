#include "applicationidentity.h"
#include "binaryrun.h"
#include "commandline.h"
#include "commandlineaction.h"
#include "exitcode.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

#include <new>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApplicationKind)

namespace {

QStringList nonEmptyLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Stands in for actions still to come: records that it ran and returns 7.
class FakeAction : public CommandLineAction
{
public:
    FakeAction(const QString &trigger, const QStringList &modifiers, ApplicationKind kind,
               bool runsOutOfMemory = false)
        : m_trigger(trigger), m_modifiers(modifiers), m_kind(kind),
          m_runsOutOfMemory(runsOutOfMemory)
    {}

    QCommandLineOption trigger() const override
    {
        return QCommandLineOption(m_trigger, u"Do "_s + m_trigger + u"."_s);
    }
    QList<QCommandLineOption> modifiers() const override
    {
        QList<QCommandLineOption> options;
        for (const QString &name : m_modifiers)
            options.append(QCommandLineOption(name, u"Tune "_s + name + u"."_s));
        return options;
    }
    ApplicationKind applicationKind(const CommandLineOptions &) const override { return m_kind; }
    int run(const CommandLineOptions &, QTextStream &out, QTextStream &) const override
    {
        if (m_runsOutOfMemory)
            throw std::bad_alloc();
        out << u"ran "_s << m_trigger;
        return 7;
    }

private:
    QString m_trigger;
    QStringList m_modifiers;
    ApplicationKind m_kind;
    bool m_runsOutOfMemory;
};

std::vector<std::unique_ptr<CommandLineAction>> fakeActions()
{
    std::vector<std::unique_ptr<CommandLineAction>> actions;
    actions.push_back(std::make_unique<FakeAction>(u"paint"_s, QStringList{u"width"_s, u"shared"_s},
                                                   ApplicationKind::Gui));
    actions.push_back(
        std::make_unique<FakeAction>(u"print"_s, QStringList{u"shared"_s}, ApplicationKind::Core));
    actions.push_back(
        std::make_unique<FakeAction>(u"exhaust"_s, QStringList{}, ApplicationKind::Core, true));
    return actions;
}

const QString kCsvHeader =
    u"id,start,end,precision,approximate,status,label,title,lane,actors,tags,sources\r\n"_s;

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void binary_data();
    void binary();
    void listEventsMatchesExpected_data();
    void listEventsMatchesExpected();
    void builtInExcerptsAreDocumentSlices();
    void builtInCsvHasOneRowPerEvent();
    void checkNamesEachProblemsLine();
    void registeredActions_data();
    void registeredActions();
    void addedActions_data();
    void addedActions();
};

void TestCommandLine::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CIVIC_BINARY)), CIVIC_BINARY);
    ApplicationIdentity::apply();
}

void TestCommandLine::binary_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("outContains");
    QTest::addColumn<QStringList>("errContains");
    QTest::addColumn<bool>("outEmpty");
    QTest::addColumn<int>("errLines"); // -1: any number

    const QString good = TestFiles::path(u"cli"_s, u"good/catalogue.json"_s);
    const QString broken = TestFiles::path(u"cli"_s, u"broken/catalogue.json"_s);
    const QString missing = TestFiles::path(u"cli"_s, u"no-such-catalogue.json"_s);
    const QString version = u"civic-timeline "_s + QStringLiteral(CIVIC_VERSION) + u'\n';

    QTest::newRow("--help") << QStringList{u"--help"_s} << 0
                            << QStringList{u"--list-events"_s, u"--check"_s, u"--format"_s,
                                           u"--version"_s, u"CATALOGUE"_s}
                            << QStringList{} << false << 0;
    QTest::newRow("-h") << QStringList{u"-h"_s} << 0 << QStringList{u"--list-events"_s}
                        << QStringList{} << false << 0;
    QTest::newRow("help wins over an action")
        << QStringList{u"--list-events"_s, u"--help"_s} << 0 << QStringList{u"--check"_s}
        << QStringList{} << false << 0;
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0 << QStringList{version}
                               << QStringList{} << false << 0;
    QTest::newRow("-v") << QStringList{u"-v"_s} << 0 << QStringList{version} << QStringList{}
                        << false << 0;

    QTest::newRow("list built-in as JSON")
        << QStringList{u"--list-events"_s} << 0
        << QStringList{u"\"events\": ["_s, u"\"sources\": ["_s, u"\"excerpt\": "_s} << QStringList{}
        << false << 0;
    QTest::newRow("list built-in as CSV")
        << QStringList{u"--list-events"_s, u"--format"_s, u"csv"_s} << 0 << QStringList{kCsvHeader}
        << QStringList{} << false << 0;
    QTest::newRow("list a catalogue as JSON")
        << QStringList{u"--list-events"_s, u"--format=json"_s, good} << 0
        << QStringList{u"\"id\": \"plan-costed\""_s, u"\"document\": \"board.txt\""_s}
        << QStringList{} << false << 0;
    QTest::newRow("list a catalogue as CSV")
        << QStringList{good, u"--list-events"_s, u"--format"_s, u"csv"_s} << 0
        << QStringList{kCsvHeader, u"plan-costed,2018-04-01,2018-04-30,month,"_s} << QStringList{}
        << false << 0;
    QTest::newRow("list an event list, format in capitals")
        << QStringList{u"--list-events"_s, u"--format"_s, u"CSV"_s,
                       TestFiles::path(u"cli"_s, u"events.csv"_s)}
        << 0
        << QStringList{u"\r\nlaunch,2019-01-05,2019-01-05,day,false,happened,"_s,
                       u"\r\nreview,2019-02-01,2019-02-14,range,"_s, u"\"Review, first round\""_s}
        << QStringList{} << false << 0;

    // Its title puts "roughly" in quotation marks, which no passage has: an editorial
    // warning, on the event's line, that does not fail the check.
    QTest::newRow("check a good catalogue")
        << QStringList{u"--check"_s, good} << 0
        << QStringList{u"no problems; events: 3, sources: 1"_s}
        << QStringList{good + u":13: warning: "_s, u"\u201Croughly\u201D"_s} << false << 1;
    QTest::newRow("check the built-in story")
        << QStringList{u"--check"_s} << 0 << QStringList{u"no problems"_s} << QStringList{} << false
        << 0;
    QTest::newRow("check a broken catalogue")
        << QStringList{u"--check"_s, broken} << 1 << QStringList{}
        << QStringList{broken + u":9:"_s, u"nowhere"_s, broken + u":10:"_s, broken + u":11:"_s}
        << true << -1;
    QTest::newRow("list a broken catalogue prints only problems")
        << QStringList{u"--list-events"_s, broken} << 1 << QStringList{}
        << QStringList{broken + u":9:"_s, u"nowhere"_s} << true << -1;

    QTest::newRow("unknown format")
        << QStringList{u"--list-events"_s, u"--format"_s, u"xml"_s} << 2 << QStringList{}
        << QStringList{u"\u201Cxml\u201D"_s, u"json or csv"_s} << true << 1;
    QTest::newRow("format without a value")
        << QStringList{u"--list-events"_s, u"--format"_s} << 2 << QStringList{}
        << QStringList{u"format"_s} << true << 1;
    QTest::newRow("list a missing file")
        << QStringList{u"--list-events"_s, missing} << 1 << QStringList{}
        << QStringList{missing + u": no such file"_s} << true << 1;
    QTest::newRow("check a missing file")
        << QStringList{u"--check"_s, missing} << 1 << QStringList{}
        << QStringList{missing + u": no such file"_s} << true << 1;
    QTest::newRow("check a folder")
        << QStringList{u"--check"_s, TestFiles::path(u"cli"_s, u"good"_s)} << 1 << QStringList{}
        << QStringList{u"not a file"_s} << true << 1;

    QTest::newRow("two actions") << QStringList{u"--check"_s, u"--list-events"_s} << 2
                                 << QStringList{}
                                 << QStringList{u"--list-events, --check cannot be combined"_s}
                                 << true << 1;
    QTest::newRow("format without --list-events does not open a window")
        << QStringList{u"--format"_s, u"csv"_s} << 2 << QStringList{}
        << QStringList{u"--format only applies with --list-events"_s} << true << 1;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, good} << 2 << QStringList{}
                                    << QStringList{u"bogus"_s, u"--help"_s} << true << 1;
    QTest::newRow("two catalogues")
        << QStringList{u"--list-events"_s, good, good} << 2 << QStringList{}
        << QStringList{u"at most one CATALOGUE"_s} << true << 1;
}

void TestCommandLine::binary()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, outContains);
    QFETCH(QStringList, errContains);
    QFETCH(bool, outEmpty);
    QFETCH(int, errLines);

    const BinaryRun run = runBinary(arguments);
    QVERIFY2(run.finished, "did not finish: did it open a window?");
    const QString out = QString::fromUtf8(run.out);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(err)));
    for (const QString &text : outContains)
        QVERIFY2(out.contains(text),
                 qPrintable(u"stdout lacks \u201C%1\u201D:\n%2"_s.arg(text, out)));
    for (const QString &text : errContains)
        QVERIFY2(err.contains(text),
                 qPrintable(u"stderr lacks \u201C%1\u201D:\n%2"_s.arg(text, err)));
    if (outEmpty)
        QVERIFY2(out.isEmpty(), qPrintable(out));
    if (errLines >= 0)
        QCOMPARE(nonEmptyLines(err).size(), errLines);
}

void TestCommandLine::listEventsMatchesExpected_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("inProcess");
    QTest::addColumn<QString>("expected");

    QTest::newRow("JSON, program") << u"json"_s << false << u"good/expected.json"_s;
    QTest::newRow("JSON, in process") << u"json"_s << true << u"good/expected.json"_s;
    QTest::newRow("CSV, program") << u"csv"_s << false << u"good/expected.csv"_s;
    QTest::newRow("CSV, in process") << u"csv"_s << true << u"good/expected.csv"_s;
}

void TestCommandLine::listEventsMatchesExpected()
{
    QFETCH(QString, format);
    QFETCH(bool, inProcess);
    QFETCH(QString, expected);

    const QStringList arguments{u"--list-events"_s, u"--format"_s, format,
                                TestFiles::path(u"cli"_s, u"good/catalogue.json"_s)};
    QByteArray output;
    if (inProcess) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int exitCode =
            CommandLine().run(QStringList{u"civic-timeline"_s} + arguments, outStream, errStream);
        outStream.flush();
        errStream.flush();
        QVERIFY2(exitCode == ExitCode::Success, qPrintable(err));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        output = out.toUtf8();
    } else {
        const BinaryRun run = runBinary(arguments);
        QVERIFY2(run.exitCode == ExitCode::Success, run.err.constData());
        output = run.out;
    }

    const QByteArray want = TestFiles::readOrEmpty(TestFiles::path(u"cli"_s, expected));
    QVERIFY(!want.isEmpty());
    if (format == u"json"_s) {
        QJsonParseError error;
        const QJsonDocument got = QJsonDocument::fromJson(output, &error);
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
        QCOMPARE(got, QJsonDocument::fromJson(want));
    } else {
        QCOMPARE(QString::fromUtf8(output), QString::fromUtf8(want));
    }
}

void TestCommandLine::builtInExcerptsAreDocumentSlices()
{
    const BinaryRun run = runBinary({u"--list-events"_s});
    QVERIFY2(run.exitCode == ExitCode::Success, run.err.constData());
    const QJsonDocument json = QJsonDocument::fromJson(run.out);
    const QJsonArray events = json[u"events"_s].toArray();
    const QJsonArray sources = json[u"sources"_s].toArray();
    QVERIFY(!events.isEmpty());
    QVERIFY(!sources.isEmpty());

    // Code points of each seed document, read without the program's code.
    QHash<QString, QList<uint>> documents;
    for (const QJsonValue &source : sources) {
        const QString file = source[u"file"_s].toString();
        const QByteArray bytes =
            TestFiles::readOrEmpty(QStringLiteral(CIVIC_SOURCE_DIR) + u"/seeds/"_s + file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        documents.insert(file, QString::fromUtf8(bytes).toUcs4());
    }

    int links = 0;
    for (const QJsonValue &event : events) {
        const QString id = event[u"id"_s].toString();
        QVERIFY(!event[u"sources"_s].toArray().isEmpty());
        for (const QJsonValue &link : event[u"sources"_s].toArray()) {
            const QString file = link[u"document"_s].toString();
            QVERIFY2(documents.contains(file), qPrintable(id + u": "_s + file));
            const QList<uint> &text = documents[file];
            const qint64 start = link[u"start"_s].toInteger(-1);
            const qint64 end = link[u"end"_s].toInteger(-1);
            QVERIFY2(start >= 0 && start < end && end <= text.size(), qPrintable(id));
            const QList<uint> slice = text.mid(start, end - start);
            QCOMPARE(link[u"excerpt"_s].toString(),
                     QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()),
                                       slice.size()));
            ++links;
        }
    }
    QVERIFY(links >= events.size());
}

void TestCommandLine::builtInCsvHasOneRowPerEvent()
{
    const BinaryRun json = runBinary({u"--list-events"_s});
    const BinaryRun csv = runBinary({u"--list-events"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(csv.exitCode, 0);
    const QJsonArray events = QJsonDocument::fromJson(json.out)[u"events"_s].toArray();
    const QString text = QString::fromUtf8(csv.out);
    QVERIFY(text.startsWith(kCsvHeader));
    // Each row starts with its event's id on a new record, in the same order.
    qsizetype from = 0;
    for (const QJsonValue &event : events) {
        const QString start = u"\r\n"_s + event[u"id"_s].toString() + u',';
        const qsizetype at = text.indexOf(start, from);
        QVERIFY2(at >= 0, qPrintable(event[u"id"_s].toString()));
        from = at + 1;
    }
    QVERIFY(text.endsWith(u"\r\n"_s));
}

void TestCommandLine::checkNamesEachProblemsLine()
{
    const QString broken = TestFiles::path(u"cli"_s, u"broken/catalogue.json"_s);
    const BinaryRun run = runBinary({u"--check"_s, broken});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());

    // Every line is "file:line:column: message"; the planted problems are on lines 9, 10, 11.
    static const QRegularExpression form(u"^(.+?):(\\d+):(\\d+): (\\S.*)$"_s);
    QSet<int> lines;
    const QStringList problems = nonEmptyLines(QString::fromUtf8(run.err));
    QVERIFY(problems.size() >= 3);
    for (const QString &problem : problems) {
        const QRegularExpressionMatch match = form.match(problem);
        QVERIFY2(match.hasMatch(), qPrintable(problem));
        if (match.captured(1) == broken)
            lines.insert(match.captured(2).toInt());
    }
    QCOMPARE(lines, (QSet<int>{9, 10, 11}));
}

void TestCommandLine::registeredActions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ApplicationKind>("kind");

    QTest::newRow("no arguments: the window") << QStringList{} << ApplicationKind::Widgets;
    QTest::newRow("a catalogue: the window")
        << QStringList{u"story.json"_s} << ApplicationKind::Widgets;
    QTest::newRow("Qt's own options: the window")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"-style=fusion"_s, u"-reverse"_s}
        << ApplicationKind::Widgets;
    QTest::newRow("--list-events") << QStringList{u"--list-events"_s} << ApplicationKind::Core;
    QTest::newRow("--check") << QStringList{u"--check"_s, u"story.json"_s} << ApplicationKind::Core;
    QTest::newRow("--export-filename")
        << QStringList{u"--export-filename"_s, u"story.png"_s} << ApplicationKind::Gui;
    // Qt Charts draws with Widgets: a QApplication, still on the offscreen platform.
    QTest::newRow("--export-filename --with-figures")
        << QStringList{u"--export-filename"_s, u"story.png"_s, u"--with-figures"_s}
        << ApplicationKind::OffscreenWidgets;
    QTest::newRow("--export-filename --figures-only")
        << QStringList{u"--export-filename"_s, u"story.svg"_s, u"--figures-only"_s}
        << ApplicationKind::OffscreenWidgets;
    QTest::newRow("--help") << QStringList{u"--help"_s} << ApplicationKind::Core;
    QTest::newRow("--version") << QStringList{u"--version"_s} << ApplicationKind::Core;
    QTest::newRow("a mistake") << QStringList{u"--bogus"_s} << ApplicationKind::Core;
    QTest::newRow("a modifier alone")
        << QStringList{u"--format"_s, u"csv"_s} << ApplicationKind::Core;
}

void TestCommandLine::registeredActions()
{
    QFETCH(QStringList, arguments);
    QFETCH(ApplicationKind, kind);

    const CommandLine commandLine;
    QCOMPARE(int(commandLine.applicationKind(QStringList{u"civic-timeline"_s} + arguments)),
             int(kind));
}

void TestCommandLine::addedActions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ApplicationKind>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    QTest::newRow("an action that paints")
        << QStringList{u"--paint"_s} << ApplicationKind::Gui << 7 << u"ran paint"_s << QString();
    QTest::newRow("an action with its modifiers")
        << QStringList{u"--paint"_s, u"--width"_s, u"--shared"_s, u"file.json"_s}
        << ApplicationKind::Gui << 7 << u"ran paint"_s << QString();
    QTest::newRow("a shared modifier") << QStringList{u"--print"_s, u"--shared"_s}
                                       << ApplicationKind::Core << 7 << u"ran print"_s << QString();
    QTest::newRow("a modifier of another action")
        << QStringList{u"--print"_s, u"--width"_s} << ApplicationKind::Core << 2 << QString()
        << u"--width only applies with --paint"_s;
    QTest::newRow("a shared modifier alone")
        << QStringList{u"--shared"_s} << ApplicationKind::Core << 2 << QString()
        << u"--shared only applies with --paint or --print"_s;
    QTest::newRow("two actions") << QStringList{u"--print"_s, u"--paint"_s} << ApplicationKind::Core
                                 << 2 << QString() << u"--paint, --print cannot be combined"_s;
    QTest::newRow("help lists the actions")
        << QStringList{u"--help"_s} << ApplicationKind::Core << 0 << u"Tune width."_s << QString();
    QTest::newRow("version") << QStringList{u"--version"_s} << ApplicationKind::Core << 0
                             << u"civic-timeline "_s + QStringLiteral(CIVIC_VERSION) << QString();
    QTest::newRow("no action: the window")
        << QStringList{} << ApplicationKind::Widgets << 2 << QString() << u"no action"_s;
    // Running out of memory is one clear line and a failure, not an abort.
    QTest::newRow("out of memory")
        << QStringList{u"--exhaust"_s} << ApplicationKind::Core << 1 << QString()
        << u"civic-timeline: out of memory during --exhaust"_s;
}

void TestCommandLine::addedActions()
{
    QFETCH(QStringList, arguments);
    QFETCH(ApplicationKind, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    const CommandLine commandLine(fakeActions());
    const QStringList argv = QStringList{u"civic-timeline"_s} + arguments;
    QCOMPARE(int(commandLine.applicationKind(argv)), int(kind));

    QString outText;
    QString errText;
    QTextStream outStream(&outText);
    QTextStream errStream(&errText);
    QCOMPARE(commandLine.run(argv, outStream, errStream), exitCode);
    outStream.flush();
    errStream.flush();
    QVERIFY2(outText.contains(out), qPrintable(outText));
    QVERIFY2(errText.contains(err), qPrintable(errText));
    if (err.isEmpty())
        QVERIFY2(errText.isEmpty(), qPrintable(errText));
    else
        QCOMPARE(nonEmptyLines(errText).size(), 1);
    // Options of the registered actions are not there when they are not registered.
    QVERIFY(!outText.contains(u"--list-events"_s));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

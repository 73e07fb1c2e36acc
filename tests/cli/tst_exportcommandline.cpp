#include "binaryrun.h"
#include "catalogueloader.h"
#include "commandlineoptions.h"
#include "exportaction.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// civic-timeline --export-filename: files written without a display, and every bad argument
// refused with one line, a non-zero exit and nothing written.
class tst_ExportCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writes_data();
    void writes();
    void refuses_data();
    void refuses();
    void withFiguresDrawsTheChart_data();
    void withFiguresDrawsTheChart();
    void settingsFromOptions_data();
    void settingsFromOptions();

private:
    QTemporaryDir m_runtime;
};

void tst_ExportCommandLine::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_ExportCommandLine::writes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("pngSize"); // for PNG files
    QTest::addColumn<int>("pngDpi");

    QTest::newRow("png, A4 at 300 DPI")
        << u"story.png"_s << QStringList{} << QSize(3508, 2480) << 300;
    QTest::newRow("png, width only")
        << u"wide.png"_s << QStringList{u"--export-width"_s, u"1600"_s} << QSize(1600, 1131) << 96;
    QTest::newRow("png, slide") << u"slide.PNG"_s
                                << QStringList{u"--export-width=1920"_s, u"--export-height=1080"_s,
                                               u"--theme"_s, u"high-contrast"_s}
                                << QSize(1920, 1080) << 96;
    QTest::newRow("png, A4 at 150 DPI")
        << u"a4.png"_s << QStringList{u"--export-dpi"_s, u"150"_s} << QSize(1754, 1240) << 150;
    QTest::newRow("png, the committee image")
        << u"committee.png"_s
        << QStringList{u"--from"_s,  u"2014"_s,
                       u"--to"_s,    u"2018"_s,
                       u"--title"_s, u"STPs, care systems and councils, 2014 to 2018"_s}
        << QSize(3508, 2480) << 300;
    QTest::newRow("svg, lanes and filter")
        << u"story.svg"_s << QStringList{u"--lanes"_s,  u"llr-councils,national"_s,
                                         u"--filter"_s, u"STP"_s,
                                         u"--theme"_s,  u"screen"_s}
        << QSize() << 0;
    QTest::newRow("pdf, A3, a financial year")
        << u"story.pdf"_s
        << QStringList{u"--page"_s, u"a3"_s, u"--from"_s, u"2017/18"_s, u"--to"_s, u"2017/18"_s}
        << QSize() << 0;
    QTest::newRow("handout") << u"handout.pdf"_s << QStringList{u"--handout"_s} << QSize() << 0;
    QTest::newRow("png with figures")
        << u"figures.png"_s << QStringList{u"--with-figures"_s, u"--export-width"_s, u"1200"_s}
        << QSize(1200, 849) << 96;
    QTest::newRow("pdf, the figures alone")
        << u"figures.pdf"_s << QStringList{u"--figures-only"_s, u"--from"_s, u"2016"_s} << QSize()
        << 0;
    QTest::newRow("handout with figures")
        << u"figures-handout.pdf"_s << QStringList{u"--handout"_s, u"--with-figures"_s} << QSize()
        << 0;
    QTest::newRow("another catalogue")
        << u"good.png"_s << QStringList{TestFiles::path(u"cli"_s, u"good/catalogue.json"_s)}
        << QSize(3508, 2480) << 300;
    QTest::newRow("only --to") << u"to.png"_s
                               << QStringList{u"--to"_s, u"2016-12-31"_s, u"--export-width"_s,
                                              u"800"_s}
                               << QSize(800, 566) << 96;
}

void tst_ExportCommandLine::writes()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, arguments);
    QFETCH(QSize, pngSize);
    QFETCH(int, pngDpi);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    const BinaryRun run =
        runBinary(QStringList{u"--export-filename"_s, path} + arguments, m_runtime.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errLines().join(u'\n')));
    QVERIFY(run.errLines().isEmpty());
    QVERIFY(QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(8);
    if (pngSize.isValid()) {
        QImageReader reader(path);
        QCOMPARE(reader.size(), pngSize);
        QCOMPARE(reader.read().dotsPerMeterX(), qRound(pngDpi / 0.0254));
    } else if (fileName.endsWith(u".pdf"_s)) {
        QVERIFY(head.startsWith("%PDF-"));
    } else {
        QVERIFY(head.startsWith("<?xml"));
    }
}

void tst_ExportCommandLine::withFiguresDrawsTheChart_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("timeline");

    QTest::newRow("under the timeline") << QStringList{u"--with-figures"_s} << true;
    QTest::newRow("alone") << QStringList{u"--figures-only"_s} << false;
    QTest::newRow("not asked") << QStringList{} << true;
}

// Without a display the program draws the chart (on the offscreen platform): the SVG holds
// its labels as text, and the timeline's lanes only when it is under the timeline.
void tst_ExportCommandLine::withFiguresDrawsTheChart()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, timeline);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"figures.svg"_s);
    const BinaryRun run =
        runBinary(QStringList{u"--export-filename"_s, path} + arguments, m_runtime.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.errLines().join(u'\n')));
    QVERIFY2(run.errLines().isEmpty(), qPrintable(run.errLines().join(u'\n')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const bool chart = !arguments.isEmpty();
    QCOMPARE(svg.contains(u">£399m / £400m / £409m<"_s), chart);
    QCOMPARE(svg.contains(u">LLR health and care funding gap<"_s), chart);
    QCOMPARE(svg.contains(u">Bedford, Luton and Milton Keynes<"_s), timeline);
}

void tst_ExportCommandLine::refuses_data()
{
    QTest::addColumn<QString>("fileName"); // in a fresh folder; absolute paths as they are
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // a part of the one line on stderr

    QTest::newRow("unknown format")
        << u"story.jpg"_s << QStringList{} << 2 << u"cannot tell the format of"_s;
    QTest::newRow("no suffix") << u"story"_s << QStringList{} << 2
                               << u"end the name in .png, .svg or .pdf"_s;
    QTest::newRow("unknown theme") << u"story.png"_s << QStringList{u"--theme"_s, u"dark"_s} << 2
                                   << u"--theme: unknown theme \u201Cdark\u201D"_s;
    QTest::newRow("unwritable path")
        << u"/nonexistent-folder/story.png"_s << QStringList{} << 1 << u"does not exist"_s;
    QTest::newRow("a folder") << u"."_s << QStringList{} << 2 << u"cannot tell the format"_s;
    QTest::newRow("from after to")
        << u"story.png"_s << QStringList{u"--from"_s, u"2018"_s, u"--to"_s, u"2016"_s} << 2
        << u"--from \u201C2018\u201D is after --to \u201C2016\u201D"_s;
    QTest::newRow("from after the story")
        << u"story.png"_s << QStringList{u"--from"_s, u"2030"_s} << 2
        << u"--from \u201C2030\u201D is after the last event"_s;
    QTest::newRow("unparseable from")
        << u"story.png"_s << QStringList{u"--from"_s, u"31 Febtember 2017"_s} << 2
        << u"--from: \u201C31 Febtember 2017\u201D is not a date"_s;
    QTest::newRow("impossible to") << u"story.pdf"_s << QStringList{u"--to"_s, u"2017-02-30"_s} << 2
                                   << u"--to: \u201C2017-02-30\u201D is not a date"_s;
    QTest::newRow("width 0") << u"story.png"_s << QStringList{u"--export-width"_s, u"0"_s} << 2
                             << u"--export-width: 0 is out of range (1 to 20000 pixels)"_s;
    QTest::newRow("width 100000")
        << u"story.png"_s << QStringList{u"--export-width"_s, u"100000"_s} << 2
        << u"--export-width: 100000 is out of range (1 to 20000 pixels)"_s;
    QTest::newRow("width 100,000")
        << u"story.png"_s << QStringList{u"--export-width"_s, u"100,000"_s} << 2
        << u"--export-width: \u201C100,000\u201D is not a whole number"_s;
    QTest::newRow("height 0") << u"story.svg"_s << QStringList{u"--export-height"_s, u"0"_s} << 2
                              << u"--export-height: 0 is out of range"_s;
    QTest::newRow("too many pixels")
        << u"story.png"_s
        << QStringList{u"--export-width"_s, u"20000"_s, u"--export-height"_s, u"20000"_s} << 2
        << u"is too large"_s;
    QTest::newRow("dpi 10") << u"story.png"_s << QStringList{u"--export-dpi"_s, u"10"_s} << 2
                            << u"--export-dpi: 10 is out of range (30 to 1200 DPI)"_s;
    QTest::newRow("unknown page") << u"story.pdf"_s << QStringList{u"--page"_s, u"A5"_s} << 2
                                  << u"--page: unknown page size \u201CA5\u201D"_s;
    QTest::newRow("unknown lane")
        << u"story.png"_s << QStringList{u"--lanes"_s, u"national,nowhere"_s} << 2
        << u"--lanes: no lane \u201Cnowhere\u201D; the lanes are national, llr-nhs"_s;
    QTest::newRow("no lane") << u"story.png"_s << QStringList{u"--lanes"_s, u","_s} << 2
                             << u"--lanes: no lane given"_s;
    QTest::newRow("handout as png")
        << u"story.png"_s << QStringList{u"--handout"_s} << 2 << u"a handout is a PDF, not PNG"_s;
    QTest::newRow("figures two ways")
        << u"story.svg"_s << QStringList{u"--with-figures"_s, u"--figures-only"_s} << 2
        << u"--with-figures and --figures-only cannot be combined"_s;
    QTest::newRow("figures of a catalogue without")
        << u"story.svg"_s
        << QStringList{TestFiles::path(u"cli"_s, u"good/catalogue.json"_s), u"--with-figures"_s}
        << 2 << u"--with-figures: the catalogue has no figures to draw"_s;
    QTest::newRow("missing catalogue")
        << u"story.png"_s << QStringList{TestFiles::path(u"cli"_s, u"no-such.json"_s)} << 1
        << u"no such file"_s;
    QTest::newRow("broken catalogue")
        << u"story.png"_s << QStringList{TestFiles::path(u"cli"_s, u"broken/catalogue.json"_s)} << 1
        << QString();
}

void tst_ExportCommandLine::refuses()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir::isAbsolutePath(fileName) ? fileName : dir.filePath(fileName);
    const BinaryRun run =
        runBinary(QStringList{u"--export-filename"_s, path} + arguments, m_runtime.path());
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.errLines().isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(run.errLines().size(), 1);
        // The program's own messages name it; a catalogue's problems name the file, as --check.
        const bool aboutTheCatalogue = arguments.value(0).endsWith(u".json"_s);
        QVERIFY2(aboutTheCatalogue || run.errLines().first().startsWith(u"civic-timeline: "_s),
                 qPrintable(run.errLines().first()));
        QVERIFY2(run.errLines().first().contains(message), qPrintable(run.errLines().first()));
    }
    QVERIFY(run.out.isEmpty());
    // Nothing written: not the file, not a temporary beside it.
    if (!QDir::isAbsolutePath(fileName)) {
        QVERIFY(QDir(dir.path())
                    .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    } else {
        QVERIFY(!QFile::exists(path));
    }
}

void tst_ExportCommandLine::settingsFromOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<QString>("title");

    QTest::newRow("story") << QStringList{} << QDate() << QDate() << QStringList{}
                           << u"From the Five Year Forward View"_s;
    QTest::newRow("years") << QStringList{u"--from=2014"_s, u"--to=2018"_s} << QDate(2014, 1, 1)
                           << QDate(2018, 12, 31) << QStringList{}
                           << u"From the Five Year Forward View"_s;
    QTest::newRow("financial year and season")
        << QStringList{u"--from=2016/17"_s, u"--to=winter 2017/18"_s} << QDate(2016, 4, 1)
        << QDate(2018, 2, 28) << QStringList{} << u"From the Five Year Forward View"_s;
    QTest::newRow("lanes, title") << QStringList{u"--lanes= blmk , reporting"_s, u"--title=Ours"_s}
                                  << QDate() << QDate() << QStringList{u"blmk"_s, u"reporting"_s}
                                  << u"Ours"_s;
    QTest::newRow("empty title") << QStringList{u"--title="_s} << QDate() << QDate()
                                 << QStringList{} << QString();
}

void tst_ExportCommandLine::settingsFromOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, lanes);
    QFETCH(QString, title);

    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    const ExportAction action;
    QList<QCommandLineOption> options{action.trigger()};
    options.append(action.modifiers());
    const CommandLineOptions parsed = CommandLineOptions::parse(
        QStringList{u"civic-timeline"_s, u"--export-filename=out.pdf"_s} + arguments, options);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));

    ExportSettings settings;
    QString error;
    QVERIFY2(ExportAction::settingsFrom(parsed, &loaded.catalogue, &settings, &error),
             qPrintable(error));
    QCOMPARE(settings.format, ExportSettings::Format::Pdf);
    if (from.isValid()) {
        QCOMPARE(settings.range, ExportSettings::Range::Dates);
        QCOMPARE(settings.from, from);
        QCOMPARE(settings.to, to);
    } else {
        QCOMPARE(settings.range, ExportSettings::Range::WholeStory);
    }
    QCOMPARE(settings.laneIds, lanes);
    QVERIFY2(title.isEmpty() ? settings.title.isEmpty() : settings.title.startsWith(title),
             qPrintable(settings.title));
}

QTEST_GUILESS_MAIN(tst_ExportCommandLine)
#include "tst_exportcommandline.moc"

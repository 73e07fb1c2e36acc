#include "catalogueloader.h"
#include "problemtext.h"
#include "testfiles.h"

#include "cataloguewriter.h"
#include "fileresolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Catalogues with one thing wrong each (tests/data/loader/<case>/): every problem must name
// the right file and line and say what is wrong.
class tst_CatalogueLoader : public QObject
{
    Q_OBJECT

private slots:
    void valid();
    void quotes_data();
    void quotes();
    void problems_data();
    void problems();
    void everyProblemIsReported();
    void malformedJsonHasLineAndColumn();
    void problemsNameTheFileAsGiven();
    void missingFile();
    void eventLists_data();
    void eventLists();
    void fromDiskAsFromBytes_data();
    void fromDiskAsFromBytes();
    void builtIn();
    void idsAreTrimmedAsTheirDefinitions_data();
    void idsAreTrimmedAsTheirDefinitions();
    void longNearMatchIsCut();
    void whereTheJsonLibrariesDiffer_data();
    void whereTheJsonLibrariesDiffer();
};

void tst_CatalogueLoader::valid()
{
    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"loader"_s, u"valid/catalogue.json"_s));
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    const Catalogue &catalogue = result.catalogue;
    QCOMPARE(catalogue.title(), u"Loader fixture"_s);
    QCOMPARE(catalogue.lanes().size(), 2);
    QCOMPARE(catalogue.lanes().at(0).id, u"national"_s);
    QCOMPARE(catalogue.tags().size(), 2);
    QCOMPARE(catalogue.actors().size(), 2);
    QCOMPARE(catalogue.actor(u"palmer"_s)->affiliation, u"leicester"_s);
    QCOMPARE(catalogue.sources().size(), 2);
    QCOMPARE(catalogue.source(u"leics-cabinet"_s)->authors, QStringList{u"Chief Executive"_s});
    QCOMPARE(catalogue.source(u"hsj-breaking-point"_s)->date.label(), u"c. September 2017"_s);
    QCOMPARE(catalogue.source(u"hsj-breaking-point"_s)->title,
             u"Council \u2018at breaking point\u2019"_s);

    // Chronological, whatever the order in the file.
    QStringList order;
    for (const TimelineEvent &event : catalogue.events())
        order.append(event.id);
    QCOMPARE(order, (QStringList{u"gap"_s, u"plan-agreed-again"_s, u"zero-discussions"_s,
                                 u"patience"_s, u"phase-one"_s}));
    QCOMPARE(catalogue.firstDay(), QDate(2016, 11, 1));
    QCOMPARE(catalogue.lastDay(), QDate(2018, 3, 31));

    const TimelineEvent *patience = catalogue.event(u"patience"_s);
    QVERIFY(patience);
    QCOMPARE(patience->laneId, u"local"_s);
    QCOMPARE(patience->actorIds(), QStringList{u"palmer"_s});
    QCOMPARE(patience->tagIds(), QStringList{u"governance"_s});
    QCOMPARE(patience->summary(), u"The council\u2019s patience is tested."_s);
    QCOMPARE(patience->dateBasis(), u"The report\u2019s own date."_s);
    // "approximate": true in the file marks the date, as "c." in the label would.
    QVERIFY(patience->date.isApproximate());
    QCOMPARE(patience->date.label(), u"c. September 2017"_s);
    const TimelineEvent *phaseOne = catalogue.event(u"phase-one"_s);
    QVERIFY(phaseOne->isPlanned());
    QCOMPARE(phaseOne->date.label(), u"Sept 2017 \u2013 Mar 2018 (planned)"_s);
    QVERIFY(catalogue.event(u"zero-discussions"_s)->date.isApproximate());

    QCOMPARE(catalogue.stories().size(), 1);
    QCOMPARE(catalogue.stories().at(0).eventIds,
             (QStringList{u"gap"_s, u"patience"_s, u"phase-one"_s}));
}

// Offsets are code points: hsj.txt has two characters outside the BMP before the last quote.
void tst_CatalogueLoader::quotes_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("link");
    QTest::addColumn<QString>("source");
    QTest::addColumn<qsizetype>("start");
    QTest::addColumn<qsizetype>("end");
    QTest::addColumn<QString>("excerpt");

    QTest::newRow("curly quotes")
        << u"patience"_s << 0 << u"hsj-breaking-point"_s << qsizetype(162) << qsizetype(211)
        << u"\u201COur patience is being tested to breaking point.\u201D"_s;
    QTest::newRow("pound sign") << u"gap"_s << 0 << u"hsj-breaking-point"_s << qsizetype(297)
                                << qsizetype(320) << u"the \u00A3399m financial gap"_s;
    QTest::newRow("second occurrence")
        << u"plan-agreed-again"_s << 0 << u"hsj-breaking-point"_s << qsizetype(352)
        << qsizetype(371) << u"The plan was agreed"_s;
    QTest::newRow("after characters outside the BMP")
        << u"zero-discussions"_s << 0 << u"hsj-breaking-point"_s << qsizetype(409) << qsizetype(441)
        << u"\u2018zero discussions\u2019 about the ACS"_s;
    QTest::newRow("non-breaking space, en dash before")
        << u"phase-one"_s << 0 << u"leics-cabinet"_s << qsizetype(77) << qsizetype(135)
        << u"from September 2017 to March 2018\u00A0and would include an MoU"_s;
    QTest::newRow("bullet before") << u"phase-one"_s << 1 << u"hsj-breaking-point"_s << qsizetype(2)
                                   << qsizetype(40) << u"Council threatens to withdraw officers"_s;
}

void tst_CatalogueLoader::quotes()
{
    QFETCH(QString, event);
    QFETCH(int, link);
    QFETCH(QString, source);
    QFETCH(qsizetype, start);
    QFETCH(qsizetype, end);
    QFETCH(QString, excerpt);

    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"loader"_s, u"valid/catalogue.json"_s));
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    const TimelineEvent *found = result.catalogue.event(event);
    QVERIFY(found);
    QVERIFY(link < found->sources().size());
    const SourceLink &sourceLink = found->sources().at(link);
    QCOMPARE(sourceLink.sourceId, source);
    QCOMPARE(sourceLink.start, start);
    QCOMPARE(sourceLink.end, end);
    QCOMPARE(sourceLink.excerpt, excerpt);
    const SourceDocument *document = result.catalogue.document(source);
    QVERIFY(document);
    QCOMPARE(document->slice(start, end), excerpt);
}

void tst_CatalogueLoader::problems_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString catalogue = u"catalogue.json"_s;
    const QString sources = u"sources.json"_s;
    auto row = [&](const char *folder, int count, const QString &file, int line,
                   const QString &message) {
        QTest::newRow(folder) << QString::fromLatin1(folder) << count << file << line << message;
    };
    // Events, at the line of their "id".
    row("unknown-lane", 1, catalogue, 68, u"event \"gap\": unknown lane \"regional\""_s);
    row("unknown-actor", 1, catalogue, 46, u"event \"patience\": unknown actor \"sinnott\""_s);
    row("unknown-tag", 1, catalogue, 68, u"event \"gap\": unknown tag \"finance\""_s);
    row("duplicate-id", 1, catalogue, 134,
        u"event \"gap\": the id is used by an earlier event too"_s);
    row("impossible-date", 1, catalogue, 68,
        u"event \"gap\": \"date\": \u201C2017-02-30\u201D is not a date: that day does not exist"_s);
    row("missing-date", 1, catalogue, 68, u"event \"gap\": \"date\" is missing"_s);
    row("empty-title", 1, catalogue, 85, u"event \"plan-agreed-again\": \"title\" is empty"_s);
    row("wrong-type", 1, catalogue, 46,
        u"event \"patience\": \"actors\" must be a list of strings"_s);
    row("unknown-field", 1, catalogue, 68, u"event \"gap\": unknown field \"summery\""_s);
    row("unknown-source", 1, catalogue, 68, u"event \"gap\": unknown source \"hsj-other\""_s);
    row("no-sources", 1, catalogue, 68,
        u"event \"gap\": \"sources\" is empty: every event needs a quoted source"_s);
    // Quotes: the source, its file and the closest passage.
    row("quote-straight-quotes", 1, catalogue, 46,
        u"did not occur verbatim in hsj-breaking-point (hsj.txt); closest: "
        "\u201C\u201COur patience is being tested to breaking point.\u201D\u201D (it differs "
        "only in quotation marks, dashes, spaces or letter case)"_s);
    row("quote-reworded", 1, catalogue, 68,
        u"event \"gap\": the quote \u201Cthe three councils have criticised the lack of detailed "
        "plans\u201D did not occur verbatim in hsj-breaking-point (hsj.txt); closest: \u201CThe "
        "three local authorities have criticised the absence of detailed\u201D"_s);
    row("quote-ambiguous", 1, catalogue, 85,
        u"the quote \u201CThe plan was agreed\u201D occurs 2 times in hsj-breaking-point "
        "(hsj.txt); add \"occurrence\" (1 to 2) to say which"_s);
    row("occurrence-too-high", 1, catalogue, 85,
        u"\"occurrence\" is 3, but the quote \u201CThe plan was agreed\u201D occurs 2 times"_s);
    // Other parts of the catalogue.
    row("story-unknown-event", 1, catalogue, 136,
        u"story \"briefing\": unknown event \"gap-closed\""_s);
    row("unknown-affiliation", 1, catalogue, 36,
        u"actor \"palmer\": \"affiliation\" names unknown actor \"leicester-city\""_s);
    // Once, not again for every quote that could not be checked.
    row("missing-source-index", 1, catalogue, 3,
        u"the source index %1 does not exist, so no quote can be checked"_s.arg(
            TestFiles::path(u"loader"_s, u"nowhere/sources.json"_s)));
    // Sources, at the line of their "id" in sources.json.
    row("missing-document", 2, sources, 15,
        u"source \"leics-cabinet\": %1: cannot read"_s.arg(
            TestFiles::path(u"loader"_s, u"missing-document/missing.txt"_s)));
    row("malformed-utf8", 2, sources, 15,
        u"source \"leics-cabinet\": %1: byte 22: malformed UTF-8"_s.arg(
            TestFiles::path(u"loader"_s, u"malformed-utf8/bad.txt"_s)));
    row("source-bad-date", 1, sources, 4,
        u"source \"hsj-breaking-point\": \"date\": \u201CSeptembre 2017\u201D is not a date: "
        "\u201CSeptembre\u201D is not a month"_s);
    row("duplicate-source", 1, sources, 28,
        u"source \"hsj-breaking-point\": the id is used by an earlier source too"_s);
    row("source-wrong-type", 1, sources, 15,
        u"source \"leics-cabinet\": \"authors\" must be a list of strings"_s);
    // A source index that is not JSON: reported once, at the comma's line and column.
    row("malformed-source-index", 1, sources, 27, u"malformed JSON: "_s);
    // The file as a whole.
    row("malformed-json", 1, catalogue, 70, u"malformed JSON: "_s);
    row("not-an-object", 1, catalogue, 1, u"expected a JSON object"_s);
    row("neither", 1, catalogue, 0, u"neither a catalogue"_s);
}

void tst_CatalogueLoader::problems()
{
    QFETCH(QString, folder);
    QFETCH(int, count);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"loader"_s, folder + u"/catalogue.json"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.problems.size() == count, qPrintable(TestProblems::text(result.problems)));
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, TestFiles::path(u"loader"_s, folder + u'/' + file));
    QCOMPARE(problem.line, line);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QVERIFY(!problem.message.contains(u'\n'));
}

// Nothing stops at the first problem.
void tst_CatalogueLoader::everyProblemIsReported()
{
    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"loader"_s, u"many-problems/catalogue.json"_s));
    QList<std::pair<int, QString>> found;
    for (const Problem &problem : result.problems)
        found.append({problem.line, problem.message});
    const QList<std::pair<int, QString>> expected = {
        {68, u"event \"gap\": \"date\": \u201C31 April 2017\u201D is not a date: that day does not "
             "exist"_s},
        {68, u"event \"gap\": unknown lane \"regional\""_s},
        {116, u"event \"phase-one\": unknown tag \"plans\""_s},
        {137, u"event \"patience\": the id is used by an earlier event too"_s},
    };
    QCOMPARE(found, expected);
    // The rest still loads, for a reader who wants to see what there is.
    QCOMPARE(result.catalogue.events().size(), 4);
}

void tst_CatalogueLoader::malformedJsonHasLineAndColumn()
{
    // catalogue.json lacks the comma after "title" on line 69; the parser notices on line 70.
    const CatalogueLoadResult result =
        CatalogueLoader::load(TestFiles::path(u"loader"_s, u"malformed-json/catalogue.json"_s));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 70);
    QVERIFY(result.problems.first().column > 0);
    QVERIFY(result.catalogue.events().isEmpty());
}

void tst_CatalogueLoader::problemsNameTheFileAsGiven()
{
    const QString current = QDir::currentPath();
    QVERIFY(QDir::setCurrent(QStringLiteral(CIVIC_TEST_DATA_DIR)));
    const CatalogueLoadResult lane = CatalogueLoader::load(u"loader/unknown-lane/catalogue.json"_s);
    const CatalogueLoadResult source =
        CatalogueLoader::load(u"loader/source-bad-date/catalogue.json"_s);
    QDir::setCurrent(current);

    QCOMPARE(lane.problems.size(), 1);
    QCOMPARE(
        lane.problems.first().toString(),
        u"loader/unknown-lane/catalogue.json:68:7: event \"gap\": unknown lane \"regional\""_s);
    QCOMPARE(source.problems.size(), 1);
    QCOMPARE(source.problems.first().file, u"loader/source-bad-date/sources.json"_s);
}

void tst_CatalogueLoader::missingFile()
{
    const QString path = TestFiles::path(u"loader"_s, u"does-not-exist/catalogue.json"_s);
    const CatalogueLoadResult result = CatalogueLoader::load(path);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().file, path);
    QCOMPARE(result.problems.first().line, 0);
    QVERIFY(result.problems.first().message.startsWith(u"cannot read"_s));
}

// load() picks the reader by content and extension.
void tst_CatalogueLoader::eventLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("events");

    QTest::newRow("csv") << u"lists/events.csv"_s << 3;
    QTest::newRow("CSV upper case") << u"lists/EVENTS.CSV"_s << 3;
    QTest::newRow("generator json") << u"lists/events.json"_s << 3;
}

void tst_CatalogueLoader::eventLists()
{
    QFETCH(QString, file);
    QFETCH(int, events);

    const CatalogueLoadResult result = CatalogueLoader::load(TestFiles::path(u"loader"_s, file));
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(result.catalogue.events().size(), events);
    QCOMPARE(result.catalogue.lanes().size(), 2);
}

void tst_CatalogueLoader::fromDiskAsFromBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");

    QByteArray list = "{\"title\":\"L\",\"events\":[";
    for (int i = 1; i <= 3000; ++i)
        list += (i > 1 ? ",\n" : "") + "{\"id\":"_ba + QByteArray::number(i) +
                ",\"start\":\"2015-06-01\",\"end\":null,\"title\":\"Event "_ba +
                QByteArray::number(i) + "\",\"group\":\"g\",\"category\":\"c\"}"_ba;
    const QByteArray closed = list + "]}\n";
    QTest::newRow("event list") << u"list.json"_s << closed << true;
    QByteArray late = closed;
    late.replace("\"id\":2999,\"start\":\"2015-06-01\",\"end\":null",
                 "\"id\":2999,\"start\":\"2015-06-01\",\"end\":\"2014-01-01\"");
    QTest::newRow("a problem in the last events") << u"list.json"_s << late << false;
    QTest::newRow("cut short") << u"list.json"_s << list << false;
    QTest::newRow("another member in an event")
        << u"list.json"_s << QByteArray(closed).replace("\"id\":3000,", "\"id\":3000,\"x\":1,")
        << false;
    QTest::newRow("vis-timeline")
        << u"items.json"_s
        << QByteArray("[{\"id\":1,\"content\":\"A\",\"start\":\"2014-01-01\"}]") << true;
    QTest::newRow("empty") << u"empty.json"_s << QByteArray() << false;
    QTest::newRow("csv") << u"list.csv"_s
                         << QByteArray("id,start,end,title,group,category\n1,2014,,A,g,c\n")
                         << true;
    QTest::newRow("csv with problems")
        << u"list.csv"_s
        << QByteArray("id,start,end,title,group,category\n1,2014,,A,g,c\n1,2015,,,g,c\n") << false;
    QTest::newRow("csv, malformed UTF-8")
        << u"list.csv"_s << QByteArray("id,start,end,title,group,category\n1,2014,,A\xFF,g,c\n")
        << false;
    QTest::newRow("empty csv") << u"list.csv"_s << QByteArray() << false;
}

// load(path) reads an event list from the file a piece at a time: it must come out as the
// same bytes in memory do, problems and all.
void tst_CatalogueLoader::fromDiskAsFromBytes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
    file.close();

    const CatalogueLoadResult fromDisk = CatalogueLoader::load(path);
    const CatalogueLoadResult fromBytes = CatalogueLoader::load(path, data, FileResolver());
    QCOMPARE(fromDisk.ok(), ok);
    QCOMPARE(TestProblems::text(fromDisk.problems), TestProblems::text(fromBytes.problems));
    QCOMPARE(fromDisk.catalogue.title(), fromBytes.catalogue.title());
    QCOMPARE(fromDisk.catalogue.events().size(), fromBytes.catalogue.events().size());
    for (qsizetype i = 0; i < fromDisk.catalogue.events().size(); ++i) {
        const TimelineEvent &a = fromDisk.catalogue.events().at(i);
        const TimelineEvent &b = fromBytes.catalogue.events().at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.title, b.title);
        QCOMPARE(a.date.label(), b.date.label());
        QCOMPARE(a.laneId, b.laneId);
    }
}

void tst_CatalogueLoader::idsAreTrimmedAsTheirDefinitions_data()
{
    QTest::addColumn<QString>("actor"); // as the listing names it
    QTest::addColumn<QString>("id");    // as it is read

    QTest::newRow("plain") << u"nhs-england"_s << u"nhs-england"_s;
    QTest::newRow("spaces around") << u" nhs-england "_s << u"nhs-england"_s;
    QTest::newRow("a line break inside") << u"nhs-englan\\nd "_s << u"nhs-englan\nd"_s;
}

// An id is read trimmed where it is defined, so every reference to it is read trimmed too: a
// listing that names " nhs-england " is written as a catalogue that reads back the same.
void tst_CatalogueLoader::idsAreTrimmedAsTheirDefinitions()
{
    QFETCH(QString, actor);
    QFETCH(QString, id);

    const QByteArray listing =
        (uR"({"events": [{"id": "e1", "title": "An event", "lane": " national",
            "actors": [")"_s + actor + uR"("], "tags": ["money "], "summary": "", "sources": [],
            "date": {"label": "2013", "start": "2013-01-01", "end": "2013-12-31",
                     "precision": "year", "approximate": false}}], "sources": []})"_s)
            .toUtf8();
    const QString path = u"l/listing.json"_s;
    const CatalogueLoadResult read =
        CatalogueLoader::load(path, listing, FileResolver::inMemory({{path, listing}}));
    QVERIFY2(read.ok() && read.problems.isEmpty(), qPrintable(TestProblems::text(read.problems)));
    const TimelineEvent &event = read.catalogue.events().first();
    QCOMPARE(event.actorIds(), QStringList{id});
    QCOMPARE(event.tagIds(), QStringList{u"money"_s});
    QCOMPARE(event.laneId, u"national"_s);

    const QByteArray written = CatalogueWriter::write(read.catalogue);
    const QString saved = u"l/saved.json"_s;
    const CatalogueLoadResult again =
        CatalogueLoader::load(saved, written, FileResolver::inMemory({{saved, written}}));
    QVERIFY2(again.ok() && again.problems.isEmpty(),
             qPrintable(TestProblems::text(again.problems)));
    QCOMPARE(again.catalogue.events().first().actorIds(), QStringList{id});
    QCOMPARE(again.catalogue.actors().first().id, id);
}

void tst_CatalogueLoader::builtIn()
{
    QCOMPARE(CatalogueLoader::builtInPath(), u":/resources/catalogue.json"_s);
    const CatalogueLoadResult result = CatalogueLoader::loadBuiltIn();
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(result.catalogue.sources().size(), 5);
}

// A long misquote's closest passage is shown cut, not as a page of the document.
void tst_CatalogueLoader::longNearMatchIsCut()
{
    QString sentence;
    for (int i = 0; i < 60; ++i)
        sentence += u"word%1 "_s.arg(i);
    const QString document = u"Before. "_s + sentence + u"After."_s;
    QString misquote = sentence.trimmed();
    misquote.replace(u"word30"_s, u"ward30"_s);
    const QByteArray catalogue =
        (uR"({"title": "T", "sourceIndex": "sources.json",
  "lanes": [{"id": "l", "name": "L", "description": ""}], "tags": [], "actors": [],
  "events": [{"id": "e", "title": "E", "summary": "", "date": "2017", "approximate": false,
    "planned": false, "lane": "l", "actors": [], "tags": [],
    "sources": [{"source": "s", "quote": ")"_s +
         misquote + uR"("}]}]})"_s)
            .toUtf8();
    const QByteArray sources = R"({"sources": [{"id": "s", "file": "s.txt", "title": "S",
      "publisher": "P", "kind": "news-report", "authors": [], "date": "2017",
      "approximate": false, "basis": "b"}]})";
    const FileResolver files = FileResolver::inMemory({{u"c/catalogue.json"_s, catalogue},
                                                       {u"c/sources.json"_s, sources},
                                                       {u"c/s.txt"_s, document.toUtf8()}});
    const CatalogueLoadResult result =
        CatalogueLoader::load(u"c/catalogue.json"_s, catalogue, files);
    QCOMPARE(result.problems.size(), 1);
    const QString message = result.problems.constFirst().message;
    QVERIFY2(message.contains(u"closest: \u201Cword0 word1"_s), qPrintable(message));
    QVERIFY2(message.size() < 500, qPrintable(message));
    QVERIFY2(message.contains(u'\u2026'), qPrintable(message));
}

// A catalogue is read from simdjson's DOM; where simdjson refuses what QJsonDocument reads,
// the catalogue is still read (a huge integer) or refused at the place (half a character).
void tst_CatalogueLoader::whereTheJsonLibrariesDiffer_data()
{
    QTest::addColumn<QByteArray>("member");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("huge integer") << QByteArray(R"("huge": 123456789012345678901234567890)") << 2
                                  << u"unknown field \"huge\""_s;
    QTest::newRow("half a character")
        << QByteArray(R"("huge": "a\ud800")") << 12
        << u"\\ud800 is half of a character (an unpaired surrogate), which is not text"_s;
}

void tst_CatalogueLoader::whereTheJsonLibrariesDiffer()
{
    QFETCH(QByteArray, member);
    QFETCH(int, column);
    QFETCH(QString, message);

    const QByteArray catalogue = "{" + member +
                                 R"(, "title": "T", "sourceIndex": "", "lanes": [{"id": "l", "name": "L"}],
        "events": [{"id": "e", "title": "E", "date": "2016", "lane": "l", "sources": []}]})";
    const CatalogueLoadResult result =
        CatalogueLoader::load(u"c.json"_s, catalogue, FileResolver::inMemory({}));
    QVERIFY2(result.problems.size() == 1, qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(result.problems.first().line, 1);
    QCOMPARE(result.problems.first().column, column);
    QCOMPARE(result.problems.first().message, message);
}

QTEST_GUILESS_MAIN(tst_CatalogueLoader)
#include "tst_catalogueloader.moc"

#include "cataloguereader.h"
#include "problemtext.h"
#include "samecatalogue.h"
#include "testfiles.h"

#include "catalogueloader.h"
#include "fileresolver.h"
#include "jsonfile.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// What CatalogueReader::read() gives for the whole file: the oracle of the batched read.
CatalogueLoadResult readWhole(const QString &path, const QByteArray &data,
                              const FileResolver &files)
{
    CatalogueLoadResult result;
    JsonFile file(path, data, &result.problems);
    if (file.isValid())
        result.catalogue = CatalogueReader::read(file, &result.problems, files, &result.warnings);
    return result;
}

// A catalogue whose "events" array holds events (the text between its brackets).
QByteArray withEvents(const QByteArray &events)
{
    return R"({"title": "Inline",
  "lanes": [{"id": "national", "name": "National", "description": ""}],
  "events": [)" +
           events + R"(],
  "stories": []
}
)";
}

const QByteArray kEvent = R"({"id": "a", "title": "A", "summary": "", "date": "2016-03-01",
   "lane": "national", "actors": [], "tags": [], "sources": []})";
const QByteArray kOther = R"({"id": "b", "title": "B", "summary": "", "date": "March 2017",
   "approximate": true, "lane": "national", "actors": [], "tags": [], "sources": []})";

void addBatchSizes(const char *name, const QString &path, const QByteArray &data, bool batched)
{
    // One event a batch, a few, and all of them in one.
    for (const qsizetype bytes : {qsizetype(1), qsizetype(300), qsizetype(1) << 20}) {
        QTest::addRow("%s/%lld", name, qlonglong(bytes)) << path << data << bytes << batched;
    }
}

} // namespace

// The catalogue read a batch of events at a time must be the catalogue read whole, with the
// same problems at the same places; or the batched read declines, and the whole read (which
// the loader then makes) explains.
class tst_CatalogueReader : public QObject
{
    Q_OBJECT

private slots:
    void batchedAsWhole_data();
    void batchedAsWhole();
    void batchedFromDisk();
};

void tst_CatalogueReader::batchedAsWhole_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qsizetype>("batchBytes");
    QTest::addColumn<bool>("batched"); // whether it is read in batches, not declined

    const auto fixture = [](const char *name, bool batched) {
        const QString path =
            TestFiles::path(u"loader"_s, QString::fromLatin1(name)) + u"/catalogue.json"_s;
        addBatchSizes(name, path, TestFiles::read(path), batched);
    };
    // Each fixture has one thing wrong (tst_catalogueloader): what is wrong with an event or
    // the rest of the file is reported as the whole read reports it.
    for (const char *name : {"valid",
                             "duplicate-id",
                             "empty-title",
                             "impossible-date",
                             "missing-date",
                             "many-problems",
                             "missing-document",
                             "missing-source-index",
                             "no-sources",
                             "occurrence-too-high",
                             "quote-ambiguous",
                             "quote-reworded",
                             "quote-straight-quotes",
                             "source-bad-date",
                             "source-wrong-type",
                             "story-unknown-event",
                             "unknown-actor",
                             "unknown-affiliation",
                             "unknown-field",
                             "unknown-lane",
                             "unknown-source",
                             "unknown-tag",
                             "wrong-type",
                             "duplicate-source",
                             "malformed-source-index",
                             "malformed-utf8"})
        fixture(name, true);
    // Text simdjson refuses, and a file that is no catalogue, are the whole read's to explain.
    fixture("malformed-json", false);
    fixture("neither", false);

    const QString inline_ = u"inline.json"_s;
    addBatchSizes("two events", inline_, withEvents(kEvent + ",\n  " + kOther), true);
    addBatchSizes("no events", inline_, withEvents(""), true);
    addBatchSizes("repeated id", inline_, withEvents(kEvent + ", " + kEvent), true);
    // The outline counts objects: an element of another kind is the whole read's to report.
    addBatchSizes("an event that is not an object", inline_, withEvents(kEvent + ", 7, " + kOther),
                  false);
    addBatchSizes("a member twice in an event", inline_,
                  withEvents(kEvent + R"(, {"id": "c", "id": "d"})"), false);
    addBatchSizes("a member twice at the root", inline_,
                  withEvents(kEvent).replace(R"("title": "Inline")",
                                             R"("title": "Inline", "title": "Twice")"),
                  false);
    addBatchSizes("a member twice in a lane", inline_,
                  withEvents(kEvent).replace(R"("name": "National")",
                                             R"("name": "National", "name": "Twice")"),
                  false);
    addBatchSizes("a syntax error in an event", inline_,
                  withEvents(kEvent + R"(, {"id": "c" "title": "C"})"), false);
    addBatchSizes("a byte order mark", inline_, "\xEF\xBB\xBF" + withEvents(kEvent), true);
    addBatchSizes("events before the lanes", inline_,
                  R"({"events": [)" + kEvent + R"(], "lanes": [{"id": "national", "name": "N"}]})",
                  true);
}

void tst_CatalogueReader::batchedAsWhole()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, data);
    QFETCH(qsizetype, batchBytes);
    QFETCH(bool, batched);

    const FileResolver files;
    const CatalogueLoadResult whole = readWhole(path, data, files);
    const std::optional<CatalogueLoadResult> inBatches =
        CatalogueReader::readInBatches(path, data, files, batchBytes);
    QCOMPARE(inBatches.has_value(), batched);
    if (!inBatches)
        return;
    QCOMPARE(TestProblems::text(inBatches->problems), TestProblems::text(whole.problems));
    QCOMPARE(TestProblems::text(inBatches->warnings), TestProblems::text(whole.warnings));
    QCOMPARE(catalogueDifference(inBatches->catalogue, whole.catalogue), QString());
}

// The loader reads the built-in story and a fixture in batches, and gets what the whole
// read gets.
void tst_CatalogueReader::batchedFromDisk()
{
    for (const QString &path : {CatalogueLoader::builtInPath(),
                                TestFiles::path(u"loader"_s, u"valid/catalogue.json"_s)}) {
        const QByteArray data = TestFiles::read(path);
        const FileResolver files;
        const std::optional<CatalogueLoadResult> inBatches =
            CatalogueReader::readInBatches(path, data, files);
        QVERIFY2(inBatches, qPrintable(path));
        QVERIFY2(inBatches->ok(), qPrintable(TestProblems::text(inBatches->problems)));
        const CatalogueLoadResult loaded = CatalogueLoader::load(path);
        QVERIFY2(loaded.ok(), qPrintable(TestProblems::text(loaded.problems)));
        QVERIFY(!inBatches->catalogue.events().isEmpty());
        QCOMPARE(catalogueDifference(inBatches->catalogue, loaded.catalogue), QString());
        QCOMPARE(catalogueDifference(inBatches->catalogue, readWhole(path, data, files).catalogue),
                 QString());
    }
}

QTEST_GUILESS_MAIN(tst_CatalogueReader)
#include "tst_cataloguereader.moc"

#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "cataloguewriter.h"
#include "samecatalogue.h"
#include "testfiles.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One event in an otherwise empty catalogue, written.
QByteArray written(const TimelineEvent &event)
{
    Catalogue catalogue;
    catalogue.setTitle(u"T"_s);
    catalogue.setEvents({event});
    return CatalogueWriter::write(catalogue);
}

} // namespace

// The catalogue format written back: the built-in file byte for byte, every loadable
// fixture read back the same, quotes and occurrences recovered from offsets.
class tst_CatalogueWriter : public QObject
{
    Q_OBJECT

private slots:
    void builtInIsByteIdentical();
    void builtInSourceIndexIsByteIdentical();
    void roundTrip_data();
    void roundTrip();
    void escapes_data();
    void escapes();
    void dateText_data();
    void dateText();
    void occurrence_data();
    void occurrence();
    void leavesOutEmptyOptionalMembers();
};

void tst_CatalogueWriter::builtInIsByteIdentical()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    const QByteArray original = TestFiles::readOrEmpty(CatalogueLoader::builtInPath());
    QVERIFY(!original.isEmpty());
    const QByteArray again = CatalogueWriter::write(loaded.catalogue);
    if (again != original) {
        // Name the first line that differs rather than dump two files.
        const QList<QByteArray> a = original.split('\n'), b = again.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            QVERIFY2(a.at(i) == b.at(i),
                     qPrintable(u"line %1: %2 / %3"_s.arg(i + 1).arg(QString::fromUtf8(a.at(i)),
                                                                     QString::fromUtf8(b.at(i)))));
        QCOMPARE(b.size(), a.size());
    }
}

void tst_CatalogueWriter::builtInSourceIndexIsByteIdentical()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    const QByteArray original = TestFiles::readOrEmpty(u":/seeds/sources.json"_s);
    QVERIFY(!original.isEmpty());
    const QByteArray again = CatalogueWriter::writeSourceIndex(loaded.catalogue.sources());
    const QList<QByteArray> a = original.split('\n'), b = again.split('\n');
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        QVERIFY2(a.at(i) == b.at(i), qPrintable(u"line %1: %2 / %3"_s.arg(i + 1).arg(
                                         QString::fromUtf8(a.at(i)), QString::fromUtf8(b.at(i)))));
    QCOMPARE(again, original);
}

void tst_CatalogueWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("built-in") << CatalogueLoader::builtInPath();
    QDirIterator files(QStringLiteral(CIVIC_TEST_DATA_DIR), {u"*.json"_s, u"*.csv"_s, u"*.CSV"_s},
                       QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    int loadable = 0;
    for (const QString &path : std::as_const(paths)) {
        if (!CatalogueLoader::load(path).ok())
            continue;
        ++loadable;
        QTest::newRow(qPrintable(path.mid(qsizetype(strlen(CIVIC_TEST_DATA_DIR)) + 1))) << path;
    }
    QVERIFY2(loadable >= 5, "the fixtures that load are found");
}

// load -> save (elsewhere) -> load gives the same catalogue, and saving that again the same
// bytes.
void tst_CatalogueWriter::roundTrip()
{
    QFETCH(QString, path);
    const CatalogueLoadResult first = CatalogueLoader::load(path);
    QVERIFY(first.ok());
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"saved.json"_s);
    const CatalogueSaver::Result saved = CatalogueSaver::save(first.catalogue, path, copy);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const CatalogueLoadResult second = CatalogueLoader::load(copy);
    QStringList problems;
    for (const Problem &problem : second.problems)
        problems.append(problem.toString());
    QVERIFY2(second.ok(), qPrintable(problems.join(u'\n')));
    // A listing carries no documents, so its passages come back by excerpt only.
    const bool documents = !first.catalogue.sourceIndexPath().isEmpty();
    const QString difference = catalogueDifference(first.catalogue, second.catalogue, documents);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(CatalogueWriter::write(second.catalogue), TestFiles::readOrEmpty(copy));
}

void tst_CatalogueWriter::escapes_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("quotation mark") << u"a\"b"_s << QByteArray(R"("a\"b")");
    QTest::newRow("backslash") << u"a\\b"_s << QByteArray(R"("a\\b")");
    QTest::newRow("line break and tab") << u"a\nb\tc\r"_s << QByteArray(R"("a\nb\tc\r")");
    QTest::newRow("other control") << u"a\u0001b\u001f"_s << QByteArray(R"("a\u0001b\u001f")");
    QTest::newRow("non-ASCII as is")
        << u"\u2019\u00A3\U0001F389"_s << u"\"\u2019\u00A3\U0001F389\""_s.toUtf8();
}

void tst_CatalogueWriter::escapes()
{
    QFETCH(QString, title);
    QFETCH(QByteArray, json);
    TimelineEvent event;
    event.id = u"e"_s;
    event.title = title;
    event.date = EventDate::parse(u"2017"_s);
    const QByteArray text = written(event);
    const QByteArray line = QByteArray("      \"title\": ") + json + QByteArray(",\n");
    QVERIFY2(text.contains(line), text.constData());
}

void tst_CatalogueWriter::dateText_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("day") << u"3 Aug 2017"_s << u"3 August 2017"_s;
    QTest::newRow("season") << u"c. spring 2017"_s << u"spring 2017"_s;
    QTest::newRow("planned financial year") << u"2018/19 (planned)"_s << u"2018/19"_s;
    QTest::newRow("range in full")
        << u"Sept 2017 – Mar 2018"_s << u"September 2017 \u2013 March 2018"_s;
}

void tst_CatalogueWriter::dateText()
{
    QFETCH(QString, date);
    QFETCH(QString, text);
    const EventDate parsed = EventDate::parse(date);
    QVERIFY(parsed.isValid());
    QCOMPARE(CatalogueWriter::dateText(parsed), text);
    EventDate back = EventDate::parse(text);
    back.setApproximate(parsed.isApproximate());
    back.setPlanned(parsed.isPlanned());
    QVERIFY(back == parsed);
}

void tst_CatalogueWriter::occurrence_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<int>("which");      // the passage is this occurrence of quote
    QTest::addColumn<int>("occurrence"); // written
    QTest::newRow("once") << u"only once"_s << 1 << 0;
    QTest::newRow("first of two") << u"twice"_s << 1 << 1;
    QTest::newRow("second of two") << u"twice"_s << 2 << 2;
    QTest::newRow("overlapping, second") << u"aa"_s << 2 << 2;
}

void tst_CatalogueWriter::occurrence()
{
    QFETCH(QString, quote);
    QFETCH(int, which);
    QFETCH(int, occurrence);
    const QString text = u"\U0001F4F0 said twice, only once, then twice; aaa."_s;
    Catalogue catalogue;
    catalogue.addDocument(SourceDocument::fromUtf8(u"doc"_s, u"doc.txt"_s, text.toUtf8()));
    const SourceDocument &document = *catalogue.document(u"doc"_s);
    qsizetype at = -1;
    for (int i = 0; i < which; ++i)
        at = text.indexOf(quote, at + 1);
    QVERIFY(at >= 0);
    SourceLink link;
    link.sourceId = u"doc"_s;
    link.start = document.toCodePoint(at);
    link.end = document.toCodePoint(at + quote.size());
    const CatalogueWriter::Quote written = CatalogueWriter::quoteOf(catalogue, link);
    QCOMPARE(written.text, quote);
    QCOMPARE(written.occurrence, occurrence);
}

void tst_CatalogueWriter::leavesOutEmptyOptionalMembers()
{
    TimelineEvent event;
    event.id = u"e"_s;
    event.title = u"E"_s;
    event.date = EventDate::parse(u"2017"_s);
    QVERIFY(!written(event).contains("dateBasis"));
    QVERIFY(!written(event).contains("\"stories\""));
    QVERIFY(written(event).contains("\"actors\": [],\n"));
    event.setDateBasis(u"why"_s);
    QVERIFY(written(event).contains("\"dateBasis\": \"why\",\n"));
}

QTEST_GUILESS_MAIN(tst_CatalogueWriter)
#include "tst_cataloguewriter.moc"

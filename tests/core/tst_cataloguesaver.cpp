#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "cataloguewriter.h"
#include "samecatalogue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString problemsOf(const CatalogueLoadResult &result)
{
    QStringList lines;
    for (const Problem &problem : result.problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

} // namespace

// Saving a catalogue where its source index cannot be named under the path rule: the index and
// its documents go along, so the copy opens with every passage; nothing of the user's is
// overwritten.
class tst_CatalogueSaver : public QObject
{
    Q_OBJECT

private slots:
    void copyOpensWithEveryPassage_data();
    void copyOpensWithEveryPassage();
    void indexFoundThereIsKept();
    void editedSourcesAreSaved_data();
    void editedSourcesAreSaved();
    void differentFileInTheWayIsNotOverwritten();
    void missingFolderSaysWhy();
};

void tst_CatalogueSaver::copyOpensWithEveryPassage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedIndex");
    QTest::newRow("plain name") << u"mine.json"_s << u"mine-sources/sources.json"_s;
    QTest::newRow("two dots") << u"brief.v2.json"_s << u"brief.v2-sources/sources.json"_s;
}

// The built-in story saved to a folder of the user's: its index is a resource, which a file
// may not name.
void tst_CatalogueSaver::copyOpensWithEveryPassage()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedIndex);
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY(builtIn.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const CatalogueSaver::Result saved =
        CatalogueSaver::save(builtIn.catalogue, CatalogueLoader::builtInPath(), path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.sourceIndex, expectedIndex);
    QVERIFY(QFile::exists(dir.filePath(expectedIndex)));
    for (const SourceInfo &source : builtIn.catalogue.sources())
        QCOMPARE(readAll(QFileInfo(dir.filePath(expectedIndex)).absolutePath() + u'/' + source.file),
                 readAll(u":/seeds/"_s + source.file));

    const CatalogueLoadResult reopened = CatalogueLoader::load(path);
    QVERIFY2(reopened.ok() && reopened.problems.isEmpty(), qPrintable(problemsOf(reopened)));
    const QString difference = catalogueDifference(builtIn.catalogue, reopened.catalogue, true);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A copy saved beside the original (same folder) keeps the index's name.
void tst_CatalogueSaver::indexFoundThereIsKept()
{
    QTemporaryDir dir;
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    const QString first = dir.filePath(u"a/first.json"_s);
    QDir().mkpath(dir.filePath(u"a"_s));
    const CatalogueSaver::Result once =
        CatalogueSaver::save(builtIn.catalogue, CatalogueLoader::builtInPath(), first);
    QVERIFY2(once.ok, qPrintable(once.error));
    const CatalogueLoadResult loaded = CatalogueLoader::load(first);
    QVERIFY(loaded.ok());
    const QString second = dir.filePath(u"a/second.json"_s);
    const CatalogueSaver::Result twice = CatalogueSaver::save(loaded.catalogue, first, second);
    QVERIFY2(twice.ok, qPrintable(twice.error));
    QCOMPARE(twice.sourceIndex, u"first-sources/sources.json"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"a/second-sources"_s)));
    QCOMPARE(readAll(second), CatalogueWriter::write(loaded.catalogue));
}

void tst_CatalogueSaver::editedSourcesAreSaved_data()
{
    QTest::addColumn<QString>("saveAs"); // empty: over the file it was read from
    QTest::addColumn<bool>("edit");
    QTest::addColumn<QString>("indexAfter"); // the index the saved file names, from dir
    QTest::newRow("in place, edited") << QString() << true << u"a/first-sources/sources.json"_s;
    QTest::newRow("in place, not edited")
        << QString() << false << u"a/first-sources/sources.json"_s;
    QTest::newRow("beside it, edited")
        << u"a/second.json"_s << true << u"a/first-sources/sources.json"_s;
    QTest::newRow("elsewhere, edited")
        << u"b/third.json"_s << true << u"b/third-sources/sources.json"_s;
}

void tst_CatalogueSaver::editedSourcesAreSaved()
{
    QFETCH(QString, saveAs);
    QFETCH(bool, edit);
    QFETCH(QString, indexAfter);
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"a"_s));
    QDir().mkpath(dir.filePath(u"b"_s));
    const QString first = dir.filePath(u"a/first.json"_s);
    const CatalogueSaver::Result once = CatalogueSaver::save(
        CatalogueLoader::loadBuiltIn().catalogue, CatalogueLoader::builtInPath(), first);
    QVERIFY2(once.ok, qPrintable(once.error));
    const QString firstIndex = dir.filePath(u"a/first-sources/sources.json"_s);
    const QByteArray indexBefore = readAll(firstIndex);
    QVERIFY(!indexBefore.isEmpty());

    CatalogueLoadResult loaded = CatalogueLoader::load(first);
    QVERIFY2(loaded.ok(), qPrintable(problemsOf(loaded)));
    QList<SourceInfo> sources = loaded.catalogue.sources();
    const QString before = sources[1].title;
    if (edit) {
        sources[1].title = u"An edited headline"_s;
        sources[1].date = EventDate::parse(u"8 September 2017"_s);
        loaded.catalogue.setSources(sources);
    }
    const QString path = saveAs.isEmpty() ? first : dir.filePath(saveAs);
    const CatalogueSaver::Result saved = CatalogueSaver::save(loaded.catalogue, first, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(QFileInfo(path).absoluteDir().absoluteFilePath(saved.sourceIndex),
             QDir(dir.path()).absoluteFilePath(indexAfter));

    const CatalogueLoadResult reopened = CatalogueLoader::load(path);
    QVERIFY2(reopened.ok(), qPrintable(problemsOf(reopened)));
    QCOMPARE(reopened.catalogue.sources().at(1).title, edit ? u"An edited headline"_s : before);
    if (edit)
        QCOMPARE(reopened.catalogue.sources().at(1).date.label(), u"8 September 2017"_s);
    QVERIFY(reopened.catalogue.document(sources.at(1).id)); // its passages still resolve
    if (!edit)
        QCOMPARE(readAll(firstIndex), indexBefore); // nothing edited: not rewritten
    if (indexAfter != u"a/first-sources/sources.json"_s)
        QCOMPARE(readAll(firstIndex), indexBefore); // a copy's edits leave the original alone
}

void tst_CatalogueSaver::differentFileInTheWayIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString theirs = dir.filePath(u"mine-sources/sources.json"_s);
    QVERIFY(writeAll(theirs, "{\"not\": \"ours\"}\n"));
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    const QString path = dir.filePath(u"mine.json"_s);
    const CatalogueSaver::Result saved =
        CatalogueSaver::save(builtIn.catalogue, CatalogueLoader::builtInPath(), path);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(theirs), qPrintable(saved.error));
    QCOMPARE(readAll(theirs), QByteArray("{\"not\": \"ours\"}\n"));
    QVERIFY(!QFile::exists(path));
}

void tst_CatalogueSaver::missingFolderSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/out.json"_s);
    const CatalogueSaver::Result saved = CatalogueSaver::save(
        CatalogueLoader::loadBuiltIn().catalogue, CatalogueLoader::builtInPath(), path);
    QVERIFY(!saved.ok);
    QVERIFY2(saved.error.contains(path), qPrintable(saved.error));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"no"_s)));
}

QTEST_GUILESS_MAIN(tst_CatalogueSaver)
#include "tst_cataloguesaver.moc"

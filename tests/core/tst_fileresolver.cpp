#include "catalogueloader.h"
#include "fileresolver.h"
#include "inputlimits.h"
#include "problemtext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray catalogueNaming(const QString &sourceIndex)
{
    return u"{\"title\": \"T\", \"sourceIndex\": \"%1\", \"lanes\": [], \"events\": []}"_s
        .arg(sourceIndex)
        .toUtf8();
}

QByteArray indexNaming(const QString &document)
{
    return u"{\"sources\": [{\"id\": \"s\", \"file\": \"%1\", \"title\": \"S\", \"date\": \"2017\"}]}"_s
        .arg(document)
        .toUtf8();
}

} // namespace

class tst_FileResolver : public QObject
{
    Q_OBJECT

private slots:
    void pathRule_data();
    void pathRule();
    void onlyRegularFiles_data();
    void onlyRegularFiles();
    void sizeIsCapped();
    void catalogueCannotReadOutside_data();
    void catalogueCannotReadOutside();
    void builtInLayoutIsAllowed();
    void inMemory();
};

void tst_FileResolver::pathRule_data()
{
    QTest::addColumn<QString>("from");      // the file that names the reference
    QTest::addColumn<QString>("reference"); // as written
    QTest::addColumn<QString>("path");      // where it leads; empty: refused
    QTest::addColumn<QString>("why");       // part of the reason for a refusal

    const QString catalogue = u"proj/resources/catalogue.json"_s;
    const QString index = u"proj/seeds/sources.json"_s;
    QTest::newRow("beside the catalogue")
        << catalogue << u"sources.json"_s << u"proj/resources/sources.json"_s << QString();
    QTest::newRow("below") << catalogue << u"./data/sources.json"_s
                           << u"proj/resources/data/sources.json"_s << QString();
    QTest::newRow("a folder beside")
        << catalogue << u"../seeds/sources.json"_s << u"proj/seeds/sources.json"_s << QString();
    QTest::newRow("document from a folder beside")
        << index << u"001.txt"_s << u"proj/seeds/001.txt"_s << QString();
    QTest::newRow("document in another folder beside")
        << index << u"../texts/001.txt"_s << u"proj/texts/001.txt"_s << QString();
    QTest::newRow("built in") << u":/resources/catalogue.json"_s << u"../seeds/sources.json"_s
                              << u":/seeds/sources.json"_s << QString();
    QTest::newRow("the folder above") << catalogue << u"../sources.json"_s << QString()
                                      << u"leads out of the catalogue's folder"_s;
    QTest::newRow("two up") << catalogue << u"../../etc/passwd"_s << QString()
                            << u"leads out of the catalogue's folder"_s;
    QTest::newRow("four up") << catalogue << u"../../../../etc/passwd"_s << QString()
                             << u"leads out of the catalogue's folder"_s;
    QTest::newRow("down and up and out")
        << catalogue << u"a/../../../x.json"_s << QString() << u"leads out"_s;
    QTest::newRow("document two up") << index << u"../../x.txt"_s << QString() << u"leads out"_s;
    QTest::newRow("absolute") << catalogue << u"/etc/passwd"_s << QString()
                              << u"not a relative path"_s;
    QTest::newRow("resource") << catalogue << u":/seeds/sources.json"_s << QString()
                              << u"not a relative path"_s;
    QTest::newRow("home") << catalogue << u"~/sources.json"_s << QString()
                          << u"not a relative path"_s;
    QTest::newRow("backslash") << catalogue << u"..\\..\\x"_s << QString()
                               << u"not a relative path"_s;
    QTest::newRow("hidden folder")
        << catalogue << u"../.ssh/id_rsa"_s << QString() << u"hidden file or folder (\".ssh\")"_s;
    QTest::newRow("hidden file") << catalogue << u".sources().json"_s << QString()
                                 << u"hidden file or folder"_s;
    QTest::newRow("control character")
        << catalogue << u"a\nb.json"_s << QString() << u"control character"_s;
    QTest::newRow("empty") << catalogue << QString() << QString() << u"empty"_s;
    QTest::newRow("a folder") << catalogue << u"seeds/.."_s << QString() << u"a folder"_s;
}

void tst_FileResolver::pathRule()
{
    QFETCH(QString, from);
    QFETCH(QString, reference);
    QFETCH(QString, path);
    QFETCH(QString, why);

    FileResolver::Location location = FileResolver::catalogue(u"proj/resources/catalogue.json"_s);
    if (from.startsWith(u':')) {
        location = FileResolver::catalogue(from);
    } else if (from != location.path) {
        QString unused;
        location = FileResolver::locate(location, u"../seeds/sources.json"_s, &unused);
        QCOMPARE(location.path, from);
    }
    QString reason;
    const FileResolver::Location found = FileResolver::locate(location, reference, &reason);
    QCOMPARE(found.path, path);
    if (path.isEmpty())
        QVERIFY2(reason.contains(why), qPrintable(reason));
}

// A FIFO would block open() for ever, /dev/zero never ends, /proc/self/fd/0 reads stdin.
void tst_FileResolver::onlyRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("FIFO") << u"fifo"_s;
    QTest::newRow("character device") << u"/dev/zero"_s;
    QTest::newRow("standard input") << u"/proc/self/fd/0"_s;
    QTest::newRow("folder") << u"folder"_s;
}

void tst_FileResolver::onlyRegularFiles()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = kind;
    if (kind == u"fifo"_s) {
        path = dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder"_s) {
        path = dir.path();
    }
    const FileResolver::Read read = FileResolver().read(path, InputLimits::kMaxDocumentBytes);
    QVERIFY(!read.ok());
    QVERIFY(read.refused);
    QVERIFY2(read.error.contains(u"not a regular file"_s), qPrintable(read.error));
    QVERIFY(read.data.isEmpty());
}

void tst_FileResolver::sizeIsCapped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(InputLimits::kMaxDocumentBytes + 1)); // sparse: costs no disk
    file.close();

    const FileResolver::Read big = FileResolver().read(path, InputLimits::kMaxDocumentBytes);
    QVERIFY(big.refused);
    QCOMPARE(big.error, u"it is 67108865 bytes, more than the 64 MiB allowed"_s);
    QVERIFY(big.data.isEmpty());
    const FileResolver::Read fits = FileResolver().read(path, InputLimits::kMaxDocumentBytes + 1);
    QVERIFY2(fits.ok(), qPrintable(fits.error));
    QCOMPARE(fits.data.size(), InputLimits::kMaxDocumentBytes + 1);
}

// A catalogue, or its source index, naming a file outside the tree: refused, said why, and
// nothing of that file in any message.
void tst_FileResolver::catalogueCannotReadOutside_data()
{
    QTest::addColumn<QString>("sourceIndex");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("message");

    QTest::newRow("index up out of the tree")
        << u"../../../../../../../../etc/passwd"_s << QString()
        << u"the source index \u201C../../../../../../../../etc/passwd\u201D is refused: it leads out"_s;
    QTest::newRow("absolute index") << u"/etc/passwd"_s << QString()
                                    << u"the source index \u201C/etc/passwd\u201D is refused"_s;
    QTest::newRow("document up out of the tree")
        << u"sources.json"_s << u"../../../../../../../../etc/passwd"_s
        << u"source \"s\": the document \u201C../../../../../../../../etc/passwd\u201D is "
           "refused: it leads out"_s;
    QTest::newRow("absolute document") << u"sources.json"_s << u"/etc/passwd"_s
                                       << u"the document \u201C/etc/passwd\u201D is refused"_s;
    QTest::newRow("document through a link")
        << u"sources.json"_s << u"link.txt"_s << u"a symbolic link leads it out"_s;
    QTest::newRow("FIFO document")
        << u"sources.json"_s << u"pipe.txt"_s << u"is refused: it is not a regular file"_s;
}

void tst_FileResolver::catalogueCannotReadOutside()
{
    QFETCH(QString, sourceIndex);
    QFETCH(QString, document);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString catalogue = dir.filePath(u"a/b/catalogue.json"_s);
    QVERIFY(write(catalogue, catalogueNaming(sourceIndex)));
    if (!document.isEmpty())
        QVERIFY(write(dir.filePath(u"a/b/sources.json"_s), indexNaming(document)));
    QVERIFY(QFile::link(u"/etc/passwd"_s, dir.filePath(u"a/b/link.txt"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"a/b/pipe.txt"_s)).constData(), 0600), 0);

    const CatalogueLoadResult result = CatalogueLoader::load(catalogue);
    QVERIFY2(result.problems.size() == 1, qPrintable(TestProblems::text(result.problems)));
    QVERIFY2(result.problems.first().message.contains(message),
             qPrintable(result.problems.first().message));
    QVERIFY(!TestProblems::text(result.problems).contains(u"root:"_s));
}

// The built-in story names "../seeds/sources.json" from ":/resources/catalogue.json".
void tst_FileResolver::builtInLayoutIsAllowed()
{
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    QVERIFY2(builtIn.ok(), qPrintable(TestProblems::text(builtIn.problems)));
    QCOMPARE(builtIn.catalogue.sources().size(), 5);
}

void tst_FileResolver::inMemory()
{
    const FileResolver files =
        FileResolver::inMemory({{u"p/c/catalogue.json"_s, catalogueNaming(u"../s/sources.json"_s)},
                                {u"p/s/sources.json"_s, indexNaming(u"doc.txt"_s)},
                                {u"p/s/doc.txt"_s, "Some text."}});
    const CatalogueLoadResult result = CatalogueLoader::load(
        u"p/c/catalogue.json"_s, catalogueNaming(u"../s/sources.json"_s), files);
    QVERIFY2(result.ok(), qPrintable(TestProblems::text(result.problems)));
    QCOMPARE(result.catalogue.sources().size(), 1);
    QVERIFY(result.catalogue.document(u"s"_s));

    const FileResolver::Read missing = files.read(u"p/c/nothing.json"_s, 100);
    QVERIFY(missing.missing);
    const FileResolver::Read big = files.read(u"p/s/doc.txt"_s, 4);
    QVERIFY(big.refused);
}

QTEST_GUILESS_MAIN(tst_FileResolver)
#include "tst_fileresolver.moc"

#include "cataloguewriter.h"
#include "sourceindexreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kText = "Cabinet, 12 March 2019.\n";

QByteArray index(const QByteArray &extra)
{
    return "{\"sources\": [{\"id\": \"seed\", \"file\": \"seed.txt\", \"title\": \"Seed\", "
           "\"publisher\": \"HSJ\", \"kind\": \"news-report\", \"authors\": [], "
           "\"date\": \"September 2017\", \"approximate\": true, \"basis\": \"b\"},\n"
           "{\"id\": \"added\", \"file\": \"added.txt\", \"title\": \"Added\", "
           "\"publisher\": \"\", \"kind\": \"document\", \"authors\": [], "
           "\"date\": \"by 2 December 2026\", \"approximate\": false, \"basis\": \"\"" +
           extra + "}]}\n";
}

SourceIndexReader::Result read(const QByteArray &indexBytes, const QByteArray &text = kText)
{
    const FileResolver files = FileResolver::inMemory({{u"cat/sources.json"_s, indexBytes},
                                                       {u"cat/seed.txt"_s, "Seed text.\n"},
                                                       {u"cat/added.txt"_s, text}});
    return SourceIndexReader::read(u"cat/sources.json"_s, files);
}

} // namespace

// The source index: an added document's optional members (original file, format, hash, day
// added, notes) read and written back, an index without them read as before, and a text
// that no longer has its recorded hash reported at its source while the index still opens.
class tst_SourceIndexReader : public QObject
{
    Q_OBJECT
private slots:
    void addedDocumentMembers();
    void withoutThemAsBefore();
    void badMembers_data();
    void badMembers();
    void aChangedTextIsAWarning();
};

void tst_SourceIndexReader::addedDocumentMembers()
{
    const QByteArray sha = SourceIndexReader::sha256Of(kText).toLatin1();
    const SourceIndexReader::Result result =
        read(index(", \"originalFile\": \"Cabinet report.pdf\", \"format\": \"pdf\", "
                   "\"sha256\": \"" +
                   sha +
                   "\", \"added\": \"2026-12-02\", "
                   "\"notes\": [\"two columns\"]"));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(result.warnings.isEmpty());
    QCOMPARE(result.sources.size(), 2);
    const SourceInfo &added = result.sources.at(1);
    QVERIFY(added.isAddedDocument());
    QCOMPARE(added.originalFile, u"Cabinet report.pdf"_s);
    QCOMPARE(added.format, u"pdf"_s);
    QCOMPARE(added.sha256, QString::fromLatin1(sha));
    QCOMPARE(added.added, QDate(2026, 12, 2));
    QCOMPARE(added.notes, QStringList{u"two columns"_s});
    QCOMPARE(result.documents.size(), 2);

    // Written back and read again: the same.
    const QByteArray written = CatalogueWriter::writeSourceIndex(result.sources);
    QVERIFY(written.contains(QByteArray("\"sha256\": \"" + sha + "\"")));
    const SourceIndexReader::Result again = read(written);
    QVERIFY(again.problems.isEmpty());
    QCOMPARE(CatalogueWriter::writeSourceIndex(again.sources), written);
}

void tst_SourceIndexReader::withoutThemAsBefore()
{
    const SourceIndexReader::Result result = read(index(QByteArray()));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(result.warnings.isEmpty());
    QVERIFY(!result.sources.at(0).isAddedDocument());
    QVERIFY(!CatalogueWriter::writeSourceIndex(result.sources).contains("originalFile"));
}

void tst_SourceIndexReader::badMembers_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("a short hash")
        << QByteArray(", \"sha256\": \"abc\"")
        << u"source \"added\": \"sha256\" must be 64 hexadecimal digits"_s;
    QTest::newRow("a day that is not ISO")
        << QByteArray(", \"added\": \"2 December 2026\"")
        << u"source \"added\": \"added\" must be a day written as 2026-12-02"_s;
    QTest::newRow("notes that are not strings")
        << QByteArray(", \"notes\": \"one\"")
        << u"source \"added\": \"notes\" must be a list of strings, as in [\"a\", \"b\"]"_s;
}

void tst_SourceIndexReader::badMembers()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, message);
    const SourceIndexReader::Result result = read(index(extra));
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.constFirst().message, message);
    QCOMPARE(result.problems.constFirst().line, 2); // the line of its "id"
}

void tst_SourceIndexReader::aChangedTextIsAWarning()
{
    const QByteArray sha = SourceIndexReader::sha256Of(kText).toLatin1();
    const SourceIndexReader::Result result = read(
        index(", \"originalFile\": \"c.txt\", \"format\": \"text\", \"sha256\": \"" + sha + "\""),
        "Cabinet, 13 March 2019.\n");
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    const Problem warning = result.warnings.constFirst();
    QCOMPARE(warning.file, u"cat/sources.json"_s);
    QCOMPARE(warning.line, 2);
    QCOMPARE(warning.message, u"source \"added\": the text of added.txt has changed since it "
                              "was added: passages may point to the wrong words"_s);
    // It still opens, with the text as it now is.
    QCOMPARE(result.documents.size(), 2);
    QCOMPARE(result.documents.at(1).text(), u"Cabinet, 13 March 2019.\n"_s);
}

QTEST_GUILESS_MAIN(tst_SourceIndexReader)
#include "tst_sourceindexreader.moc"

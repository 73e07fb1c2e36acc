#include "documentimporter.h"
#include "pdfmaker.h"
#include "testfiles.h"
#include "textdecoding.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every format through the one entry point, and every bad file the issue names: each gives
// one message that names the file.
class tst_DocumentImporter : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void refused_data();
    void refused();
    void extractFile();
};

namespace {

QByteArray fixture(const QString &name)
{
    return TestFiles::read(TestFiles::path(u"documents"_s, name));
}

} // namespace

void tst_DocumentImporter::extract_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start"); // what the text begins with
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("UTF-8 text") << u"letter.txt"_s << QByteArray("Dear Sir,\r\n\r\nOn 3 May.")
                                << u"text"_s << u"Dear Sir,\n\nOn 3 May."_s << QString()
                                << QStringList();
    QTest::newRow("Windows-1252 text")
        << u"letter.txt"_s << QByteArray("\x93Yes\x94, she said.") << u"text"_s
        << u"\u201CYes\u201D, she said."_s << QString()
        << QStringList{u"decoded as Windows-1252: the file is not UTF-8 (byte 0)"_s};
    QTest::newRow("HTML by its doctype")
        << u"page"_s << QByteArray("  <!DOCTYPE html><title>News</title><p>Text</p>")
        << u"html"_s << u"Text"_s << u"News"_s << QStringList();
    QTest::newRow("HTML by <html>")
        << u"page.txt"_s << QByteArray("\xEF\xBB\xBF<HTML><body><p>Text</p>") << u"html"_s
        << u"Text"_s << QString() << QStringList();
    QTest::newRow("HTML by its suffix")
        << u"fragment.htm"_s << QByteArray("<p>One</p><p>Two</p>") << u"html"_s
        << u"One\n\nTwo"_s << QString() << QStringList();
    QTest::newRow("markup in a .txt is text")
        << u"notes.txt"_s << QByteArray("<p>One</p>") << u"text"_s << u"<p>One</p>"_s
        << QString() << QStringList();
    QTest::newRow("PDF") << u"report.pdf"_s
                         << PdfMaker::make(u"72 100 11 Cabinet report, 3 March 2019\n"_s,
                                           u"Cabinet report"_s)
                         << u"pdf"_s << u"Cabinet report, 3 March 2019"_s << u"Cabinet report"_s
                         << QStringList();
    QTest::newRow("DOCX") << u"report.docx"_s << fixture(u"report.docx"_s) << u"docx"_s
                          << u"Winter plan 2019/20\n\nThe board met"_s << u"Winter plan report"_s
                          << QStringList();
    QTest::newRow("ODT") << u"report.odt"_s << fixture(u"report.odt"_s) << u"odt"_s
                         << u"Winter plan 2019/20\n\nThe board met"_s << u"Winter plan (ODT)"_s
                         << QStringList();
}

void tst_DocumentImporter::extract()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(QString, title);
    QFETCH(QStringList, notes);

    QString error;
    const std::optional<ExtractedDocument> document =
        DocumentImporter::extract(fileName, bytes, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->format, format);
    QVERIFY2(document->text.startsWith(start), qPrintable(document->text));
    QCOMPARE(document->title, title);
    QCOMPARE(document->notes, notes);
}

void tst_DocumentImporter::refused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("0 bytes") << u"empty.txt"_s << QByteArray()
                             << u"empty.txt: the file is empty"_s;
    QTest::newRow("only white space") << u"blank.txt"_s << QByteArray(" \r\n\t\n")
                                      << u"blank.txt: it has no text: it is only white space"_s;
    QTest::newRow("binary garbage")
        << u"photo.txt"_s << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
        << u"photo.txt: it is not a text document: byte 6 is the control character U+001A"_s;
    QTest::newRow("more than 50 MB of text")
        << u"huge.txt"_s << QByteArray(TextDecoding::kMaxTextBytes + 1024, 'x')
        << u"huge.txt: it is too long for a text document: it is 52429824 bytes, more than "
           "the 50 MiB allowed"_s;
    QTest::newRow("encrypted PDF") << u"minutes.pdf"_s << fixture(u"encrypted.pdf"_s)
                                   << u"minutes.pdf: it is encrypted: it needs a password"_s;
    QTest::newRow("image-only PDF")
        << u"scan.pdf"_s << PdfMaker::make(u"image\n"_s)
        << u"scan.pdf: it has no text to extract: it may be scanned images"_s;
    QTest::newRow("damaged PDF") << u"bad.pdf"_s << QByteArray("%PDF-1.4\n%\xE2\xE3\n1 0 obj")
                                 << u"bad.pdf: it is not a readable PDF document"_s;
    QTest::newRow("corrupt zip")
        << u"truncated.docx"_s << fixture(u"truncated.docx"_s)
        << u"truncated.docx: it is not a readable zip archive (not a zip archive)"_s;
    QTest::newRow("zip of something else")
        << u"archive.zip"_s << fixture(u"archive.zip"_s)
        << u"archive.zip: it is a zip archive but not a DOCX or ODT document"_s;
    QTest::newRow("encrypted zip entry")
        << u"secret.docx"_s << fixture(u"encrypted-entry.docx"_s)
        << u"secret.docx: its entry word/document.xml is encrypted (save the file without a "
           "password)"_s;
    QTest::newRow("ODT with a password")
        << u"secret.odt"_s << fixture(u"encrypted.odt"_s)
        << u"secret.odt: it is encrypted: it needs a password (save it without one)"_s;
    QTest::newRow("DOCX with a password")
        << u"secret.docx"_s << fixture(u"password.docx"_s)
        << u"secret.docx: it is an encrypted Office document or an old Word (.doc) file: save "
           "it as DOCX or ODT without a password"_s;
    QTest::newRow("RTF") << u"letter.rtf"_s << QByteArray("{\\rtf1\\ansi Hello}")
                         << u"letter.rtf: it is an RTF document, which cannot be read: save it "
                            "as DOCX, ODT or PDF"_s;
    QTest::newRow("HTML without text")
        << u"page.html"_s << QByteArray("<html><script>x()</script></html>")
        << u"page.html: the page has no text to extract"_s;
}

void tst_DocumentImporter::refused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    QString why;
    QVERIFY(!DocumentImporter::extract(fileName, bytes, &why));
    QCOMPARE(why, error);
}

void tst_DocumentImporter::extractFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"letter.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("On 3 May 2019.");
    file.close();
    QString error;
    const std::optional<ExtractedDocument> document = DocumentImporter::extractFile(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->text, u"On 3 May 2019."_s);
    const QString missing = dir.filePath(u"missing.pdf"_s);
    QVERIFY(!DocumentImporter::extractFile(missing, &error));
    QCOMPARE(error, missing + u": there is no such file"_s);
}

QTEST_MAIN(tst_DocumentImporter)
#include "tst_documentimporter.moc"

#include "officedocumentreader.h"
#include "testfiles.h"
#include "zipreader.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The fixtures are written by tests/data/documents/make-fixtures.py; each *.txt beside a
// document is the text it must give.
class tst_OfficeDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void format_data();
    void format();
};

void tst_OfficeDocumentReader::read_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("error"); // empty: the text is in <file>.txt

    // Tracked deletion skipped and insertion kept, tabs, a line break, a non-breaking hyphen,
    // a field's instruction and hidden text left out, a list, a deleted paragraph mark, a
    // table, a text box read once (not its fallback), a footnote reference left out.
    QTest::newRow("DOCX") << u"report.docx"_s << u"Winter plan report"_s << QString();
    // Tracked changes region skipped, collapsed spaces and text:s, a list, a footnote
    // and an annotation left out, a table, a frame's text box.
    QTest::newRow("ODT") << u"report.odt"_s << u"Winter plan (ODT)"_s << QString();
    QTest::newRow("DOCX without text")
        << u"no-text.docx"_s << QString() << u"it has no text to extract"_s;
    QTest::newRow("DOCX not well-formed")
        << u"bad-xml.docx"_s << QString()
        << u"its entry word/document.xml is not well-formed XML at line 2, column 236: "
           "Opening and ending tag mismatch."_s;
    QTest::newRow("DOCX with an encrypted entry")
        << u"encrypted-entry.docx"_s << QString()
        << u"its entry word/document.xml is encrypted (save the file without a password)"_s;
    QTest::newRow("ODT with a password")
        << u"encrypted.odt"_s << QString()
        << u"it is encrypted: it needs a password (save it without one)"_s;
    QTest::newRow("ODT without content.xml")
        << u"no-content.odt"_s << QString()
        << u"it is an ODT document without its text: there is no entry content.xml"_s;
    QTest::newRow("a zip of something else")
        << u"archive.zip"_s << QString()
        << u"it is a zip archive but not a DOCX or ODT document"_s;
    QTest::newRow("truncated zip")
        << u"truncated.docx"_s << QString()
        << u"it is not a readable zip archive (not a zip archive)"_s;
}

void tst_OfficeDocumentReader::read()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, error);

    const QByteArray bytes = TestFiles::read(TestFiles::path(u"documents"_s, file));
    QString why;
    const std::optional<DocumentText> document = OfficeDocumentReader::read(bytes, &why);
    if (!error.isEmpty()) {
        QVERIFY(!document);
        QCOMPARE(why, error);
        return;
    }
    QVERIFY2(document, qPrintable(why));
    const QString expected = QString::fromUtf8(
        TestFiles::read(TestFiles::path(u"documents"_s, file + u".txt"_s)));
    QCOMPARE(document->text, expected);
    QCOMPARE(document->title, title);
}

void tst_OfficeDocumentReader::format_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::newRow("docx") << u"report.docx"_s << int(OfficeDocumentReader::Format::Docx);
    QTest::newRow("odt") << u"report.odt"_s << int(OfficeDocumentReader::Format::Odt);
    QTest::newRow("other zip") << u"archive.zip"_s << int(OfficeDocumentReader::Format::None);
}

void tst_OfficeDocumentReader::format()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const QByteArray bytes = TestFiles::read(TestFiles::path(u"documents"_s, file));
    const ZipReader zip(bytes);
    QVERIFY(zip.isOpen());
    QCOMPARE(int(OfficeDocumentReader::format(zip)), format);
}

QTEST_GUILESS_MAIN(tst_OfficeDocumentReader)
#include "tst_officedocumentreader.moc"

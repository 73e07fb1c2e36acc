#include "pdfmaker.h"
#include "pdftextextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PdfTextExtractor : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void refused_data();
    void refused();
    void layout_data();
    void layout();
};

namespace {

const QStringList kLeft = {
    u"The council agreed its budget"_s, u"for 2019/20 on 3 March 2019,"_s,
    u"after a long debate about"_s,     u"adult social care and the"_s,
    u"pressures on the NHS."_s,         QString(),
    u"A second paragraph in the"_s,     u"left column follows."_s};
const QStringList kRight = {
    u"Right column text begins"_s, u"here and goes on down the"_s, u"page for a while,"_s,
    u"then ends the story."_s};

} // namespace

void tst_PdfTextExtractor::extract_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("one column, two paragraphs")
        << u"72 72 18 Winter plan\n"_s +
               PdfMaker::column(72, 110, 11, 14,
                                {u"The board met on 3 March 2019 and"_s,
                                 u"agreed the plan for the winter."_s, QString(),
                                 u"It will be reviewed in April."_s})
        << u"Winter plan\n\nThe board met on 3 March 2019 and agreed the plan for the winter."
           "\n\nIt will be reviewed in April."_s
        << QStringList();
    // The lines of both columns share baselines: drawing order would interleave them.
    QTest::newRow("two columns under a full-width title")
        << u"72 60 18 Budget report for the year 2019/20\n"_s +
               PdfMaker::column(72, 100, 11, 14, kLeft) +
               PdfMaker::column(320, 100, 11, 14, kRight) + u"290 800 9 Page 1 of 1\n"_s
        << u"Budget report for the year 2019/20\n\n"
           "The council agreed its budget for 2019/20 on 3 March 2019, after a long debate "
           "about adult social care and the pressures on the NHS.\n\n"
           "A second paragraph in the left column follows.\n\n"
           "Right column text begins here and goes on down the page for a while, then ends "
           "the story.\n\nPage 1 of 1"_s
        << QStringList();
    QTest::newRow("a sentence goes on into the next column")
        << PdfMaker::column(72, 100, 11, 14,
                            {u"The board met on a Tuesday"_s, u"and it agreed that the"_s,
                             u"report would be"_s}) +
               PdfMaker::column(320, 100, 11, 14,
                                {u"published in May 2019 with"_s, u"the figures for all"_s,
                                 u"of the services."_s})
        << u"The board met on a Tuesday and it agreed that the report would be published in "
           "May 2019 with the figures for all of the services."_s
        << QStringList();
    QTest::newRow("a heading across the columns is a paragraph of its own")
        << u"72 60 18 Section 1: the budget for the year 2019/20\n"_s +
               PdfMaker::column(72, 100, 11, 14,
                                {u"in which the council has"_s, u"agreed its plans for"_s,
                                 u"the care of older"_s, u"people."_s}) +
               PdfMaker::column(320, 100, 11, 14,
                                {u"Right column text and"_s, u"more of it, down"_s,
                                 u"to the end of"_s, u"the page."_s})
        << u"Section 1: the budget for the year 2019/20\n\nin which the council has agreed "
           "its plans for the care of older people.\n\nRight column text and more of it, "
           "down to the end of the page."_s
        << QStringList();
    QTest::newRow("hyphens at line ends")
        << PdfMaker::column(72, 100, 11, 14,
                            {u"The council will fund-"_s, u"ing for the long-term plan,"_s,
                             u"so the long-"_s, u"term budget and the re-"_s,
                             u"port for 2018-"_s, u"19 follow the NHS-"_s,
                             u"England guidance."_s})
        << u"The council will funding for the long-term plan, so the long-term budget and "
           "the report for 2018-19 follow the NHS-England guidance."_s
        << QStringList();
    QTest::newRow("several pages")
        << u"72 100 11 Page one text.\n---\n72 100 11 Page two text.\n---\n"
           "72 100 11 Page three text.\n"_s
        << u"Page one text.\n\nPage two text.\n\nPage three text."_s << QStringList();
    QTest::newRow("an empty page and an image-only page")
        << u"72 100 11 First page.\n---\n\n---\nimage\n---\n72 100 11 Last page.\n"_s
        << u"First page.\n\nLast page."_s
        << QStringList{u"pages 2, 3 have no text: they may be scanned images"_s};
}

void tst_PdfTextExtractor::extract()
{
    QFETCH(QString, description);
    QFETCH(QString, text);
    QFETCH(QStringList, notes);

    const QByteArray pdf = PdfMaker::make(description, u"Winter  plan"_s);
    QString why;
    const std::optional<DocumentText> document = PdfTextExtractor::extract(pdf, &why);
    QVERIFY2(document, qPrintable(why));
    QCOMPARE(document->text, text);
    QCOMPARE(document->title, u"Winter plan"_s);
    QCOMPARE(document->notes, notes);
}

void tst_PdfTextExtractor::refused_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("error");

    QTest::newRow("image only") << PdfMaker::make(u"image\n---\nimage\n"_s)
                                << u"it has no text to extract: it may be scanned images"_s;
    QTest::newRow("not a PDF") << QByteArray("%PDF-1.7\nnothing else")
                               << u"it is not a readable PDF document"_s;
    QByteArray truncated = PdfMaker::make(u"72 100 11 Some text.\n"_s);
    truncated.truncate(truncated.size() / 3);
    QTest::newRow("truncated") << truncated << u"it is not a readable PDF document"_s;
}

void tst_PdfTextExtractor::refused()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!PdfTextExtractor::extract(pdf, &why));
    QCOMPARE(why, error);
}

// The layout alone, from words placed by hand: "x y w h text" per word, y the top.
void tst_PdfTextExtractor::layout_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("text");

    QStringList three;
    // Three columns of four lines, two words each, baselines shared.
    for (int column = 0; column < 3; ++column) {
        for (int line = 0; line < 4; ++line) {
            const int x = 50 + column * 170, y = 100 + line * 14;
            three << u"%1 %2 60 11 C%3l%4a"_s.arg(x).arg(y).arg(column).arg(line)
                  << u"%1 %2 60 11 c%3l%4b"_s.arg(x + 65).arg(y).arg(column).arg(line);
        }
    }
    QTest::newRow("three columns")
        << three
        << u"C0l0a c0l0b C0l1a c0l1b C0l2a c0l2b C0l3a c0l3b\n\n"
           "C1l0a c1l0b C1l1a c1l1b C1l2a c1l2b C1l3a c1l3b\n\n"
           "C2l0a c2l0b C2l1a c2l1b C2l2a c2l2b C2l3a c2l3b"_s;
    QTest::newRow("a superscript stays on its line")
        << QStringList{u"50 100 40 11 Cited"_s, u"92 98 5 6 1"_s, u"100 100 30 11 here"_s,
                       u"50 114 40 11 next"_s, u"95 114 30 11 line"_s}
        << u"Cited 1 here next line"_s;
    QTest::newRow("a larger font starts a paragraph")
        << QStringList{u"50 80 80 18 Heading"_s, u"50 102 40 11 Body"_s, u"95 102 30 11 text"_s}
        << u"Heading\n\nBody text"_s;
    QTest::newRow("a first-line indent starts a paragraph")
        << QStringList{u"50 100 200 11 The first paragraph runs on"_s,
                       u"50 114 100 11 to here."_s, u"70 128 180 11 The second one is"_s,
                       u"50 142 100 11 indented."_s}
        << u"The first paragraph runs on to here.\n\nThe second one is indented."_s;
    QTest::newRow("a table's columns with text above and below are no gutter")
        << QStringList{u"50 100 400 11 A line across the whole width of the page"_s,
                       u"50 114 400 11 and another one that goes right across it"_s,
                       u"50 128 60 11 Year"_s, u"300 128 60 11 Spend"_s,
                       u"50 142 400 11 and a third full line of text under the table"_s,
                       u"50 156 400 11 with a fourth after it to end the page well"_s}
        << u"A line across the whole width of the page and another one that goes right "
           "across it Year Spend and a third full line of text under the table with a fourth "
           "after it to end the page well"_s;
}

void tst_PdfTextExtractor::layout()
{
    QFETCH(QStringList, words);
    QFETCH(QString, text);
    QList<PdfTextExtractor::Word> placed;
    for (const QString &word : words) {
        const QStringList parts = word.split(u' ');
        placed.append({QRectF(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(),
                              parts[3].toDouble()),
                       parts.mid(4).join(u' '), true});
    }
    // Any order in, reading order out.
    std::reverse(placed.begin(), placed.end());
    QCOMPARE(PdfTextExtractor::joinPages({PdfTextExtractor::pageParagraphs(placed)}), text);
}

QTEST_MAIN(tst_PdfTextExtractor)
#include "tst_pdftextextractor.moc"

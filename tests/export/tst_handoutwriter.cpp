#include "catalogueloader.h"
#include "exportscope.h"
#include "handoutwriter.h"
#include "imageexporter.h"
#include "pdftools.h"
#include "samplecatalogue.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The handout read back from the PDF: a cover, then one block per event in date order with
// its excerpts and citations, page numbers throughout.
class tst_HandoutWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullCitation_data();
    void fullCitation();
    void oneBlockPerEventInDateOrder_data();
    void oneBlockPerEventInDateOrder();
    void excerptsAndCitations();
    void figuresUnderTheirEvents();
    void pagesAndSizes();
    void markupIsText();
    void refusesImageFormats();

private:
    QString writeHandout(const Catalogue &catalogue, const ExportSettings &settings,
                         const QString &name);

    Catalogue m_story;
    Catalogue m_sample;
    QTemporaryDir m_dir;
};

void tst_HandoutWriter::initTestCase()
{
    if (!PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh's package list) are needed to read the PDF back");
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
    m_sample = sampleCatalogue();
    QVERIFY(m_dir.isValid());
}

QString tst_HandoutWriter::writeHandout(const Catalogue &catalogue, const ExportSettings &settings,
                                        const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = ImageExporter::write(catalogue, settings, path);
    return error.isEmpty() ? path : QString();
}

void tst_HandoutWriter::fullCitation_data()
{
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QString>("citation");

    const QString base = u"\u201CA report\u201D, County Council, 10 April 2018"_s;
    QTest::newRow("no authors") << QStringList{} << base;
    QTest::newRow("one") << QStringList{u"Jo Bloggs"_s} << base + u"; by Jo Bloggs"_s;
    QTest::newRow("two") << QStringList{u"A"_s, u"B"_s} << base + u"; by A and B"_s;
    QTest::newRow("three") << QStringList{u"A"_s, u"B"_s, u"C"_s} << base + u"; by A, B and C"_s;
}

void tst_HandoutWriter::fullCitation()
{
    QFETCH(QStringList, authors);
    QFETCH(QString, citation);
    SourceInfo source;
    source.title = u"A report"_s;
    source.publisher = u"County Council"_s;
    source.date = EventDate::parse(u"10 April 2018");
    source.authors = authors;
    QCOMPARE(HandoutWriter::fullCitation(source), citation);
}

void tst_HandoutWriter::oneBlockPerEventInDateOrder_data()
{
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<ExportSettings>("settings");

    ExportSettings whole;
    whole.format = ExportSettings::Format::Pdf;
    whole.handout = true;
    QTest::newRow("built-in story") << true << whole;

    ExportSettings range = whole;
    range.range = ExportSettings::Range::Dates;
    range.from = QDate(2017, 6, 1);
    range.to = QDate(2017, 9, 30);
    range.pageSize = ExportSettings::PageSize::A3;
    QTest::newRow("built-in, summer 2017, A3") << true << range;

    ExportSettings lanes = whole;
    lanes.laneIds = {u"b"_s, u"c"_s};
    QTest::newRow("sample, two lanes") << false << lanes;
}

void tst_HandoutWriter::oneBlockPerEventInDateOrder()
{
    QFETCH(bool, builtIn);
    QFETCH(ExportSettings, settings);
    const Catalogue &catalogue = builtIn ? m_story : m_sample;

    const QString path = writeHandout(catalogue, settings, u"blocks.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString text = PdfTools::text(path, 2); // after the cover
    const ExportScope scope(catalogue, settings);
    QVERIFY(!scope.eventIndexes().isEmpty());

    qsizetype from = 0;
    for (int index : scope.eventIndexes()) {
        const TimelineEvent &event = catalogue.events().at(index);
        const QString title = PdfTools::normalised(event.title);
        QVERIFY2(text.count(title) == 1,
                 qPrintable(u"%1: %2 times"_s.arg(title).arg(text.count(title))));
        const qsizetype at = text.indexOf(title, from);
        QVERIFY2(at >= 0, qPrintable(u"%1 is out of date order"_s.arg(event.id)));
        // Its date, worded as the handout words it, comes just before it.
        QVERIFY2(text.lastIndexOf(PdfTools::normalised(event.date.described()), at) >= from,
                 qPrintable(event.id));
        from = at + title.size();
    }
    // Events left out stay out.
    for (int i = 0; i < catalogue.events().size(); ++i) {
        if (!scope.eventIndexes().contains(i))
            QVERIFY(!text.contains(PdfTools::normalised(catalogue.events().at(i).title)));
    }
}

void tst_HandoutWriter::excerptsAndCitations()
{
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.handout = true;
    const QString path = writeHandout(m_story, settings, u"story.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString text = PdfTools::text(path, 2);
    int excerpts = 0;
    for (const TimelineEvent &event : m_story.events()) {
        for (const SourceLink &link : event.sources()) {
            // Quoted as the document has it (pdftotext may split a long one into lines), in
            // one pair of quotation marks: those the excerpt has are not doubled, and one
            // that begins mid-sentence opens with an ellipsis.
            static const QRegularExpression marks(u"^[\"'\u201C\u2018]+|[\"'\u201D\u2019]+$"_s);
            QString core = link.excerpt.simplified();
            core.remove(marks);
            const QString opening = core.front().isLower() ? u"\u201C\u2026"_s : u"\u201C"_s;
            QVERIFY2(text.contains(PdfTools::normalised(opening + core)), qPrintable(core));
            ++excerpts;
        }
    }
    QVERIFY(excerpts > 80);
    for (const QString &doubled : {u"\u201C\""_s, u"\u201C\u201C"_s, u"\"\u201D"_s})
        QVERIFY2(!text.contains(doubled), qPrintable(doubled));
    for (const SourceInfo &source : m_story.sources())
        QVERIFY2(text.contains(PdfTools::normalised(HandoutWriter::fullCitation(source))),
                 qPrintable(source.id));
}

// Each event's figures are listed in its block: the amount as written, what it measures and
// its period.
void tst_HandoutWriter::figuresUnderTheirEvents()
{
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.handout = true;
    const QString path = writeHandout(m_story, settings, u"figures.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString text = PdfTools::text(path, 2);
    QVERIFY(!m_story.figures().isEmpty());
    for (const QString &line :
         {u"Figure: £399m \u2014 LLR health and care funding gap (no period given)"_s,
          u"Figure: about £130,000 \u2014 County Council strategic level input to health and "
          "care integration (2017/18)"_s,
          u"Figure: estimated £875,000"_s, u"Figure: 4.4 FTE"_s})
        QVERIFY2(text.contains(PdfTools::normalised(line)), qPrintable(line));
    // Under the event they belong to: the gap's figures after its title, before the next.
    const qsizetype title =
        text.indexOf(PdfTools::normalised(m_story.event(u"llr-gap"_s)->title));
    const qsizetype figure = text.indexOf(PdfTools::normalised(u"Figure: £409m"_s));
    QVERIFY(title >= 0 && figure > title);
}

void tst_HandoutWriter::pagesAndSizes()
{
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.handout = true;
    settings.title = u"Committee pack"_s;
    const QString path = writeHandout(m_story, settings, u"pages.pdf"_s);
    QVERIFY(!path.isEmpty());

    const int pages = PdfTools::pageCount(path);
    QCOMPARE(pages, HandoutWriter::pageCount(m_story, settings));
    QVERIFY(pages > 5);
    // The cover as the settings ask (A4 landscape), the text pages portrait.
    QCOMPARE(PdfTools::pageSize(path, 1).toSize(), QSize(842, 595));
    QCOMPARE(PdfTools::pageSize(path, 2).toSize(), QSize(595, 842));
    QCOMPARE(PdfTools::pageSize(path, pages).toSize(), QSize(595, 842));
    for (int page = 1; page <= pages; ++page) {
        const QString text = PdfTools::text(path, page, page);
        QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(u"Committee pack"_s));
    }
}

void tst_HandoutWriter::markupIsText()
{
    Catalogue catalogue = m_sample;
    QList<TimelineEvent> events = catalogue.events();
    events[0].title = u"<b>Bold</b> & <i>not</i>"_s;
    events[0].setSummary(u"Costs <£5m> & rising"_s);
    catalogue.setEvents(events);
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.handout = true;
    const QString path = writeHandout(catalogue, settings, u"markup.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString text = PdfTools::text(path, 2);
    QVERIFY(text.contains(u"<b>Bold</b> & <i>not</i>"_s));
    QVERIFY(text.contains(u"Costs <£5m> & rising"_s));
}

void tst_HandoutWriter::refusesImageFormats()
{
    ExportSettings settings;
    settings.handout = true; // and PNG
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(HandoutWriter::write(m_sample, settings, &buffer).contains(u"PDF"_s));
    QVERIFY(buffer.data().isEmpty());
}

QTEST_MAIN(tst_HandoutWriter)
#include "tst_handoutwriter.moc"

#include "catalogueloader.h"
#include "exportcomposer.h"
#include "exportkey.h"
#include "imageexporter.h"
#include "pdftools.h"

#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

ExportSettings committee(ExportSettings::Format format)
{
    // The README's committee page: 2014 to 2018.
    ExportSettings settings;
    settings.format = format;
    settings.range = ExportSettings::Range::Dates;
    settings.from = QDate(2014, 1, 1);
    settings.to = QDate(2018, 12, 31);
    if (format != ExportSettings::Format::Pdf) {
        settings.pixelSize = QSize(3508, 2480); // A4 landscape at 300 DPI
        settings.dpi = 300;
    }
    settings.madeOn = QDate(2026, 11, 25);
    return settings;
}

// Every <text> of an SVG file, in order, joined by spaces.
QString svgText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList parts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text"_s)
            parts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return parts.join(u' ').simplified();
}

// The numbers a group's badge names: "12–14, 17" is 12, 13, 14 and 17.
QList<int> numbersIn(const QString &text)
{
    QList<int> numbers;
    for (const QString &part : text.split(u", "_s)) {
        const QStringList ends = part.split(u'\u2013');
        const int first = ends.first().toInt();
        const int last = ends.last().toInt();
        for (int n = first; n > 0 && n <= last; ++n)
            numbers.append(n);
    }
    return numbers;
}

// Text with no white space nor hyphens at all: a title wrapped at a dash reads the same
// (pdftotext joins "decision-" at the end of a line to the next word).
QString squeezed(QString text)
{
    text.remove(QRegularExpression(u"[\\s-]+"_s));
    return text;
}

} // namespace

// The committee page of a dense range: every event numbered on the timeline (or named among
// a group's numbers) and listed with its date and title in the key.
class tst_ExportKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEventHasItsNumber_data();
    void everyEventHasItsNumber();
    void keyListsEveryTitle_data();
    void keyListsEveryTitle();
    void pdfTextHasNoLigaturesNorCounts();
    void sparseRangeKeepsTitles();
    void keyFlowsIntoColumns();

private:
    Catalogue m_story;
    QTemporaryDir m_dir;
};

void tst_ExportKey::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
    QVERIFY(m_dir.isValid());
}

void tst_ExportKey::everyEventHasItsNumber_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("page");
    QTest::newRow("pdf A4") << int(ExportSettings::Format::Pdf)
                            << int(ExportSettings::PageSize::A4);
    QTest::newRow("pdf A3") << int(ExportSettings::Format::Pdf)
                            << int(ExportSettings::PageSize::A3);
    QTest::newRow("png A4") << int(ExportSettings::Format::Png)
                            << int(ExportSettings::PageSize::A4);
}

void tst_ExportKey::everyEventHasItsNumber()
{
    QFETCH(int, format);
    QFETCH(int, page);
    ExportSettings settings = committee(ExportSettings::Format(format));
    settings.pageSize = ExportSettings::PageSize(page);
    ExportComposer composer(m_story, settings);
    QImage scratch(16, 16, QImage::Format_RGB32);
    {
        QPainter painter(&scratch);
        composer.paintPage(&painter);
    }
    const QList<int> &events = composer.scope().eventIndexes();
    QVERIFY(events.size() > 60);
    const TimelineLayout layout = composer.bodyLayout();
    if (composer.sheetCount() > composer.pageCount()) {
        // On A4 the key has a page of its own, after the timeline.
        QCOMPARE(ExportSettings::PageSize(page), ExportSettings::PageSize::A4);
        QCOMPARE(composer.keySheetOf(composer.pageCount()), 0);
        QVERIFY(composer.keyRect().isNull());
        QPainter painter(&scratch);
        composer.paintPage(&painter, composer.pageCount());
    } else {
        QVERIFY(!composer.keyRect().isNull());
        QVERIFY(composer.keyRect().top() >= composer.bodyRect().bottom());
    }
    QVERIFY(!composer.keyRect().isNull());
    for (int k = 0; k < events.size(); ++k) {
        const QString number = QString::number(k + 1);
        const TimelineLayout::Item *item = layout.item(events.at(k));
        if (item) {
            QCOMPARE(item->text, number);
            continue;
        }
        // Left without a row: named among the numbers of its group.
        const bool inGroup =
            std::any_of(layout.marks.cbegin(), layout.marks.cend(), [&](const auto &mark) {
                return mark.group && numbersIn(mark.text).contains(k + 1);
            });
        QVERIFY2(inGroup, qPrintable(m_story.events().at(events.at(k)).title));
    }
}

void tst_ExportKey::keyListsEveryTitle_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("pdf") << int(ExportSettings::Format::Pdf);
    QTest::newRow("svg") << int(ExportSettings::Format::Svg);
}

void tst_ExportKey::keyListsEveryTitle()
{
    QFETCH(int, format);
    const ExportSettings settings = committee(ExportSettings::Format(format));
    const bool pdf = settings.format == ExportSettings::Format::Pdf;
    if (pdf && !PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh) are needed to read the PDF back");
    const QString path = m_dir.filePath(pdf ? u"committee.pdf"_s : u"committee.svg"_s);
    QCOMPARE(ImageExporter::write(m_story, settings, path), QString());
    const QString text = pdf ? PdfTools::text(path) : PdfTools::normalised(svgText(path));
    const ExportScope scope(m_story, settings);
    int found = 0;
    for (int index : scope.eventIndexes()) {
        const TimelineEvent &event = m_story.events().at(index);
        const QString title = PdfTools::normalised(event.title);
        QVERIFY2(squeezed(text).contains(squeezed(title)), qPrintable(title));
        // Dates as they read: "by about March 2016", not "c. by March 2016".
        const QString date = PdfTools::normalised(event.date.phrase());
        QVERIFY2(squeezed(text).contains(squeezed(date)), qPrintable(date));
        ++found;
    }
    QCOMPARE(found, scope.eventIndexes().size());
    QVERIFY(found > 60);
}

void tst_ExportKey::pdfTextHasNoLigaturesNorCounts()
{
    if (!PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh) are needed to read the PDF back");
    const QString path = m_dir.filePath(u"ligatures.pdf"_s);
    QCOMPARE(ImageExporter::write(m_story, committee(ExportSettings::Format::Pdf), path),
             QString());
    // The text as pdftotext gives it, not spelt out: a search for "officer" must find it.
    const QString raw = PdfTools::run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(!raw.isEmpty());
    for (char16_t ligature = 0xfb00; ligature <= 0xfb06; ++ligature)
        QVERIFY2(!raw.contains(QChar(ligature)), qPrintable(QString(QChar(ligature))));
    QVERIFY(raw.simplified().contains(u"officer"_s));
    QVERIFY(!raw.contains(u"in view"_s));
}

void tst_ExportKey::sparseRangeKeepsTitles()
{
    // A range with room for every title needs no numbers and no key.
    ExportSettings settings = committee(ExportSettings::Format::Pdf);
    settings.from = QDate(2014, 10, 1);
    settings.to = QDate(2014, 12, 31);
    ExportComposer composer(m_story, settings);
    QImage scratch(16, 16, QImage::Format_RGB32);
    {
        QPainter painter(&scratch);
        composer.paintPage(&painter);
    }
    QVERIFY(composer.keyRect().isNull());
    const TimelineLayout &layout = composer.bodyLayout();
    QVERIFY(!layout.items.empty());
    for (const TimelineLayout::Item &item : layout.items)
        QVERIFY(item.text.toInt() == 0);
}

void tst_ExportKey::keyFlowsIntoColumns()
{
    TimelineTheme theme = TimelineTheme::print();
    QList<ExportKey::Entry> entries;
    for (int i = 1; i <= 80; ++i)
        entries.append({i, 0, u"%1 September 2017"_s.arg(i % 28 + 1),
                        u"A council letter about the plan, number %1"_s.arg(i)});
    const ExportKey key(theme, entries);
    const QFontMetricsF metrics(theme.scaledFont());
    // Wide: several columns, so far fewer lines than entries; narrow: one line or more each.
    QVERIFY(key.height(1600) < 40 * metrics.lineSpacing());
    QVERIFY(key.height(300) >= 80 * metrics.lineSpacing());
    QImage image(1600, int(key.height(1600)) + 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    key.paint(&painter, QRectF(0, 0, 1600, key.height(1600)));
    painter.end();
    // Ink in more than one column.
    auto inkIn = [&](int x0, int x1) {
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = x0; x < x1; ++x)
                ink += image.pixelColor(x, y).lightness() < 128;
        return ink;
    };
    QVERIFY(inkIn(0, 400) > 0);
    QVERIFY(inkIn(1000, 1600) > 0);
}

QTEST_MAIN(tst_ExportKey)
#include "tst_exportkey.moc"

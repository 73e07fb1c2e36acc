#include "catalogueloader.h"
#include "exportcomposer.h"
#include "imageexporter.h"
#include "pdftools.h"
#include "samplecatalogue.h"
#include "timescale.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// How many pixels of image inside rect are within tolerance of colour.
int pixelsOf(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 24)
{
    int count = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - colour.red()) <= tolerance &&
                std::abs(qGreen(p) - colour.green()) <= tolerance &&
                std::abs(qBlue(p) - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

QRect toPixels(const QRectF &logical, qreal scale)
{
    return QRectF(logical.topLeft() * scale, logical.size() * scale).toAlignedRect();
}

// The body layout the exporter draws for settings, from a composer of its own.
TimelineLayout bodyLayout(const Catalogue &catalogue, const ExportSettings &settings)
{
    ExportComposer composer(catalogue, settings);
    QImage scratch(8, 8, QImage::Format_RGB32);
    QPainter painter(&scratch);
    composer.paintPage(&painter, 0);
    return composer.bodyLayout();
}

// Every text element of an SVG document, in order; nullopt when it does not parse.
std::optional<QStringList> svgTexts(const QByteArray &svg, QSizeF *size = nullptr)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg"_s && size) {
            const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
            if (box.size() == 4)
                *size = QSizeF(box.at(2).toDouble(), box.at(3).toDouble());
        }
        if (xml.name() == u"text"_s)
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (xml.hasError())
        return std::nullopt;
    return texts;
}

// Whether a label drawn for title is among texts: whole, or cut short with an ellipsis.
bool hasLabel(const QStringList &texts, const QString &title)
{
    for (const QString &text : texts) {
        const QString t = text.trimmed();
        if (t == title)
            return true;
        if (t.endsWith(u'\u2026') && t.size() > 4 && title.startsWith(t.chopped(1).trimmed()))
            return true;
    }
    return false;
}

ExportSettings datesSettings(QDate from, QDate to)
{
    ExportSettings settings;
    settings.range = ExportSettings::Range::Dates;
    settings.from = from;
    settings.to = to;
    return settings;
}

} // namespace

// The files themselves: PNG size, DPI and pixels; SVG text; PDF pages, sizes and text.
class tst_ImageExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngSizeAndDpi_data();
    void pngSizeAndDpi();
    void pngHasEveryLaneInRange_data();
    void pngHasEveryLaneInRange();
    void pngDrawsNothingOutsideRange();
    void themesDiffer();
    void svgKeepsTextAsText();
    void svgShowsNothingPastTheTimeline();
    void pdfPages_data();
    void pdfPages();
    void pdfHasTitlesAndCitations();
    void pdfKeepsApproximateEndsSoft();
    void pdfSplitRepeatsTheAxis();
    void writeFailsWithoutLeavingAFile();
    void preview();

private:
    Catalogue m_story;
    Catalogue m_sample;
    QTemporaryDir m_dir;
};

void tst_ImageExporter::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    m_story = loaded.catalogue;
    m_sample = sampleCatalogue();
    QVERIFY(m_dir.isValid());
}

void tst_ImageExporter::pngSizeAndDpi_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");

    QTest::newRow("screen") << QSize(1280, 720) << 96;
    QTest::newRow("A4 at 300 DPI") << QSize(3508, 2480) << 300;
    QTest::newRow("banner at 150 DPI") << QSize(2400, 400) << 150;
    QTest::newRow("tiny") << QSize(1, 1) << 30;
}

void tst_ImageExporter::pngSizeAndDpi()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);

    ExportSettings settings;
    settings.pixelSize = size;
    settings.dpi = dpi;
    const QString path = m_dir.filePath(u"size.png"_s);
    QCOMPARE(ImageExporter::write(m_story, settings, path), QString());

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), size);
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    // PNG keeps pixels per metre (pHYs), rounded to a whole number.
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
}

void tst_ImageExporter::pngHasEveryLaneInRange_data()
{
    QTest::addColumn<bool>("builtIn");
    QTest::addColumn<ExportSettings>("settings");

    ExportSettings whole;
    whole.pixelSize = QSize(2400, 1600);
    whole.dpi = 150;
    QTest::newRow("built-in, whole story") << true << whole;
    ExportSettings story = datesSettings(QDate(2016, 1, 1), QDate(2018, 12, 31));
    story.pixelSize = QSize(1600, 1000);
    story.dpi = 96;
    story.theme = ExportSettings::Theme::HighContrast;
    QTest::newRow("built-in, 2016 to 2018, high contrast") << true << story;
    ExportSettings sample = datesSettings(QDate(2016, 1, 1), QDate(2017, 12, 31));
    sample.pixelSize = QSize(1200, 800);
    sample.dpi = 96;
    QTest::newRow("sample, 2016 and 2017") << false << sample;
}

void tst_ImageExporter::pngHasEveryLaneInRange()
{
    QFETCH(bool, builtIn);
    QFETCH(ExportSettings, settings);
    const Catalogue &catalogue = builtIn ? m_story : m_sample;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(ImageExporter::write(catalogue, settings, &buffer), QString());
    QImage image;
    QVERIFY(image.loadFromData(buffer.data(), "png"));
    image = image.convertToFormat(QImage::Format_RGB32);

    const ExportScope scope(catalogue, settings);
    const TimelineLayout layout = bodyLayout(catalogue, settings);
    const TimelineTheme theme = ExportComposer::themeFor(settings.theme);
    const qreal scale = settings.dpi / 96.0;
    QSet<int> lanesWithEvents;
    for (int index : scope.eventIndexes())
        lanesWithEvents.insert(catalogue.laneIndex(catalogue.events().at(index).laneId));
    QVERIFY(!lanesWithEvents.isEmpty());

    int checked = 0;
    for (const TimelineLayout::Lane &lane : layout.lanes) {
        QVERIFY2(lanesWithEvents.contains(lane.lane), qPrintable(lane.name));
        const QRectF inBand = lane.band.intersected(layout.eventArea);
        const int count = pixelsOf(image, toPixels(inBand, scale), theme.laneColour(lane.lane));
        QVERIFY2(count >= 10,
                 qPrintable(u"%1: %2 pixels of its colour"_s.arg(lane.name).arg(count)));
        ++checked;
    }
    QCOMPARE(checked, lanesWithEvents.size());
}

void tst_ImageExporter::pngDrawsNothingOutsideRange()
{
    // July to December 2017: of lane A only gamma (from September 2017) is in range; lane C's
    // one event (2018/19) and alpha (March 2016) are not.
    ExportSettings settings = datesSettings(QDate(2017, 7, 1), QDate(2017, 12, 31));
    settings.pixelSize = QSize(1200, 800);
    settings.dpi = 96;
    const QImage image =
        ImageExporter::toImage(m_sample, settings).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), settings.pixelSize);

    const TimelineLayout layout = bodyLayout(m_sample, settings);
    const TimelineTheme theme = ExportComposer::themeFor(settings.theme);
    const QColor laneA = theme.laneColour(m_sample.laneIndex(u"a"_s));
    const QColor laneC = theme.laneColour(m_sample.laneIndex(u"c"_s));

    QCOMPARE(pixelsOf(image, image.rect(), laneC, 8), 0); // not its events, not its swatch
    const TimelineLayout::Lane *a = nullptr;
    for (const TimelineLayout::Lane &lane : layout.lanes) {
        if (lane.lane == m_sample.laneIndex(u"a"_s))
            a = &lane;
    }
    QVERIFY(a);
    const qreal gammaX = layout.timeToX(TimeScale::dayStart(QDate(2017, 9, 1)));
    QRectF before = a->band.intersected(layout.eventArea);
    before.setRight(gammaX - 2);
    QVERIFY(before.width() > 100);
    QCOMPARE(pixelsOf(image, toPixels(before, 1.0), laneA, 8), 0);
    QRectF after = a->band.intersected(layout.eventArea);
    after.setLeft(gammaX);
    QVERIFY(pixelsOf(image, toPixels(after, 1.0), laneA, 8) > 0);
}

void tst_ImageExporter::themesDiffer()
{
    ExportSettings print;
    print.pixelSize = QSize(800, 560);
    print.dpi = 96;
    ExportSettings screen = print;
    screen.theme = ExportSettings::Theme::Screen;
    ExportSettings contrast = print;
    contrast.theme = ExportSettings::Theme::HighContrast;
    const QImage a = ImageExporter::toImage(m_story, print);
    const QImage b = ImageExporter::toImage(m_story, contrast);
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(a != b);
    QVERIFY(!ImageExporter::toImage(m_story, screen).isNull());
}

void tst_ImageExporter::svgKeepsTextAsText()
{
    // Wide enough that no sample title is cut short.
    ExportSettings settings = datesSettings(QDate(2016, 1, 1), QDate(2018, 3, 31));
    settings.format = ExportSettings::Format::Svg;
    settings.pixelSize = QSize(1800, 900);
    settings.dpi = 96;
    settings.title = u"Sample & <story>"_s;
    const QString path = m_dir.filePath(u"sample.svg"_s);
    QCOMPARE(ImageExporter::write(m_sample, settings, path), QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSizeF size;
    const auto texts = svgTexts(file.readAll(), &size);
    QVERIFY2(texts.has_value(), "the SVG does not parse as XML");
    QCOMPARE(size.toSize(), settings.pixelSize);
    QVERIFY(texts->contains(settings.title));
    const ExportScope scope(m_sample, settings);
    QCOMPARE(scope.eventIndexes().size(), 3); // alpha, beta, gamma; not delta (2018/19)
    for (int index : scope.eventIndexes()) {
        const QString title = m_sample.events().at(index).title;
        QVERIFY2(texts->contains(title), qPrintable(title));
    }
    QVERIFY(!hasLabel(*texts, u"Delta is planned"_s));
    QVERIFY(texts->contains(u"Lane A"_s));

    // The built-in story: every label drawn is an event's title, whole or cut short, or,
    // on a page too dense for titles, the event's number with its title in the key.
    ExportSettings story;
    story.format = ExportSettings::Format::Svg;
    story.pixelSize = QSize(2400, 1600);
    story.dpi = 96;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(ImageExporter::write(m_story, story, &buffer), QString());
    const auto storyTexts = svgTexts(buffer.data());
    QVERIFY(storyTexts.has_value());
    const TimelineLayout layout = bodyLayout(m_story, story);
    QVERIFY(layout.items.size() >= 10);
    QString keyText = storyTexts->join(QString());
    keyText.remove(QRegularExpression(u"\\s+"_s));
    for (const TimelineLayout::Item &item : layout.items) {
        const QString title = m_story.events().at(item.event).title;
        bool numbered = false;
        item.text.toInt(&numbered);
        if (numbered) {
            QVERIFY2(storyTexts->contains(item.text), qPrintable(item.text));
            QVERIFY2(keyText.contains(QString(title).remove(QRegularExpression(u"\\s+"_s))),
                     qPrintable(title));
        } else {
            QVERIFY2(hasLabel(*storyTexts, title), qPrintable(title));
        }
    }
}

void tst_ImageExporter::svgShowsNothingPastTheTimeline()
{
    // Labels near the end of 2018 run past the edge; in the SVG nothing clips them.
    ExportSettings settings = datesSettings(QDate(2016, 1, 1), QDate(2018, 6, 30));
    settings.format = ExportSettings::Format::Svg;
    settings.pixelSize = QSize(1600, 1000);
    settings.dpi = 96;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(ImageExporter::write(m_story, settings, &buffer), QString());

    QSvgRenderer svg(buffer.data());
    QVERIFY(svg.isValid());
    QImage image(settings.pixelSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();

    const TimelineLayout layout = bodyLayout(m_story, settings);
    const QRect margin(int(std::ceil(layout.rect.right())) + 1, 0,
                       image.width() - int(std::ceil(layout.rect.right())) - 1, image.height());
    QVERIFY(margin.width() > 10);
    const int painted = margin.width() * margin.height() - pixelsOf(image, margin, Qt::white, 0);
    QCOMPARE(painted, 0);
}

void tst_ImageExporter::pdfPages_data()
{
    QTest::addColumn<ExportSettings::PageSize>("pageSize");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<QSizeF>("points");

    QTest::newRow("A4 landscape") << ExportSettings::PageSize::A4 << QPageLayout::Landscape
                                  << QSizeF(842, 595);
    QTest::newRow("A4 portrait") << ExportSettings::PageSize::A4 << QPageLayout::Portrait
                                 << QSizeF(595, 842);
    QTest::newRow("A3 landscape") << ExportSettings::PageSize::A3 << QPageLayout::Landscape
                                  << QSizeF(1191, 842);
}

void tst_ImageExporter::pdfPages()
{
    if (!PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh's package list) are needed to read the PDF back");
    QFETCH(ExportSettings::PageSize, pageSize);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(QSizeF, points);

    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.pageSize = pageSize;
    settings.orientation = orientation;
    const QString path = m_dir.filePath(u"pages.pdf"_s);
    QCOMPARE(ImageExporter::write(m_story, settings, path), QString());
    // One page of timeline; on A4 the whole story's key needs a page of its own.
    QCOMPARE(PdfTools::pageCount(path), ExportComposer(m_story, settings).sheetCount());
    QVERIFY(PdfTools::pageCount(path) <= 2);
    const QSizeF size = PdfTools::pageSize(path, 1);
    QVERIFY2(std::abs(size.width() - points.width()) < 1.5 &&
                 std::abs(size.height() - points.height()) < 1.5,
             qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
}

void tst_ImageExporter::pdfHasTitlesAndCitations()
{
    if (!PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh's package list) are needed to read the PDF back");
    ExportSettings settings = datesSettings(QDate(2016, 1, 1), QDate(2018, 3, 31));
    settings.format = ExportSettings::Format::Pdf;
    settings.title = u"Committee timeline"_s;
    settings.madeOn = QDate(2026, 11, 25);
    const QString path = m_dir.filePath(u"sample.pdf"_s);
    QCOMPARE(ImageExporter::write(m_sample, settings, path), QString());

    const QString text = PdfTools::text(path);
    QVERIFY2(text.contains(u"Committee timeline"_s), qPrintable(text));
    for (const QString &title : {u"Alpha happens"_s, u"Beta meets"_s, u"Gamma runs"_s})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(!text.contains(u"Delta is planned"_s));
    for (const SourceInfo &source : m_sample.sources())
        QVERIFY2(text.contains(source.citation()), qPrintable(source.citation()));
    QVERIFY(text.contains(u"Made on 25 November 2026"_s));
}

void tst_ImageExporter::pdfKeepsApproximateEndsSoft()
{
    // "c. September 2017" fades towards both ends on paper as on screen: Qt's PDF writer
    // flattens gradients with alpha, so the ends are drawn in opaque steps.
    if (!PdfTools::available() || QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftoppm (poppler-utils, in build.sh) is needed to see the PDF");
    Catalogue catalogue;
    catalogue.setLanes({{u"a"_s, u"Councils"_s, {}}});
    TimelineEvent event;
    event.id = u"about"_s;
    event.title = u"About September"_s;
    event.date = EventDate::parse(u"c. September 2017"_s);
    event.laneId = u"a"_s;
    catalogue.setEvents({event});
    ExportSettings settings;
    settings.format = ExportSettings::Format::Pdf;
    settings.range = ExportSettings::Range::Dates;
    settings.from = QDate(2017, 8, 1);
    settings.to = QDate(2017, 10, 31);
    settings.legend = false;
    settings.footer = false;
    const QString path = m_dir.filePath(u"soft.pdf"_s);
    QCOMPARE(ImageExporter::write(catalogue, settings, path), QString());

    ExportComposer composer(catalogue, settings);
    QImage scratch(16, 16, QImage::Format_RGB32);
    {
        QPainter painter(&scratch);
        composer.paintPage(&painter);
    }
    const TimelineLayout::Item *item = composer.bodyLayout().item(0);
    QVERIFY(item);
    QVERIFY(item->approximate);
    // At 96 DPI one pixel of the page image is one unit of the composer's page.
    const QString png = m_dir.filePath(u"soft"_s);
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"96"_s, u"-singlefile"_s, path, png});
    QVERIFY(process.waitForFinished(60000));
    const QImage page(png + u".png"_s);
    QVERIFY(!page.isNull());
    const QRectF bar = item->shapeRect;
    const int y = int(bar.center().y());
    const QColor middle = page.pixelColor(int(bar.center().x()), y);
    const QColor end = page.pixelColor(int(bar.left()) + 2, y);
    // The end is lighter than the middle, and still tinted (not left out).
    QVERIFY2(end.lightness() > middle.lightness() + 20,
             qPrintable(u"%1 vs %2"_s.arg(end.name(), middle.name())));
    QVERIFY(end != QColor(Qt::white));
}

void tst_ImageExporter::pdfSplitRepeatsTheAxis()
{
    if (!PdfTools::available())
        QFAIL("pdfinfo and pdftotext (poppler-utils, in build.sh's package list) are needed to read the PDF back");
    ExportSettings settings = datesSettings(QDate(2014, 1, 1), QDate(2018, 12, 31));
    settings.format = ExportSettings::Format::Pdf;
    settings.pagination = ExportSettings::Pagination::SplitPages;
    settings.pageCount = 5;
    settings.title = m_story.title();
    const QString path = m_dir.filePath(u"split.pdf"_s);
    QCOMPARE(ImageExporter::write(m_story, settings, path), QString());
    QCOMPARE(PdfTools::pageCount(path), 5);
    for (int page = 1; page <= 5; ++page) {
        const QString text = PdfTools::text(path, page, page);
        const QString year = QString::number(2013 + page);
        // Each page is one year, with its own axis of quarters or months, and numbered.
        QVERIFY2(text.contains(year), qPrintable(year));
        static const QRegularExpression ticks(u"\\b(Q[1-4]|Jan|Apr|Jul|Oct)\\b"_s);
        QVERIFY2(text.count(ticks) >= 3, qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Page %1 of 5"_s.arg(page)));
        QVERIFY(text.contains(m_story.title().left(20)));
    }

    // Automatic: about a year to an A4 landscape page.
    settings.pageCount = 0;
    QCOMPARE(ImageExporter::write(m_story, settings, path), QString());
    QCOMPARE(PdfTools::pageCount(path), 5);
}

void tst_ImageExporter::writeFailsWithoutLeavingAFile()
{
    ExportSettings settings;
    settings.pixelSize = QSize(200, 100);
    settings.dpi = 96;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missingFolder = dir.filePath(u"no/such/folder/out.png"_s);
    const QString error = ImageExporter::write(m_story, settings, missingFolder);
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));

    QVERIFY(ImageExporter::write(m_story, settings, dir.path()).contains(u"is a folder"_s));

    // A file already there stays as it was when the settings are refused.
    const QString existing = dir.filePath(u"existing.png"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("before");
    }
    settings.pixelSize = QSize(0, 100);
    QVERIFY(!ImageExporter::write(m_story, settings, existing).isEmpty());
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("before"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp files
}

void tst_ImageExporter::preview()
{
    ExportSettings settings;
    const QImage png = ImageExporter::preview(m_story, settings, QSize(400, 400));
    QCOMPARE(png.width(), 400);
    QVERIFY(png.height() < 400 && png.height() > 250); // the page's proportions

    settings.format = ExportSettings::Format::Pdf;
    settings.orientation = QPageLayout::Portrait;
    const QImage pdf = ImageExporter::preview(m_story, settings, QSize(400, 400));
    QCOMPARE(pdf.height(), 400);
    QVERIFY(pdf.width() < 300);

    ExportSettings titled = settings;
    titled.title = u"Another title"_s;
    QVERIFY(ImageExporter::preview(m_story, titled, QSize(400, 400)) != pdf);
}

QTEST_MAIN(tst_ImageExporter)
#include "tst_imageexporter.moc"

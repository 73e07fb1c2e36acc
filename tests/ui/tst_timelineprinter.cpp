#include "catalogueloader.h"
#include "handoutwriter.h"
#include "timelineprinter.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "Pages:" and each page's size in points, from poppler's pdfinfo.
QList<QSize> pageSizes(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"999"_s, path});
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    QList<QSize> sizes;
    static const QRegularExpression size(u"Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"_s);
    for (auto it = size.globalMatch(info); it.hasNext();) {
        const auto match = it.next();
        sizes.append(
            QSize(qRound(match.captured(1).toDouble()), qRound(match.captured(2).toDouble())));
    }
    return sizes;
}

} // namespace

// Printing draws the same pages as the PDF export, on the printer's paper.
class tst_TimelinePrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsPages_data();
    void printsPages();
    void setUp();

private:
    Catalogue m_story;
    QTemporaryDir m_dir;
};

void tst_TimelinePrinter::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QFAIL("pdfinfo (poppler-utils, in build.sh's package list) is needed to read the printed PDF back");
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
    QVERIFY(m_dir.isValid());
}

void tst_TimelinePrinter::printsPages_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSize>("first");
    QTest::addColumn<QSize>("second");

    ExportSettings fit; // a PNG's settings print as a page
    // The whole story on A4: the timeline, then its key on a page of its own.
    QTest::newRow("timeline and key") << fit << 2 << QSize(842, 595) << QSize(842, 595);
    ExportSettings split = fit;
    split.pagination = ExportSettings::Pagination::SplitPages;
    split.pageCount = 3;
    split.pageSize = ExportSettings::PageSize::A3;
    QTest::newRow("three pages, A3") << split << 3 << QSize(1191, 842) << QSize(1191, 842);
    ExportSettings handout = fit;
    handout.format = ExportSettings::Format::Pdf;
    handout.handout = true;
    QTest::newRow("handout") << handout << -1 << QSize(842, 595) << QSize(595, 842);
}

void tst_TimelinePrinter::printsPages()
{
    QFETCH(ExportSettings, settings);
    QFETCH(int, pages);
    QFETCH(QSize, first);
    QFETCH(QSize, second);

    QPrinter printer(QPrinter::HighResolution);
    TimelinePrinter::setUp(&printer, settings);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QCOMPARE(TimelinePrinter::print(m_story, settings, &printer), QString());

    const QList<QSize> sizes = pageSizes(path);
    if (pages < 0)
        pages = HandoutWriter::pageCount(m_story, settings);
    QCOMPARE(sizes.size(), pages);
    QCOMPARE(sizes.at(0), first);
    if (second.isValid())
        QCOMPARE(sizes.at(1), second);
}

void tst_TimelinePrinter::setUp()
{
    ExportSettings settings;
    settings.pageSize = ExportSettings::PageSize::A3;
    settings.orientation = QPageLayout::Portrait;
    settings.title = u"Timeline"_s;
    QPrinter printer;
    TimelinePrinter::setUp(&printer, settings);
    QVERIFY(printer.fullPage());
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A3);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Portrait);
    QCOMPARE(printer.docName(), u"Timeline"_s);
}

QTEST_MAIN(tst_TimelinePrinter)
#include "tst_timelineprinter.moc"

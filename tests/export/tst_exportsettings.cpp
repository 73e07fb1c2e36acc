#include "exportsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Validation names the bad value in one line; good settings give no error.
class tst_ExportSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreValid();
    void validate_data();
    void validate();
    void names_data();
    void names();
    void pageLayout();
};

void tst_ExportSettings::defaultsAreValid()
{
    for (auto format :
         {ExportSettings::Format::Png, ExportSettings::Format::Svg, ExportSettings::Format::Pdf}) {
        ExportSettings settings;
        settings.format = format;
        QCOMPARE(settings.validate(), QString());
    }
}

void tst_ExportSettings::validate_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<QString>("error"); // a fragment of the message; empty for none

    using F = ExportSettings::Format;
    auto png = [](int width, int height, int dpi) {
        ExportSettings s;
        s.pixelSize = QSize(width, height);
        s.dpi = dpi;
        return s;
    };
    QTest::newRow("smallest") << png(1, 1, 30) << QString();
    QTest::newRow("largest side") << png(20000, 10000, 1200) << QString();
    QTest::newRow("width 0") << png(0, 100, 96) << u"width 0 pixels is out of range"_s;
    QTest::newRow("width 100000") << png(100000, 100, 96)
                                  << u"width 100000 pixels is out of range"_s;
    QTest::newRow("height 0") << png(100, 0, 96) << u"height 0 pixels is out of range"_s;
    QTest::newRow("height 20001") << png(100, 20001, 96)
                                  << u"height 20001 pixels is out of range"_s;
    QTest::newRow("too many pixels") << png(20000, 20000, 96) << u"is too large"_s;
    QTest::newRow("dpi 29") << png(100, 100, 29) << u"29 DPI is out of range"_s;
    QTest::newRow("dpi 1201") << png(100, 100, 1201) << u"1201 DPI is out of range"_s;

    // Pixel limits do not apply to vector formats.
    ExportSettings pdf = png(0, 0, 0);
    pdf.format = F::Pdf;
    QTest::newRow("pdf ignores pixels") << pdf << QString();

    ExportSettings reversed;
    reversed.range = ExportSettings::Range::Dates;
    reversed.from = QDate(2018, 6, 1);
    reversed.to = QDate(2017, 1, 31);
    QTest::newRow("from after to")
        << reversed << u"the start date 1 June 2018 is after the end date 31 January 2017"_s;

    ExportSettings oneDay = reversed;
    oneDay.to = oneDay.from;
    QTest::newRow("one day") << oneDay << QString();

    ExportSettings noStart = reversed;
    noStart.from = {};
    QTest::newRow("no start") << noStart << u"the start date is missing"_s;

    ExportSettings emptyView;
    emptyView.range = ExportSettings::Range::CurrentView;
    emptyView.viewStart = emptyView.viewEnd = 1000;
    QTest::newRow("empty view") << emptyView << u"the current view is empty"_s;

    ExportSettings smallText;
    smallText.textScale = 0.4;
    QTest::newRow("text 40%") << smallText << u"text size 40% is out of range (50% to 300%)"_s;
    ExportSettings largeText;
    largeText.textScale = 3.0;
    QTest::newRow("text 300%") << largeText << QString();

    ExportSettings handoutPng;
    handoutPng.handout = true;
    QTest::newRow("handout png") << handoutPng << u"a handout is a PDF, not PNG"_s;

    ExportSettings wideMargins;
    wideMargins.format = F::Pdf;
    wideMargins.marginsMm = QMarginsF(80, 10, 80, 10);
    QTest::newRow("margins") << wideMargins << u"margins leave less than half"_s;

    ExportSettings negativeMargin = wideMargins;
    negativeMargin.marginsMm = QMarginsF(-1, 0, 0, 0);
    QTest::newRow("negative margin") << negativeMargin << u"margins cannot be negative"_s;

    ExportSettings manyPages = wideMargins;
    manyPages.marginsMm = QMarginsF(10, 10, 10, 10);
    manyPages.pagination = ExportSettings::Pagination::SplitPages;
    manyPages.pageCount = 51;
    QTest::newRow("pages") << manyPages << u"51 pages is out of range"_s;
}

void tst_ExportSettings::validate()
{
    QFETCH(ExportSettings, settings);
    QFETCH(QString, error);

    const QString message = settings.validate();
    if (error.isEmpty()) {
        QCOMPARE(message, QString());
        return;
    }
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!message.contains(u'\n'));
}

void tst_ExportSettings::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isFormat");
    QTest::addColumn<bool>("isTheme");
    QTest::addColumn<bool>("isPage");

    QTest::newRow("png") << u"png"_s << true << false << false;
    QTest::newRow("PDF") << u"PDF"_s << true << false << false;
    QTest::newRow("svg") << u"svg"_s << true << false << false;
    QTest::newRow("jpg") << u"jpg"_s << false << false << false;
    QTest::newRow("screen") << u"screen"_s << false << true << false;
    QTest::newRow("high-contrast") << u"high-contrast"_s << false << true << false;
    QTest::newRow("dark") << u"dark"_s << false << false << false;
    QTest::newRow("a3") << u"a3"_s << false << false << true;
    QTest::newRow("A5") << u"A5"_s << false << false << false;
}

void tst_ExportSettings::names()
{
    QFETCH(QString, text);
    QFETCH(bool, isFormat);
    QFETCH(bool, isTheme);
    QFETCH(bool, isPage);

    const auto format = ExportSettings::formatFromName(text);
    QCOMPARE(format.has_value(), isFormat);
    if (format)
        QCOMPARE(ExportSettings::formatName(*format), text.toLower());
    const auto theme = ExportSettings::themeFromName(text);
    QCOMPARE(theme.has_value(), isTheme);
    if (theme)
        QCOMPARE(ExportSettings::themeName(*theme), text);
    const auto page = ExportSettings::pageSizeFromName(text);
    QCOMPARE(page.has_value(), isPage);
    if (page)
        QCOMPARE(ExportSettings::pageSizeName(*page), text.toUpper());

    QCOMPARE(ExportSettings::formatFromFileName(u"dir.x/out."_s + text).has_value(), isFormat);
}

void tst_ExportSettings::pageLayout()
{
    ExportSettings settings;
    settings.pageSize = ExportSettings::PageSize::A3;
    settings.orientation = QPageLayout::Portrait;
    const QPageLayout layout = settings.pageLayout();
    QCOMPARE(layout.pageSize().id(), QPageSize::A3);
    QCOMPARE(layout.orientation(), QPageLayout::Portrait);
    QCOMPARE(layout.margins(QPageLayout::Millimeter), settings.marginsMm);
    QCOMPARE(layout.fullRect(QPageLayout::Point).size().toSize(), QSize(842, 1191));
}

QTEST_GUILESS_MAIN(tst_ExportSettings)
#include "tst_exportsettings.moc"

#include "catalogueloader.h"
#include "exportdialog.h"
#include "timescale.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The export dialog driven as a user would: keys and clicks on its widgets.
class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatChangesTheOptions();
    void previewFollowsTheTitle();
    void exportWritesTheFile();
    void badSettingsAreShownAndNotWritten();
    void lanesAndFilter();
    void currentView();
    void scaleKeepsThePicture();
    void settingsRoundTrip();
    void copyToClipboard();
    void figuresChoiceDrawsTheChart();

private:
    template <typename T> static T *child(const ExportDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }

    Catalogue m_story;
};

void tst_ExportDialog::initTestCase()
{
    const CatalogueLoadResult loaded = CatalogueLoader::loadBuiltIn();
    QVERIFY(loaded.ok());
    m_story = loaded.catalogue;
}

void tst_ExportDialog::formatChangesTheOptions()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *format = child<QComboBox>(dialog, u"format"_s);
    auto *size = child<QGroupBox>(dialog, u"sizeGroup"_s);
    auto *page = child<QGroupBox>(dialog, u"pageGroup"_s);
    auto *handout = child<QCheckBox>(dialog, u"handout"_s);

    QCOMPARE(dialog.settings().format, ExportSettings::Format::Png);
    QVERIFY(size->isVisible());
    QVERIFY(!page->isVisible());
    QVERIFY(!handout->isVisible());

    format->setFocus();
    QTest::keyClick(format, Qt::Key_End); // PDF, the last
    QCOMPARE(dialog.settings().format, ExportSettings::Format::Pdf);
    QVERIFY(!size->isVisible());
    QVERIFY(page->isVisible());
    QVERIFY(handout->isVisible());

    // Pages: the count shows only when the span continues over pages.
    auto *pagination = child<QComboBox>(dialog, u"pagination"_s);
    auto *pageCount = child<QSpinBox>(dialog, u"pageCount"_s);
    QVERIFY(!pageCount->isVisible());
    pagination->setFocus();
    QTest::keyClick(pagination, Qt::Key_End);
    QVERIFY(pageCount->isVisible());
    QCOMPARE(dialog.settings().pagination, ExportSettings::Pagination::SplitPages);

    // A handout has its own pages.
    QTest::mouseClick(handout, Qt::LeftButton, {}, QPoint(4, handout->height() / 2));
    QVERIFY(dialog.settings().handout);
    QVERIFY(!pagination->isEnabled());

    format->setFocus();
    QTest::keyClick(format, Qt::Key_Up); // SVG
    QCOMPARE(dialog.settings().format, ExportSettings::Format::Svg);
    QVERIFY(!dialog.settings().handout);
    QVERIFY(size->isVisible());
}

void tst_ExportDialog::previewFollowsTheTitle()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.refreshPreview();
    const QImage before = dialog.previewImage();
    QVERIFY(!before.isNull());
    QVERIFY(!dialog.isPreviewPending());

    auto *title = child<QLineEdit>(dialog, u"title"_s);
    title->selectAll();
    QTest::keyClicks(title, u"Scrutiny committee, 12 March"_s);
    QCOMPARE(dialog.settings().title, u"Scrutiny committee, 12 March"_s);
    QVERIFY(dialog.isPreviewPending()); // redrawn shortly, not at every key
    dialog.refreshPreview();
    QVERIFY(!dialog.previewImage().isNull());
    QVERIFY(dialog.previewImage() != before);
    QCOMPARE(child<QLabel>(dialog, u"preview"_s)->pixmap().toImage().size(),
             dialog.previewImage().size());
}

void tst_ExportDialog::exportWritesTheFile()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    auto *width = child<QSpinBox>(dialog, u"width"_s);
    auto *height = child<QSpinBox>(dialog, u"height"_s);
    auto *dpi = child<QSpinBox>(dialog, u"dpi"_s);
    for (auto [spin, value] :
         {std::pair{width, 1200}, std::pair{height, 800}, std::pair{dpi, 96}}) {
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }
    QCOMPARE(dialog.settings().pixelSize, QSize(1200, 800));
    QCOMPARE(dialog.settings().dpi, 96);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    const QString path = dir.filePath(u"from-the-dialog.png"_s);
    QVERIFY(dialog.exportTo(path));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(QImageReader(path).size(), QSize(1200, 800));
    QVERIFY(child<QLabel>(dialog, u"message"_s)->text().contains(u"Exported"_s));
}

void tst_ExportDialog::badSettingsAreShownAndNotWritten()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    auto *from = child<QDateEdit>(dialog, u"from"_s);
    auto *to = child<QDateEdit>(dialog, u"to"_s);
    from->setDate(QDate(2018, 6, 1)); // choosing a date chooses "Dates"
    to->setDate(QDate(2017, 1, 1));
    QCOMPARE(dialog.settings().range, ExportSettings::Range::Dates);
    QVERIFY(dialog.problem().contains(u"is after the end date"_s));
    QVERIFY(!child<QPushButton>(dialog, u"export"_s)->isEnabled());
    QVERIFY(child<QLabel>(dialog, u"message"_s)->text().contains(u"1 June 2018"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"never.png"_s);
    QVERIFY(!dialog.exportTo(path));
    QVERIFY(!QFile::exists(path));

    to->setDate(QDate(2018, 12, 31));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(child<QPushButton>(dialog, u"export"_s)->isEnabled());
    QVERIFY(!dialog.exportTo(dir.filePath(u"no/folder/x.png"_s)));
    QVERIFY(child<QLabel>(dialog, u"message"_s)->text().contains(u"does not exist"_s));
}

void tst_ExportDialog::lanesAndFilter()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *lanes = child<QListWidget>(dialog, u"lanes"_s);
    QCOMPARE(lanes->count(), m_story.lanes().size());
    QVERIFY(dialog.settings().laneIds.isEmpty()); // all

    // Space toggles the current lane off.
    lanes->setFocus();
    lanes->setCurrentRow(1);
    QTest::keyClick(lanes->viewport(), Qt::Key_Space);
    QStringList expected;
    for (const Lane &lane : m_story.lanes())
        expected.append(lane.id);
    expected.removeAt(1);
    QCOMPARE(dialog.settings().laneIds, expected);

    auto *apply = child<QCheckBox>(dialog, u"applyFilter"_s);
    QVERIFY(!apply->isEnabled()); // the window filters nothing yet
    EventFilter filter;
    filter.text = u"STP"_s;
    dialog.setCurrentFilter(filter);
    QVERIFY(apply->isEnabled());
    QVERIFY(apply->isChecked());
    QVERIFY(apply->text().contains(u"STP"_s));
    QVERIFY(dialog.settings().applyFilter);
    QCOMPARE(dialog.settings().filter.text, u"STP"_s);
    QTest::mouseClick(apply, Qt::LeftButton, {}, QPoint(4, apply->height() / 2));
    QVERIFY(!dialog.settings().applyFilter);
}

void tst_ExportDialog::currentView()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *view = child<QRadioButton>(dialog, u"currentView"_s);
    QVERIFY(!view->isEnabled());
    const qint64 start = TimeScale::dayStart(QDate(2017, 6, 1));
    const qint64 end = TimeScale::dayStart(QDate(2017, 10, 1));
    dialog.setCurrentView(start, end);
    QVERIFY(view->isEnabled());
    QVERIFY(view->text().contains(u"1 Jun 2017"_s) && view->text().contains(u"30 Sept 2017"_s));
    const ExportSettings settings = dialog.settings();
    QCOMPARE(settings.range, ExportSettings::Range::CurrentView);
    QCOMPARE(settings.viewStart, start);
    QCOMPARE(settings.viewEnd, end);
    QTest::mouseClick(child<QRadioButton>(dialog, u"wholeStory"_s), Qt::LeftButton, {},
                      QPoint(4, 4));
    QCOMPARE(dialog.settings().range, ExportSettings::Range::WholeStory);
}

void tst_ExportDialog::scaleKeepsThePicture()
{
    ExportDialog dialog(&m_story);
    ExportSettings settings = dialog.settings();
    settings.pixelSize = QSize(1000, 700);
    settings.dpi = 96;
    dialog.setSettings(settings);
    auto *scale = child<QDoubleSpinBox>(dialog, u"scale"_s);
    QCOMPARE(scale->value(), 1.0);
    scale->selectAll();
    QTest::keyClicks(scale, u"2"_s);
    QCOMPARE(dialog.settings().pixelSize, QSize(2000, 1400));
    QCOMPARE(dialog.settings().dpi, 192);

    // The DPI alone changes the scale shown, not the size.
    auto *dpi = child<QSpinBox>(dialog, u"dpi"_s);
    dpi->selectAll();
    QTest::keyClicks(dpi, u"288"_s);
    QCOMPARE(scale->value(), 3.0);
    QCOMPARE(dialog.settings().pixelSize, QSize(2000, 1400));
}

void tst_ExportDialog::settingsRoundTrip()
{
    ExportDialog dialog(&m_story);
    ExportSettings s;
    s.format = ExportSettings::Format::Pdf;
    s.range = ExportSettings::Range::Dates;
    s.from = QDate(2016, 4, 1);
    s.to = QDate(2018, 3, 31);
    s.laneIds = {u"national"_s, u"blmk"_s};
    s.pageSize = ExportSettings::PageSize::A3;
    s.orientation = QPageLayout::Portrait;
    s.marginsMm = QMarginsF(20, 20, 20, 20);
    s.pagination = ExportSettings::Pagination::SplitPages;
    s.pageCount = 3;
    s.title = u"Title"_s;
    s.subtitle = u"Subtitle"_s;
    s.textScale = 1.2;
    s.legend = false;
    s.footer = false;
    s.theme = ExportSettings::Theme::HighContrast;
    dialog.setSettings(s);
    const ExportSettings back = dialog.settings();
    QCOMPARE(back.format, s.format);
    QCOMPARE(back.range, s.range);
    QCOMPARE(back.from, s.from);
    QCOMPARE(back.to, s.to);
    QCOMPARE(back.laneIds, s.laneIds);
    QCOMPARE(back.pageSize, s.pageSize);
    QCOMPARE(back.orientation, s.orientation);
    QCOMPARE(back.marginsMm, s.marginsMm);
    QCOMPARE(back.pagination, s.pagination);
    QCOMPARE(back.pageCount, s.pageCount);
    QCOMPARE(back.title, s.title);
    QCOMPARE(back.subtitle, s.subtitle);
    QCOMPARE(back.textScale, s.textScale);
    QCOMPARE(back.legend, s.legend);
    QCOMPARE(back.footer, s.footer);
    QCOMPARE(back.theme, s.theme);
    // Three pages to look through in the preview.
    dialog.refreshPreview();
    QCOMPARE(child<QSpinBox>(dialog, u"previewPage"_s)->maximum(), 3);
}

void tst_ExportDialog::copyToClipboard()
{
    ExportSettings settings =
        ExportDialog::clipboardSettings(m_story, TimeScale::dayStart(QDate(2017, 1, 1)),
                                        TimeScale::dayStart(QDate(2018, 1, 1)), EventFilter());
    QCOMPARE(settings.range, ExportSettings::Range::CurrentView);
    QCOMPARE(settings.validate(), QString());
    settings.pixelSize = QSize(600, 400); // small: the test needs no more
    settings.dpi = 96;
    ExportDialog::copyToClipboard(m_story, settings);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasImage());
    QCOMPARE(qvariant_cast<QImage>(data->imageData()).size(), QSize(600, 400));
    QVERIFY(data->data(u"image/svg+xml"_s).contains("<svg"));
}

// The Figures choice, made with the keyboard, is what the settings and the preview show; a
// catalogue without figures offers none.
void tst_ExportDialog::figuresChoiceDrawsTheChart()
{
    ExportDialog dialog(&m_story);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *figures = child<QComboBox>(dialog, u"figures"_s);
    QVERIFY(figures->isEnabled());
    QCOMPARE(dialog.settings().figures, ExportSettings::Figures::None);
    dialog.refreshPreview();
    const QImage without = dialog.previewImage();

    figures->setFocus();
    QTest::keyClick(figures, Qt::Key_Down);
    QCOMPARE(dialog.settings().figures, ExportSettings::Figures::BelowTimeline);
    dialog.refreshPreview();
    const QImage below = dialog.previewImage();
    QVERIFY(!below.isNull());
    QVERIFY(below != without);
    QTest::keyClick(figures, Qt::Key_Down);
    QCOMPARE(dialog.settings().figures, ExportSettings::Figures::Alone);
    dialog.refreshPreview();
    QVERIFY(dialog.previewImage() != below);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"figures.svg"_s);
    auto *format = child<QComboBox>(dialog, u"format"_s);
    format->setCurrentIndex(format->findData(int(ExportSettings::Format::Svg)));
    QVERIFY(dialog.exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(u">£399m / £400m / £409m<"_s));

    const Catalogue none;
    ExportDialog empty(&none);
    QVERIFY(!child<QComboBox>(empty, u"figures"_s)->isEnabled());
    QCOMPARE(empty.settings().figures, ExportSettings::Figures::None);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"

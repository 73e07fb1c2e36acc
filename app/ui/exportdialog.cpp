#include "exportdialog.h"

#include "catalogue.h"
#include "exportcomposer.h"
#include "figuresexport.h"
#include "handoutwriter.h"
#include "imageexporter.h"
#include "timelineprinter.h"
#include "timescale.h"
#include "wheelguard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPreviewDelayMs = 150; // after the last change, so typing does not redraw each key
const QString kFolderKey = u"export/folder"_s;

QString dayLabel(QDate day)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(day, u"d MMM yyyy"_s);
}

// A file name from the title: letters, digits and dashes.
QString fileNameFor(const QString &title, ExportSettings::Format format)
{
    QString base;
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            base += c.toLower();
        else if (!base.isEmpty() && !base.endsWith(u'-'))
            base += u'-';
    }
    while (base.endsWith(u'-'))
        base.chop(1);
    // At most 60 characters, cut between words.
    if (base.size() > 60) {
        const qsizetype dash = base.lastIndexOf(u'-', 60);
        base.truncate(dash > 0 ? dash : 60);
    }
    if (base.isEmpty())
        base = u"timeline"_s;
    return base + u'.' + ExportSettings::formatName(format);
}

} // namespace

ExportDialog::ExportDialog(const Catalogue *catalogue, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue)
{
    setWindowTitle(tr("Export Timeline"));
    setObjectName(u"exportDialog"_s);

    auto *settingsColumn = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settingsColumn);
    settingsLayout->setContentsMargins(0, 0, 0, 0);

    auto *formatRow = new QFormLayout;
    m_format = new QComboBox;
    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("PNG image"), int(ExportSettings::Format::Png));
    m_format->addItem(tr("SVG drawing"), int(ExportSettings::Format::Svg));
    m_format->addItem(tr("PDF document"), int(ExportSettings::Format::Pdf));
    formatRow->addRow(tr("&Format:"), m_format);
    m_handout = new QCheckBox(tr("&Handout for a committee pack"));
    m_handout->setObjectName(u"handout"_s);
    m_handout->setToolTip(tr("A cover with the timeline, then every event in date order with "
                             "its excerpts and their full citations"));
    formatRow->addRow(QString(), m_handout);
    settingsLayout->addLayout(formatRow);

    settingsLayout->addWidget(createWhatGroup());
    settingsLayout->addWidget(createSizeGroup());
    settingsLayout->addWidget(createPageGroup());
    settingsLayout->addWidget(createTextGroup());
    settingsLayout->addStretch(1);

    WheelGuard::protect(settingsColumn);
    auto *scroll = new QScrollArea;
    scroll->setWidget(settingsColumn);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::min(settingsColumn->sizeHint().width() + 24, 420));
    scroll->setMaximumWidth(460);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 0);
    columns->addWidget(createPreview(), 1);

    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_copyButton = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copy"_s);
    m_copyButton->setToolTip(tr("Copy the picture (Ctrl+Shift+C)"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"print"_s);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"export"_s);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this, qOverload<>(&ExportDialog::copyToClipboard));
    connect(m_printButton, &QPushButton::clicked, this, &ExportDialog::print);
    // Export… asks for a file and keeps the dialog open, to export again or copy.
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportWithFileDialog);
    auto *copyShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copyShortcut, &QShortcut::activated, this, qOverload<>(&ExportDialog::copyToClipboard));
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ExportDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);

    // Defaults: the whole story, titled as the catalogue, A4 landscape at 300 DPI.
    ExportSettings defaults;
    if (m_catalogue) {
        defaults.title = m_catalogue->title();
        defaults.from = m_catalogue->firstDay();
        defaults.to = m_catalogue->lastDay();
    }
    setSettings(defaults);
    connectChanges();
    resize(1100, 720);
    refreshPreview();
}

ExportDialog::~ExportDialog() = default;

QWidget *ExportDialog::createWhatGroup()
{
    auto *group = new QGroupBox(tr("What to draw"));
    auto *layout = new QVBoxLayout(group);

    m_range = new QButtonGroup(group);
    m_wholeStory = new QRadioButton(tr("The &whole story"));
    m_wholeStory->setObjectName(u"wholeStory"_s);
    m_currentView = new QRadioButton(tr("The current &view"));
    m_currentView->setObjectName(u"currentView"_s);
    m_currentView->setEnabled(false);
    m_dates = new QRadioButton(tr("&Dates:"));
    m_dates->setObjectName(u"dates"_s);
    m_range->addButton(m_wholeStory, int(ExportSettings::Range::WholeStory));
    m_range->addButton(m_currentView, int(ExportSettings::Range::CurrentView));
    m_range->addButton(m_dates, int(ExportSettings::Range::Dates));

    m_from = new QDateEdit;
    m_from->setObjectName(u"from"_s);
    m_to = new QDateEdit;
    m_to->setObjectName(u"to"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"d MMM yyyy"_s);
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(1000, 1, 1), QDate(9999, 12, 31));
    }
    auto *datesRow = new QHBoxLayout;
    datesRow->addWidget(m_dates);
    datesRow->addWidget(m_from);
    datesRow->addWidget(new QLabel(tr("to")));
    datesRow->addWidget(m_to);
    datesRow->addStretch(1);

    layout->addWidget(m_wholeStory);
    layout->addWidget(m_currentView);
    layout->addLayout(datesRow);

    layout->addWidget(new QLabel(tr("Lanes:")));
    m_lanes = new QListWidget;
    m_lanes->setObjectName(u"lanes"_s);
    if (m_catalogue) {
        for (const Lane &lane : m_catalogue->lanes()) {
            auto *item = new QListWidgetItem(lane.name.isEmpty() ? lane.id : lane.name, m_lanes);
            item->setData(Qt::UserRole, lane.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Checked);
            item->setToolTip(lane.description);
        }
    }
    m_lanes->setMaximumHeight(std::max(60, m_lanes->sizeHintForRow(0) * 5 + 8));
    layout->addWidget(m_lanes);

    m_applyFilter = new QCheckBox(tr("Apply the window's &filter"));
    m_applyFilter->setObjectName(u"applyFilter"_s);
    m_applyFilter->setEnabled(false);
    layout->addWidget(m_applyFilter);

    // The amounts the sources give, on the same axis: under the timeline, or the chart alone.
    m_figures = new QComboBox;
    m_figures->setObjectName(u"figures"_s);
    m_figures->addItem(tr("Not drawn"), int(ExportSettings::Figures::None));
    m_figures->addItem(tr("Chart under the timeline"), int(ExportSettings::Figures::BelowTimeline));
    m_figures->addItem(tr("Chart alone"), int(ExportSettings::Figures::Alone));
    const bool anyFigures = m_catalogue && !m_catalogue->figures().isEmpty();
    m_figures->setEnabled(anyFigures);
    m_figures->setToolTip(anyFigures ? tr("The Figures chart, each amount labelled")
                                     : tr("This catalogue has no figures"));
    auto *figuresRow = new QFormLayout;
    figuresRow->setContentsMargins(0, 0, 0, 0);
    figuresRow->addRow(tr("F&igures:"), m_figures);
    layout->addLayout(figuresRow);
    return group;
}

QWidget *ExportDialog::createSizeGroup()
{
    m_sizeGroup = new QGroupBox(tr("Image size"));
    m_sizeGroup->setObjectName(u"sizeGroup"_s);
    auto *form = new QFormLayout(m_sizeGroup);
    m_width = new QSpinBox;
    m_width->setObjectName(u"width"_s);
    m_height = new QSpinBox;
    m_height->setObjectName(u"height"_s);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(ExportSettings::kMinPixels, ExportSettings::kMaxPixels);
        spin->setSuffix(tr(" px"));
        spin->setAccelerated(true);
    }
    m_dpi = new QSpinBox;
    m_dpi->setObjectName(u"dpi"_s);
    m_dpi->setRange(ExportSettings::kMinDpi, ExportSettings::kMaxDpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_scale = new QDoubleSpinBox;
    m_scale->setObjectName(u"scale"_s);
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(tr("\u00D7"));
    m_scale->setToolTip(tr("The same picture in more pixels: changes the size and the DPI "
                           "together"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("H&eight:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("&Scale:"), m_scale);
    return m_sizeGroup;
}

QWidget *ExportDialog::createPageGroup()
{
    m_pageGroup = new QGroupBox(tr("Page"));
    m_pageGroup->setObjectName(u"pageGroup"_s);
    auto *form = new QFormLayout(m_pageGroup);
    m_pageSize = new QComboBox;
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->addItem(u"A4"_s, int(ExportSettings::PageSize::A4));
    m_pageSize->addItem(u"A3"_s, int(ExportSettings::PageSize::A3));
    m_orientation = new QComboBox;
    m_orientation->setObjectName(u"orientation"_s);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_margins = new QDoubleSpinBox;
    m_margins->setObjectName(u"margins"_s);
    m_margins->setRange(0, 50);
    m_margins->setDecimals(0);
    m_margins->setSuffix(tr(" mm"));
    m_pagination = new QComboBox;
    m_pagination->setObjectName(u"pagination"_s);
    m_pagination->addItem(tr("Fit on one page"), int(ExportSettings::Pagination::FitPage));
    m_pagination->addItem(tr("Continue over pages"), int(ExportSettings::Pagination::SplitPages));
    m_pageCount = new QSpinBox;
    m_pageCount->setObjectName(u"pageCount"_s);
    m_pageCount->setRange(0, ExportSettings::kMaxPages);
    m_pageCount->setSpecialValueText(tr("As many as the span needs"));
    m_pageCount->setSuffix(tr(" pages"));
    form->addRow(tr("Pa&per:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Margins:"), m_margins);
    form->addRow(tr("&Long spans:"), m_pagination);
    form->addRow(QString(), m_pageCount);
    return m_pageGroup;
}

QWidget *ExportDialog::createTextGroup()
{
    auto *group = new QGroupBox(tr("Look"));
    auto *form = new QFormLayout(group);
    m_title = new QLineEdit;
    m_title->setObjectName(u"title"_s);
    m_subtitle = new QLineEdit;
    m_subtitle->setObjectName(u"subtitle"_s);
    m_subtitle->setPlaceholderText(tr("For example: Report to the Health Scrutiny Committee"));
    m_textSize = new QComboBox;
    m_textSize->setObjectName(u"textSize"_s);
    m_textSize->addItem(tr("Automatic"), 0.0);
    for (int percent : {60, 70, 80, 90, 100, 120, 150, 200})
        m_textSize->addItem(tr("%1%").arg(percent), percent / 100.0);
    m_theme = new QComboBox;
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("Print"), int(ExportSettings::Theme::Print));
    m_theme->addItem(tr("Screen"), int(ExportSettings::Theme::Screen));
    m_theme->addItem(tr("High contrast"), int(ExportSettings::Theme::HighContrast));
    m_legend = new QCheckBox(tr("Le&gend of lanes and date styles"));
    m_legend->setObjectName(u"legend"_s);
    m_footer = new QCheckBox(tr("Footer with the sources &cited and the date"));
    m_footer->setObjectName(u"footer"_s);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Te&xt size:"), m_textSize);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_footer);
    return group;
}

QWidget *ExportDialog::createPreview()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preview = new QLabel;
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(420, 300);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setBackgroundRole(QPalette::Dark);
    m_preview->setAutoFillBackground(true);
    m_preview->setAccessibleName(tr("Preview"));
    layout->addWidget(m_preview, 1);
    m_previewPage = new QSpinBox;
    m_previewPage->setObjectName(u"previewPage"_s);
    m_previewPage->setPrefix(tr("Page "));
    m_previewPage->setRange(1, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_previewPage);
    layout->addLayout(row);
    return box;
}

void ExportDialog::connectChanges()
{
    auto changed = [this] { onChanged(); };
    for (QComboBox *combo :
         {m_format, m_pageSize, m_orientation, m_pagination, m_textSize, m_theme, m_figures})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_handout, m_applyFilter, m_legend, m_footer})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_range, &QButtonGroup::idToggled, this, changed);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                m_dates->setChecked(true);
            onChanged();
        });
    }
    connect(m_lanes, &QListWidget::itemChanged, this, changed);
    for (QSpinBox *spin : {m_width, m_height, m_dpi}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            updateScale();
            onChanged();
        });
    }
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::onScaleChanged);
    connect(m_pageCount, &QSpinBox::valueChanged, this, changed);
    connect(m_margins, &QDoubleSpinBox::valueChanged, this, changed);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_previewPage, &QSpinBox::valueChanged, this, changed);
}

void ExportDialog::setCurrentView(qint64 start, qint64 end)
{
    m_viewStart = start;
    m_viewEnd = end;
    const bool valid = end > start;
    m_currentView->setEnabled(valid);
    if (valid) {
        m_currentView->setText(
            tr("The current &view (%1 – %2)")
                .arg(dayLabel(TimeScale::dayOf(start)), dayLabel(TimeScale::dayOf(end - 1))));
        m_currentView->setChecked(true);
    } else if (m_currentView->isChecked()) {
        m_wholeStory->setChecked(true);
    }
    onChanged();
}

void ExportDialog::setCurrentFilter(const EventFilter &filter)
{
    m_filter = filter;
    const bool any = !filter.isEmpty();
    m_applyFilter->setEnabled(any);
    m_applyFilter->setChecked(any);
    m_applyFilter->setText(any ? tr("Apply the window's &filter (%1)").arg(filterSummary())
                               : tr("Apply the window's &filter"));
    onChanged();
}

QString ExportDialog::filterSummary() const
{
    QStringList parts;
    if (!m_filter.text.isEmpty())
        parts.append(u"\u201C"_s + m_filter.text + u"\u201D"_s);
    if (!m_filter.laneIds.isEmpty())
        parts.append(m_filter.laneIds.size() == 1 ? tr("1 lane")
                                                  : tr("%1 lanes").arg(m_filter.laneIds.size()));
    if (!m_filter.tagIds.isEmpty())
        parts.append(m_filter.tagIds.size() == 1 ? tr("1 tag")
                                                 : tr("%1 tags").arg(m_filter.tagIds.size()));
    if (!m_filter.actorIds.isEmpty())
        parts.append(m_filter.actorIds.size() == 1 ? tr("1 actor")
                                                   : tr("%1 actors").arg(m_filter.actorIds.size()));
    if (m_filter.from.isValid() || m_filter.to.isValid())
        parts.append(tr("dates"));
    return parts.join(u", "_s);
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ExportSettings::Format(m_format->currentData().toInt());
    s.handout = s.format == ExportSettings::Format::Pdf && m_handout->isChecked();
    s.range = ExportSettings::Range(std::max(0, m_range->checkedId()));
    s.from = m_from->date();
    s.to = m_to->date();
    s.viewStart = m_viewStart;
    s.viewEnd = m_viewEnd;
    bool all = true;
    for (int i = 0; i < m_lanes->count(); ++i) {
        const QListWidgetItem *item = m_lanes->item(i);
        if (item->checkState() == Qt::Checked)
            s.laneIds.append(item->data(Qt::UserRole).toString());
        else
            all = false;
    }
    if (all)
        s.laneIds.clear();
    else if (s.laneIds.isEmpty())
        s.laneIds.append(QString()); // none chosen: a lane that matches nothing
    s.applyFilter = m_applyFilter->isEnabled() && m_applyFilter->isChecked();
    s.filter = m_filter;
    s.pixelSize = QSize(m_width->value(), m_height->value());
    s.dpi = m_dpi->value();
    s.pageSize = ExportSettings::PageSize(m_pageSize->currentData().toInt());
    s.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    const qreal margin = m_margins->value();
    s.marginsMm = QMarginsF(margin, margin, margin, margin);
    s.pagination = ExportSettings::Pagination(m_pagination->currentData().toInt());
    s.pageCount = m_pageCount->value();
    s.title = m_title->text();
    s.subtitle = m_subtitle->text();
    s.textScale = m_textSize->currentData().toDouble();
    s.legend = m_legend->isChecked();
    s.footer = m_footer->isChecked();
    s.theme = ExportSettings::Theme(m_theme->currentData().toInt());
    if (m_figures->isEnabled())
        s.figures = ExportSettings::Figures(m_figures->currentData().toInt());
    return s;
}

void ExportDialog::setSettings(const ExportSettings &s)
{
    m_updating = true;
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_handout->setChecked(s.handout);
    if (QAbstractButton *button = m_range->button(int(s.range)); button && button->isEnabled())
        button->setChecked(true);
    else
        m_wholeStory->setChecked(true);
    if (s.from.isValid())
        m_from->setDate(s.from);
    if (s.to.isValid())
        m_to->setDate(s.to);
    if (s.range == ExportSettings::Range::CurrentView && s.viewEnd > s.viewStart)
        setCurrentView(s.viewStart, s.viewEnd);
    for (int i = 0; i < m_lanes->count(); ++i) {
        QListWidgetItem *item = m_lanes->item(i);
        const bool on =
            s.laneIds.isEmpty() || s.laneIds.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (m_applyFilter->isEnabled())
        m_applyFilter->setChecked(s.applyFilter);
    m_width->setValue(s.pixelSize.width());
    m_height->setValue(s.pixelSize.height());
    m_dpi->setValue(s.dpi);
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(s.pageSize)));
    m_orientation->setCurrentIndex(m_orientation->findData(int(s.orientation)));
    m_margins->setValue(s.marginsMm.left());
    m_pagination->setCurrentIndex(m_pagination->findData(int(s.pagination)));
    m_pageCount->setValue(s.pageCount);
    m_title->setText(s.title);
    m_subtitle->setText(s.subtitle);
    int textSize = m_textSize->findData(s.textScale);
    if (textSize < 0) {
        m_textSize->addItem(tr("%1%").arg(qRound(s.textScale * 100)), s.textScale);
        textSize = m_textSize->count() - 1;
    }
    m_textSize->setCurrentIndex(textSize);
    m_legend->setChecked(s.legend);
    m_footer->setChecked(s.footer);
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme)));
    m_figures->setCurrentIndex(m_figures->findData(int(s.figures)));
    m_updating = false;
    updateScale();
    onChanged();
}

QString ExportDialog::problem() const
{
    return settings().validate();
}

bool ExportDialog::isPreviewPending() const
{
    return m_previewTimer->isActive();
}

void ExportDialog::onChanged()
{
    if (m_updating)
        return;
    updateVisibility();
    const QString error = problem();
    m_exportButton->setEnabled(error.isEmpty() && m_catalogue);
    m_copyButton->setEnabled(error.isEmpty() && m_catalogue);
    m_printButton->setEnabled(error.isEmpty() && m_catalogue);
    showMessage(error.isEmpty() ? QString() : tr("Cannot export: %1.").arg(error), true);
    m_previewTimer->start();
}

void ExportDialog::updateVisibility()
{
    const auto format = ExportSettings::Format(m_format->currentData().toInt());
    const bool pdf = format == ExportSettings::Format::Pdf;
    m_sizeGroup->setVisible(!pdf);
    m_pageGroup->setVisible(pdf);
    m_handout->setVisible(pdf);
    m_from->setEnabled(m_dates->isChecked());
    m_to->setEnabled(m_dates->isChecked());
    const bool split = ExportSettings::Pagination(m_pagination->currentData().toInt()) ==
                       ExportSettings::Pagination::SplitPages;
    m_pagination->setEnabled(!m_handout->isChecked());
    m_pageCount->setVisible(split && !m_handout->isChecked());
    m_dpi->setToolTip(format == ExportSettings::Format::Svg
                          ? tr("An SVG is drawn at the width and height divided by DPI / 96")
                          : QString());
}

void ExportDialog::updateScale()
{
    const QSignalBlocker blocker(m_scale);
    m_scale->setValue(m_dpi->value() / 96.0);
}

void ExportDialog::onScaleChanged(double scale)
{
    // The same picture (the same layout) at another density: the size follows the DPI.
    const qreal factor = scale * 96.0 / m_dpi->value();
    const QSignalBlocker width(m_width);
    const QSignalBlocker height(m_height);
    const QSignalBlocker dpi(m_dpi);
    m_width->setValue(int(std::lround(m_width->value() * factor)));
    m_height->setValue(int(std::lround(m_height->value() * factor)));
    m_dpi->setValue(int(std::lround(96.0 * scale)));
    onChanged();
}

void ExportDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xB0, 0x00, 0x20)
                                                 : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void ExportDialog::refreshPreview()
{
    m_previewTimer->stop();
    const ExportSettings s = settings();
    const FiguresExport figures;
    if (!m_catalogue || !s.validate().isEmpty()) {
        m_previewImage = QImage();
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No preview"));
        return;
    }
    int pages = 1;
    if (s.handout)
        pages = HandoutWriter::pageCount(*m_catalogue, s);
    else if (s.format == ExportSettings::Format::Pdf)
        pages = ExportComposer(*m_catalogue, s, &figures).sheetCount();
    {
        const QSignalBlocker blocker(m_previewPage);
        m_previewPage->setRange(1, pages);
        m_previewPage->setSuffix(tr(" of %1").arg(pages));
    }
    m_previewPage->setVisible(pages > 1);

    const qreal ratio = devicePixelRatioF();
    const QSize room = (m_preview->contentsRect().size() - QSize(16, 16)).expandedTo(QSize(64, 64));
    m_previewImage =
        ImageExporter::preview(*m_catalogue, s, room * ratio, m_previewPage->value() - 1, &figures);
    QPixmap pixmap = QPixmap::fromImage(m_previewImage);
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

bool ExportDialog::exportTo(const QString &path)
{
    if (!m_catalogue)
        return false;
    const FiguresExport figures;
    const QString error = ImageExporter::write(*m_catalogue, settings(), path, &figures);
    if (!error.isEmpty()) {
        showMessage(tr("Not exported: %1.").arg(error), true);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    emit exported(path);
    return true;
}

void ExportDialog::exportWithFileDialog()
{
    const ExportSettings s = settings();
    if (!s.validate().isEmpty() || !m_catalogue)
        return;
    const QString folder =
        QSettings()
            .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString filter = s.format == ExportSettings::Format::Png   ? tr("PNG images (*.png)")
                           : s.format == ExportSettings::Format::Svg ? tr("SVG drawings (*.svg)")
                                                                     : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Timeline"), QDir(folder).filePath(fileNameFor(s.title, s.format)), filter);
    if (path.isEmpty())
        return;
    const QString suffix = u'.' + ExportSettings::formatName(s.format);
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path);
}

void ExportDialog::copyToClipboard()
{
    if (!m_catalogue || !problem().isEmpty())
        return;
    copyToClipboard(*m_catalogue, settings());
    showMessage(tr("Copied the picture to the clipboard."), false);
}

void ExportDialog::print()
{
    if (!m_catalogue || !problem().isEmpty())
        return;
    TimelinePrinter::preview(*m_catalogue, settings(), this);
}

ExportSettings ExportDialog::clipboardSettings(const Catalogue &catalogue, qint64 viewStart,
                                               qint64 viewEnd, const EventFilter &filter)
{
    ExportSettings s;
    s.title = catalogue.title();
    if (viewEnd > viewStart) {
        s.range = ExportSettings::Range::CurrentView;
        s.viewStart = viewStart;
        s.viewEnd = viewEnd;
    }
    s.applyFilter = !filter.isEmpty();
    s.filter = filter;
    s.dpi = 200;
    s.pixelSize = QSize(int(std::lround(297 / 25.4 * s.dpi)), int(std::lround(210 / 25.4 * s.dpi)));
    return s;
}

void ExportDialog::copyToClipboard(const Catalogue &catalogue, const ExportSettings &settings)
{
    const FiguresExport figures;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(ImageExporter::toMimeData(catalogue, settings, &figures));
}

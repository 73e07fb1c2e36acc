#include "importdialog.h"

#include <QApplication>
#include <QGuiApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Start:
        return ImportDialog::tr("&Date or start:");
    case ImportField::End:
        return ImportDialog::tr("&End:");
    case ImportField::Title:
        return ImportDialog::tr("&Title:");
    case ImportField::Summary:
        return ImportDialog::tr("S&ummary:");
    case ImportField::Lane:
        return ImportDialog::tr("&Lane:");
    case ImportField::Actors:
        return ImportDialog::tr("&Actors:");
    case ImportField::Tags:
        return ImportDialog::tr("Ta&gs:");
    case ImportField::Source:
        return ImportDialog::tr("S&ource:");
    case ImportField::Quote:
        return ImportDialog::tr("&Quote:");
    case ImportField::Url:
        return ImportDialog::tr("Lin&k:");
    case ImportField::Id:
        return ImportDialog::tr("Id:");
    }
    return {};
}

// "A", "B", … "Z", "AA": the column letters a spreadsheet shows.
QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString columnName(const QStringList &header, int column)
{
    const QString name = header.value(column).simplified();
    if (name.isEmpty())
        return ImportDialog::tr("Column %1").arg(columnLetters(column));
    return ImportDialog::tr("%1 (column %2)").arg(name, columnLetters(column));
}

// "3 August 2017 (day)"; a longer period also says the days it covers, so that "Q3 2019/20"
// read as the calendar quarter "Q4 2019" is seen to be October to December.
QString readText(const EventDate &date)
{
    if (date.dayCount() <= 1 || !date.first().isValid())
        return ImportDialog::tr("%1 (%2)").arg(date.label(), date.precisionName());
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    return ImportDialog::tr("%1 (%2: %3 \u2013 %4)")
        .arg(date.label(), date.precisionName(), british.toString(date.first(), u"d MMM yyyy"_s),
             british.toString(date.last(), u"d MMM yyyy"_s));
}

} // namespace

ImportDialog::ImportDialog(const Workbook &workbook, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_workbook(workbook), m_fileName(fileName)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    setObjectName(u"importDialog"_s);

    auto *intro = new QLabel(
        tr("Choose what the columns of \u201C%1\u201D hold. Each row below the header becomes "
           "an event; rows that cannot be read are marked and left out.")
            .arg(QFileInfo(fileName).fileName()),
        this);
    intro->setWordWrap(true);

    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(u"importSheet"_s);
    for (const Sheet &each : std::as_const(m_workbook.sheets))
        m_sheet->addItem(each.name);
    m_sheet->setEnabled(m_workbook.sheets.size() > 1);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(u"importHeaderRow"_s);
    m_headerRow->setMinimum(1);
    auto *where = new QHBoxLayout;
    auto *sheetLabel = new QLabel(tr("S&heet:"), this);
    sheetLabel->setBuddy(m_sheet);
    auto *headerLabel = new QLabel(tr("Header &row:"), this);
    headerLabel->setBuddy(m_headerRow);
    where->addWidget(sheetLabel);
    where->addWidget(m_sheet, 1);
    where->addSpacing(12);
    where->addWidget(headerLabel);
    where->addWidget(m_headerRow);

    auto *columns = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(columns);
    const QList<ImportField> fields = allImportFields();
    for (int i = 0; i < fields.size(); ++i) {
        auto *box = new QComboBox(columns);
        box->setObjectName(u"importField-"_s + importFieldKey(fields[i]));
        auto *label = new QLabel(fieldLabel(fields[i]), columns);
        label->setBuddy(box);
        const int half = (fields.size() + 1) / 2;
        const int row = i % half;
        const int col = (i / half) * 2;
        grid->addWidget(label, row, col);
        grid->addWidget(box, row, col + 1);
        grid->setColumnStretch(col + 1, 1);
        m_fields.insert(fields[i], box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::fieldChanged);
    }
    m_templateNote = new QLabel(
        tr("This is a TimelineJS spreadsheet: its columns are read as TimelineJS names them "
           "(Year, Month, Day, \u2026, Headline, Text, Group)."),
        columns);
    m_templateNote->setWordWrap(true);
    grid->addWidget(m_templateNote, (fields.size() + 1) / 2, 0, 1, 4);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(where);
    layout->addWidget(columns);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::sheetChanged);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) {
        if (m_filling)
            return;
        m_mapping = ColumnMapping::guess(sheet().rows.value(row - 1));
        m_mapping.setHeaderRow(row - 1);
        fillFieldBoxes();
        update();
    });
    sheetChanged();
    // Roomy where there is room; within the screen on a small one (800x600), where the
    // preview gives up height first.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 900, 640);
    resize(std::min(900, available.width() * 95 / 100),
           std::min(640, available.height() * 9 / 10));
}

QPushButton *ImportDialog::importButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

int ImportDialog::sheetIndex() const
{
    return std::max(0, m_sheet->currentIndex());
}

const Sheet &ImportDialog::sheet() const
{
    static const Sheet none;
    if (m_workbook.sheets.isEmpty())
        return none;
    return m_workbook.sheets.at(sheetIndex());
}

QStringList ImportDialog::header() const
{
    return sheet().rows.value(m_mapping.headerRow());
}

void ImportDialog::sheetChanged()
{
    m_mapping = ColumnMapping::guess(sheet().rows.value(0));
    m_filling = true;
    m_headerRow->setMaximum(std::max<qsizetype>(1, sheet().rows.size()));
    m_headerRow->setValue(1);
    m_filling = false;
    fillFieldBoxes();
    update();
}

void ImportDialog::fillFieldBoxes()
{
    m_filling = true;
    const QStringList names = header();
    int width = 0;
    for (const QStringList &row : sheet().rows)
        width = std::max<int>(width, row.size());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int column = 0; column < width; ++column)
            box->addItem(columnName(names, column), column);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.column(it.key()))));
    }
    m_filling = false;
}

void ImportDialog::fieldChanged()
{
    if (m_filling)
        return;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_mapping.setColumn(it.key(), it.value()->currentData().toInt());
    update();
}

void ImportDialog::setEntry(const ImportMappingStore::Entry &entry)
{
    if (!entry.isValid())
        return;
    const int sheet = m_sheet->findText(entry.sheet);
    if (sheet >= 0 && sheet != m_sheet->currentIndex())
        m_sheet->setCurrentIndex(sheet); // guesses for that sheet first
    const QStringList names = this->sheet().rows.value(entry.headerRow);
    QString error;
    std::optional<ColumnMapping> remembered = ColumnMapping::fromSpec(entry.spec, names, &error);
    if (!remembered)
        return;
    remembered->setHeaderRow(entry.headerRow);
    m_mapping = *remembered;
    m_filling = true;
    m_headerRow->setValue(entry.headerRow + 1);
    m_filling = false;
    fillFieldBoxes();
    update();
}

ImportMappingStore::Entry ImportDialog::entry() const
{
    return {sheet().name, m_mapping.headerRow(), m_mapping.toSpec(header()), header()};
}

void ImportDialog::update()
{
    const bool timelineJs = SheetImporter::isTimelineJsTemplate(header());
    m_templateNote->setVisible(timelineJs);
    for (QComboBox *box : std::as_const(m_fields))
        box->setEnabled(!timelineJs);

    QString why;
    const bool usable = timelineJs || m_mapping.isUsable(&why);
    m_result = usable ? SheetImporter::import(sheet(), m_mapping, m_fileName) : SheetImportResult{};
    fillPreview();

    const qsizetype imported = m_result.catalogue.events().size();
    QStringList unread;
    for (const SheetImportRow &row : std::as_const(m_result.rows)) {
        if (!row.imported && !row.problems.isEmpty())
            unread.append(tr("row %1").arg(row.row));
    }
    QString text;
    if (!usable) {
        text = tr("Choose the columns that hold each event's date and title: %1").arg(why);
    } else {
        text = imported == 1 ? tr("1 row will become an event.")
                             : tr("%1 rows will become events.").arg(imported);
        if (!unread.isEmpty()) {
            const qsizetype shown = std::min<qsizetype>(unread.size(), 8);
            const QString rows = QStringList(unread.mid(0, shown)).join(u", "_s) +
                                 (unread.size() > shown ? u", \u2026"_s : QString());
            text += u' ' + (unread.size() == 1
                                ? tr("1 row cannot be read and will be left out: %1.").arg(rows)
                                : tr("%1 rows cannot be read and will be left out: %2.")
                                      .arg(unread.size())
                                      .arg(rows));
        }
    }
    if (!m_workbook.problems.isEmpty()) {
        const Problem &first = m_workbook.problems.constFirst();
        text += u' ' + (m_workbook.problems.size() == 1
                            ? tr("The file also has a problem: %1").arg(first.toString())
                            : tr("The file also has %1 problems, the first: %2")
                                  .arg(m_workbook.problems.size())
                                  .arg(first.toString()));
    }
    m_summary->setText(text);
    importButton()->setText(imported == 1 ? tr("&Import 1 Event")
                                          : tr("&Import %1 Events").arg(imported));
    importButton()->setEnabled(usable && imported > 0);
}

void ImportDialog::fillPreview()
{
    const QStringList names = header();
    int width = 0;
    for (const QStringList &row : sheet().rows)
        width = std::max<int>(width, row.size());
    QStringList labels{tr("Row"), tr("Read as")};
    for (int column = 0; column < width; ++column)
        labels.append(columnName(names, column));

    QHash<int, const SheetImportRow *> byRow;
    for (const SheetImportRow &row : std::as_const(m_result.rows))
        byRow.insert(row.row, &row);

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const int first = m_mapping.headerRow() + 1;
    const int count = std::clamp<int>(int(sheet().rows.size()) - first, 0, previewRows);
    m_preview->clear();
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(count);
    for (int r = 0; r < count; ++r) {
        const int sheetRow = first + r + 1; // 1-based, as the spreadsheet numbers it
        const QStringList &cells = sheet().rows.at(first + r);
        m_preview->setItem(r, 0, new QTableWidgetItem(QString::number(sheetRow)));
        const SheetImportRow *read = byRow.value(sheetRow);
        QString readAs;
        if (read && read->imported)
            readAs = read->start.isValid() ? readText(read->start) : tr("imported");
        else if (read && !read->problems.isEmpty())
            readAs = tr("not imported: %1").arg(read->problems.constFirst().message);
        else
            readAs = tr("empty: skipped");
        auto *readItem = new QTableWidgetItem(readAs);
        readItem->setToolTip(readAs);
        if (read && !read->imported && !read->problems.isEmpty())
            readItem->setIcon(warning);
        m_preview->setItem(r, 1, readItem);
        for (int column = 0; column < width; ++column) {
            auto *item = new QTableWidgetItem(cells.value(column));
            item->setToolTip(cells.value(column));
            m_preview->setItem(r, column + 2, item);
        }
        if (!read)
            continue;
        for (const Problem &problem : read->problems) {
            QTableWidgetItem *item = problem.column > 0 ? m_preview->item(r, problem.column + 1)
                                                        : readItem;
            if (!item)
                continue;
            item->setIcon(warning);
            item->setToolTip(problem.message);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 280));
}

#pragma once

#include "columnmapping.h"
#include "importfield.h"
#include "importmappingstore.h"
#include "sheetimport.h"
#include "workbook.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;

// Maps a spreadsheet's columns to event fields before importing it: the sheet, the header
// row and a column for each field (guessed from the header names, or as remembered for the
// file), with a preview of the first rows: how each row's date was read and at what
// precision, and each cell that cannot be read marked with what is wrong. The import is run
// again on every change, so what the preview and the summary say is what Import does.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const Workbook &workbook, const QString &fileName, QWidget *parent = nullptr);

    // Selects the remembered sheet, header row and mapping; a mapping that no longer fits
    // the file (a column gone) leaves the guess in place.
    void setEntry(const ImportMappingStore::Entry &entry);
    ImportMappingStore::Entry entry() const;

    int sheetIndex() const;
    ColumnMapping mapping() const { return m_mapping; }
    const SheetImportResult &result() const { return m_result; }

    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerRowBox() const { return m_headerRow; }
    QComboBox *fieldBox(ImportField field) const { return m_fields.value(field); }
    QTableWidget *preview() const { return m_preview; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const;

    // Rows shown in the preview (the summary counts them all).
    static constexpr int previewRows = 200;

private:
    const Sheet &sheet() const;
    QStringList header() const;
    void sheetChanged();
    void fillFieldBoxes();
    void fieldChanged();
    void update();
    void fillPreview();

    Workbook m_workbook;
    QString m_fileName;
    ColumnMapping m_mapping;
    SheetImportResult m_result;
    bool m_filling = false;

    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QHash<ImportField, QComboBox *> m_fields;
    QLabel *m_templateNote = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

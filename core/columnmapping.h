#pragma once

#include "importfield.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Which column of a sheet holds which field of an event, and which row is the header. Made by
// the user (a --map spec, the import dialog) or guessed from the header's names. Columns are
// 0-based here and 1-based in specs and messages.
class ColumnMapping
{
public:
    ColumnMapping();

    int column(ImportField field) const;           // -1 when not mapped
    void setColumn(ImportField field, int column); // -1 unmaps
    // The field a column holds, if any.
    std::optional<ImportField> field(int column) const;
    int headerRow() const { return m_headerRow; } // 0-based index of the header row
    void setHeaderRow(int row) { m_headerRow = row; }
    // Columns that only restate a mapped one (our own listing's start, end, precision,
    // approximate and status restate its label): not kept in the summary.
    bool isIgnored(int column) const { return m_ignored.contains(column); }
    void setIgnored(int column, bool ignored);
    QList<int> ignoredColumns() const { return m_ignored; }

    bool isUsable(QString *why = nullptr) const; // start and title mapped

    // From header names, case-, space-, "_"- and "-"-insensitive; the first column with a
    // field's name takes it (see core/README.md for the names). Our own CSV listing
    // (--list-events --format csv) is recognised by its id, label and precision columns: its
    // label is the start (it holds the whole date) and the columns it restates are ignored.
    static ColumnMapping guess(const QStringList &header);
    // "start=Date,title=Event,summary=Notes,lane=Lane": header names (case-insensitive) or
    // 1-based column numbers; "ignore=Column" may be repeated. An unknown field or column, a
    // field given twice or a column given to two fields → std::nullopt and *error says which.
    static std::optional<ColumnMapping> fromSpec(QStringView spec, const QStringList &header,
                                                 QString *error);
    // Header names where they name one column, else numbers: fromSpec(toSpec(h), h) == *this.
    QString toSpec(const QStringList &header) const;

    // A header name as guess() compares it: lower case, without spaces, "_" and "-".
    static QString headerKey(QStringView name);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QList<int> m_columns; // by ImportField
    QList<int> m_ignored; // sorted
    int m_headerRow = 0;
};

#include "sheetgrid.h"

bool SheetGrid::set(int row, int column, const QString &text)
{
    if (text.isEmpty())
        return !m_full;
    if (m_full || row < 0 || column < 0 || row >= kMaxRows || column >= kMaxColumns) {
        m_full = true;
        return false;
    }
    const qsizetype newRows = qMax<qsizetype>(0, row + 1 - m_rows.size());
    const qsizetype width = row < m_rows.size() ? m_rows[row].size() : 0;
    const qsizetype newCells = newRows + qMax<qsizetype>(0, column + 1 - width);
    if (m_cells + newCells > m_maxCells) {
        m_full = true;
        return false;
    }
    m_cells += newCells;
    if (newRows > 0)
        m_rows.resize(row + 1);
    QStringList &cells = m_rows[row];
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = text;
    return true;
}

void SheetGrid::merge(int row, int column, int rows, int columns)
{
    if (row >= 0 && column >= 0 && rows > 0 && columns > 0 && m_merges.size() < kMaxCells)
        m_merges.append({row, column, rows, columns});
}

Sheet SheetGrid::take(const QString &name)
{
    // A range fills only the rows and columns the sheet has: a merge of a whole column must
    // not make a million rows.
    qsizetype width = 0;
    for (const QStringList &cells : std::as_const(m_rows))
        width = qMax(width, cells.size());
    for (const Range &range : std::as_const(m_merges)) {
        if (range.row >= m_rows.size() || range.column >= m_rows[range.row].size())
            continue;
        const QString text = m_rows[range.row][range.column];
        if (text.isEmpty())
            continue;
        const qsizetype lastRow = qMin<qsizetype>(qsizetype(range.row) + range.rows, m_rows.size());
        const qsizetype lastColumn =
            qMin<qsizetype>(qsizetype(range.column) + range.columns, width);
        for (qsizetype r = range.row; r < lastRow && !m_full; ++r) {
            for (qsizetype c = range.column; c < lastColumn; ++c) {
                if (c < m_rows[r].size() && !m_rows[r][c].isEmpty())
                    continue;
                if (!set(int(r), int(c), text))
                    break;
            }
        }
    }
    Sheet sheet;
    sheet.name = name;
    for (QStringList &cells : m_rows) {
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
    }
    while (!m_rows.isEmpty() && m_rows.constLast().isEmpty())
        m_rows.removeLast();
    sheet.rows = std::move(m_rows);
    m_rows.clear();
    m_merges.clear();
    return sheet;
}

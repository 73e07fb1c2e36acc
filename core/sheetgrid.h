#pragma once

#include "sheet.h"

#include <QList>
#include <QString>

// Builds a Sheet from cells placed by row and column, as the zipped XML formats give them
// (with gaps, merged ranges and repeats), within limits: a small hostile file can name cell
// XFD1048576 or repeat a cell a million times, and must not take the machine's memory.
class SheetGrid
{
public:
    static constexpr int kMaxRows = 1048576; // Excel's and LibreOffice's limits
    static constexpr int kMaxColumns = 16384;
    static constexpr qsizetype kMaxCells = 4'000'000; // cells, gaps before them, and rows

    // maxCells: what is left of a workbook's cells, so that many sheets cannot add up.
    explicit SheetGrid(qsizetype maxCells = kMaxCells) : m_maxCells(maxCells) {}

    // Places text at the 0-based row and column; empty text places nothing. False, and
    // full() from then on, when that would go beyond a limit.
    bool set(int row, int column, const QString &text);
    // A merged range: its top-left cell's text fills the range when the sheet is taken.
    void merge(int row, int column, int rows, int columns);
    bool full() const { return m_full; }
    qsizetype cells() const { return m_cells; } // placed so far, gaps included

    // The sheet, merged ranges filled (within the cells the sheet has), trailing empty cells
    // and rows dropped.
    Sheet take(const QString &name);

private:
    struct Range
    {
        int row, column, rows, columns;
    };
    QList<QStringList> m_rows;
    QList<Range> m_merges;
    qsizetype m_maxCells;
    qsizetype m_cells = 0;
    bool m_full = false;
};

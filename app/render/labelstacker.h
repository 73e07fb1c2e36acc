#pragma once

#include <vector>

// Stacks labelled items into rows so that no two overlap: each item goes to the lowest row
// where it keeps gap clear of every item already there (first fit). Items may come in any
// order, so the caller decides which get a row first. Rows never exceed maxRows; an item
// that finds no room is left out (row -1) for the level of detail to show. An item's row does
// not depend on maxRows as long as it fits, so a lane can later keep fewer rows and treat the
// items above as left out too.
class LabelStacker
{
public:
    LabelStacker(int maxRows, double gap);

    // Places [left, right) and returns its row, or -1 when every row is taken there.
    int place(double left, double right);
    int rowCount() const { return int(m_rows.size()); }

private:
    struct Span
    {
        double left;
        double right;
    };
    std::vector<std::vector<Span>> m_rows; // each row's items, by left edge
    int m_maxRows;
    double m_gap;
};

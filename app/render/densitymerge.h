#pragma once

#include <vector>

// One column (or run of columns) of merged items: how many items touch it.
struct DensityMark
{
    double x0 = 0;
    double x1 = 0;
    int count = 0;
};

// The level of detail for items too dense to draw one by one (as in Qt Creator's timeline):
// [left, right) is cut into columns of columnWidth pixels, and each item counts once in every
// column it touches, so 100,000 items become at most one mark per column.
class DensityMerge
{
public:
    DensityMerge(double left, double right, double columnWidth = 1.0);

    // An item drawn over [x0, x1): it counts in every column it touches, or, when narrower
    // than a column, once in the column of its centre. Parts outside [left, right) are not
    // counted.
    void add(double x0, double x1);
    int columnCount() const { return int(m_delta.size()) - 1; }
    // The columns that hold any item, left to right.
    std::vector<DensityMark> marks() const;

private:
    std::vector<int> m_delta; // count changes at each column boundary
    double m_left;
    double m_right;
    double m_columnWidth;
};

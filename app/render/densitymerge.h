#pragma once

#include <algorithm>
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
    void add(double x0, double x1); // inline: called for every event of a dense view
    int columnCount() const { return int(m_delta.size()) - 1; }
    // The columns that hold any item, left to right.
    std::vector<DensityMark> marks() const;

private:
    std::vector<int> m_delta; // count changes at each column boundary
    double m_left;
    double m_right;
    double m_columnWidth;
    double m_perColumn;
};

inline void DensityMerge::add(double x0, double x1)
{
    const int columns = columnCount();
    if (columns == 0 || !(x0 <= x1))
        return;
    // Offsets from m_left are not negative here, so truncating is rounding down (and cheaper
    // than std::floor, which the baseline x86-64 instruction set makes a library call).
    int c0;
    int c1;
    if (x1 - x0 < m_columnWidth) {
        // Narrow items count once, where their centre is, so counts add up to the items.
        const double centre = (x0 + x1) / 2;
        if (centre < m_left || centre >= m_right)
            return;
        c0 = c1 = int((centre - m_left) * m_perColumn);
    } else {
        if (x1 <= m_left || x0 >= m_right)
            return;
        c0 = int((std::max(x0, m_left) - m_left) * m_perColumn);
        const double end = (std::min(x1, m_right) - m_left) * m_perColumn; // exclusive
        c1 = int(end);
        if (c1 == end)
            --c1;
    }
    c0 = std::min(c0, columns - 1);
    c1 = std::clamp(c1, c0, columns - 1);
    ++m_delta[c0];
    --m_delta[c1 + 1];
}

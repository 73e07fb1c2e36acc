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
    // For an item narrower than a column, the column add() counts it in: -1 left of the
    // columns, columnCount() right of them. Never decreases as the item moves right.
    int columnOf(double x0, double x1) const;
    // Counts count narrow items in column, as add() would one by one; columns outside are
    // ignored.
    void addToColumn(int column, int count);
    int columnCount() const { return int(m_delta.size()) - 1; }
    double columnWidth() const { return m_columnWidth; }
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
        addToColumn(columnOf(x0, x1), 1);
        return;
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

inline int DensityMerge::columnOf(double x0, double x1) const
{
    const double centre = (x0 + x1) / 2;
    if (centre < m_left)
        return -1;
    if (centre >= m_right)
        return columnCount();
    return std::min(int((centre - m_left) * m_perColumn), columnCount() - 1);
}

inline void DensityMerge::addToColumn(int column, int count)
{
    if (column < 0 || column >= columnCount())
        return;
    m_delta[column] += count;
    m_delta[column + 1] -= count;
}

#include "densitymerge.h"

#include <algorithm>
#include <cmath>

DensityMerge::DensityMerge(double left, double right, double columnWidth)
    : m_left(left), m_right(std::max(left, right)),
      m_columnWidth(columnWidth > 0 ? columnWidth : 1.0)
{
    m_delta.assign(size_t(std::ceil((m_right - m_left) / m_columnWidth)) + 1, 0);
}

void DensityMerge::add(double x0, double x1)
{
    const int columns = columnCount();
    if (columns == 0 || !(x0 <= x1))
        return;
    double first;
    double last;
    if (x1 - x0 < m_columnWidth) {
        // Narrow items count once, where their centre is, so counts add up to the items.
        const double centre = (x0 + x1) / 2;
        if (centre < m_left || centre >= m_right)
            return;
        first = last = std::floor((centre - m_left) / m_columnWidth);
    } else {
        if (x1 <= m_left || x0 >= m_right)
            return;
        first = std::floor((std::max(x0, m_left) - m_left) / m_columnWidth);
        last = std::ceil((std::min(x1, m_right) - m_left) / m_columnWidth) - 1;
    }
    const int c0 = std::clamp(int(first), 0, columns - 1);
    const int c1 = std::clamp(int(last), c0, columns - 1);
    ++m_delta[c0];
    --m_delta[c1 + 1];
}

std::vector<DensityMark> DensityMerge::marks() const
{
    std::vector<DensityMark> result;
    int count = 0;
    for (int column = 0; column < columnCount(); ++column) {
        count += m_delta[column];
        if (count > 0) {
            const double x0 = m_left + column * m_columnWidth;
            result.push_back({x0, std::min(x0 + m_columnWidth, m_right), count});
        }
    }
    return result;
}

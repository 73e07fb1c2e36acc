#include "densitymerge.h"

#include <algorithm>
#include <cmath>

DensityMerge::DensityMerge(double left, double right, double columnWidth)
    : m_left(left), m_right(std::max(left, right)),
      m_columnWidth(columnWidth > 0 ? columnWidth : 1.0), m_perColumn(1.0 / m_columnWidth)
{
    m_delta.assign(size_t(std::ceil((m_right - m_left) / m_columnWidth)) + 1, 0);
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

#include "labelstacker.h"

#include <algorithm>

LabelStacker::LabelStacker(int maxRows, double gap) : m_maxRows(std::max(maxRows, 0)), m_gap(gap) {}

int LabelStacker::place(double left, double right)
{
    for (int row = 0; row < int(m_rowEnds.size()); ++row) {
        if (m_rowEnds[row] + m_gap <= left) {
            m_rowEnds[row] = right;
            return row;
        }
    }
    if (int(m_rowEnds.size()) >= m_maxRows)
        return -1;
    m_rowEnds.push_back(right);
    return int(m_rowEnds.size()) - 1;
}

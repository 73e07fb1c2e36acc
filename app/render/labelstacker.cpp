#include "labelstacker.h"

#include <algorithm>

LabelStacker::LabelStacker(int maxRows, double gap) : m_maxRows(std::max(maxRows, 0)), m_gap(gap) {}

int LabelStacker::place(double left, double right)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        std::vector<Span> &spans = m_rows[row];
        // The first item starting after left; it and the one before are the only neighbours
        // that can collide, as items in a row do not overlap.
        const auto next = std::upper_bound(spans.begin(), spans.end(), left,
                                           [](double x, const Span &s) { return x < s.left; });
        if (next != spans.end() && right + m_gap > next->left)
            continue;
        if (next != spans.begin() && std::prev(next)->right + m_gap > left)
            continue;
        spans.insert(next, {left, right});
        return row;
    }
    if (int(m_rows.size()) >= m_maxRows)
        return -1;
    m_rows.push_back({{left, right}});
    return int(m_rows.size()) - 1;
}

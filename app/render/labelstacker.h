#pragma once

#include <vector>

// Stacks labelled items into rows so that no two overlap: each item, offered in order of its
// left edge, goes to the lowest row whose last item ends at least gap before it (first fit).
// Rows never exceed maxRows; an item that finds no room is left out (row -1) for the level of
// detail to show. An item's row does not depend on maxRows as long as it fits, so a lane can
// later keep fewer rows and treat the items above as left out too.
class LabelStacker
{
public:
    LabelStacker(int maxRows, double gap);

    // Places [left, right) and returns its row, or -1 when every row is taken there.
    int place(double left, double right);
    int rowCount() const { return int(m_rowEnds.size()); }

private:
    std::vector<double> m_rowEnds;
    int m_maxRows;
    double m_gap;
};

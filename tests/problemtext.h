#pragma once

#include "problem.h"

#include <QStringList>

namespace TestProblems {

// The problems as --check prints them, a line each: compared as one string, a failing
// comparison shows every problem with its place.
inline QString text(const ProblemList &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(u'\n');
}

} // namespace TestProblems

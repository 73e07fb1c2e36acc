#pragma once

#include "figureamount.h"

#include <QString>

// One figure FigureFinder found in a text: where it is, its words and its value.
struct FigureMention
{
    qsizetype start = 0; // Unicode code points, [start, end), as the annotation corpus counts
    qsizetype end = 0;
    QString text; // the amount as written: "£1.3 million", "4.0 FTE", "£40m-£50m"
    FigureAmount figure;

    friend bool operator==(const FigureMention &, const FigureMention &) = default;
};

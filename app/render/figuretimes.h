#pragma once

#include <QtGlobal>

#include <optional>
#include <utility>

class Catalogue;
struct Figure;

// Where a figure sits in time, for the chart and for an export's range alike: the period it
// is for, else the day of its event; nowhere when it has neither.
class FigureTimes
{
public:
    // [start, end) in ms since the epoch, as TimeScale counts.
    static std::optional<std::pair<qint64, qint64>> of(const Catalogue &catalogue,
                                                       const Figure &figure);
};

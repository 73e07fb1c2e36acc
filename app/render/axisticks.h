#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// The ticks of a date axis for a visible range and width: labelled major ticks at the finest
// calendar unit whose labels cannot collide, unlabelled minor ticks one unit finer, and the
// enclosing periods ("context", e.g. the year above month ticks) for a second label row.
// Labels are en-GB: "2017", "Q3", "Aug", "7 Aug" (weeks start on Monday), "Mon 7 Aug",
// with context "2017" or "August 2017". Times are ms since the epoch (see TimeScale).
class AxisTicks
{
public:
    enum class Unit { Day, Week, Month, Quarter, Year };

    struct Tick
    {
        qint64 time = 0; // start of the period the tick opens
        QString label;
        friend bool operator==(const Tick &, const Tick &) = default;
    };

    // Chooses the unit: the finest of days, weeks, months, quarters, years and 2, 5, 10, 20,
    // 50 or 100 years whose shortest period is at least minLabelSpacing pixels wide. Minor
    // ticks are left out when they would be closer than minMinorSpacing pixels.
    static AxisTicks generate(qint64 start, qint64 end, double widthPx, double minLabelSpacing = 80,
                              double minMinorSpacing = 6);

    Unit unit = Unit::Year;
    int step = 1;        // units per major tick (only years use more than 1)
    QList<Tick> major;   // ticks with start <= time <= end
    QList<qint64> minor; // finer ticks in [start, end], not on a major tick
    QList<Tick> context; // every enclosing period overlapping [start, end); the first
                         // may start before start. Empty for years.
};

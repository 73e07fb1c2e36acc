#pragma once

#include "datepoint.h"
#include "eventdate.h"

#include <QDate>

// A period of whole days while a mention is being read, with the unit the words named, so
// that "spring 2019" stays a season and "mid-2019" becomes months; and what turns it into the
// EventDate the corpus writes (the coarsest unit that covers it exactly).
struct DateSpan
{
    enum class Unit : quint8 { Days, Month, Quarter, Season, Year, FinancialYear, Decade, Range };

    QDate first;
    QDate last;
    Unit unit = Unit::Days;
    // A Range keeps its two ends: [first, firstEnd] in firstUnit, [lastStart, last] in lastUnit.
    QDate firstEnd;
    QDate lastStart;
    Unit firstUnit = Unit::Days;
    Unit lastUnit = Unit::Days;

    DateSpan startPart() const
    {
        return unit == Unit::Range ? DateSpan{first, firstEnd, firstUnit} : *this;
    }
    DateSpan endPart() const
    {
        return unit == Unit::Range ? DateSpan{lastStart, last, lastUnit} : *this;
    }

    bool isValid() const { return first.isValid() && last.isValid() && first <= last; }

    static DateSpan day(QDate d) { return {d, d, Unit::Days}; }
    static DateSpan days(QDate a, QDate b) { return {a, b, Unit::Days}; }
    static DateSpan month(int year, int month);
    static DateSpan months(int year, int month, int count); // count months from year-month
    static DateSpan quarter(int year, int quarter);
    static DateSpan season(int year, int season); // DatePoint::Season order; winter Y/Y+1
    static DateSpan year(int year);
    static DateSpan financialYear(int startYear);
    static DateSpan decade(int firstYear);
    static DateSpan week(QDate anyDay); // Monday to Sunday
    // The period from the start of a to the end of b, in days (or coarser in toEventDate()).
    static DateSpan join(const DateSpan &a, const DateSpan &b);
    // A range written with two ends ("2020/21 to 2022/23"): each end keeps its unit.
    static DateSpan range(const DateSpan &a, const DateSpan &b);

    // Shifted by whole years, months or days, keeping the unit; 29 February becomes 28.
    DateSpan addYears(int n) const;
    DateSpan addMonths(int n) const;
    DateSpan addDays(qint64 n) const;

    // Which third (0, 1, 2) of the period: months' days 1-10, 11-20, 21-end; a year's,
    // financial year's, season's or decade's units; otherwise days.
    DateSpan third(int which) const;

    // The single point the span is, when it is one (a day, a whole month, a named quarter,
    // season, year or financial year); invalid otherwise.
    DatePoint point() const;
    // The EventDate the corpus writes: the point, or a range of the coarsest whole units that
    // covers exactly the same days (years, months, days).
    EventDate toEventDate() const;
    // Open-ended on the point: by/before use the end, after/since the start when the span is
    // not one point.
    EventDate toOpenEnded(EventDate::Bound bound) const;

    friend bool operator==(const DateSpan &, const DateSpan &) = default;
};

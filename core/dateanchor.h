#pragma once

#include "datespan.h"
#include "eventdate.h"

#include <QDate>

// Counting relative words from a document date. The document date may be a period or
// open-ended ("c. September 2017", "before 17 December 2019, after 2 December 2019"): then a
// relative mention covers every period its words could mean on some day the document date
// allows, from what they mean on its first day to what they mean on its last.
class DateAnchor
{
public:
    enum class Tense : quint8 { Past, Present, Future };

    DateAnchor() = default; // no document date: relative mentions get no date
    explicit DateAnchor(const EventDate &documentDate);

    bool isValid() const { return m_first.isValid(); }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    // f(day) -> DateSpan for the first and the last day of the document date, joined.
    template <typename F> DateSpan over(F f) const
    {
        if (!isValid())
            return {};
        const DateSpan a = f(m_first);
        if (m_first == m_last)
            return a;
        const DateSpan b = f(m_last);
        if (!a.isValid() || !b.isValid())
            return {};
        return a == b ? a : DateSpan::join(a, b);
    }

    // The nearest occurrence that fits the tense, seen from day: the latest on or before it
    // for the past, the first after it for the future, the one holding it or the next for the
    // present.
    static DateSpan month(QDate day, int month, Tense tense);
    static DateSpan dayOfMonth(QDate day, int month, int dayOfMonth, Tense tense);
    static DateSpan weekday(QDate day, int weekday, Tense tense);
    static DateSpan season(QDate day, int season, Tense tense);
    // The season holding day (a winter across two years); -1 with *startYear unset when none.
    static int seasonOf(QDate day, int *startYear);
    static int financialYearOf(QDate day) { return day.month() >= 4 ? day.year() : day.year() - 1; }

private:
    QDate m_first;
    QDate m_last;
};

#include "dateanchor.h"

DateAnchor::DateAnchor(const EventDate &documentDate)
{
    if (!documentDate.isValid())
        return;
    if (!documentDate.isOpenEnded()) {
        m_first = documentDate.first();
        m_last = documentDate.last();
        return;
    }
    // Only the days strictly inside the bounds ("before 17 December" excludes the 17th).
    QDate lo = documentDate.earliest();
    QDate hi = documentDate.latest();
    if (!lo.isValid())
        lo = hi;
    if (!hi.isValid())
        hi = lo;
    m_first = lo;
    m_last = hi;
}

DateSpan DateAnchor::month(QDate day, int month, Tense tense)
{
    int year = day.year();
    switch (tense) {
    case Tense::Past:
        if (month > day.month())
            --year;
        break;
    case Tense::Future:
        if (month <= day.month())
            ++year;
        break;
    case Tense::Present: {
        // No tense to go by: the nearer of the last and the next.
        if (month == day.month())
            break;
        const DateSpan past = DateAnchor::month(day, month, Tense::Past);
        const DateSpan next = DateAnchor::month(day, month, Tense::Future);
        return past.last.daysTo(day) < day.daysTo(next.first) ? past : next;
    }
    }
    return DateSpan::month(year, month);
}

DateSpan DateAnchor::dayOfMonth(QDate day, int month, int dom, Tense tense)
{
    // A day a few days ahead is meant even in the past tense ("had moved from 27 September"
    // in a report of the 26th): nobody names last year's date without its year.
    if (tense == Tense::Past) {
        const DateSpan ahead = DateAnchor::dayOfMonth(day, month, dom, Tense::Future);
        if (ahead.isValid() && day.daysTo(ahead.first) <= 15)
            return ahead;
    }
    // 29 February takes the nearest leap year in the direction of the tense.
    if (tense == Tense::Present) {
        const DateSpan past = DateAnchor::dayOfMonth(day, month, dom, Tense::Past);
        const DateSpan next = DateAnchor::dayOfMonth(day, month, dom, Tense::Future);
        if (past.isValid() && past.first == day)
            return past;
        if (!past.isValid() || !next.isValid())
            return past.isValid() ? past : next;
        return past.last.daysTo(day) < day.daysTo(next.first) ? past : next;
    }
    const int step = tense == Tense::Past ? -1 : 1;
    for (int year = day.year() - (tense == Tense::Past ? 0 : 1), tries = 0; tries < 10;
         year += step, ++tries) {
        const QDate d(year, month, dom);
        if (!d.isValid())
            continue;
        if (tense == Tense::Past && d <= day)
            return DateSpan::day(d);
        if (tense == Tense::Future && d > day)
            return DateSpan::day(d);
        if (tense == Tense::Present && d >= day)
            return DateSpan::day(d);
    }
    return {};
}

DateSpan DateAnchor::weekday(QDate day, int weekday, Tense tense)
{
    const int today = day.dayOfWeek();
    switch (tense) {
    case Tense::Past:
        return DateSpan::day(day.addDays(-((today - weekday + 7) % 7)));
    case Tense::Future: {
        const int ahead = (weekday - today + 7) % 7;
        return DateSpan::day(day.addDays(ahead == 0 ? 7 : ahead));
    }
    case Tense::Present:
        return DateSpan::day(day.addDays((weekday - today + 7) % 7));
    }
    return {};
}

int DateAnchor::seasonOf(QDate day, int *startYear)
{
    const int m = day.month();
    if (m == 12 || m <= 2) {
        *startYear = m == 12 ? day.year() : day.year() - 1;
        return 3;
    }
    *startYear = day.year();
    return (m - 3) / 3;
}

DateSpan DateAnchor::season(QDate day, int season, Tense tense)
{
    int year = day.year();
    if (season == 3 && day.month() <= 2)
        year -= 1; // the winter that began last December
    DateSpan s = DateSpan::season(year, season);
    switch (tense) {
    case Tense::Past:
        while (s.first > day)
            s = DateSpan::season(--year, season);
        break;
    case Tense::Future:
        while (s.first <= day)
            s = DateSpan::season(++year, season);
        break;
    case Tense::Present:
        while (s.last < day)
            s = DateSpan::season(++year, season);
        break;
    }
    return s;
}

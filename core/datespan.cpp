#include "datespan.h"

namespace {

QDate monthEnd(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

bool isMonthStart(QDate d)
{
    return d.day() == 1;
}

bool isMonthEnd(QDate d)
{
    return d.addDays(1).day() == 1;
}

} // namespace

DateSpan DateSpan::month(int year, int month)
{
    return {QDate(year, month, 1), monthEnd(year, month), Unit::Month};
}

DateSpan DateSpan::months(int year, int month, int count)
{
    const QDate first(year, month, 1);
    return {first, first.addMonths(count).addDays(-1), count == 1 ? Unit::Month : Unit::Days};
}

DateSpan DateSpan::quarter(int year, int quarter)
{
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return {first, first.addMonths(3).addDays(-1), Unit::Quarter};
}

DateSpan DateSpan::season(int year, int season)
{
    const int startMonth[] = {3, 6, 9, 12};
    const QDate first(year, startMonth[season], 1);
    return {first, first.addMonths(3).addDays(-1), Unit::Season};
}

DateSpan DateSpan::year(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31), Unit::Year};
}

DateSpan DateSpan::financialYear(int startYear)
{
    return {QDate(startYear, 4, 1), QDate(startYear + 1, 3, 31), Unit::FinancialYear};
}

DateSpan DateSpan::decade(int firstYear)
{
    return {QDate(firstYear, 1, 1), QDate(firstYear + 9, 12, 31), Unit::Decade};
}

DateSpan DateSpan::week(QDate anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    return {monday, monday.addDays(6), Unit::Days};
}

DateSpan DateSpan::join(const DateSpan &a, const DateSpan &b)
{
    if (a == b)
        return a;
    return {a.first, b.last, Unit::Days};
}

DateSpan DateSpan::range(const DateSpan &a, const DateSpan &b)
{
    const DateSpan x = a.startPart();
    const DateSpan y = b.endPart();
    if (x == y)
        return x;
    DateSpan r{x.first, y.last, Unit::Range};
    r.firstEnd = x.last;
    r.firstUnit = x.unit;
    r.lastStart = y.first;
    r.lastUnit = y.unit;
    return r;
}

DateSpan DateSpan::addYears(int n) const
{
    if (unit == Unit::Range)
        return range(startPart().addYears(n), endPart().addYears(n));
    if (unit == Unit::Days && isMonthStart(first) && isMonthEnd(last))
        return {first.addYears(n), monthEnd(last.year() + n, last.month()), unit};
    if (unit != Unit::Days)
        return {first.addYears(n), monthEnd(last.year() + n, last.month()), unit};
    return {first.addYears(n), last.addYears(n), unit};
}

DateSpan DateSpan::addMonths(int n) const
{
    if (unit == Unit::Range)
        return range(startPart().addMonths(n), endPart().addMonths(n));
    if (isMonthStart(first) && isMonthEnd(last)) {
        const QDate l = last.addDays(1).addMonths(n).addDays(-1);
        return {first.addMonths(n), l, unit};
    }
    return {first.addMonths(n), last.addMonths(n), unit};
}

DateSpan DateSpan::addDays(qint64 n) const
{
    if (unit == Unit::Range)
        return range(startPart().addDays(n), endPart().addDays(n));
    return {first.addDays(n), last.addDays(n), Unit::Days};
}

DateSpan DateSpan::third(int which) const
{
    if (unit == Unit::Month) {
        const QDate a = first.addDays(10 * which);
        const QDate b = which == 2 ? last : first.addDays(10 * which + 9);
        return days(a, b);
    }
    auto monthsThird = [this, which](int perThird) {
        const QDate a = first.addMonths(perThird * which);
        return DateSpan{a, a.addMonths(perThird).addDays(-1),
                        perThird == 1 ? Unit::Month : Unit::Days};
    };
    switch (unit) {
    case Unit::Year:
    case Unit::FinancialYear:
        return monthsThird(4);
    case Unit::Season:
    case Unit::Quarter:
        return monthsThird(1);
    case Unit::Decade: {
        const int y = first.year();
        const int from[] = {0, 4, 7};
        const int to[] = {3, 6, 9};
        return {QDate(y + from[which], 1, 1), QDate(y + to[which], 12, 31), Unit::Days};
    }
    default:
        break;
    }
    if (isMonthStart(first) && isMonthEnd(last)) {
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        if (months % 3 == 0)
            return monthsThird(months / 3);
    }
    const qint64 n = first.daysTo(last) + 1;
    // "early 7 December": a day or two has no thirds.
    if (n < 3)
        return *this;
    const QDate a = first.addDays(n * which / 3);
    const QDate b = first.addDays(n * (which + 1) / 3 - 1);
    return days(a, b);
}

DatePoint DateSpan::point() const
{
    if (!isValid())
        return {};
    switch (unit) {
    case Unit::Quarter:
        return DatePoint::quarter(first.year(), (first.month() - 1) / 3 + 1);
    case Unit::Season: {
        const int m = first.month();
        const auto s = m == 3   ? DatePoint::Season::Spring
                       : m == 6 ? DatePoint::Season::Summer
                       : m == 9 ? DatePoint::Season::Autumn
                                : DatePoint::Season::Winter;
        return DatePoint::season(first.year(), s);
    }
    case Unit::FinancialYear:
        return DatePoint::financialYear(first.year());
    case Unit::Range:
        return {};
    default:
        break;
    }
    if (first == last)
        return DatePoint::day(first);
    if (isMonthStart(first) && isMonthEnd(last)) {
        if (first.year() == last.year() && first.month() == 1 && last.month() == 12)
            return DatePoint::year(first.year());
        if (first.year() == last.year() && first.month() == last.month())
            return DatePoint::month(first.year(), first.month());
    }
    return {};
}

EventDate DateSpan::toEventDate() const
{
    if (!isValid())
        return {};
    if (unit == Unit::Range) {
        const DatePoint a = startPart().point();
        const DatePoint b = endPart().point();
        if (a.isValid() && b.isValid())
            return EventDate(a, b);
    }
    if (const DatePoint p = point(); p.isValid())
        return EventDate(p);
    if (isMonthStart(first) && isMonthEnd(last)) {
        if (first.month() == 1 && last.month() == 12)
            return EventDate(DatePoint::year(first.year()), DatePoint::year(last.year()));
        return EventDate(DatePoint::month(first.year(), first.month()),
                         DatePoint::month(last.year(), last.month()));
    }
    return EventDate(DatePoint::day(first), DatePoint::day(last));
}

EventDate DateSpan::toOpenEnded(EventDate::Bound bound) const
{
    const bool upperBound = bound == EventDate::Bound::By || bound == EventDate::Bound::Before;
    if (unit == Unit::Range)
        return (upperBound ? endPart() : startPart()).toOpenEnded(bound);
    DatePoint p = point();
    if (!p.isValid()) {
        const bool upper = bound == EventDate::Bound::By || bound == EventDate::Bound::Before;
        if (unit == Unit::Decade)
            p = DatePoint::year(upper ? last.year() : first.year());
        else
            p = DatePoint::day(upper ? last : first);
    }
    return EventDate::openEnded(bound, p);
}

#include "axisticks.h"

#include "datepoint.h"
#include "timescale.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Level
{
    AxisTicks::Unit unit;
    int step;
    int minDays; // the shortest period of this level, so that labels never collide
};

constexpr std::array kLevels = {
    Level{AxisTicks::Unit::Day, 1, 1},        Level{AxisTicks::Unit::Week, 1, 7},
    Level{AxisTicks::Unit::Month, 1, 28},     Level{AxisTicks::Unit::Quarter, 1, 90},
    Level{AxisTicks::Unit::Year, 1, 365},     Level{AxisTicks::Unit::Year, 2, 730},
    Level{AxisTicks::Unit::Year, 5, 1826},    Level{AxisTicks::Unit::Year, 10, 3652},
    Level{AxisTicks::Unit::Year, 20, 7305},   Level{AxisTicks::Unit::Year, 50, 18262},
    Level{AxisTicks::Unit::Year, 100, 36524},
};

// The month names of the house style ("Sept", "June"), as DatePoint writes them.
const QString &shortMonthName(int month)
{
    static const std::array<QString, 12> names = [] {
        std::array<QString, 12> result;
        for (int m = 1; m <= 12; ++m)
            result[m - 1] = DatePoint::month(2000, m).shortLabel().section(u' ', 0, 0);
        return result;
    }();
    return names[month - 1];
}

QString dayName(int dayOfWeek)
{
    static const char16_t *const names[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    return QString::fromUtf16(names[dayOfWeek - 1]);
}

// The start of the period of (unit, step) that holds day.
QDate periodStart(QDate day, AxisTicks::Unit unit, int step)
{
    switch (unit) {
    case AxisTicks::Unit::Day:
        return day;
    case AxisTicks::Unit::Week:
        return day.addDays(1 - day.dayOfWeek());
    case AxisTicks::Unit::Month:
        return QDate(day.year(), day.month(), 1);
    case AxisTicks::Unit::Quarter:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    case AxisTicks::Unit::Year: {
        const int year = day.year() - ((day.year() % step) + step) % step;
        return QDate(std::max(year, 1), 1, 1);
    }
    }
    return day;
}

QDate nextPeriod(QDate day, AxisTicks::Unit unit, int step)
{
    switch (unit) {
    case AxisTicks::Unit::Day:
        return day.addDays(1);
    case AxisTicks::Unit::Week:
        return day.addDays(7);
    case AxisTicks::Unit::Month:
        return day.addMonths(1);
    case AxisTicks::Unit::Quarter:
        return day.addMonths(3);
    case AxisTicks::Unit::Year:
        return day.addYears(step);
    }
    return day.addDays(1);
}

QString tickLabel(QDate day, AxisTicks::Unit unit)
{
    switch (unit) {
    case AxisTicks::Unit::Day:
        return u"%1 %2 %3"_s.arg(dayName(day.dayOfWeek()))
            .arg(day.day())
            .arg(shortMonthName(day.month()));
    case AxisTicks::Unit::Week:
        return u"%1 %2"_s.arg(day.day()).arg(shortMonthName(day.month()));
    case AxisTicks::Unit::Month:
        return shortMonthName(day.month());
    case AxisTicks::Unit::Quarter:
        return u"Q%1"_s.arg((day.month() - 1) / 3 + 1);
    case AxisTicks::Unit::Year:
        return QString::number(day.year());
    }
    return {};
}

// Calls f(day) for the start of every period of (unit, step) that overlaps [start, end].
template <typename F>
void forEachPeriod(qint64 start, qint64 end, AxisTicks::Unit unit, int step, F f)
{
    const QDate last = TimeScale::dayOf(end);
    for (QDate day = periodStart(TimeScale::dayOf(start), unit, step); day.isValid() && day <= last;
         day = nextPeriod(day, unit, step))
        f(day);
}

// The minor ticks for a major level, or step 0 for none.
Level minorLevel(const Level &major)
{
    using Unit = AxisTicks::Unit;
    switch (major.unit) {
    case Unit::Day:
        return {Unit::Day, 0, 1};
    case Unit::Week:
    case Unit::Month:
        return {Unit::Day, 1, 1};
    case Unit::Quarter:
        return {Unit::Month, 1, 28};
    case Unit::Year:
        switch (major.step) {
        case 1:
            return {Unit::Quarter, 1, 90};
        case 20:
            return {Unit::Year, 5, 1826};
        case 50:
        case 100:
            return {Unit::Year, 10, 3652};
        default:
            return {Unit::Year, 1, 365};
        }
    }
    return {Unit::Day, 0, 1};
}

} // namespace

AxisTicks AxisTicks::generate(qint64 start, qint64 end, double widthPx, double minLabelSpacing,
                              double minMinorSpacing)
{
    AxisTicks ticks;
    if (end <= start || !(widthPx > 0))
        return ticks;
    const double pxPerDay = widthPx * double(TimeScale::kDay) / double(end - start);

    Level level = kLevels.back();
    for (const Level &candidate : kLevels) {
        if (candidate.minDays * pxPerDay >= minLabelSpacing) {
            level = candidate;
            break;
        }
    }
    ticks.unit = level.unit;
    ticks.step = level.step;

    forEachPeriod(start, end, level.unit, level.step, [&](QDate day) {
        const qint64 t = TimeScale::dayStart(day);
        if (t >= start)
            ticks.major.append({t, tickLabel(day, level.unit)});
    });

    const Level minor = minorLevel(level);
    if (minor.step > 0 && minor.minDays * pxPerDay >= minMinorSpacing) {
        auto major = ticks.major.cbegin();
        forEachPeriod(start, end, minor.unit, minor.step, [&](QDate day) {
            const qint64 t = TimeScale::dayStart(day);
            while (major != ticks.major.cend() && major->time < t)
                ++major;
            if (t >= start && (major == ticks.major.cend() || major->time != t))
                ticks.minor.append(t);
        });
    }

    if (level.unit == Unit::Day || level.unit == Unit::Week) {
        forEachPeriod(start, end - 1, Unit::Month, 1, [&](QDate day) {
            ticks.context.append(
                {TimeScale::dayStart(day), DatePoint::month(day.year(), day.month()).label()});
        });
    } else if (level.unit == Unit::Month || level.unit == Unit::Quarter) {
        forEachPeriod(start, end - 1, Unit::Year, 1, [&](QDate day) {
            ticks.context.append({TimeScale::dayStart(day), QString::number(day.year())});
        });
    }
    return ticks;
}

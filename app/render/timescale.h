#pragma once

#include <QDate>
#include <QtGlobal>

#include <cmath>

// Time <-> pixel mapping shared by the layout, hit testing and the tests. Times are integer
// milliseconds since 1970-01-01T00:00 UTC (as in TimelineZoom); days are whole UTC days,
// taken from the Julian day so that no time zone or daylight saving can move an event.
namespace TimeScale {

inline constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
inline constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

// Milliseconds at 00:00 UTC of day; 0 for an invalid date.
inline qint64 dayStart(QDate day)
{
    return day.isValid() ? (day.toJulianDay() - kUnixEpochJulianDay) * kDay : 0;
}

// The day holding time t (rounding towards the past, also before 1970).
inline QDate dayOf(qint64 t)
{
    const qint64 days = t >= 0 ? t / kDay : -((-t + kDay - 1) / kDay);
    return QDate::fromJulianDay(days + kUnixEpochJulianDay);
}

// Milliseconds at the end of day (00:00 UTC of the next day): a period of whole days
// [first, last] covers [dayStart(first), dayEnd(last)).
inline qint64 dayEnd(QDate day)
{
    return dayStart(day) + kDay;
}

// x of time t when [start, end) is drawn across [x0, x0 + width). Exact for the ends.
inline double timeToPixel(qint64 t, qint64 start, qint64 end, double x0, double width)
{
    if (end <= start)
        return x0;
    return x0 + double(t - start) * width / double(end - start);
}

// The time drawn at x, to the nearest millisecond; inverse of timeToPixel.
inline qint64 pixelToTime(double x, qint64 start, qint64 end, double x0, double width)
{
    if (!(width > 0))
        return start;
    return start + qint64(std::llround((x - x0) * double(end - start) / width));
}

} // namespace TimeScale

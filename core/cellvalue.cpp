#include "cellvalue.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

QString CellValue::number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double magnitude = std::abs(value);
    if (value == 0)
        return u"0"_s;
    if (magnitude >= 1e-6 && magnitude < 1e21)
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString CellValue::serialDate(double serial, bool date1904)
{
    // 2958465 is 9999-12-31 in the 1900 base, the last day Excel shows.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return {};
    double whole = std::floor(serial);
    int minutes = int(std::llround((serial - whole) * 24 * 60));
    if (minutes == 24 * 60) {
        whole += 1;
        minutes = 0;
    }
    const auto days = qint64(whole);
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // A time of day alone is a serial below 1: show the time, not 0 January 1900.
        if (days == 0)
            return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0'))
                .arg(minutes % 60, 2, 10, QChar(u'0'));
        // Excel counts 29 February 1900, which did not exist (Lotus 1-2-3's error): from
        // serial 61 (1 March 1900) on, the days are one off; serial 60 reads as 28 February.
        if (days < 60)
            date = QDate(1899, 12, 31).addDays(days);
        else if (days == 60)
            date = QDate(1900, 2, 28);
        else
            date = QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid() || date.year() > 9999)
        return {};
    return dateTime(date, minutes);
}

QString CellValue::dateTime(QDate date, int minutes)
{
    QString text = date.toString(Qt::ISODate);
    if (minutes > 0)
        text +=
            u"T%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
    return text;
}

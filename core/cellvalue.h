#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

// The text a spreadsheet cell's typed value shows as in a Sheet: numbers as their shortest
// decimal text, dates as ISO "yyyy-MM-dd" with "THH:mm" when they have a time of day.
class CellValue
{
public:
    // "1.5", "20170803", "0.1"; never an exponent for numbers people type.
    static QString number(double value);
    // An Excel serial date (days since the workbook's base, the fraction the time of day) as
    // ISO text ("HH:mm" alone for a 1900-base serial below 1, a time of day); empty when it
    // is not a date Excel can show (negative, beyond 9999).
    static QString serialDate(double serial, bool date1904);
    // "2017-08-03", or "2017-08-03T10:30" when minutes (of the day, rounded) is not 0.
    static QString dateTime(QDate date, int minutes);
};

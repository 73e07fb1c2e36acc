#pragma once

#include "eventdate.h"

#include <QString>
#include <QStringView>

// Dates in the forms people type in a spreadsheet cell, read never more precisely than
// written. Everything EventDate::parse reads, plus:
// - numbers day first, as in the UK: 03/08/2017, 3.8.17, 3-8-2017 (3 August 2017); 08/2017
//   (August 2017); 2017/08/03. Two-digit years 00–29 are 2000–2029, 30–99 are 1930–1999, as
//   Excel reads them. A month above 12 is refused, never swapped with the day.
// - Excel's own displays: 03-Aug-2017, 3-Aug-17, Aug-17 (August 2017); "August 3, 2017".
// - an Excel serial number alone in the cell (a whole number 10000..2958465, 1900 base) is
//   that day; ISO date and time (2017-08-03T10:00, 2017-08-03 10:00) is the day.
// - financial years: 2018/19, 2018-19 (2018-12 stays December 2018), FY18/19, FY 2018-19;
//   financial quarters: Q3 2019/20 = October to December 2019, represented as the calendar
//   quarter covering the same days (Q4 2019), since a quarter is a period of days.
// - ranges in one cell, the first part taking what it leaves out from the second:
//   "Sept 2017 – Mar 2018", "3–5 Aug 2017", "Aug–Sept 2017", "3 Aug – 5 Sept 2017",
//   "2017-2018" (the two years, not the financial year 2017/18).
// - a trailing "?" marks the date approximate, as "c." does.
class TypedDateParser
{
public:
    // An invalid date and *error ("“32/13/2017” is not a date: …") on failure. *note, when
    // given, says what the date cannot hold that the cell said (a time of day, a financial
    // quarter), empty otherwise.
    static EventDate parse(QStringView text, QString *error = nullptr, QString *note = nullptr);
};

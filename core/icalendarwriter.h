#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

// Writes events as an iCalendar file (.ics, with libical), so that planned events can go into
// a calendar. Each event is an all-day VEVENT over the days it covers (DTEND exclusive): a
// month, a year or a financial year spans the whole period, and then, as for an approximate,
// planned or open-ended date, the DESCRIPTION begins "Date: <our label>" so that the calendar
// does not claim more than is known (ICalendarReader reads the label back). SUMMARY is the
// title; the DESCRIPTION has the summary and each passage with its citation; CATEGORIES are
// the lane's name and the tags' names; UID is the event id with "@civic-timeline", so that it
// stays the same from one export to the next; DTSTAMP is stamp. An event that ends after the
// year 3000 is left out: libical cannot write the date (ICalendarReader::kLastYear).
class ICalendarWriter
{
public:
    enum class Events { Planned, All };

    // eventIndexes picks and orders events (all, chronologically, when empty); with
    // Events::Planned only the planned ones among them are written.
    static QByteArray toIcs(const Catalogue &catalogue, Events which = Events::Planned,
                            const QList<int> &eventIndexes = {},
                            const QDateTime &stamp = QDateTime::currentDateTimeUtc());
};

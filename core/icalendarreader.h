#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QString>

// Reads an iCalendar file (.ics, RFC 5545, parsed with libical) into a catalogue: each VEVENT
// is an event. An all-day DTSTART;VALUE=DATE is that day, with an exclusive DTEND (or a
// DURATION) making a range of days; a timed start is the day it is written in (UTC, its TZID
// or floating, not converted: the day the organiser wrote), its time kept in the date basis.
// SUMMARY is the title, DESCRIPTION the summary with LOCATION and URL after it, CATEGORIES
// tags; every event is in one lane named after the calendar (X-WR-CALNAME, else "Calendar").
// A DESCRIPTION that begins "Date: <label>" naming the same days (as ICalendarWriter writes a
// month, a financial year or a planned date) gives the precision and flags; otherwise nothing
// is planned. UID is the id when unique. A recurring event (RRULE, RDATE) keeps its first
// occurrence and is reported, since its other occurrences are not read. Problems name
// file:line; a VEVENT without DTSTART is reported, not kept.
class ICalendarReader
{
public:
    // The last year libical writes (it writes zeros for a later date), so the last one read:
    // what is read can be written back.
    static constexpr int kLastYear = 3000;

    // "BEGIN:VCALENDAR" first, after a byte order mark and blank lines.
    static bool isICalendar(const QByteArray &data);
    static CatalogueLoadResult read(const QByteArray &data, const QString &fileName);
};

#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QList>

// Writes a catalogue as a TimelineJS file, so that a council can publish it on its website.
// Each event is a slide: a day, month or year (or a range of them) as start_date/end_date
// with only the parts it has; a quarter, season, financial year or open-ended date as the
// days it covers with display_date set to our label, as is an approximate or planned date, so
// that no slide claims more than is known. The summary and each passage, with its citation
// (headline, publisher, date), are the slide's text; the lane's name is its group and the
// event's id its unique_id. TimelineJsReader reads the file back to the same events.
// eventIndexes picks and orders events (all, chronologically, when empty).
class TimelineJsWriter
{
public:
    static QByteArray toJson(const Catalogue &catalogue, const QList<int> &eventIndexes = {});
};

#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class JsonFile;

// Reads a TimelineJS file ({"title":{…},"events":[…],"eras":[…]}), as councils publish their
// timelines with it, into a catalogue. Each slide's start_date/end_date parts give the date
// at the precision written (year, year and month, or a day; a time of day is noted in the
// date basis, since dates here are whole days); a slide's display_date that names the same
// period ("2018/19", "c. spring 2017") gives the precision and flags. text.headline is the
// title and text.text, HTML, the summary as plain text, with the media's URL, caption and
// credit after it. group is the lane (in order of first use; "No group" without one); eras are events in a lane
// "Eras". Ids are unique_id, or made from the headline when it is missing or used twice.
// Problems name file:line:column; a slide that cannot be read is reported, not kept.
class TimelineJsReader
{
public:
    // An "events" array whose items have "start_date" objects.
    static bool isTimelineJs(const QJsonObject &root);
    static CatalogueLoadResult read(const QByteArray &data, const QString &fileName);
    // For a file parsed already: its problems go to the file.
    static Catalogue read(JsonFile &file);
};

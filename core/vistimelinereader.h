#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class JsonFile;

// Reads vis-timeline data, an array of items [{"id","content","start","end","group","type",
// "title"}] or an object {"items":[…],"groups":[{"id","content"}]}, into a catalogue. content
// (HTML) is the title and title (the item's tooltip, HTML) the summary, as plain text. start
// and end are ISO dates or date-times, or epoch milliseconds: a date is that day, a date-time
// the day as written (UTC for milliseconds), its time kept in the date basis since dates here
// are whole days. As in vis-timeline an end is an instant, so an end at midnight (or a date)
// ends the day before; a "point" or "box" has no end. Groups are lanes (their content the
// lane's name; items without a group in "No group"); "background" items, which mark a period
// behind the others, are events in a lane "Background". Ids are the items' ids where unique,
// else made from the content. Display members (className, style, editable, selectable,
// subgroup, align) are not kept; others are reported. Problems name file:line:column.
class VisTimelineReader
{
public:
    // An object with an "items" array.
    static bool isVisTimeline(const QJsonObject &root);
    // An array with an item object that has "content" and "start".
    static bool isVisTimeline(const QJsonArray &items);
    static CatalogueLoadResult read(const QByteArray &data, const QString &fileName);
    // For a file parsed already: its problems go to the file.
    static Catalogue read(JsonFile &file);
};

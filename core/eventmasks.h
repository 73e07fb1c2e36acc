#pragma once

#include <QBitArray>
#include <QString>

class Catalogue;
struct EventFilter;

// The masks every view of a timeline shares, one bit per Catalogue::events() entry, as pure
// functions of the catalogue and the filter, so the list, the timeline, the overview and the
// exports hide and highlight exactly the same events and tests can check them without a GUI.
class EventMasks
{
public:
    // The events the filter shows: every bit set when the filter is empty.
    static QBitArray visible(const Catalogue &catalogue, const EventFilter &filter);
    // The events whose text matches the search (the filter's text); empty when there is no
    // search, so "nothing to highlight" costs nothing.
    static QBitArray searchMatches(const Catalogue &catalogue, const QString &search);
};

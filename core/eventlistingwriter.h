#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QList>

// Writes the listing of a catalogue that other tools rely on (--list-events), not the
// catalogue format itself (CatalogueWriter):
// JSON {"sources":[…],"events":[…]} and CSV with one row per event.
// eventIndexes picks and orders events (all, chronologically, when empty).
class EventListingWriter
{
public:
    static QByteArray toJson(const Catalogue &catalogue, const QList<int> &eventIndexes = {});
    static QByteArray toCsv(const Catalogue &catalogue, const QList<int> &eventIndexes = {});
};

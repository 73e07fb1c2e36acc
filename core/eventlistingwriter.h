#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
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

    // A date as the listing writes it: {"start","end","precision","approximate","label"},
    // null when invalid (also what --list-figures writes for a figure's period).
    static QJsonValue dateJson(const EventDate &date);
    // A passage as {"document","start","end","excerpt"}, and as CSV names it: "file:start-end".
    static QJsonObject linkJson(const Catalogue &catalogue, const SourceLink &link);
    static QString linkReference(const Catalogue &catalogue, const SourceLink &link);
};

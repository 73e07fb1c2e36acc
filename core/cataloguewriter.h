#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QList>

// Writes a catalogue in the shapes other tools rely on (--list-events):
// JSON {"sources":[…],"events":[…]} and CSV with one row per event.
// eventIndexes picks and orders events (all, chronologically, when empty).
class CatalogueWriter
{
public:
    static QByteArray toJson(const Catalogue &catalogue, const QList<int> &eventIndexes = {});
    static QByteArray toCsv(const Catalogue &catalogue, const QList<int> &eventIndexes = {});
};

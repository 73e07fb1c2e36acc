#pragma once

#include "catalogue.h"

#include <QByteArray>

// Writes the figures of a catalogue for other tools (--list-figures): JSON
// {"figures":[{"id","measure","label","amount","unit","qualifier","approximate","period",
// "event","sources"}]} with the amount a plain number in its unit (pounds, not pence) and the
// period and passages as --list-events writes dates and passages; CSV with one row per figure.
class FigureListingWriter
{
public:
    static QByteArray toJson(const Catalogue &catalogue);
    static QByteArray toCsv(const Catalogue &catalogue);
    // The amount in its unit, as a spreadsheet or JSON reader wants it: 399000000, 4.4, 52.
    static double amountInUnit(qint64 amount, FigureAmount::Unit unit);
};

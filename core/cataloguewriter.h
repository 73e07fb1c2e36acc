#pragma once

#include "catalogue.h"

#include <QByteArray>

// Writes the catalogue format the loader reads (README.md), laid out as the built-in file
// is: two-space indentation, keys in a fixed order, text as UTF-8 (only quotation marks,
// backslashes and control characters escaped), a final newline. Each quote is recovered
// from its passage's offsets, with "occurrence" where the quote occurs more than once, so
// load -> write -> load gives the same catalogue and an unedited file the same bytes.
// Empty optional members ("dateBasis", "stories") are left out, as hand-written files do.
class CatalogueWriter
{
public:
    static QByteArray write(const Catalogue &catalogue);
    // The source index (README.md), laid out as seeds/sources.json is: what saving writes
    // when a source's headline, publisher, kind, date or basis was edited.
    static QByteArray writeSourceIndex(const QList<SourceInfo> &sources);

    // The quote and occurrence (0 when the quote occurs once) that name link's passage.
    struct Quote
    {
        QString text;
        int occurrence = 0;
    };
    static Quote quoteOf(const Catalogue &catalogue, const SourceLink &link);

    // The date as the "date" member holds it: full labels, without "c." or "(planned)",
    // which have members of their own.
    static QString dateText(const EventDate &date);
};

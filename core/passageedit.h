#pragma once

#include "catalogue.h"
#include "sourcelink.h"

#include <QString>

// The passages an officer links to an event, made as the loader makes them from a file, so
// that whatever is saved loads again: a quote is looked for verbatim (QuoteResolver) and a
// selection of a document becomes the quote it holds, its occurrence recovered on saving.
class PassageEdit
{
public:
    struct Result
    {
        bool ok = false;
        SourceLink link;
        QString error; // why not, when !ok: what the officer reads
    };

    // The passage of the source that quote (trimmed) names. Where it occurs more than once,
    // the occurrence that starts nearest near (code points: where the passage was) is taken.
    // A catalogue without documents (an event list's) keeps the quote as it stands, as the
    // loader does.
    static Result quoted(const Catalogue &catalogue, const QString &sourceId, const QString &quote,
                         qsizetype near = 0);

    // The passage [start, end) (code points) of the source's document, without the white
    // space at either end; refused when nothing but white space is left.
    static Result selected(const Catalogue &catalogue, const QString &sourceId, qsizetype start,
                           qsizetype end);
};

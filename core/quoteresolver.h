#pragma once

#include "sourcedocument.h"

class QuoteIndex;

#include <QString>

// Finds a verbatim quote in a document. Used by the loader to turn quotes into offsets.
class QuoteResolver
{
public:
    struct Result
    {
        bool found = false;
        qsizetype start = 0; // code points, [start, end)
        qsizetype end = 0;
        int occurrences = 0; // how many times the quote occurs
        QString nearMatch;   // when not found: the closest passage of the document
        // nearMatch is the quote but for quotation marks, dashes, spaces or letter case.
        bool nearMatchDiffersOnlyInPunctuation = false;
        // The quote is not whole text (an unpaired surrogate): it is never looked for, since
        // half a character can match inside a whole one.
        bool malformed = false;
    };

    // occurrence is 1-based; 0 means "the only one" (more than one is then not found).
    // The near-match is looked for only when the quote does not occur at all: it is the
    // passage, about as long as the quote, that shares the most (and the rarest) words with it.
    // index, when given, is an index of document's text: what a reader of many quotes into
    // the same document keeps, so that each quote costs far less than the document's length.
    static Result resolve(const SourceDocument &document, const QString &quote, int occurrence = 0,
                          const QuoteIndex *index = nullptr);
};

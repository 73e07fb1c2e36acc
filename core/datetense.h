#pragma once

#include "dateanchor.h"
#include "datetokens.h"

// Whether the clause around a mention looks back, at the present, or ahead: the nearest
// tense word in the sentence decides ("was", "had", "ago" / "will", "due", "expected"), then
// the nearest verb ending in -ed; a sentence with neither is in the present.
class DateTense
{
public:
    // *strong, when given, says whether a tense word decided (not a verb in -ed or "to ...").
    static DateAnchor::Tense around(const DateTokens &tokens, qsizetype begin, qsizetype end,
                                    bool *strong = nullptr);
    // The first token of the sentence holding token i, and one past its last.
    static qsizetype sentenceStart(const DateTokens &tokens, qsizetype i);
    static qsizetype sentenceEnd(const DateTokens &tokens, qsizetype i);
};

#pragma once

#include "documenttext.h"
#include "fuzzcheck.h"
#include "inputlimits.h"

#include <QString>

// What every document reader promises of the text it gives: whole text (no control
// characters but tab and line feed, no unpaired surrogates), no white space at its ends,
// at most one blank line at a time, a title on one line; and of an error: a short message.
inline void checkDocumentText(const std::optional<DocumentText> &document, const QString &error)
{
    if (!document) {
        FUZZ_CHECK(!error.isEmpty() && error.size() < 1000);
        return;
    }
    const QString &text = document->text;
    FUZZ_CHECK(InputLimits::firstBadCharacter(text).isEmpty());
    FUZZ_CHECK(!text.contains(u'\r'));
    FUZZ_CHECK(!text.contains(QStringLiteral("\n\n\n")));
    FUZZ_CHECK(text.isEmpty() || !text.back().isSpace());
    FUZZ_CHECK(!document->title.contains(u'\n'));
    for (const QString &note : document->notes)
        FUZZ_CHECK(!note.isEmpty() && note.size() < 1000);
}

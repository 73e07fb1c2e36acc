#pragma once

#include <QList>
#include <QStringView>

#include <utility>

// Where the sentences of a document are, for proposing one event per dated sentence. A
// sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by white
// space, and at every blank line or line break (headings, list items and table rows are lines
// of their own). Abbreviations and initials ("e.g.", "para. 16", "Dr.", "J. Smith") and
// numbers ("£1.3m") do not end one.
class SentenceSpans
{
public:
    // UTF-16 indexes [start, end) of each sentence, trimmed of white space, in order.
    static QList<std::pair<qsizetype, qsizetype>> of(QStringView text);
};

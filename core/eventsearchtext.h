#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QList>

class Catalogue;
class TextMatch;

// Every event's searchable text (title, summary, excerpts, actor names), folded as TextMatch
// folds it and laid end to end as UTF-8, so that a search is one pass of a byte search over
// one buffer rather than a case-insensitive search in each of a million strings. The
// catalogue builds it on the first search and drops it when its events or actors change.
// It gives the same answers as EventFilter::matchesText() for each event.
class EventSearchText
{
public:
    explicit EventSearchText(const Catalogue &catalogue);

    // Bit i set where event i's text holds the needle; an empty needle matches every event.
    QBitArray matches(const TextMatch &needle) const;

    qsizetype eventCount() const { return m_starts.size() - 1; }
    qsizetype bytes() const { return m_text.size(); }

    // A field's text as it is searched: each code point folded (TextMatch::fold), as UTF-8.
    static void appendFolded(QStringView text, QByteArray *out);

private:
    QByteArray m_text;          // fields end in a zero byte, which folded text never holds
    QList<qsizetype> m_starts;  // event i is [m_starts[i], m_starts[i + 1])
};

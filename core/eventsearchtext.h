#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QList>

class Catalogue;
class TextMatch;
struct TimelineEvent;

// Every event's searchable text (title, summary, excerpts, actor names), folded as TextMatch
// folds it and laid end to end as UTF-8, so that a search is one pass of a byte search over
// one buffer rather than a case-insensitive search in each of a million strings. The
// catalogue builds it on the first search and drops it when its events or actors change.
// It gives the same answers as EventFilter::matchesText() for each event.
class EventSearchText
{
public:
    explicit EventSearchText(const Catalogue &catalogue);

    // After catalogue.replaceEvent() took an event from position from to position to:
    // changes the text to what building it again would give, moving the tail of the buffer
    // once or twice rather than folding a million events again.
    void moveEvent(const Catalogue &catalogue, qsizetype from, qsizetype to);

    // Bit i set where event i's text holds the needle; an empty needle matches every event.
    QBitArray matches(const TextMatch &needle) const;

    qsizetype eventCount() const { return m_starts.size() - 1; }
    qsizetype bytes() const { return m_text.size(); }
    const QByteArray &text() const { return m_text; }

    // A field's text as it is searched: each code point folded (TextMatch::fold), as UTF-8.
    static void appendFolded(QStringView text, QByteArray *out);

private:
    static void appendEvent(const Catalogue &catalogue, const TimelineEvent &event,
                            QByteArray *out);

    QByteArray m_text;          // fields end in a zero byte; a zero in the text is 0xFF
    QList<qsizetype> m_starts;  // event i is [m_starts[i], m_starts[i + 1])
};

#pragma once

#include <QDate>
#include <QSet>
#include <QString>

class Catalogue;
class TextMatch;
struct TimelineEvent;

// What the user has chosen to see. Shared by the event list, the timeline, the overview and
// the exporter, so that all of them hide the same events.
struct EventFilter
{
    QString text; // matched (see TextMatch) in title, summary, excerpts, actor names
    QSet<QString> laneIds; // empty: every lane
    QSet<QString> actorIds; // empty: any actor; otherwise the event names at least one
    QSet<QString> tagIds;  // empty: any tag; otherwise the event has at least one
    QDate from;            // invalid: open; otherwise the event's period must reach it
    QDate to;

    bool isEmpty() const
    {
        return text.isEmpty() && laneIds.isEmpty() && actorIds.isEmpty() && tagIds.isEmpty()
               && !from.isValid() && !to.isValid();
    }
    // Whether anything but the text narrows what is shown.
    bool hasFieldConditions() const
    {
        return !laneIds.isEmpty() || !actorIds.isEmpty() || !tagIds.isEmpty() || from.isValid()
               || to.isValid();
    }
    bool matches(const Catalogue &catalogue, const TimelineEvent &event) const;
    // The same test in two halves, so that a loop over many events folds the search text
    // once (TextMatch) instead of once per event: lanes, actors, tags and dates...
    bool matchesFields(const TimelineEvent &event) const;
    // ...and the search text, already made into a needle (an empty needle matches all).
    static bool matchesText(const Catalogue &catalogue, const TimelineEvent &event,
                            const TextMatch &needle);

    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

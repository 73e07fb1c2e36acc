#include "eventmasks.h"

#include "catalogue.h"
#include "eventfilter.h"
#include "textmatch.h"

QBitArray EventMasks::visible(const Catalogue &catalogue, const EventFilter &filter)
{
    const QList<TimelineEvent> &events = catalogue.events();
    if (filter.isEmpty())
        return QBitArray(int(events.size()), true);
    QBitArray mask(int(events.size()));
    // One needle for every event: folding the search text per event would cost more than
    // the search itself.
    const TextMatch needle(filter.text);
    for (int i = 0; i < int(events.size()); ++i) {
        const TimelineEvent &event = events.at(i);
        if (filter.matchesFields(event) && EventFilter::matchesText(catalogue, event, needle))
            mask.setBit(i);
    }
    return mask;
}

QBitArray EventMasks::searchMatches(const Catalogue &catalogue, const QString &search)
{
    const TextMatch needle(search);
    if (needle.isEmpty())
        return {};
    const QList<TimelineEvent> &events = catalogue.events();
    QBitArray mask(int(events.size()));
    for (int i = 0; i < int(events.size()); ++i) {
        if (EventFilter::matchesText(catalogue, events.at(i), needle))
            mask.setBit(i);
    }
    return mask;
}

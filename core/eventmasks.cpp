#include "eventmasks.h"

#include "catalogue.h"
#include "eventfilter.h"
#include "eventsearchtext.h"
#include "textmatch.h"

QBitArray EventMasks::visible(const Catalogue &catalogue, const EventFilter &filter)
{
    const QList<TimelineEvent> &events = catalogue.events();
    if (filter.isEmpty())
        return QBitArray(int(events.size()), true);
    // The search first, over the catalogue's search text; then the other conditions, only
    // where there are any, and only for the events the search left.
    const TextMatch needle(filter.text);
    QBitArray mask = catalogue.searchText().matches(needle);
    if (!filter.hasFieldConditions())
        return mask;
    for (int i = 0; i < int(events.size()); ++i) {
        if (mask.testBit(i) && !filter.matchesFields(events.at(i)))
            mask.clearBit(i);
    }
    return mask;
}

QBitArray EventMasks::searchMatches(const Catalogue &catalogue, const QString &search)
{
    const TextMatch needle(search);
    if (needle.isEmpty())
        return {};
    return catalogue.searchText().matches(needle);
}

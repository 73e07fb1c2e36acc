#include "eventfilter.h"

#include "catalogue.h"

bool EventFilter::matches(const Catalogue &catalogue, const TimelineEvent &event) const
{
    if (!laneIds.isEmpty() && !laneIds.contains(event.laneId))
        return false;
    if (from.isValid() && event.date.last() < from)
        return false;
    if (to.isValid() && event.date.first() > to)
        return false;
    if (!actorIds.isEmpty()
        && std::none_of(event.actorIds.cbegin(), event.actorIds.cend(),
                        [this](const QString &id) { return actorIds.contains(id); }))
        return false;
    if (!tagIds.isEmpty()
        && std::none_of(event.tagIds.cbegin(), event.tagIds.cend(),
                        [this](const QString &id) { return tagIds.contains(id); }))
        return false;
    if (text.isEmpty())
        return true;

    const QString needle = text.trimmed();
    if (event.title.contains(needle, Qt::CaseInsensitive)
        || event.summary.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const SourceLink &link : event.sources) {
        if (link.excerpt.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    for (const QString &id : event.actorIds) {
        const Actor *actor = catalogue.actor(id);
        if (actor && actor->name.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

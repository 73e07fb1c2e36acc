#include "eventfilter.h"

#include "catalogue.h"
#include "textmatch.h"

bool EventFilter::matches(const Catalogue &catalogue, const TimelineEvent &event) const
{
    if (!matchesFields(event))
        return false;
    return text.isEmpty() || matchesText(catalogue, event, TextMatch(text));
}

bool EventFilter::matchesFields(const TimelineEvent &event) const
{
    if (!laneIds.isEmpty() && !laneIds.contains(event.laneId))
        return false;
    if (from.isValid() && event.date.last() < from)
        return false;
    if (to.isValid() && event.date.first() > to)
        return false;
    if (!actorIds.isEmpty() &&
        std::none_of(event.actorIds().cbegin(), event.actorIds().cend(),
                     [this](const QString &id) { return actorIds.contains(id); }))
        return false;
    if (!tagIds.isEmpty() &&
        std::none_of(event.tagIds().cbegin(), event.tagIds().cend(),
                     [this](const QString &id) { return tagIds.contains(id); }))
        return false;
    return true;
}

bool EventFilter::matchesText(const Catalogue &catalogue, const TimelineEvent &event,
                              const TextMatch &needle)
{
    if (needle.isEmpty())
        return true;
    if (needle.matches(event.title) || needle.matches(event.summary()))
        return true;
    for (const SourceLink &link : event.sources()) {
        if (needle.matches(link.excerpt))
            return true;
    }
    for (const QString &id : event.actorIds()) {
        const Actor *actor = catalogue.actor(id);
        if (actor && needle.matches(actor->name))
            return true;
    }
    return false;
}

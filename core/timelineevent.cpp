#include "timelineevent.h"

const EventDetails &TimelineEvent::details() const
{
    static const EventDetails none;
    return m_details ? *m_details : none;
}

EventDetails &TimelineEvent::editDetails()
{
    if (!m_details)
        m_details = new EventDetails;
    return *m_details; // detaches when shared
}

// Setting a part to what it is already changes nothing, so events sharing their details
// (a list's events of one tag) keep sharing them; an empty part of an event without details
// leaves it without.
void TimelineEvent::setSummary(const QString &summary)
{
    if (details().summary != summary)
        editDetails().summary = summary;
}

void TimelineEvent::setDateBasis(const QString &dateBasis)
{
    if (details().dateBasis != dateBasis)
        editDetails().dateBasis = dateBasis;
}

void TimelineEvent::setActorIds(const QStringList &actorIds)
{
    if (details().actorIds != actorIds)
        editDetails().actorIds = actorIds;
}

void TimelineEvent::setTagIds(const QStringList &tagIds)
{
    if (details().tagIds != tagIds)
        editDetails().tagIds = tagIds;
}

void TimelineEvent::setSources(const QList<SourceLink> &sources)
{
    if (details().sources != sources)
        editDetails().sources = sources;
}

#pragma once

#include "eventdate.h"
#include "eventdetails.h"

#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

// One dated event and the passages that report it. The rarely filled parts are read through
// accessors and held in EventDetails, shared between copies until one of them changes.
struct TimelineEvent
{
    QString id;
    QString title; // a short headline
    EventDate date;
    QString laneId;

    const QString &summary() const { return details().summary; }
    const QString &dateBasis() const { return details().dateBasis; }
    const QStringList &actorIds() const { return details().actorIds; }
    const QStringList &tagIds() const { return details().tagIds; }
    const QList<SourceLink> &sources() const { return details().sources; }

    void setSummary(const QString &summary);
    void setDateBasis(const QString &dateBasis);
    void setActorIds(const QStringList &actorIds);
    void setTagIds(const QStringList &tagIds);
    void setSources(const QList<SourceLink> &sources);
    // The details to change in place (a passage appended): this event's own copy.
    EventDetails &editDetails();
    // Takes other's details, shared: events with the same details hold one copy.
    void shareDetails(const TimelineEvent &other) { m_details = other.m_details; }

    bool isPlanned() const { return date.isPlanned(); }

private:
    const EventDetails &details() const;

    QSharedDataPointer<EventDetails> m_details; // null: all empty
};

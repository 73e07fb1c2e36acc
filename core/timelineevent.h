#pragma once

#include "eventdate.h"
#include "sourcelink.h"

#include <QList>
#include <QString>
#include <QStringList>

// One dated event and the passages that report it.
struct TimelineEvent
{
    QString id;
    QString title;       // a short headline
    QString summary;     // one to three sentences in our own words
    EventDate date;
    QString dateBasis;   // why the date has the precision it has, where that is not obvious
    QString laneId;
    QStringList actorIds;
    QStringList tagIds;
    QList<SourceLink> sources;

    bool isPlanned() const { return date.isPlanned(); }
};

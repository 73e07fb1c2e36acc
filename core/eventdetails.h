#pragma once

#include "sourcelink.h"

#include <QList>
#include <QSharedData>
#include <QString>
#include <QStringList>

// The parts of an event that most events of a large list leave empty or have in common (no
// summary, no actors, one tag): kept apart from TimelineEvent behind one shared pointer, so
// that a million events of a list cost 8 bytes each for them rather than 120, and events
// with the same details share one copy (TimelineEvent::shareDetails()).
struct EventDetails : QSharedData
{
    QString summary;   // one to three sentences in our own words
    QString dateBasis; // why the date has the precision it has, where that is not obvious
    QStringList actorIds;
    QStringList tagIds;
    QList<SourceLink> sources;
};

#pragma once

#include "actor.h"
#include "catalogue.h"
#include "lane.h"
#include "tag.h"
#include "timelineevent.h"

#include <QList>

// How an imported catalogue (a spreadsheet's rows, another tool's timeline) joins an open
// one, as one edit: its lanes, actors and tags join those of the same name (case and spacing
// ignored) or are added under ids no item has; its events get ids no event has and point at
// the joined items. The open catalogue's own items are never renamed or reordered.
struct MergedImport
{
    QList<Lane> lanes;   // the open catalogue's, then the new ones
    QList<Actor> actors; // likewise
    QList<Tag> tags;     // likewise
    QList<SourceInfo> sources;
    QList<TimelineEvent> events; // the imported events only, with their new ids
    int addedLanes = 0;
    int addedActors = 0;
    int addedTags = 0;
};

class ImportMerge
{
public:
    // Events of imported without a lane go into a lane named fallbackLane (joined or added).
    static MergedImport merge(const Catalogue &into, const Catalogue &imported,
                              const QString &fallbackLane);
};

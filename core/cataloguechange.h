#pragma once

#include "catalogue.h"

#include <QList>
#include <QStringList>

// What one edit of a catalogue changed, so that views follow it without starting over:
// which kind of thing, which ones by id, and for events where each one moved in the
// chronological order (Catalogue::EventMove, in the order of ids).
struct CatalogueChange
{
    enum class What {
        Reset,         // a different catalogue: start over
        EventsAdded,   // moves: {-1, to}
        EventsRemoved, // moves: {from, -1}
        EventsChanged, // moves: {from, to}; from == to when the order is unchanged
        Title,
        Lanes, // ids: the lanes added, renamed or removed
        Actors,
        Tags,
        Sources,
        Stories,
        Figures, // ids: the figures added, removed or changed
    };

    What what = What::Reset;
    QStringList ids;
    QList<Catalogue::EventMove> moves;

    bool isEventChange() const
    {
        return what == What::EventsAdded || what == What::EventsRemoved ||
               what == What::EventsChanged;
    }
    // The lowest position any event left or entered (-1 for none): views re-index from there.
    int firstMovedPosition() const
    {
        int first = -1;
        for (const Catalogue::EventMove &move : moves) {
            for (int at : {move.from, move.to}) {
                if (at >= 0 && (first < 0 || at < first))
                    first = at;
            }
        }
        return first;
    }
};

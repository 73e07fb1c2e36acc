#pragma once

#include "datemention.h"
#include "eventdate.h"

#include <QList>
#include <QString>

// An event proposed from a passage of a source document, for the user to accept or reject:
// the passage as its quote, a title from its sentence and the date its mentions give.
struct EventProposal
{
    qsizetype start = 0; // the passage, code points into the document's text, [start, end)
    qsizetype end = 0;
    QString quote;            // the passage's words
    QString title;            // proposed from the sentence the passage starts in
    EventDate date;           // invalid when no mention is in or next to the passage
    QList<DateMention> dates; // the mentions the date comes from
    // A passage already linked to an event overlaps it: accepting would repeat that event.
    bool covered = false;
};

#pragma once

#include "eventdate.h"
#include "figureamount.h"
#include "sourcelink.h"

#include <QList>
#include <QString>

// One amount a source gives, as data: what it measures, the period it applies to, the event
// it belongs to and the passages that give it. Figures that report the same quantity
// differently (the funding gap as £399m, £400m and £409m) share a measure and stay separate.
struct Figure
{
    QString id;
    QString measure; // a key shared by the reports of one quantity ("llr-funding-gap")
    QString label;   // what it measures, short ("LLR health and care funding gap")
    QString written; // the amount as the passage writes it ("£1.3 million")
    FigureAmount amount;
    EventDate period; // invalid when the source gives none
    QString eventId;
    QList<SourceLink> sources; // verbatim passages, as an event's are
};

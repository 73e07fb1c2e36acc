#pragma once

#include "figuremention.h"

#include <QList>
#include <QStringView>

// Finds the figures a text gives: money ("£399m", "£1.3 million", "£2.5bn", "£130,000",
// "£40m-£50m"), staff ("4.0 FTE"), percentages ("52 per cent", "29%"), people and beds
// ("1,900 people", "12 step-down beds"), each with its extent and value. Qualifiers and hedges
// are read from the words before and are not part of the extent: "about", "up to", "more
// than", "at least" just before; "estimated", "indicative" earlier in the sentence; a list
// item takes them from its lead-in ("is approximately as follows:"). A number needs a unit to
// be a figure, so years, days, paragraph and section numbers, telephone numbers, reference
// codes and plain counts never are; the guards in figurefinder.cpp keep the units' own
// neighbours out ("in 2018 people", "0116 305 6000 beds", "section 75 beds").
class FigureFinder
{
public:
    // In text order; figures never overlap.
    static QList<FigureMention> find(QStringView text);
};

#pragma once

#include "datemention.h"
#include "eventdate.h"

#include <QList>
#include <QStringView>

// Finds every mention of a date or period in a text and what it means: UK financial years in
// every written form, financial and calendar quarters, seasons, weeks, thirds ("early March",
// "the end of 2020"), decades, ranges, numeric dates read day first, and relative words
// counted from the document date ("last week", "the new financial year", "on Thursday").
// Titles, names, durations, frequencies, money, references and times are not dates.
// The conventions are in core/README.md ("Date mentions") and tests/data/dates/README.md.
class DateMentionFinder
{
public:
    // In text order; mentions never overlap. Without a document date, mentions that count
    // from it are still found but carry an invalid date.
    static QList<DateMention> find(QStringView text, const EventDate &documentDate = {});
};

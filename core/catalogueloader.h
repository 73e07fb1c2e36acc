#pragma once

#include "catalogue.h"
#include "fileresolver.h"
#include "problem.h"

#include <QString>

// The outcome of loading: a catalogue and every problem found. When problems is not empty
// the catalogue must not replace one the user already has open.
struct CatalogueLoadResult
{
    Catalogue catalogue;
    ProblemList problems;
    // Reported, but the catalogue opens all the same (an added document's text has changed).
    ProblemList warnings;

    bool ok() const { return problems.isEmpty(); }
};

// Reads a timeline from disk or resources: a catalogue JSON file (with its source index
// and documents), a generic event list (JSON or CSV; see EventListReader), a TimelineJS
// file (TimelineJsReader), vis-timeline data (VisTimelineReader) or an iCalendar file
// (ICalendarReader).
class CatalogueLoader
{
public:
    // ":/resources/catalogue.json", the story compiled into the program.
    static QString builtInPath();
    static CatalogueLoadResult loadBuiltIn();

    // Chooses the reader by content: a JSON object with "lanes"/"sourceIndex" is a
    // catalogue; a JSON object whose events carry "start" is an event list, one whose events
    // carry "start_date" objects a TimelineJS file; ".csv" is CSV; ".ics" or text beginning
    // BEGIN:VCALENDAR is iCalendar; a JSON array, or an object with "items", is vis-timeline data.
    // The file must be a regular file within InputLimits; running out of memory while
    // loading is reported as a problem, not a crash.
    static CatalogueLoadResult load(const QString &path);
    // The same for a file read already (path names it in problems and decides CSV); the files
    // it names are read through files.
    static CatalogueLoadResult load(const QString &path, const QByteArray &data,
                                    const FileResolver &files);

private:
    static CatalogueLoadResult loadData(const QString &path, const QByteArray &data,
                                        const FileResolver &files);
};

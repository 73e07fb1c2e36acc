#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --export-format timelinejs|csv|ics [--output FILE] [--all-events] [--map SPEC] [CATALOGUE]:
// writes the timeline in another tool's format (TimelineJsWriter, EventListingWriter's CSV or,
// with --map, MappedCsvWriter's CSV in the columns of the spec, or
// ICalendarWriter with the planned events, or all of them with --all-events), to stdout or
// through QSaveFile to FILE, and exits. A catalogue with problems prints them as --check does
// and writes nothing.
class ExportFormatAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(ExportFormatAction)

public:
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

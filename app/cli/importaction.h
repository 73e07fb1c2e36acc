#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --import FILE [--map SPEC] [--sheet NAME|N] [--save-as CAT]: reads a spreadsheet (CSV, TSV,
// XLSX, ODS), maps its columns (SPEC, or the guess, printed on stderr), imports the rows and
// writes the catalogue to CAT, or prints the event listing as --list-events --format csv does.
// Every row's problem is printed as file:line:column: message. Exits 1 when nothing could be
// imported or the mapping is unusable, 2 for a bad --map or --sheet, and 0 when some rows
// were imported (the problems of the others printed, as --check prints warnings).
class ImportAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(ImportAction)

public:
    // --map SPEC, which --export-format csv takes too (the same spec writes the columns back).
    static QCommandLineOption mapOption();
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

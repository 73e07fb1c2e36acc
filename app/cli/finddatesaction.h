#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --find-dates FILE [--document-date DATE] [--format json|csv]: extracts the text of FILE as
// a source would keep it (DocumentImporter) and prints every date mention in it, with the
// document's own date (given, or found from its heading or relative mentions) and its basis.
// Offsets are code points of the extracted text. Exits 1 when FILE cannot be read, 2 for a
// bad --document-date or --format.
class FindDatesAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(FindDatesAction)

public:
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

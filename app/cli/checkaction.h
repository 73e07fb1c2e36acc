#pragma once

#include "commandlineaction.h"
#include "problem.h"

#include <QCoreApplication>

// --check [CATALOGUE]: loads and validates, printing every problem as
// "file:line:column: message", one per line on stderr. Exits 1 when there is any.
class CheckAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(CheckAction)

public:
    QCommandLineOption trigger() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;

    // The form every action reports a catalogue's problems in.
    static void writeProblems(const ProblemList &problems, QTextStream &err);
};

#pragma once

#include "applicationkind.h"

#include <QCommandLineOption>
#include <QList>

class CommandLineOptions;
class QTextStream;

// One thing the program can do from the command line instead of opening its window, such
// as --list-events. An action declares the option that asks for it (its trigger) and the
// options that only make sense with it; CommandLine parses, checks and dispatches.
// Register new actions in registeredactions.cpp.
class CommandLineAction
{
public:
    virtual ~CommandLineAction() = default;

    // The option that asks for this action: --list-events, --export-filename OUT.
    virtual QCommandLineOption trigger() const = 0;
    // Options that only apply with the trigger (--format). Given without it, they are a
    // usage error. Several actions may share one; the first declaration is used.
    virtual QList<QCommandLineOption> modifiers() const { return {}; }
    // The application object run() needs with these options. Core means no display at all.
    virtual ApplicationKind applicationKind(const CommandLineOptions &options) const
    {
        Q_UNUSED(options);
        return ApplicationKind::Core;
    }

    // Does the work: results to out, diagnostics to err. Returns a process exit code
    // (see exitcode.h). Options are valid and name this action's trigger.
    virtual int run(const CommandLineOptions &options, QTextStream &out,
                    QTextStream &err) const = 0;
};

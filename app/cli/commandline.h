#pragma once

#include "applicationkind.h"
#include "commandlineaction.h"
#include "commandlineoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

// The program's command line: the shared options plus every action's options. Decides,
// before an application object exists, which one the run needs, and runs the headless
// part: help, version, usage errors and the one action asked for.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(); // with registeredActions()
    explicit CommandLine(std::vector<std::unique_ptr<CommandLineAction>> actions);
    ~CommandLine();
    CommandLine(const CommandLine &) = delete;
    CommandLine &operator=(const CommandLine &) = delete;

    // argv as Qt will see it, for deciding before an application object exists.
    static QStringList arguments(int argc, char *argv[]);

    // Parses and checks: at most one action, at most one CATALOGUE, and no action's
    // option without that action. The error is one line.
    CommandLineOptions parse(const QStringList &arguments) const;
    // The action the options ask for, or null (help, version, an error, or the window).
    const CommandLineAction *requestedAction(const CommandLineOptions &options) const;

    // Widgets only for the window; help, version and mistakes never need a display.
    ApplicationKind applicationKind(const QStringList &arguments) const;

    // Runs a headless command line: prints help, the version or the usage error, or runs
    // the action. Returns the process exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

private:
    QString checkUsage(const CommandLineOptions &options) const;

    std::vector<std::unique_ptr<CommandLineAction>> m_actions;
};

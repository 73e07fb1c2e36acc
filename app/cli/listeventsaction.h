#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --list-events [--format json|csv] [CATALOGUE]: prints the model (EventListingWriter) and
// exits. A catalogue with problems prints them as --check does and nothing else.
class ListEventsAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(ListEventsAction)

public:
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

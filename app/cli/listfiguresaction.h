#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --list-figures [--format json|csv] [CATALOGUE]: prints the figures (FigureListingWriter)
// and exits. A catalogue with problems prints them as --check does and nothing else.
class ListFiguresAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(ListFiguresAction)

public:
    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

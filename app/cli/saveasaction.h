#pragma once

#include "commandlineaction.h"

#include <QCoreApplication>

// --save-as FILE [CATALOGUE]: loads CATALOGUE (or the built-in story) and writes it to FILE
// in the catalogue format, through the writer the window saves with. A catalogue with
// problems prints them as --check does and writes nothing.
class SaveAsAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(SaveAsAction)

public:
    QCommandLineOption trigger() const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;
};

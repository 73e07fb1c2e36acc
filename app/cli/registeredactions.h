#pragma once

#include "commandlineaction.h"

#include <memory>
#include <vector>

class ExportFigures;

// Every action the command line offers, in the order --help lists them.
// To add one, write a CommandLineAction and append it in registeredactions.cpp.
// figures draws the Figures chart into exports (the program gives app/ui's FiguresExport);
// without it --with-figures is refused.
std::vector<std::unique_ptr<CommandLineAction>>
registeredActions(const ExportFigures *figures = nullptr);

#pragma once

#include "commandlineaction.h"

#include <memory>
#include <vector>

// Every action the command line offers, in the order --help lists them.
// To add one, write a CommandLineAction and append it in registeredactions.cpp.
std::vector<std::unique_ptr<CommandLineAction>> registeredActions();

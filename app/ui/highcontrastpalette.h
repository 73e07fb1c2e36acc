#pragma once

#include <QPalette>

// The palette of the View > High Contrast option: white and yellow on black, with
// selection in yellow, for people who need stronger contrast than the system gives.
class HighContrastPalette
{
public:
    static QPalette palette();
};

#pragma once

#include <QPalette>

#include <QString>

// The look of the View > High Contrast option: white and yellow on black, with selection
// in yellow, for people who need stronger contrast than the system gives.
class HighContrastPalette
{
public:
    static QPalette palette();
    // Fusion draws field and button outlines a shade darker than the window, which on black
    // is invisible; this draws them in white instead.
    static QString styleSheet();
};

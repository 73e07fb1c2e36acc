#pragma once

#include "exportsettings.h"

#include <QCoreApplication>
#include <QString>

class Catalogue;
class QPrinter;
class QWidget;

// Prints what an export shows (the timeline pages, or the handout) through QtPrintSupport,
// drawn by the same composer as the files: never a screenshot. The printer's paper wins
// over the settings', so a change made in the print dialog is kept.
class TimelinePrinter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePrinter)

public:
    // The settings' paper and orientation, and full page (the settings bring their margins).
    static void setUp(QPrinter *printer, const ExportSettings &settings);
    // Draws every page onto printer. Empty on success, else one line.
    static QString print(const Catalogue &catalogue, const ExportSettings &settings,
                         QPrinter *printer);
    // Opens a print preview over parent and prints from it; returns the dialog's result.
    static int preview(const Catalogue &catalogue, const ExportSettings &settings, QWidget *parent);
};

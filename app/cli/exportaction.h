#pragma once

#include "commandlineaction.h"
#include "exportsettings.h"

#include <QCoreApplication>

class Catalogue;
class ExportFigures;

// --export-filename OUT.(png|svg|pdf) [--export-width PX] [--export-height PX]
// [--export-dpi N] [--from DATE] [--to DATE] [--lanes A,B] [--filter TEXT] [--title TEXT]
// [--subtitle TEXT] [--theme screen|print|high-contrast] [--page A4|A3]
// [--orientation landscape|portrait] [--export-pages N] [--handout]
// [--with-figures | --figures-only] [CATALOGUE]:
// draws the timeline into a file with the renderer the window uses, on a QGuiApplication
// without a display; with the Figures chart, on a QApplication without one. Every argument is checked before anything is drawn; a bad one prints
// one line and writes nothing.
class ExportAction : public CommandLineAction
{
    Q_DECLARE_TR_FUNCTIONS(ExportAction)

public:
    // figures draws the chart for --with-figures and --figures-only; null refuses them.
    explicit ExportAction(const ExportFigures *figures = nullptr) : m_figures(figures) {}

    QCommandLineOption trigger() const override;
    QList<QCommandLineOption> modifiers() const override;
    ApplicationKind applicationKind(const CommandLineOptions &options) const override;
    int run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const override;

    // The settings the options ask for, checked against the catalogue (lane ids, the story's
    // ends for a missing --from or --to); null checks only what needs no catalogue. On a
    // mistake returns false and sets *error to one line naming the bad value.
    static bool settingsFrom(const CommandLineOptions &options, const Catalogue *catalogue,
                             ExportSettings *settings, QString *error);

private:
    const ExportFigures *m_figures;
};

#pragma once

#include "catalogueloader.h"

#include <QCoreApplication>
#include <QString>

class CommandLineOptions;

// The optional CATALOGUE argument that the actions and the window share: a catalogue JSON
// file or a generic event list (CSV or JSON). Without one, the built-in story.
class CatalogueArgument
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueArgument)

public:
    // The path as given, or empty for the built-in story.
    static QString path(const CommandLineOptions &options);
    // How messages name it: the path as given, or the built-in story's resource path.
    static QString displayName(const CommandLineOptions &options);

    // Loads it. A path that names no file gives a single problem naming it.
    static CatalogueLoadResult load(const CommandLineOptions &options);
};

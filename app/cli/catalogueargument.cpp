#include "catalogueargument.h"

#include "commandlineoptions.h"

#include <QFileInfo>

QString CatalogueArgument::path(const CommandLineOptions &options)
{
    return options.positionalArguments().value(0);
}

QString CatalogueArgument::displayName(const CommandLineOptions &options)
{
    const QString given = path(options);
    return given.isEmpty() ? CatalogueLoader::builtInPath() : given;
}

CatalogueLoadResult CatalogueArgument::load(const CommandLineOptions &options)
{
    const QString given = path(options);
    if (given.isEmpty())
        return CatalogueLoader::loadBuiltIn();

    // Checked here so that a mistyped name gets one plain line, whatever the loader says.
    const QFileInfo file(given);
    if (!file.exists() || !file.isFile()) {
        CatalogueLoadResult result;
        result.problems.append(
            {given, 0, 0, file.exists() ? tr("not a file") : tr("no such file")});
        return result;
    }
    return CatalogueLoader::load(given);
}

#include "saveasaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "cataloguesaver.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "exitcode.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kSaveAs = u"save-as"_s;

} // namespace

QCommandLineOption SaveAsAction::trigger() const
{
    return QCommandLineOption(
        kSaveAs, tr("Write CATALOGUE (an event list too) to FILE as a catalogue."), tr("FILE"));
}

int SaveAsAction::run(const CommandLineOptions &options, QTextStream &, QTextStream &err) const
{
    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        CheckAction::writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    const CatalogueSaver::Result saved = CatalogueSaver::save(
        result.catalogue, CatalogueArgument::displayName(options), options.value(kSaveAs));
    if (!saved.ok) {
        err << ApplicationIdentity::name() << u": "_s << saved.error << Qt::endl;
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

#include "checkaction.h"

#include "catalogueargument.h"
#include "commandlineoptions.h"
#include "exitcode.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

QCommandLineOption CheckAction::trigger() const
{
    return QCommandLineOption(u"check"_s,
                              tr("Validate CATALOGUE and print every problem as "
                                 "file:line:column: message. Exits 1 when there is any."));
}

int CheckAction::run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const
{
    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    out << tr("%1: no problems; events: %2, sources: %3")
               .arg(CatalogueArgument::displayName(options))
               .arg(result.catalogue.events().size())
               .arg(result.catalogue.sources().size())
        << Qt::endl;
    return ExitCode::Success;
}

void CheckAction::writeProblems(const ProblemList &problems, QTextStream &err)
{
    for (const Problem &problem : problems) {
        // One problem per line, even when a near-match quoted from a document spans lines.
        QString line = problem.toString();
        line.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
        err << line << u'\n';
    }
    err.flush();
}

#include "checkaction.h"

#include "catalogueargument.h"
#include "commandlineoptions.h"
#include "editorialcheck.h"
#include "exitcode.h"

#include <QFile>
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
    // Warnings do not fail the check: the catalogue loads and is usable.
    writeWarnings(result.warnings, err);
    const QString name = CatalogueArgument::displayName(options);
    QFile file(CatalogueArgument::path(options).isEmpty() ? CatalogueLoader::builtInPath()
                                                          : CatalogueArgument::path(options));
    if (file.open(QIODevice::ReadOnly))
        writeWarnings(EditorialCheck::check(result.catalogue, file.readAll(), name), err);
    out << tr("%1: no problems; events: %2, sources: %3")
               .arg(CatalogueArgument::displayName(options))
               .arg(result.catalogue.events().size())
               .arg(result.catalogue.sources().size())
        << Qt::endl;
    return ExitCode::Success;
}

void CheckAction::writeWarnings(const ProblemList &warnings, QTextStream &err)
{
    for (const Problem &warning : warnings) {
        const QString place =
            warning.line > 0 ? u"%1:%2"_s.arg(warning.file).arg(warning.line) : warning.file;
        err << tr("%1: warning: %2").arg(place, warning.message) << u'\n';
    }
    err.flush();
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

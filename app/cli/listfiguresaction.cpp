#include "listfiguresaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "exitcode.h"
#include "figurelistingwriter.h"
#include "listingformat.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kJson = u"json"_s;

} // namespace

QCommandLineOption ListFiguresAction::trigger() const
{
    return QCommandLineOption(u"list-figures"_s,
                              tr("Print the figures (amounts the sources give) of CATALOGUE and "
                                 "exit."));
}

// The same --format as --list-events (declared once; CommandLine accepts it with either).
QList<QCommandLineOption> ListFiguresAction::modifiers() const
{
    return {QCommandLineOption(ListingFormat::optionName(),
                               tr("Output format for --list-figures: json or csv."), u"json|csv"_s,
                               kJson)};
}

int ListFiguresAction::run(const CommandLineOptions &options, QTextStream &out,
                           QTextStream &err) const
{
    const std::optional<ListingFormat::Kind> format = ListingFormat::read(options, err);
    if (!format)
        return ExitCode::Usage;

    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        CheckAction::writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    const QByteArray text = *format == ListingFormat::Kind::Csv
                                ? FigureListingWriter::toCsv(result.catalogue)
                                : FigureListingWriter::toJson(result.catalogue);
    out << QString::fromUtf8(text);
    out.flush();
    return ExitCode::Success;
}

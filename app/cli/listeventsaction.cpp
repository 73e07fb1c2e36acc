#include "listeventsaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "eventlistingwriter.h"
#include "exitcode.h"
#include "listingformat.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kJson = u"json"_s;

} // namespace

QCommandLineOption ListEventsAction::trigger() const
{
    return QCommandLineOption(u"list-events"_s,
                              tr("Print the sources and events of CATALOGUE and exit."));
}

QList<QCommandLineOption> ListEventsAction::modifiers() const
{
    return {
        QCommandLineOption(ListingFormat::optionName(),
                           tr("Output format for --list-events and --list-figures: json or csv."),
                           u"json|csv"_s, kJson)};
}

int ListEventsAction::run(const CommandLineOptions &options, QTextStream &out,
                          QTextStream &err) const
{
    // Checked before loading, so a typo costs nothing and says only what is wrong.
    const std::optional<ListingFormat::Kind> format = ListingFormat::read(options, err);
    if (!format)
        return ExitCode::Usage;

    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        CheckAction::writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    const QByteArray text = *format == ListingFormat::Kind::Csv
                                ? EventListingWriter::toCsv(result.catalogue)
                                : EventListingWriter::toJson(result.catalogue);
    out << QString::fromUtf8(text);
    out.flush();
    return ExitCode::Success;
}

#include "listeventsaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "eventlistingwriter.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "exitcode.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"format"_s;
const QString kJson = u"json"_s;
const QString kCsv = u"csv"_s;

} // namespace

QCommandLineOption ListEventsAction::trigger() const
{
    return QCommandLineOption(u"list-events"_s,
                              tr("Print the sources and events of CATALOGUE and exit."));
}

QList<QCommandLineOption> ListEventsAction::modifiers() const
{
    return {QCommandLineOption(kFormat, tr("Output format for --list-events and --list-figures: json or csv."),
                               u"json|csv"_s, kJson)};
}

int ListEventsAction::run(const CommandLineOptions &options, QTextStream &out,
                          QTextStream &err) const
{
    // Checked before loading, so a typo costs nothing and says only what is wrong.
    const QString format = options.value(kFormat).toLower();
    if (format != kJson && format != kCsv) {
        err << ApplicationIdentity::name() << u": "_s
            << tr("unknown format \u201C%1\u201D for --format; use json or csv")
                   .arg(options.value(kFormat))
            << Qt::endl;
        return ExitCode::Usage;
    }

    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        CheckAction::writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    const QByteArray text = format == kCsv ? EventListingWriter::toCsv(result.catalogue)
                                           : EventListingWriter::toJson(result.catalogue);
    out << QString::fromUtf8(text);
    out.flush();
    return ExitCode::Success;
}

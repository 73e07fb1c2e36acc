#include "listfiguresaction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "exitcode.h"
#include "figurelistingwriter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kFormat = u"format"_s;
const QString kJson = u"json"_s;
const QString kCsv = u"csv"_s;

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
    return {QCommandLineOption(kFormat, tr("Output format for --list-figures: json or csv."),
                               u"json|csv"_s, kJson)};
}

int ListFiguresAction::run(const CommandLineOptions &options, QTextStream &out,
                           QTextStream &err) const
{
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
    const QByteArray text = format == kCsv ? FigureListingWriter::toCsv(result.catalogue)
                                           : FigureListingWriter::toJson(result.catalogue);
    out << QString::fromUtf8(text);
    out.flush();
    return ExitCode::Success;
}

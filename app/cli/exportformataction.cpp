#include "exportformataction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "cataloguesaver.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "exitcode.h"
#include "timelinejswriter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kExportFormat = u"export-format"_s;
const QString kOutput = u"output"_s;
const QString kTimelineJs = u"timelinejs"_s;

} // namespace

QCommandLineOption ExportFormatAction::trigger() const
{
    return QCommandLineOption(
        kExportFormat,
        tr("Write the events of CATALOGUE in another tool's format and exit: timelinejs "
           "(TimelineJS JSON, for publishing on a website)."),
        u"FORMAT"_s);
}

QList<QCommandLineOption> ExportFormatAction::modifiers() const
{
    return {QCommandLineOption(
        kOutput, tr("Write --export-format's output to FILE instead of stdout."), u"FILE"_s)};
}

int ExportFormatAction::run(const CommandLineOptions &options, QTextStream &out,
                            QTextStream &err) const
{
    // Checked before loading, so a typo costs nothing and says only what is wrong.
    const QString format = options.value(kExportFormat).toLower();
    if (format != kTimelineJs) {
        err << ApplicationIdentity::name() << u": "_s
            << tr("unknown format \u201C%1\u201D for --export-format; use timelinejs")
                   .arg(options.value(kExportFormat))
            << Qt::endl;
        return ExitCode::Usage;
    }
    const QString output = options.value(kOutput);
    if (options.isSet(kOutput) && output.isEmpty()) {
        err << ApplicationIdentity::name() << u": "_s << tr("--output needs a file name")
            << Qt::endl;
        return ExitCode::Usage;
    }

    const CatalogueLoadResult result = CatalogueArgument::load(options);
    if (!result.ok()) {
        CheckAction::writeProblems(result.problems, err);
        return ExitCode::Failure;
    }
    const QByteArray bytes = TimelineJsWriter::toJson(result.catalogue);
    if (output.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return ExitCode::Success;
    }
    if (const QString error = CatalogueSaver::writeFile(output, bytes); !error.isEmpty()) {
        err << ApplicationIdentity::name() << u": "_s << error << Qt::endl;
        return ExitCode::Failure;
    }
    return ExitCode::Success;
}

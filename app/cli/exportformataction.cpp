#include "exportformataction.h"

#include "applicationidentity.h"
#include "catalogueargument.h"
#include "cataloguesaver.h"
#include "checkaction.h"
#include "commandlineoptions.h"
#include "eventlistingwriter.h"
#include "exitcode.h"
#include "icalendarwriter.h"
#include "importaction.h"
#include "mappedcsvwriter.h"
#include "timelinejswriter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kExportFormat = u"export-format"_s;
const QString kOutput = u"output"_s;
const QString kAllEvents = u"all-events"_s;
const QString kMap = u"map"_s;
const QString kTimelineJs = u"timelinejs"_s;
const QString kCsv = u"csv"_s;
const QString kIcs = u"ics"_s;

} // namespace

QCommandLineOption ExportFormatAction::trigger() const
{
    return QCommandLineOption(
        kExportFormat,
        tr("Write the events of CATALOGUE in another tool's format and exit: timelinejs "
           "(TimelineJS JSON, for publishing on a website), csv (the columns of --list-events "
           "--format csv) or ics (iCalendar: the planned events, for a calendar)."),
        u"FORMAT"_s);
}

QList<QCommandLineOption> ExportFormatAction::modifiers() const
{
    return {QCommandLineOption(kOutput,
                               tr("Write --export-format's output to FILE instead of stdout."),
                               u"FILE"_s),
            QCommandLineOption(kAllEvents,
                               tr("With --export-format ics, write every event, not only the "
                                  "planned ones.")),
            ImportAction::mapOption()};
}

int ExportFormatAction::run(const CommandLineOptions &options, QTextStream &out,
                            QTextStream &err) const
{
    // Checked before loading, so a typo costs nothing and says only what is wrong.
    const QString format = options.value(kExportFormat).toLower();
    if (format != kTimelineJs && format != kCsv && format != kIcs) {
        err << ApplicationIdentity::name() << u": "_s
            << tr("unknown format \u201C%1\u201D for --export-format; use timelinejs, csv or ics")
                   .arg(options.value(kExportFormat))
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (options.isSet(kAllEvents) && format != kIcs) {
        err << ApplicationIdentity::name() << u": "_s
            << tr("--all-events applies only to --export-format ics") << Qt::endl;
        return ExitCode::Usage;
    }
    std::optional<QList<MappedCsvWriter::Column>> columns;
    if (options.isSet(kMap)) {
        if (format != kCsv) {
            err << ApplicationIdentity::name() << u": "_s
                << tr("--map applies only to --export-format csv") << Qt::endl;
            return ExitCode::Usage;
        }
        QString error;
        columns = MappedCsvWriter::columnsFromSpec(options.value(kMap), &error);
        if (!columns) {
            err << ApplicationIdentity::name() << u": --map: "_s << error << Qt::endl;
            return ExitCode::Usage;
        }
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
    QByteArray bytes;
    if (format == kCsv && columns)
        bytes = MappedCsvWriter::toCsv(result.catalogue, *columns);
    else if (format == kCsv)
        bytes = EventListingWriter::toCsv(result.catalogue);
    else if (format == kIcs)
        bytes = ICalendarWriter::toIcs(result.catalogue, options.isSet(kAllEvents)
                                                             ? ICalendarWriter::Events::All
                                                             : ICalendarWriter::Events::Planned);
    else
        bytes = TimelineJsWriter::toJson(result.catalogue);
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

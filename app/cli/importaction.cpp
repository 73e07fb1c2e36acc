#include "importaction.h"

#include "applicationidentity.h"
#include "cataloguesaver.h"
#include "checkaction.h"
#include "columnmapping.h"
#include "commandlineoptions.h"
#include "eventlistingwriter.h"
#include "exitcode.h"
#include "fileresolver.h"
#include "inputlimits.h"
#include "sheetimport.h"
#include "workbookreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const QString kImport = u"import"_s;
const QString kMap = u"map"_s;
const QString kSheet = u"sheet"_s;
const QString kSaveAs = u"save-as"_s;

} // namespace

QCommandLineOption ImportAction::trigger() const
{
    return QCommandLineOption(
        kImport,
        tr("Import the spreadsheet FILE (CSV, TSV, XLSX or ODS) and print its events, or write "
           "them with --save-as."),
        tr("FILE"));
}

QCommandLineOption ImportAction::mapOption()
{
    return QCommandLineOption(
        kMap,
        tr("Which column holds which field, as start=Date,title=Event,summary=Notes,lane=Lane: "
           "for --import, header names or numbers (guessed from the header without it); for "
           "--export-format csv, the columns to write, in that order."),
        u"SPEC"_s);
}

QList<QCommandLineOption> ImportAction::modifiers() const
{
    return {
        mapOption(),
        QCommandLineOption(kSheet,
                           tr("The sheet --import reads, by name or number (the first "
                              "without it)."),
                           u"NAME|N"_s),
        // Also an action of its own; with --import it names the catalogue to write.
        QCommandLineOption(
            kSaveAs, tr("Write CATALOGUE (an event list too) to FILE as a catalogue."), tr("FILE")),
    };
}

int ImportAction::run(const CommandLineOptions &options, QTextStream &out, QTextStream &err) const
{
    const QString prefix = ApplicationIdentity::name() + u": "_s;
    if (!options.positionalArguments().isEmpty()) {
        err << prefix << tr("--import reads FILE only; no CATALOGUE is given with it") << Qt::endl;
        return ExitCode::Usage;
    }
    const QString path = options.value(kImport);
    const FileResolver::Read read = FileResolver().read(path, InputLimits::kMaxFileBytes);
    if (!read.error.isEmpty()) {
        err << prefix << path << u": "_s << read.error << Qt::endl;
        return ExitCode::Failure;
    }
    // Malformed records are reported and the rest of the sheet is still read.
    const Workbook workbook = WorkbookReader::read(read.data, path);
    CheckAction::writeProblems(workbook.problems, err);
    if (workbook.sheets.isEmpty())
        return ExitCode::Failure;

    // The sheet: by name first, then by 1-based number.
    qsizetype sheetIndex = 0;
    if (options.isSet(kSheet)) {
        const QString wanted = options.value(kSheet).trimmed();
        sheetIndex = -1;
        for (qsizetype i = 0; i < workbook.sheets.size() && sheetIndex < 0; ++i) {
            if (workbook.sheets.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
                sheetIndex = i;
        }
        bool isNumber = false;
        const int number = wanted.toInt(&isNumber);
        if (sheetIndex < 0 && isNumber && number >= 1 && number <= workbook.sheets.size())
            sheetIndex = number - 1;
        if (sheetIndex < 0) {
            QStringList names;
            for (const Sheet &sheet : workbook.sheets)
                names.append(sheet.name);
            err << prefix
                << tr("%1 has no sheet \u201C%2\u201D; its sheets are %3")
                       .arg(path, wanted, names.join(u", "_s))
                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    const Sheet &sheet = workbook.sheets.at(sheetIndex);
    const QStringList header = sheet.rows.value(0);

    ColumnMapping mapping;
    if (options.isSet(kMap)) {
        QString error;
        const std::optional<ColumnMapping> given =
            ColumnMapping::fromSpec(options.value(kMap), header, &error);
        if (!given) {
            err << prefix << u"--map: "_s << error << Qt::endl;
            return ExitCode::Usage;
        }
        mapping = *given;
    } else {
        mapping = ColumnMapping::guess(header);
        err << prefix << tr("guessed --map %1").arg(mapping.toSpec(header)) << Qt::endl;
    }
    if (QString why; !mapping.isUsable(&why)) {
        err << prefix << path << u": "_s << why << u' '
            << tr("(give one with --map start=COLUMN,title=COLUMN)") << Qt::endl;
        return ExitCode::Failure;
    }

    const SheetImportResult result = SheetImporter::import(sheet, mapping, path);
    CheckAction::writeProblems(result.problems, err);
    if (result.catalogue.events().isEmpty()) {
        err << prefix << tr("%1: no row could be imported").arg(path) << Qt::endl;
        return ExitCode::Failure;
    }
    if (options.isSet(kSaveAs)) {
        const CatalogueSaver::Result saved =
            CatalogueSaver::save(result.catalogue, path, options.value(kSaveAs));
        if (!saved.ok) {
            err << prefix << saved.error << Qt::endl;
            return ExitCode::Failure;
        }
    } else {
        out << QString::fromUtf8(EventListingWriter::toCsv(result.catalogue));
        out.flush();
    }
    // Rows not imported were printed; the rest are in, as --check's warnings leave it at 0.
    return ExitCode::Success;
}

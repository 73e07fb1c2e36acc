#include "importactions.h"

#include "catalogueloader.h"
#include "importdialog.h"
#include "importmerge.h"
#include "importmappingstore.h"
#include "inputlimits.h"
#include "mainwindow.h"
#include "timelinedocument.h"
#include "workbookreader.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {

// The undo step's name: "Import 3 Events from timeline.xlsx".
QString importText(qsizetype count, const QString &name)
{
    return count == 1 ? ImportActions::tr("Import 1 Event from %1").arg(name)
                      : ImportActions::tr("Import %1 Events from %2").arg(count).arg(name);
}

QString importedText(qsizetype count, const QString &name)
{
    return count == 1 ? ImportActions::tr("Imported 1 event from %1").arg(name)
                      : ImportActions::tr("Imported %1 events from %2").arg(count).arg(name);
}

} // namespace

ImportActions::ImportActions(MainWindow *window) : QObject(window), m_window(window) {}

void ImportActions::showImportDialog()
{
    const QString current = m_window->currentFile();
    const QString start = current.startsWith(u':') ? QString() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), start,
        tr("Spreadsheets and timelines (*.csv *.tsv *.txt *.xlsx *.ods *.json *.ics);;"
           "Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    const bool into = !m_window->document()->isReadOnly();
    importFile(path, into ? Target::OpenTimeline : Target::NewTimeline);
}

bool ImportActions::importFile(const QString &path, Target target, Mode mode)
{
    const QString name = QFileInfo(path).fileName();
    if (target == Target::OpenTimeline && !isForeignSpreadsheet(path))
        return importTimeline(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_window->reportProblems(path, {{path, 0, 0, tr("cannot be read: %1").arg(file.errorString())}});
        return false;
    }
    if (file.size() > InputLimits::kMaxFileBytes) {
        m_window->reportProblems(
            path, {{path, 0, 0, InputLimits::tooLarge(file.size(), InputLimits::kMaxFileBytes)}});
        return false;
    }
    const Workbook workbook = WorkbookReader::read(file.readAll(), path);
    // A malformed record is one of the file's problems, but the rest of the sheet still
    // reads: only a file with no sheet at all is refused. The dialog lists the others.
    if (workbook.sheets.isEmpty()) {
        ProblemList problems = workbook.problems;
        if (problems.isEmpty())
            problems.append({path, 0, 0, tr("holds no sheet to import")});
        m_window->reportProblems(path, problems);
        return false;
    }

    const ImportMappingStore::Entry remembered = ImportMappingStore::load(path);
    ImportDialog dialog(workbook, path, m_window);
    dialog.setEntry(remembered);
    if (mode == Mode::Remembered) {
        if (!remembered.isValid() || dialog.entry().spec != remembered.spec ||
            dialog.result().catalogue.events().isEmpty())
            return false;
    } else if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    const SheetImportResult &result = dialog.result();
    const qsizetype count = result.catalogue.events().size();
    if (count == 0)
        return false;
    ImportMappingStore::save(path, dialog.entry());

    int unread = 0;
    for (const SheetImportRow &row : result.rows)
        unread += !row.imported && !row.problems.isEmpty();
    const QString lane = QFileInfo(path).completeBaseName();
    if (target == Target::OpenTimeline && !m_window->document()->isReadOnly()) {
        m_window->document()->importEvents(
            result.catalogue, lane, importText(count, name));
    } else {
        // Through the same merge as an import into a timeline, so rows without a lane get one.
        const MergedImport merged = ImportMerge::merge(Catalogue(), result.catalogue, lane);
        Catalogue catalogue = result.catalogue;
        catalogue.setLanes(merged.lanes);
        catalogue.setActors(merged.actors);
        catalogue.setTags(merged.tags);
        catalogue.setSources(merged.sources);
        catalogue.setEvents(merged.events);
        if (catalogue.title().isEmpty())
            catalogue.setTitle(lane);
        m_window->showImported(catalogue, path);
    }
    QString message = importedText(count, name);
    if (unread > 0)
        message += u"; "_s + (unread == 1 ? tr("1 row could not be read and was left out")
                                          : tr("%1 rows could not be read and were left out")
                                                .arg(unread));
    m_window->statusBar()->showMessage(message, 10000);
    return true;
}

bool ImportActions::importTimeline(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const CatalogueLoadResult loaded = CatalogueLoader::load(path);
    if (!loaded.ok()) {
        m_window->reportProblems(path, loaded.problems);
        return false;
    }
    // Passages quote documents of the other file's source index, which the open timeline
    // does not have: they would not load again. Open such a file instead.
    for (const TimelineEvent &event : loaded.catalogue.events()) {
        if (!event.sources().isEmpty()) {
            m_window->reportProblems(
                path, {{path, 0, 0,
                        tr("has passages quoted from its own source documents, which cannot "
                           "be added to another timeline; open it with File > Open instead")}});
            return false;
        }
    }
    const qsizetype count = loaded.catalogue.events().size();
    if (count == 0) {
        m_window->reportProblems(path, {{path, 0, 0, tr("holds no events to import")}});
        return false;
    }
    m_window->document()->importEvents(
        loaded.catalogue, QFileInfo(path).completeBaseName(),
        importText(count, name));
    m_window->statusBar()->showMessage(
        importedText(count, name), 10000);
    return true;
}

bool ImportActions::isForeignSpreadsheet(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "tsv"_L1 || suffix == "tab"_L1 || suffix == "xlsx"_L1 || suffix == "ods"_L1)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    if (WorkbookReader::isZip(head))
        return true;
    if (suffix != "csv"_L1 && suffix != "txt"_L1)
        return false;
    // The loader's event lists have the columns id, start, title and optionally end, group
    // and category, in any order; its errors in one are the loader's to tell. Anything else
    // (our own listing's columns included) is read as a spreadsheet.
    const Workbook workbook = WorkbookReader::read(head, path);
    if (workbook.sheets.isEmpty() || workbook.sheets.first().rows.isEmpty())
        return false;
    static const QStringList eventListColumns{u"id"_s,    u"start"_s, u"end"_s,
                                              u"title"_s, u"group"_s, u"category"_s};
    QStringList header;
    for (const QString &cell : workbook.sheets.first().rows.first())
        header.append(cell.trimmed().toLower());
    const bool eventList =
        header.contains(u"id"_s) && header.contains(u"start"_s) && header.contains(u"title"_s) &&
        std::all_of(header.cbegin(), header.cend(),
                    [](const QString &name) { return eventListColumns.contains(name); });
    return !eventList;
}

#pragma once

#include "catalogue.h"
#include "columnmapping.h"
#include "eventdate.h"
#include "problem.h"
#include "sheet.h"

#include <QList>
#include <QString>
#include <QStringList>

// One row of a sheet as the import read it, for a preview and for reports.
struct SheetImportRow
{
    int row = 0;           // 1-based row number in the sheet
    EventDate start;       // parsed start (what the preview shows), invalid if unread
    bool imported = false; // became an event
    ProblemList problems;  // this row's problems, with line = row (or text line for
                           // delimited files) and column = 1-based column
};

struct SheetImportResult
{
    Catalogue catalogue; // the events (with the lanes, actors and tags they name)
    QList<SheetImportRow> rows;
    ProblemList problems; // every problem, in row order
};

// Turns the rows of a sheet into events through a column mapping (see core/README.md,
// "Spreadsheets"). Nothing the user typed is lost: a row that cannot be read is reported with
// its cells' text, and cells of columns that are not mapped are kept in the summary.
class SheetImporter
{
public:
    // The rows after mapping.headerRow() become events: start (+ end) → date (a start and an
    // end cell make a range; a range in the start cell is taken whole), title, summary, lane
    // (lanes made from distinct values in first-seen order, ids from names), actors/tags
    // (split on ";" or ","), id (kept when unique, else made from the title), source/quote/url
    // (kept as lines of the summary: an imported catalogue has no documents to hold passages).
    // A row whose date or title cannot be read is not imported and is reported (file, row,
    // column, what is wrong, the cells' text). Cells in columns that are not mapped are
    // appended to the summary as "Header: value" lines. Empty rows are skipped silently. A
    // TimelineJS template sheet (isTimelineJsTemplate) is read by its own columns.
    static SheetImportResult import(const Sheet &sheet, const ColumnMapping &mapping,
                                    const QString &fileName);
    // A header with the TimelineJS template's Year and Headline columns (and no Date column
    // of its own: the template has none).
    static bool isTimelineJsTemplate(const QStringList &header);
};

#pragma once

#include "problem.h"
#include "sheet.h"

#include <QList>
#include <QString>

// The sheets of one spreadsheet file, as WorkbookReader reads them.
struct Workbook
{
    QString format;       // "csv", "tsv", "xlsx", "ods"
    QList<Sheet> sheets;  // at least one when problems is empty
    ProblemList problems; // file-level problems (corrupt zip, not a spreadsheet, …) and
                          // malformed records; the sheets still hold what could be read
};

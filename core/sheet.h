#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table of cells as read, row 1 = rows[0]; cell text as shown in the spreadsheet (a
// date-formatted numeric XLSX/ODS cell becomes ISO "yyyy-MM-dd", with "THH:mm" when it has a
// time of day, using the workbook's 1900/1904 base; other numbers as their shortest decimal
// text). Trailing empty rows and columns are dropped.
struct Sheet
{
    QString name;            // sheet name; for CSV/TSV the file's base name
    QList<QStringList> rows; // rows[r][c]; rows may be shorter than the widest row
    QList<int> lines;        // for delimited text: rows[r] starts on text line lines[r]
                             // (quoted newlines make them differ); empty for XLSX/ODS
};

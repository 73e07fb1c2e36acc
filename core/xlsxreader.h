#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

class ZipReader;

// Reads an Office Open XML workbook (.xlsx, what Excel saves) into sheets of text cells:
// the sheets in the workbook's order, shared and inline strings, numbers, booleans, and the
// numeric cells whose number format is a date as ISO dates (in the workbook's 1900 or 1904
// base). A merged range's value fills the range, so each column under a merged header has
// its header.
class XlsxReader
{
public:
    static Workbook read(const ZipReader &zip, const QString &fileName);
    // A zip that holds a workbook part.
    static bool isXlsx(const ZipReader &zip);

    // Whether a number format shows a date or time: the built-in ones 14–22 and 45–47, and
    // codes with d, m, y or h outside quotes, brackets and escapes ("dd/mm/yyyy", not
    // "0.0\"m\"" or "[Red]0").
    static bool isDateFormat(int id, QStringView code);
    // "AA10" → row 9, column 26 (0-based); false when it is not a cell reference.
    static bool cellPosition(QStringView reference, int *row, int *column);
};

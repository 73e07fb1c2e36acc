#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QString>

// Reads a spreadsheet file of any format we know into sheets of text cells, for the import
// of timelines kept in spreadsheets.
class WorkbookReader
{
public:
    // Recognises the format from the bytes (zip magic + [Content_Types].xml/xl/workbook.xml
    // → xlsx; mimetype "application/vnd.oasis.opendocument.spreadsheet" → ods; otherwise
    // delimited text: BOM stripped, UTF-8 or else Windows-1252, separator guessed among
    // comma, semicolon, tab from the first lines outside quotes). fileName is for messages
    // and the sheet name only.
    static Workbook read(const QByteArray &data, const QString &fileName);
    static bool isZip(const QByteArray &data);
};

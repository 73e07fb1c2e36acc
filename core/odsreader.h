#pragma once

#include "workbook.h"

#include <QString>
#include <QStringView>

class ZipReader;

// Reads an OpenDocument spreadsheet (.ods, what LibreOffice saves) into sheets of text
// cells: each table:table of content.xml in order, with repeated rows and cells expanded
// only where something follows them (files repeat an empty row a million times to the end
// of the sheet), dates as ISO dates, numbers as their shortest decimal text, paragraphs of
// a cell joined by line breaks, and a spanned cell's value filling the cells it covers.
class OdsReader
{
public:
    static Workbook read(const ZipReader &zip, const QString &fileName);
    // A zip whose mimetype entry says it is an OpenDocument spreadsheet (or its template).
    static bool isOds(const ZipReader &zip);

    // office:date-value ("2017-08-03", "2017-08-03T10:30:00") as a Sheet shows it
    // ("2017-08-03", "2017-08-03T10:30"); empty when it is not one.
    static QString dateText(QStringView value);
    // office:time-value ("PT10H30M00S") as "10:30"; empty when it is not one.
    static QString timeText(QStringView value);
};

#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QString>

// Reads back the CSV that --list-events --format csv and --export-format csv write
// (EventListingWriter::toCsv): id,start,end,precision,approximate,status,label,title,lane,
// actors,tags,sources. The label is the date (start, end, precision, approximate and status
// must agree with it); lanes, actors and tags are named by their ids, so each becomes one
// named by its id; sources ("file:start-end;…") become passages of a source named by its file,
// with their offsets and without the documents' texts, so that writing it gives the same CSV.
class EventListingCsvReader
{
public:
    // The header line EventListingWriter writes, after a byte order mark.
    static bool isListingCsv(const QByteArray &data);
    static CatalogueLoadResult read(const QByteArray &data, const QString &fileName);
};

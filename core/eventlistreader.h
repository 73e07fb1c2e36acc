#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QString>

#include <optional>

class JsonFile;
class QIODevice;

// Reads generic event lists such as other tools and the benchmark generator write:
// JSON {"events":[{"id","start","end","title","group","category"}]} and CSV with the
// header id,start,end,title,group,category (RFC 4180 quoting). "group" becomes a lane
// (in order of first appearance), "category" a tag; start/end are ISO days or any date
// EventDate::parse accepts. Problems name the line (CSV) or line and column (JSON).
// A row with an empty group goes into a lane with the empty id, named "No group". Columns or
// fields other than these are problems, as are empty titles and repeated ids.
class EventListReader
{
public:
    static CatalogueLoadResult readCsv(const QByteArray &data, const QString &fileName);
    // The same, read from device a piece at a time (twice: once to check the text, once for
    // its records), so that a large file is never held whole.
    static CatalogueLoadResult readCsv(QIODevice *device, const QString &fileName);
    static CatalogueLoadResult readJson(const QByteArray &data, const QString &fileName);
    // For a JSON file parsed already: its problems go to the file.
    static Catalogue readJson(JsonFile &file);
    // The common case, read several times faster: a JSON list of exactly the generator's
    // shape with nothing wrong in it. nullopt means "use readJson", which explains problems.
    static std::optional<Catalogue> readPlainJson(const QByteArray &data, const QString &fileName);
    // The same, read from device a piece at a time, so that a large file is never held whole.
    // Declines a file larger than InputLimits::kMaxFileBytes, or that cannot be read.
    static std::optional<Catalogue> readPlainJson(QIODevice *device, const QString &fileName);
};

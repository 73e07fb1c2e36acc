#pragma once

#include "catalogueloader.h"

#include <QByteArray>
#include <QString>

// Reads generic event lists such as other tools and the benchmark generator write:
// JSON {"events":[{"id","start","end","title","group","category"}]} and CSV with the
// header id,start,end,title,group,category (RFC 4180 quoting). "group" becomes a lane
// (in order of first appearance), "category" a tag; start/end are ISO days or any date
// EventDate::parse accepts. Problems name the line (CSV) or line and column (JSON).
class EventListReader
{
public:
    static CatalogueLoadResult readCsv(const QByteArray &data, const QString &fileName);
    static CatalogueLoadResult readJson(const QByteArray &data, const QString &fileName);
};

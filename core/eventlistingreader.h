#pragma once

#include "catalogue.h"

class JsonFile;

// Reads back the JSON listing that --list-events prints (EventListingWriter):
// {"sources": [...], "events": [{"id", "title", "summary", "date": {"label", ...}, "status",
// "lane", "actors", "tags", "sources": [{"document", "start", "end", "excerpt"}]}]}.
// A listing names lanes, actors and tags by id only, so each becomes one named by its id;
// passages keep their offsets and excerpts, without the documents' texts.
class EventListingReader
{
public:
    // A root object with "sources" and "events" whose events carry a "date" object.
    static bool isListing(const QJsonObject &root);
    // Problems go to the file, each at the line of the element it is about.
    static Catalogue read(JsonFile &file);
};

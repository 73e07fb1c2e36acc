#pragma once

#include "catalogue.h"
#include "fileresolver.h"
#include "problem.h"

class JsonFile;

// Reads the catalogue format (README.md): lanes, tags, actors, events whose sources are
// verbatim quotes, and stories; then the source index the catalogue names and its documents,
// and turns every quote into code-point offsets. Each problem names the event (or lane,
// source, story…) and sits at the line of its "id".
class CatalogueReader
{
public:
    // file is parsed already; its problems and those of the source index go to *problems.
    // The source index and documents are read through files, under its path rule.
    // Warnings (an added document's text changed since) go to *warnings when given.
    static Catalogue read(JsonFile &file, ProblemList *problems,
                          const FileResolver &files = FileResolver(),
                          ProblemList *warnings = nullptr);
};

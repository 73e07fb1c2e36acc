#pragma once

#include "catalogue.h"
#include "catalogueloader.h"
#include "fileresolver.h"
#include "jsonoutline.h"
#include "problem.h"

#include <QByteArray>

#include <optional>

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

    // What read() gives for the file path's bytes, with the events handed to simdjson a batch
    // of about batchBytes at a time: a DOM of a megabyte or two, not one as large as the file
    // again. Null when data is not a catalogue, or not one that can be read so (malformed,
    // a member written twice, events that are not all objects…): the caller then reads it
    // whole, with read(), which says what is wrong and where.
    static std::optional<CatalogueLoadResult>
    readInBatches(const QString &path, const QByteArray &data, const FileResolver &files,
                  qsizetype batchBytes = JsonOutline::kBatchBytes);
};

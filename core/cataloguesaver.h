#pragma once

#include "catalogue.h"

#include <QByteArray>
#include <QString>

// Saves a catalogue to a file through QSaveFile, so a failed save leaves the old file whole.
// A catalogue names its source index relative to itself, and the path rule (core/README.md,
// "Reliability") lets it name only files in its own folder tree. A copy saved elsewhere keeps
// the name when the same index is found from there; otherwise the index and its documents are
// copied into "<name>-sources/" beside the new file, so the copy opens with every passage.
// Source metadata (headline, publisher, kind, date, basis) live in the index: when they were
// edited, the index is written with them (over the one the file names, or as the copy).
// The text of a document the user added is written beside the index once, before the index,
// and never over a file already there (passages are offsets into it).
class CatalogueSaver
{
public:
    struct Result
    {
        bool ok = false;
        QString error;       // "cannot write …: reason" when !ok
        QString sourceIndex; // the "sourceIndex" the saved file has
    };

    // readFrom is the file the catalogue was loaded from (empty when it was not, or was an
    // event list), used to find its source index.
    static Result save(const Catalogue &catalogue, const QString &readFrom, const QString &path);

    // Writes the catalogue as it stands, its source index still named as the file at
    // readFrom names it: for a recovery file, read back as if it were at readFrom.
    static Result saveUnplaced(const Catalogue &catalogue, const QString &path);

    // Writes bytes through QSaveFile; an empty string, or "cannot write path: reason".
    static QString writeFile(const QString &path, const QByteArray &bytes);
};

#pragma once

#include "catalogue.h"

#include <QString>

// Saves a catalogue to a file through QSaveFile, so a failed save leaves the old file whole.
// The catalogue names its source index relative to itself: a copy saved elsewhere keeps that
// name when it still finds the same index from there, and otherwise names the index it was
// read with (relative to the new place, or the built-in index by its resource path).
class CatalogueSaver
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // "cannot write …: reason" when !ok
    };

    // readFrom is the file the catalogue was loaded from (empty when it was not, or was an
    // event list), used to find its source index.
    static Result save(const Catalogue &catalogue, const QString &readFrom, const QString &path);

    // The "sourceIndex" a catalogue read from readFrom should have when saved at path.
    static QString sourceIndexFor(const Catalogue &catalogue, const QString &readFrom,
                                  const QString &path);
};

#pragma once

#include "catalogue.h"
#include "problem.h"

#include <QByteArray>
#include <QString>

// The editorial rules of resources/README.md that a program can hold: quotation marks only
// around words that occur in the event's passages, one happening one event, and a date the
// basis calls inferred or estimated flagged approximate. It warns and never fails a load.
class EditorialCheck
{
public:
    // Warnings about a loaded catalogue; json is the catalogue file's bytes and fileName how
    // warnings name it, for their lines. Event lists (no "sourceIndex") have no passages and
    // give no warnings.
    static ProblemList check(const Catalogue &catalogue, const QByteArray &json,
                             const QString &fileName);

    // The spans of a text that stand inside quotation marks, outermost only: “…”, "…", ‘…’
    // and '…'. A single mark between letters or after one (council’s, councils’) is an
    // apostrophe, not a quotation mark.
    static QStringList quotedSpans(const QString &text);
};

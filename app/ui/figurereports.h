#pragma once

#include "figure.h"

#include <QList>
#include <QString>

class Catalogue;

// How the Figures view cites figures: a passage by its source's short name and the numbered
// paragraph it sits in ("Cabinet report para 16", "HSJ"), and the differing reports of one
// quantity side by side ("reported as £399m (HSJ), £400m (Cabinet report para 3), £409m
// (para 16)"), so that no difference is averaged away.
class FigureReports
{
public:
    // "HSJ" for news and comment (the publisher), else the kind in words ("Cabinet report").
    static QString sourceName(const Catalogue &catalogue, const QString &sourceId);
    // The number of the numbered paragraph ("16. …" at the start of a line) holding the
    // passage, or 0 when the document numbers none before it.
    static int paragraphOf(const Catalogue &catalogue, const SourceLink &link);
    // "Cabinet report para 16"; with previousSourceId the same source, just "para 16".
    static QString shortCitation(const Catalogue &catalogue, const SourceLink &link,
                                 const QString &previousSourceId = {});
    // The full citation of the figure's first passage: “Headline”, Publisher, date, para N.
    static QString citation(const Catalogue &catalogue, const Figure &figure);
    // "reported as £399m (HSJ), £400m (Cabinet report para 3), £409m (para 16)".
    static QString reportedAs(const Catalogue &catalogue, const QList<Figure> &figures);
    // The amount as en-GB writes it, without qualifier: "£1.3m", "4.4 FTE".
    static QString amountText(const FigureAmount &amount);
};

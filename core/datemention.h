#pragma once

#include "eventdate.h"

#include <QString>

// One date or period DateMentionFinder found in a text: where it is, its words and the period
// they name, with how it was anchored.
struct DateMention
{
    // How the period was found: named by the words, counted from the document date, or
    // counted from the mention just before.
    enum class Anchor : quint8 { None, Document, Previous };

    qsizetype start = 0; // Unicode code points, [start, end), as the annotation corpus counts
    qsizetype end = 0;
    QString text;   // the words as written: "the end of January", "2018/19", "w/c 6 May 2019"
    EventDate date; // invalid when it needs a document date and none was given
    // What the words carry, as the corpus names it: day, week, month, financial-year, third, …
    QString precision;
    Anchor anchor = Anchor::None;
    // The year (or more) was not in the words but taken from the document date or tense.
    bool inferred = false;

    bool isApproximate() const { return date.isApproximate(); }
    bool isPlanned() const { return date.isPlanned(); }
    static QString anchorName(Anchor anchor)
    {
        switch (anchor) {
        case Anchor::Document:
            return QStringLiteral("document");
        case Anchor::Previous:
            return QStringLiteral("previous");
        case Anchor::None:
            break;
        }
        return QStringLiteral("none");
    }

    friend bool operator==(const DateMention &, const DateMention &) = default;
};

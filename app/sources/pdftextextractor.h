#pragma once

#include "documenttext.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

// The text of a PDF in reading order, from poppler's words and their boxes (not the order
// they were drawn in). On each page: columns are found from vertical gutters that no word
// crosses over most of the page's text; full-width lines (titles, footers) stand between
// them; lines are words on one baseline, ordered by x; a paragraph ends at a wider gap
// between lines, a change of font size or a first-line indent. A hyphen at a line's end is
// dropped when a word was broken ("fund-" "ing": "funding") and kept when the document shows
// a hyphenated word ("long-" "term": "long-term"; the rule is in joinLines). Pages are
// separated by a blank line. The title is the PDF's own (its document information).
class PdfTextExtractor
{
public:
    struct Word
    {
        QRectF box; // points, y downwards
        QString text;
        bool spaceAfter = true;
    };
    // A page's paragraphs, each a list of its lines, in reading order.
    using Paragraphs = QList<QStringList>;

    // nullopt and *error (not naming the file): "it is encrypted: it needs a password", "it
    // has no text to extract: it may be scanned images", "it is not a readable PDF document".
    static std::optional<DocumentText> extract(const QByteArray &bytes, QString *error);

    // The layout of one page's words (any order), for extract and its tests.
    static Paragraphs pageParagraphs(QList<Word> words);
    // Paragraphs' lines joined into text: lines of a paragraph by a space, or by nothing
    // after a hyphen or dash; the hyphen is dropped when the joined word is found elsewhere
    // in pages, or when neither the hyphenated form is found nor both halves are words there,
    // nor the second half is a common compound ending ("term", "based", "led", …). Pages are
    // separated by a blank line, paragraphs too.
    static QString joinPages(const QList<Paragraphs> &pages);
};

#pragma once

#include <QString>
#include <QStringList>

// The text of a document as a source keeps it: extracted once, then never re-read, so that
// passage offsets (code points into text) never move.
struct ExtractedDocument
{
    QString text;      // plain text; paragraphs and list items separated by a blank line
    QString format;    // "text", "html", "pdf", "docx" or "odt"
    QString title;     // a headline proposed from the document itself, or empty
    QStringList notes; // what the user should know ("decoded as Windows-1252, not UTF-8")
};

#pragma once

#include "documenttext.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The text of an HTML page as a reader sees it, parsed with libxml2's forgiving HTML parser:
// scripts, styles, navigation, headers, footers, asides, forms and hidden parts are dropped;
// paragraphs, headings, list items, quotations and table rows are paragraphs (cells separated
// by a tab), <br> a line break, <pre> kept as written; white space collapses as a browser
// shows it. The title is the <title>, else the first <h1>. The encoding is the page's own
// (byte order mark, meta charset); a page that declares none is read as UTF-8, or as
// Windows-1252 when it is not UTF-8, said in a note.
class HtmlDocumentReader
{
public:
    // nullopt and *error (not naming the file) when nothing can be read.
    static std::optional<DocumentText> read(const QByteArray &bytes, QString *error);
};

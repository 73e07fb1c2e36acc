#pragma once

#include <QString>
#include <QStringView>

// Converts between the HTML other tools put in a text field (TimelineJS slide text) and plain
// text, without Qt Gui: tags are dropped, <br> and block ends become line breaks, runs of
// white space collapse as a browser shows them, and character references are decoded.
class HtmlText
{
public:
    // Paragraphs (p, div, blockquote, li, headings) are separated by a blank line, <br> by a
    // line break; script and style content and comments are left out. A "<" that does not open
    // a tag, an unknown entity and a reference to a control character or surrogate are kept as
    // written, so no text is lost.
    static QString toPlainText(QStringView html);
    // The reverse for our own text: &, < and > escaped, blank lines as paragraphs, line
    // breaks as <br>. toPlainText(fromPlainText(t)) == t for text toPlainText gives (no
    // runs of spaces, no space at the ends of a line, at most one blank line at a time).
    static QString fromPlainText(QStringView text);
    // text with &, < and > escaped, for a headline or a line of its own.
    static QString escaped(QStringView text);
};

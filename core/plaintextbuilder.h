#pragma once

#include <QString>
#include <QStringView>

// Builds the plain text of a document from the pieces its reader walks through: paragraphs
// separated by one blank line, line breaks, table cells separated by a tab, runs of white
// space collapsed as a browser shows them (or kept, for preformatted text). Control
// characters are dropped, so the text holds only what a source document may hold.
class PlainTextBuilder
{
public:
    // White space collapses to one space; none at the start or end of a line. A no-break
    // space stays a space that does not collapse; a soft hyphen is dropped.
    void collapsed(QStringView text);
    // Every character as it is; \n is a line break, \r is dropped.
    void literal(QStringView text);
    void lineBreak();
    void paragraph();
    void cellSeparator();

    bool isEmpty() const { return m_out.isEmpty(); }
    qsizetype size() const { return m_out.size(); }
    // The text, without white space at its end.
    QString finish();

private:
    void append(QChar c);
    void flushSpace();
    void trimLineEnd();

    QString m_out;
    bool m_space = false;
};

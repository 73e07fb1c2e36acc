#pragma once

#include <QString>
#include <QStringList>

// What a document reader gives back: the plain text of a user's document, paragraphs
// separated by a blank line, a title found in the document and notes for the user.
struct DocumentText
{
    QString text;
    QString title;     // empty when the document names none
    QStringList notes; // what the user should know ("decoded as Windows-1252: …")
};

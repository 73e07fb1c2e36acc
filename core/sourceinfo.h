#pragma once

#include "eventdate.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What is known about one source document: its citation and how its date was worked out.
struct SourceInfo
{
    QString id;        // short stable id used by the catalogue's source links
    QString file;      // file name in seeds/ (or beside the source index)
    QString title;     // headline or report title
    QString publisher; // "HSJ", "Leicestershire County Council"
    QString kind;      // "news-report", "comment", "cabinet-report", or another kind
    QStringList authors; // authors or signatories, where the document gives them
    EventDate date;    // publication date, as precise as the evidence allows
    QString basis;     // the reasoning behind date

    // A document the user added (empty for the seeds): the text in file was extracted from
    // originalFile once, and sha256 (hex, of file's bytes) says whether it still is that text.
    QString originalFile;   // the file's bare name as the user had it: "report.pdf"
    QString format;         // "text", "html", "pdf", "docx" or "odt"
    QString sha256;
    QDate added;            // the day it was added
    QStringList notes;      // what the extraction told the user ("decoded as Windows-1252")

    bool isAddedDocument() const { return !sha256.isEmpty(); }

    // "Headline", Publisher, date label: the citation shown under excerpts and in footers.
    // A part not known yet (a document just added has no publisher) is left out.
    QString citation() const
    {
        QString text = QStringLiteral("\u201C") + title + QStringLiteral("\u201D");
        for (const QString &part : {publisher, date.isValid() ? date.label() : QString()}) {
            if (!part.isEmpty())
                text += QLatin1String(", ") + part;
        }
        return text;
    }
};

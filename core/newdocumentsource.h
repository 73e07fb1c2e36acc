#pragma once

#include "catalogue.h"

#include <QDate>
#include <QString>
#include <QStringList>

// A source made from a document the user adds (File > Add Document…, --add-document): its id
// and text file name made from the title, the SHA-256 of the text, and whether the same file
// was added before. The window and the command line both add documents through it, so a
// document gets the same source either way.
class NewDocumentSource
{
public:
    enum class Match {
        New,               // not added before: add source and document
        AlreadyAdded,      // a source has this file's name and the same text: add nothing
        ChangedSinceAdded, // a source has this file's name and other text: add it as a new
                           // source; the old one and its passages stay as they are
        Refused,           // nothing to add: see message()
    };

    struct Text
    {
        QString originalPath; // the file the user chose; only its bare name is kept
        QString format;       // ExtractedDocument::format
        QString title;        // proposed by the document; the file's name when empty
        QString text;         // extracted, as it will be written (UTF-8)
        QStringList notes;
    };

    // catalogueFile is where the catalogue was read from (empty for a new one): the new text
    // file must not take the name of a file beside its source index. A catalogue without a
    // source index gets one, "<name>-sources/sources.json" ("sources/sources.json" when new),
    // unless it has events: those came from an event list and have no passages, which a
    // catalogue with documents requires, so the document is refused. today is recorded as
    // "added".
    static NewDocumentSource make(const Catalogue &catalogue, const QString &catalogueFile,
                                  const Text &text, const QDate &today);

    // "health-and-care-report": the name's letters and digits folded to lower-case ASCII,
    // words joined by '-', at most 48 characters; "document" when nothing is left.
    static QString asciiId(const QString &name);

    Match match = Match::Refused;
    SourceInfo source;       // New and ChangedSinceAdded: the source to add
    SourceDocument document; // its text, under source.id
    SourceInfo existing;     // AlreadyAdded and ChangedSinceAdded: the source added before
    QString sourceIndexPath; // the catalogue's "sourceIndex" once it is added

    // What to tell the user: "report.txt was already added as “Report”; nothing was changed",
    // "report.txt has changed since it was added on 2 December 2026; …", or why it is refused.
    QString message() const { return m_message; }

private:
    QString m_message;
};

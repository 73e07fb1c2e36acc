#pragma once

#include "documenttext.h"

#include <QByteArray>
#include <QString>

#include <optional>

class ZipReader;

// The text of a word-processor document: DOCX (word/document.xml) or ODT (content.xml),
// unzipped with ZipReader and read with QXmlStreamReader. Paragraphs, headings, list items
// and table rows (cells separated by a tab) are paragraphs; tabs, line breaks and spaces are
// kept as written. Deleted tracked changes are skipped and insertions kept, so the text is
// the document as it reads with its changes accepted. Left out: footnotes and endnotes,
// comments, headers and footers, hidden text, field instructions, tables of contents. The
// title is the document's own (docProps/core.xml, meta.xml).
class OfficeDocumentReader
{
public:
    enum class Format { None, Docx, Odt };

    // What the archive holds: word/document.xml is DOCX, the OpenDocument text mimetype ODT.
    static Format format(const ZipReader &zip);
    // nullopt and *error (not naming the file) when there is no text to be had.
    static std::optional<DocumentText> read(const ZipReader &zip, Format format, QString *error);
    // The same from the bytes of a zip archive of either format.
    static std::optional<DocumentText> read(const QByteArray &bytes, QString *error);
};

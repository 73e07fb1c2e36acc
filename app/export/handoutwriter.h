#pragma once

#include "exportsettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class Catalogue;
class ExportFigures;
class QIODevice;
class QPagedPaintDevice;
struct SourceInfo;

// The handout for a committee pack, as a PDF: a cover with the title and the timeline of
// what the settings show (ExportComposer), then one block per event in date order (its date,
// lane, title, summary, each excerpt in quotation marks and the full citation of its
// source), then the sources with how each was dated. Event pages are portrait whatever the
// cover is; every page is numbered. Catalogue text is drawn as plain text, never as markup.
class HandoutWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoutWriter)

public:
    // Writes the handout into an open device. Empty on success, else one line.
    static QString write(const Catalogue &catalogue, const ExportSettings &settings,
                         QIODevice *device, const ExportFigures *figures = nullptr);
    // Every page onto a paged device (QPdfWriter, or a QPrinter set to full page), setting
    // its page layout for each: the cover as the settings ask, the text pages portrait.
    static QString paintPages(const Catalogue &catalogue, const ExportSettings &settings,
                              QPagedPaintDevice *device, const ExportFigures *figures = nullptr);
    // A page scaled to fit maxSize, for the export dialog's preview.
    static QImage preview(const Catalogue &catalogue, const ExportSettings &settings,
                          const QSize &maxSize, int page = 0, const ExportFigures *figures = nullptr);
    static int pageCount(const Catalogue &catalogue, const ExportSettings &settings);

    // “Title”, Publisher, date; by A and B. What a reader needs to find the source.
    static QString fullCitation(const SourceInfo &source);
};

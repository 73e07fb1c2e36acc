#pragma once

#include "exportsettings.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class Catalogue;
class ExportFigures;
class QIODevice;
class QMimeData;
class QPagedPaintDevice;

// Writes an export: PNG through QImage, SVG through QSvgGenerator (text stays text), PDF
// through QPdfWriter, or the handout (HandoutWriter). Every picture comes from ExportComposer,
// drawn at full resolution, never grabbed from the screen. Files are written through
// QSaveFile, so a failure leaves nothing behind. Errors are one line, for the caller to show.
// figures draws the Figures chart when the settings ask for it; without it, the timeline alone.
class ImageExporter
{
    Q_DECLARE_TR_FUNCTIONS(ImageExporter)

public:
    // Whether path could be written (its folder exists and is writable, it is not a folder),
    // checked before anything is drawn. Empty when it can.
    static QString checkWritable(const QString &path);

    // Writes what settings ask for to path. Empty on success.
    static QString write(const Catalogue &catalogue, const ExportSettings &settings,
                         const QString &path, const ExportFigures *figures = nullptr);
    // The same into an open device (a QBuffer, a QSaveFile).
    static QString write(const Catalogue &catalogue, const ExportSettings &settings,
                         QIODevice *device, const ExportFigures *figures = nullptr);

    // The PNG picture: the settings' pixel size, DPI recorded. Null when too large to hold.
    static QImage toImage(const Catalogue &catalogue, const ExportSettings &settings,
                          const ExportFigures *figures = nullptr);
    // For the clipboard: the PNG picture, and the same as SVG for applications that take it.
    static QMimeData *toMimeData(const Catalogue &catalogue, const ExportSettings &settings,
                                 const ExportFigures *figures = nullptr);
    // A page as the file will show it, scaled to fit maxSize: the dialog's preview.
    static QImage preview(const Catalogue &catalogue, const ExportSettings &settings,
                          const QSize &maxSize, int page = 0, const ExportFigures *figures = nullptr);
    // Every page onto a paged device whose page layout is set and has no margins of its
    // own (QPdfWriter, or a QPrinter set to full page): the margins come from settings.
    static QString paintPages(const Catalogue &catalogue, const ExportSettings &settings,
                              QPagedPaintDevice *device, const ExportFigures *figures = nullptr);
};

#include "imageexporter.h"

#include "exportcomposer.h"
#include "handoutwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QMimeData>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    return u"\u201C"_s + text + u"\u201D"_s;
}

void prepare(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
}

} // namespace

QString ImageExporter::checkWritable(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("no file name given");
    const QFileInfo file(path);
    if (file.isDir())
        return tr("cannot write %1: it is a folder").arg(quoted(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        return tr("cannot write %1: the folder %2 does not exist")
            .arg(quoted(path), quoted(QDir::toNativeSeparators(file.absolutePath())));
    }
    if (!folder.isWritable()) {
        return tr("cannot write %1: the folder %2 is not writable")
            .arg(quoted(path), quoted(QDir::toNativeSeparators(file.absolutePath())));
    }
    if (file.exists() && !file.isWritable())
        return tr("cannot write %1: the file is read-only").arg(quoted(path));
    return {};
}

QString ImageExporter::write(const Catalogue &catalogue, const ExportSettings &settings,
                             const QString &path, const ExportFigures *figures)
{
    QString error = settings.validate();
    if (error.isEmpty())
        error = checkWritable(path);
    if (!error.isEmpty())
        return error;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(quoted(path), file.errorString());
    error = write(catalogue, settings, &file, figures);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(quoted(path), file.errorString());
    return {};
}

QString ImageExporter::write(const Catalogue &catalogue, const ExportSettings &settings,
                             QIODevice *device, const ExportFigures *figures)
{
    const QString invalid = settings.validate();
    if (!invalid.isEmpty())
        return invalid;
    if (settings.handout)
        return HandoutWriter::write(catalogue, settings, device, figures);

    switch (settings.format) {
    case ExportSettings::Format::Png: {
        const QImage image = toImage(catalogue, settings, figures);
        if (image.isNull()) {
            return tr("not enough memory for an image of %1 \u00D7 %2 pixels")
                .arg(settings.pixelSize.width())
                .arg(settings.pixelSize.height());
        }
        QImageWriter writer(device, "png");
        if (!writer.write(image))
            return tr("cannot write the PNG image: %1").arg(writer.errorString());
        return {};
    }
    case ExportSettings::Format::Svg: {
        ExportComposer composer(catalogue, settings, figures);
        const QSizeF size = composer.pageSize();
        QSvgGenerator generator;
        generator.setOutputDevice(device);
        generator.setSize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))));
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(96);
        // Qt 6.4 writes the title and description into the SVG as they are: escape them.
        generator.setTitle(settings.title.toHtmlEscaped());
        generator.setDescription(composer.rangeText(0).toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&generator))
            return tr("cannot start the SVG drawing");
        prepare(painter);
        composer.paintPage(&painter, 0);
        if (!painter.end())
            return tr("cannot finish the SVG drawing");
        return {};
    }
    case ExportSettings::Format::Pdf: {
        QPdfWriter pdf(device);
        pdf.setCreator(QCoreApplication::applicationName().isEmpty()
                           ? u"Civic Timeline"_s
                           : QCoreApplication::applicationName());
        pdf.setTitle(settings.title);
        // No margins of the writer's own: paintPages() keeps the settings' margins itself, so
        // that the background can reach the edge of the paper.
        pdf.setPageLayout(QPageLayout(settings.pageLayout().pageSize(), settings.orientation,
                                      QMarginsF(0, 0, 0, 0)));
        return paintPages(catalogue, settings, &pdf, figures);
    }
    }
    return {};
}

QImage ImageExporter::toImage(const Catalogue &catalogue, const ExportSettings &settings,
                              const ExportFigures *figures)
{
    QImage image(settings.pixelSize, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    const int dotsPerMetre = int(std::lround(settings.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);

    ExportComposer composer(catalogue, settings, figures);
    QPainter painter(&image);
    prepare(painter);
    const qreal scale = std::max(settings.dpi, 1) / 96.0;
    painter.scale(scale, scale);
    composer.paintPage(&painter, 0);
    painter.end();
    return image;
}

QMimeData *ImageExporter::toMimeData(const Catalogue &catalogue, const ExportSettings &settings,
                                     const ExportFigures *figures)
{
    ExportSettings png = settings;
    png.format = ExportSettings::Format::Png;
    png.handout = false;
    auto *data = new QMimeData;
    data->setImageData(toImage(catalogue, png, figures));
    ExportSettings svg = png;
    svg.format = ExportSettings::Format::Svg;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (write(catalogue, svg, &buffer, figures).isEmpty())
        data->setData(u"image/svg+xml"_s, buffer.data());
    return data;
}

QImage ImageExporter::preview(const Catalogue &catalogue, const ExportSettings &settings,
                              const QSize &maxSize, int page, const ExportFigures *figures)
{
    if (maxSize.isEmpty())
        return {};
    if (settings.handout)
        return HandoutWriter::preview(catalogue, settings, maxSize, page, figures);
    ExportComposer composer(catalogue, settings, figures);
    const QSizeF size = composer.pageSize();
    if (size.isEmpty())
        return {};
    const qreal scale = std::min(maxSize.width() / size.width(), maxSize.height() / size.height());
    const QSize pixels(std::max(1, int(std::lround(size.width() * scale))),
                       std::max(1, int(std::lround(size.height() * scale))));
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    prepare(painter);
    painter.scale(scale, scale);
    composer.paintPage(&painter, std::clamp(page, 0, composer.sheetCount() - 1));
    painter.end();
    return image;
}

QString ImageExporter::paintPages(const Catalogue &catalogue, const ExportSettings &settings,
                                  QPagedPaintDevice *device, const ExportFigures *figures)
{
    ExportSettings paged = settings;
    paged.format = ExportSettings::Format::Pdf;
    ExportComposer composer(catalogue, paged, figures);
    // The paper the device has (a printer may have chosen another); our own margins.
    const QPageLayout deviceLayout = device->pageLayout();
    composer.setPageLayout(QPageLayout(deviceLayout.pageSize(), deviceLayout.orientation(),
                                       settings.marginsMm, QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(device))
        return tr("cannot start drawing the pages");
    prepare(painter);
    const qreal scale = device->logicalDpiX() / 96.0;
    painter.scale(scale, scale);
    for (int page = 0; page < composer.sheetCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return tr("cannot start page %1").arg(page + 1);
        }
        composer.paintPage(&painter, page);
    }
    if (!painter.end())
        return tr("cannot finish the pages");
    return {};
}

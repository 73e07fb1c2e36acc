#include "timelineprinter.h"

#include "figuresexport.h"
#include "handoutwriter.h"
#include "imageexporter.h"

#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

void TimelinePrinter::setUp(QPrinter *printer, const ExportSettings &settings)
{
    printer->setPageLayout(
        QPageLayout(settings.pageLayout().pageSize(), settings.orientation, QMarginsF(0, 0, 0, 0)));
    printer->setFullPage(true); // after the layout, which would set it back
    printer->setDocName(settings.title);
}

QString TimelinePrinter::print(const Catalogue &catalogue, const ExportSettings &settings,
                               QPrinter *printer)
{
    ExportSettings paged = settings;
    paged.format = ExportSettings::Format::Pdf;
    const QString invalid = paged.validate();
    if (!invalid.isEmpty())
        return invalid;
    printer->setFullPage(true);
    const FiguresExport figures;
    return paged.handout ? HandoutWriter::paintPages(catalogue, paged, printer, &figures)
                         : ImageExporter::paintPages(catalogue, paged, printer, &figures);
}

int TimelinePrinter::preview(const Catalogue &catalogue, const ExportSettings &settings,
                             QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(&printer, settings);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *target) { error = print(catalogue, settings, target); });
    const int result = dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Print"),
                             tr("The timeline could not be printed: %1").arg(error));
    return result;
}

#include "eventexportactions.h"

#include "cataloguesaver.h"
#include "eventlistingwriter.h"
#include "icalendarwriter.h"
#include "importmappingstore.h"
#include "mappedcsvwriter.h"
#include "mainwindow.h"
#include "timelinejswriter.h"

#include <QAction>
#include <QBitArray>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

QString suffix(EventExportActions::Format format)
{
    switch (format) {
    case EventExportActions::Format::TimelineJs:
        return u"json"_s;
    case EventExportActions::Format::Csv:
    case EventExportActions::Format::MappedCsv:
        return u"csv"_s;
    case EventExportActions::Format::ICalendar:
        return u"ics"_s;
    }
    return {};
}

} // namespace

EventExportActions::EventExportActions(MainWindow *window, QMenu *menu, QAction *before)
    : QObject(window), m_window(window), m_menu(new QMenu(tr("Export &Events"), menu))
{
    m_menu->setObjectName(u"exportEventsMenu"_s);
    auto add = [&](const QString &text, Format format, const QString &name) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, format] { askAndExport(format); });
        return action;
    };
    add(tr("&TimelineJS (.json)\u2026"), Format::TimelineJs, u"exportTimelineJs"_s);
    add(tr("&CSV (.csv)\u2026"), Format::Csv, u"exportCsv"_s);
    m_mappedCsv = add(QString(), Format::MappedCsv, u"exportMappedCsv"_s);
    connect(m_menu, &QMenu::aboutToShow, this, &EventExportActions::updateMappedCsv);
    connect(window, &MainWindow::catalogueChanged, this, &EventExportActions::updateMappedCsv);
    updateMappedCsv();
    add(tr("C&alendar (.ics)\u2026"), Format::ICalendar, u"exportCalendar"_s);
    menu->insertMenu(before, m_menu);
}

void EventExportActions::updateMappedCsv()
{
    const QString current = m_window->currentFile();
    const bool remembered = !current.startsWith(u':') && !current.isEmpty() &&
                            ImportMappingStore::load(current).isValid();
    m_mappedCsv->setVisible(remembered);
    m_mappedCsv->setText(tr("CSV in the Columns of \u201C%1\u201D\u2026")
                             .arg(QFileInfo(current).fileName()));
}

void EventExportActions::askAndExport(Format format)
{
    const QString current = m_window->currentFile();
    const QFileInfo info(current.startsWith(u':') ? QString() : current);
    const QString folder = info.fileName().isEmpty() ? QDir::homePath() : info.absolutePath();
    const QString base = info.fileName().isEmpty() ? u"timeline"_s : info.completeBaseName();
    const QString filter = format == Format::TimelineJs ? tr("TimelineJS files (*.json)")
                           : format != Format::ICalendar ? tr("CSV files (*.csv)")
                                                        : tr("Calendar files (*.ics)");
    QString suggested = QDir(folder).filePath(base + u'.' + suffix(format));
    // Never offer to write over the file the timeline came from (an officer's own CSV).
    if (QFileInfo(suggested) == info)
        suggested = QDir(folder).filePath(base + tr(" (exported)") + u'.' + suffix(format));
    auto *dialog = new QFileDialog(m_window, tr("Export Events"), suggested, filter);
    dialog->setObjectName(u"exportEventsFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix(format));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(format, path); });
    dialog->open();
}

bool EventExportActions::exportTo(Format format, const QString &path)
{
    const Catalogue &catalogue = m_window->catalogue();
    // The events the window shows, in time order; the filter may hide none of them.
    const QBitArray shown = m_window->visibleMask();
    QList<int> indexes;
    for (int i = 0; i < catalogue.events().size(); ++i) {
        if (i >= shown.size() || shown.testBit(i))
            indexes.append(i);
    }
    QString error;
    if (indexes.isEmpty() && !catalogue.events().isEmpty()) {
        error = tr("The filter shows no events: nothing was written to %1.").arg(path);
    } else {
        QByteArray bytes;
        switch (format) {
        case Format::TimelineJs:
            bytes = TimelineJsWriter::toJson(catalogue, indexes);
            break;
        case Format::Csv:
            bytes = EventListingWriter::toCsv(catalogue, indexes);
            break;
        case Format::ICalendar:
            bytes = ICalendarWriter::toIcs(catalogue, ICalendarWriter::Events::All, indexes);
            break;
        case Format::MappedCsv: {
            const ImportMappingStore::Entry entry = ImportMappingStore::load(m_window->currentFile());
            const std::optional<ColumnMapping> mapping =
                ColumnMapping::fromSpec(entry.spec, entry.header, &error);
            if (mapping)
                bytes = MappedCsvWriter::toCsv(
                    catalogue, MappedCsvWriter::columnsFrom(*mapping, entry.header), indexes);
            else
                error = tr("The columns remembered for %1 cannot be used (%2): nothing was "
                           "written to %3.")
                            .arg(QFileInfo(m_window->currentFile()).fileName(), error, path);
            break;
        }
        }
        if (error.isEmpty())
            error = CatalogueSaver::writeFile(path, bytes);
    }
    if (!error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Events"), error,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"exportEventsError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    emit exported(path);
    return true;
}

#include "exportactions.h"

#include "eventexportactions.h"
#include "exportdialog.h"
#include "exportsettings.h"
#include "mainwindow.h"
#include "timelineprinter.h"
#include "timelinezoom.h"

#include <QAction>
#include <QMenu>

ExportActions::ExportActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *file = window->fileMenu();
    // Before Quit and the separator above it.
    QAction *before = nullptr;
    const QList<QAction *> actions = file->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->menuRole() == QAction::QuitRole) {
            before = i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
            break;
        }
    }
    auto add = [&](const QString &text, const QKeySequence &keys, void (ExportActions::*slot)()) {
        auto *action = new QAction(text, file);
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(before, action);
        window->addAction(action);
    };
    file->insertSeparator(before);
    add(tr("&Export\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E), &ExportActions::showExportDialog);
    m_events = new EventExportActions(window, file, before);
    add(tr("&Copy Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        &ExportActions::copyImage);
    add(tr("&Print\u2026"), QKeySequence::Print, &ExportActions::print);
}

ExportSettings ExportActions::currentViewSettings() const
{
    const TimelineZoom *zoom = m_window->zoom();
    return ExportDialog::clipboardSettings(m_window->catalogue(), zoom->rangeStart(),
                                           zoom->rangeEnd(), m_window->filter());
}

void ExportActions::showExportDialog()
{
    auto *dialog = new ExportDialog(&m_window->catalogue(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentView(m_window->zoom()->rangeStart(), m_window->zoom()->rangeEnd());
    dialog->setCurrentFilter(m_window->filter());
    // A new catalogue would leave the dialog drawing the old one's events.
    connect(m_window, &MainWindow::catalogueChanged, dialog, &QDialog::reject);
    connect(m_window, &MainWindow::catalogueEdited, dialog, &QDialog::reject);
    dialog->open();
}

void ExportActions::copyImage()
{
    ExportDialog::copyToClipboard(m_window->catalogue(), currentViewSettings());
}

void ExportActions::print()
{
    TimelinePrinter::preview(m_window->catalogue(), currentViewSettings(), m_window);
}

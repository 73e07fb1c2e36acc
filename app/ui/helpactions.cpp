#include "helpactions.h"

#include "aboutdialog.h"
#include "appinfo.h"
#include "catalogueloader.h"
#include "firstrunhint.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace {

void collectActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectActions(action->menu(), actions);
        else if (!action->isSeparator())
            actions.append(action);
    }
}

} // namespace

HelpActions::HelpActions(MainWindow *window) : QObject(window), m_window(window)
{
    QMenu *help = window->helpMenu();
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &HelpActions::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Civic Timeline"), this, &HelpActions::showAbout);
    about->setMenuRole(QAction::AboutRole);

    if (!FirstRunHint::wasDismissed()) {
        auto *hint = new FirstRunHint(window->timelineArea());
        if (auto *layout = qobject_cast<QVBoxLayout *>(window->timelineArea()->layout()))
            layout->insertWidget(0, hint);
    }
}

void HelpActions::showShortcuts()
{
    QList<QAction *> actions;
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        if (menuAction->menu())
            collectActions(menuAction->menu(), actions);
    }
    ShortcutsDialog dialog(actions, ShortcutsDialog::builtInKeys(),
                           {tr("File"), tr("View"), tr("Events"), tr("Timeline"), tr("Presentation"),
                            tr("Help")},
                           m_window);
    dialog.exec();
}

void HelpActions::showAbout()
{
    // The About box always cites the built-in story, whatever file is open.
    const CatalogueLoadResult builtIn = CatalogueLoader::loadBuiltIn();
    AboutDialog dialog(AppInfo::current(), builtIn.catalogue.sources(), m_window);
    dialog.exec();
}

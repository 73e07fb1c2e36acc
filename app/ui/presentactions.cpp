#include "presentactions.h"

#include "catalogueloader.h"
#include "mainwindow.h"
#include "presentationcontroller.h"
#include "presentationwindow.h"
#include "storybuilderdialog.h"
#include "storystore.h"
#include "timelinedocument.h"
#include "timelinezoom.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>

PresentActions::PresentActions(MainWindow *window)
    : QObject(window), m_window(window), m_storyMenu(nullptr)
{
    QMenu *view = window->viewMenu();
    view->addSeparator();
    QAction *presentAction = view->addAction(tr("&Present"), this, &PresentActions::present);
    presentAction->setShortcut(Qt::Key_F5);
    window->addAction(presentAction);
    m_storyMenu = view->addMenu(tr("Present &Story"));
    connect(m_storyMenu, &QMenu::aboutToShow, this, &PresentActions::fillStoryMenu);

    QMenu *events = window->eventsMenu();
    events->addSeparator();
    events->addAction(tr("&Make Story from Shown Events\u2026"), this, &PresentActions::makeStory);
}

QString PresentActions::storiesFile() const
{
    const QString file = m_window->currentFile();
    return file.isEmpty() ? QString() : StoryStore::pathFor(file);
}

QList<Story> PresentActions::stories() const
{
    const Catalogue &catalogue = m_window->catalogue();
    const QString path = storiesFile();
    QList<Story> saved;
    if (!path.isEmpty())
        saved = StoryStore::read(path, &catalogue).stories;
    return StoryStore::combined(catalogue.stories(), saved);
}

void PresentActions::fillStoryMenu()
{
    m_storyMenu->clear();
    const QList<Story> all = stories();
    for (const Story &story : all) {
        const QString id = story.id;
        m_storyMenu->addAction(story.title.isEmpty() ? id : story.title, this,
                               [this, id] { presentStory(id); });
    }
    if (all.isEmpty())
        m_storyMenu->addAction(tr("No stories yet"))->setEnabled(false);
}

void PresentActions::present()
{
    followToTheEnd(PresentationWindow::present(m_window->catalogue(), m_window->visibleMask(),
                                               nullptr, m_window->zoom()->selectedEvent(),
                                               m_window));
}

void PresentActions::followToTheEnd(PresentationWindow *show)
{
    // Leaving the show, the window is on the event the room reached, not where it began.
    QPointer<TimelineZoom> zoom = m_window->zoom();
    connect(show, &PresentationWindow::finished, this, [zoom, show] {
        const int reached = show->controller()->currentEvent();
        if (zoom && reached >= 0)
            zoom->setSelectedEvent(reached);
    });
}

void PresentActions::presentStory(const QString &storyId)
{
    const QList<Story> all = stories();
    for (const Story &story : all) {
        if (story.id == storyId) {
            followToTheEnd(PresentationWindow::present(
                m_window->catalogue(), {}, &story, m_window->zoom()->selectedEvent(), m_window));
            return;
        }
    }
}

void PresentActions::makeStory()
{
    // The events the filter shows, in date order: the dialog trims and reorders them.
    const QBitArray mask = m_window->visibleMask();
    QList<int> events;
    for (qsizetype i = 0; i < m_window->catalogue().events().size(); ++i) {
        if (mask.isEmpty() || mask.testBit(i))
            events.append(int(i));
    }
    if (!m_window->document()->isReadOnly()) {
        // An editable timeline keeps its stories in its catalogue: making one is an edit like
        // any other, undoable and saved with the file.
        const std::optional<Story> story = StoryBuilderDialog::makeStory(
            m_window->catalogue(), events, stories(), QString(), m_window);
        if (story) {
            QList<Story> all = m_window->catalogue().stories();
            all.append(*story);
            m_window->document()->setStories(all, tr("Make Story \u201C%1\u201D").arg(story->title));
        }
        return;
    }
    // The built-in story is read-only: its stories are kept beside it, in the application data.
    const QString path = storiesFile();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("Make Story"),
                                 tr("Save the timeline to a file before making a story for it."));
        return;
    }
    StoryBuilderDialog::makeStory(m_window->catalogue(), events, stories(), path, m_window);
}

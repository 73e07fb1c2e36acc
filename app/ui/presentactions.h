#pragma once

#include <QList>
#include <QObject>

class MainWindow;
class PresentationWindow;
class QMenu;
struct Story;

// View > Present (F5) in date order from the selected event, View > Present Story, and
// Events > Make Story: the stories kept in the catalogue and beside it (StoryStore).
class PresentActions : public QObject
{
    Q_OBJECT
public:
    explicit PresentActions(MainWindow *window);

    void present();
    void presentStory(const QString &storyId);
    void makeStory();

    // The catalogue's stories followed by those saved beside it.
    QList<Story> stories() const;

private:
    void fillStoryMenu();
    void followToTheEnd(PresentationWindow *show);
    QString storiesFile() const;

    MainWindow *m_window;
    QMenu *m_storyMenu;
};

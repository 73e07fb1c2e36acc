#pragma once

#include "catalogue.h"
#include "story.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Makes a story from the events chosen in the event list: the person names it, puts the events
// in the order they want to tell them (buttons, Ctrl+Up/Down, or dragging), drops any they do
// not need, and saves it. With a stories file, Save writes the story there (StoryStore) and,
// if that fails, says why and stays open so nothing is lost.
class StoryBuilderDialog : public QDialog
{
    Q_OBJECT
public:
    // events: Catalogue::events() indexes, in the order to start from; unknown and repeated
    // ones are left out.
    StoryBuilderDialog(const Catalogue &catalogue, const QList<int> &events,
                       QWidget *parent = nullptr);

    // Where Save writes; empty (the default): Save only closes the dialog.
    void setStoriesFile(const QString &path) { m_storiesFile = path; }
    QString storiesFile() const { return m_storiesFile; }
    // Stories already there: the new story's id is made not to clash with theirs.
    void setExistingStories(const QList<Story> &stories) { m_existing = stories; }

    // The story as it stands: its id comes from the title.
    Story story() const;
    QList<int> events() const;
    QString title() const;
    void setTitle(const QString &title);

    // Runs the dialog; the saved story, or nothing when cancelled. For the main window's
    // "Make a story from these events".
    static std::optional<Story> makeStory(const Catalogue &catalogue, const QList<int> &events,
                                          const QList<Story> &existing, const QString &storiesFile,
                                          QWidget *parent = nullptr);

public slots:
    void moveUp();
    void moveDown();
    void removeSelected();
    void sortByDate();
    // Saves (when there is a stories file) and closes; stays open when saving fails.
    void accept() override;

private:
    void move(int by);
    void updateButtons();

    Catalogue m_catalogue;
    QString m_storiesFile;
    QList<Story> m_existing;

    QLineEdit *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_dateOrder = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class TimelineDocument;

// Edit > Stories: the catalogue's stories with Rename (in place: F2, a double-click or the
// button), Move Up and Move Down (also Ctrl+Up and Ctrl+Down) and Delete (asking first), and
// for the selected story its steps, which move up and down and are removed the same way.
// Every change is one command on the document's stack (StoryEdit makes the new list), so
// Ctrl+Z here or in the window undoes it; the dialog follows the document while open and is
// view-only while the document is read-only.
class StoriesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoriesDialog(TimelineDocument *document, QWidget *parent = nullptr);
    // Closing hides the dialog, which commits a rename still being typed: by then this part
    // of the object is gone, so the lists stop talking to it first.
    ~StoriesDialog() override;

    QListWidget *storyList() const { return m_stories; }
    QListWidget *stepList() const { return m_steps; }

    void renameCurrent();
    void moveCurrent(int by);
    void deleteCurrent();
    void moveCurrentStep(int by);
    void removeCurrentStep();

private:
    QString currentStoryId() const;
    QString storyName(const QString &storyId) const;
    QString eventName(const QString &eventId) const;
    void rename(QListWidgetItem *item);
    void refresh();
    void fillSteps();
    void updateButtons();
    QPushButton *button(const QString &text, const QString &name);

    TimelineDocument *m_document;
    QLabel *m_readOnlyNote = nullptr;
    QListWidget *m_stories = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_stepUp = nullptr;
    QPushButton *m_stepDown = nullptr;
    QPushButton *m_removeStep = nullptr;
    int m_stepToSelect = -1; // the step a move left selected, kept across the refresh
};

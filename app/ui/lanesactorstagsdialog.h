#pragma once

#include <QDialog>
#include <QStringList>

#include <array>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class TimelineDocument;

// Edit > Lanes, Actors and Tags: a tab for each with Add (a name field), Rename (in place:
// F2, a double-click or the button) and Delete. Deleting one still in use asks first and says
// which events use it; for a lane it asks where those events go. Every change is a command
// on the document's stack, so Ctrl+Z here or in the window undoes it. It follows the
// document while open, and is view-only while the document is read-only.
class LanesActorsTagsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind { Lanes, Actors, Tags };

    explicit LanesActorsTagsDialog(TimelineDocument *document, QWidget *parent = nullptr);
    // Closing hides the dialog, which commits a rename still being typed: by then this part
    // of the object is gone, so the lists stop talking to it first.
    ~LanesActorsTagsDialog() override;

    void setCurrentKind(Kind kind);
    QListWidget *list(Kind kind) const { return m_pages.at(kind).list; }

    void addItem(Kind kind);
    void renameCurrent(Kind kind);
    void deleteCurrent(Kind kind);

private:
    struct Page
    {
        QListWidget *list = nullptr;
        QLineEdit *newName = nullptr;
        QPushButton *add = nullptr;
        QPushButton *rename = nullptr;
        QPushButton *remove = nullptr;
    };
    struct Item
    {
        QString id;
        QString name;
    };

    QWidget *makePage(Kind kind);
    QList<Item> items(Kind kind) const;
    QStringList usedBy(Kind kind, const QString &id) const;
    QString usedByText(const QStringList &eventIds) const;
    void rename(Kind kind, QListWidgetItem *item);
    void refresh();
    void updateButtons(Kind kind);

    TimelineDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    std::array<Page, 3> m_pages;
};

#pragma once

#include "cataloguechange.h"
#include "eventdate.h"

#include <QWidget>

class QCheckBox;
class EventFiguresEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class TimelineDocument;

// Edits one event of a TimelineDocument. The fields hold a draft: Enter applies it (one
// undo command per changed field, grouped as "Edit “…”" when several changed), Esc puts the
// event back. The date parses as it is typed and shows the period it covers, or what is
// wrong with it. Lane, actors and tags are picked from what the catalogue has, with "New…".
// Passages are listed with their documents; each is removed (the button or Delete) or its
// quote changed (a double-click) at once, one command each, leaving the draft as it is. A
// changed quote must occur word for word in the document, as the loader will look for it.
class EventEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventEditor(TimelineDocument *document, QWidget *parent = nullptr);

    // The event to edit, by id (empty: none). The draft is dropped.
    void setEvent(const QString &id);
    QString eventId() const { return m_id; }
    // Read-only (the built-in story before Save As): fields shown, nothing applied.
    void setReadOnly(bool readOnly);

    // Applies the draft; false (and nothing applied) when the date does not parse.
    bool apply();
    void revert();
    // The draft differs from the event.
    bool isDirty() const;

    // "spring 2017 = 1 Mar – 31 May 2017", "3 August 2017 = one day".
    static QString periodText(const EventDate &date);

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *dateField() const { return m_date; }
    QLabel *dateInfo() const { return m_dateInfo; }
    QCheckBox *approximateBox() const { return m_approximate; }
    QCheckBox *plannedBox() const { return m_planned; }
    QLineEdit *dateBasisField() const { return m_dateBasis; }
    QComboBox *laneBox() const { return m_lane; }
    QPlainTextEdit *summaryField() const { return m_summary; }
    QListWidget *actorList() const { return m_actors; }
    QListWidget *tagList() const { return m_tags; }
    QListWidget *passageList() const { return m_passages; }
    QPushButton *removePassageButton() const { return m_removePassage; }
    EventFiguresEditor *figuresEditor() const { return m_figures; }

    // The passage at row of the list (the event's order): removed, or its quote changed by
    // asking for the new words (again, with the reason, until they are found or cancelled).
    void removePassage(int row);
    void editPassage(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followDocument(const CatalogueChange &change);
    void fillPickers();
    void fillPassages();
    void updatePassageButtons();
    void updateDateInfo();
    void addLane();
    void addActor();
    void addTag();
    EventDate draftDate(QString *error) const;

    TimelineDocument *m_document;
    QString m_id;
    bool m_readOnly = false;
    bool m_filling = false;
    bool m_changingPassages = false; // a passage command of ours: the draft stays

    QLabel *m_heading = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateInfo = nullptr;
    QCheckBox *m_approximate = nullptr;
    QCheckBox *m_planned = nullptr;
    QLineEdit *m_dateBasis = nullptr;
    QComboBox *m_lane = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QListWidget *m_actors = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_passages = nullptr;
    QPushButton *m_removePassage = nullptr;
    EventFiguresEditor *m_figures = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

#pragma once

#include "eventdate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class TimelineDocument;
struct SourceInfo;

// Edit > Sources: the catalogue's source documents, and for the selected one its headline,
// publisher, kind, date (parsed as typed, showing the period it covers, as the event editor
// does) and the basis of that date. The fields hold a draft: Apply (or Enter) makes one
// command "Change Source “…”" when something changed, Esc puts the source back. It follows
// the document while open and is view-only while the document is read-only.
class SourcesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SourcesDialog(TimelineDocument *document, QWidget *parent = nullptr);

    QListWidget *sourceList() const { return m_sources; }
    QLineEdit *titleField() const { return m_title; }
    QLineEdit *publisherField() const { return m_publisher; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *dateField() const { return m_date; }
    QLabel *dateInfo() const { return m_dateInfo; }
    QCheckBox *approximateBox() const { return m_approximate; }
    QPlainTextEdit *basisField() const { return m_basis; }
    // For an added document: the original file, its format, the day it was added and the
    // notes of its extraction; empty for the others.
    QLabel *originInfo() const { return m_origin; }

    // Shows the source with this id (a draft not applied is dropped); false when unknown.
    bool selectSource(const QString &sourceId);

    // Applies the draft; false (nothing applied) when the date does not parse.
    bool apply();
    void revert();
    bool isDirty() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const SourceInfo *currentSource() const;
    static QString originText(const SourceInfo &source);
    EventDate draftDate(QString *error) const;
    SourceInfo draft(const SourceInfo &source, const EventDate &date) const;
    void refresh();
    void updateDateInfo();

    TimelineDocument *m_document;
    QString m_id; // the source shown
    QLabel *m_readOnlyNote = nullptr;
    QListWidget *m_sources = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateInfo = nullptr;
    QCheckBox *m_approximate = nullptr;
    QPlainTextEdit *m_basis = nullptr;
    QLabel *m_file = nullptr;
    QLabel *m_origin = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};

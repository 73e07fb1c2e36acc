#pragma once

#include <QWidget>

class Catalogue;
class PassageView;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

// Everything known about the selected event, and the evidence for it: its fields, then
// every linked excerpt with its citation and a button that opens the whole document.
// All text from the catalogue is shown as plain text.
class SourcePane : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePane(QWidget *parent = nullptr);

    // The catalogue must outlive the pane or be replaced; showing nothing until setEvent().
    void setCatalogue(const Catalogue *catalogue);

    // Index into Catalogue::events(); -1 shows a hint instead.
    int event() const { return m_event; }
    void setEvent(int eventIndex);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // One per excerpt of the shown event, in order.
    QList<PassageView *> passageViews() const { return m_passages; }
    QList<QPushButton *> showInDocumentButtons() const { return m_showButtons; }

signals:
    // Offsets are code points into the source's document, [start, end).
    void showInDocument(const QString &sourceId, qsizetype start, qsizetype end);

private:
    void clearExcerpts();
    QWidget *createExcerptCard(int number, const QString &sourceId, qsizetype start, qsizetype end,
                               const QString &excerpt);

    const Catalogue *m_catalogue = nullptr;
    int m_event = -1;
    QString m_searchText;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_title = nullptr;
    QGridLayout *m_fields = nullptr;
    QLabel *m_basisCaption = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_basis = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_lane = nullptr;
    QLabel *m_actors = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_figures = nullptr; // the event's figures; hidden, with its caption, when none
    QLabel *m_figuresCaption = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_sourcesHeading = nullptr;
    QVBoxLayout *m_excerpts = nullptr;
    QList<PassageView *> m_passages;
    QList<QPushButton *> m_showButtons;
};

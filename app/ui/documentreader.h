#pragma once

#include "datemention.h"

#include <QList>
#include <QTextCharFormat>
#include <QWidget>

#include <memory>

class Catalogue;
class PassageProposer;
class QAction;
class QLabel;
class QPlainTextEdit;
class TimelineDocument;
struct TimelineEvent;

// Shows a whole source document as plain text with its paragraphs. The passage being
// read is highlighted strongly and scrolled into view; every other passage linked to an
// event is highlighted faintly, and clicking one (or Enter with the caret in it) selects
// its event, so the link between events and documents runs both ways. Given the document
// being edited, its context menu links the selected words to the selected event ("Add
// Passage to “…”"), one undoable step. Every date the document mentions is underlined, its
// tooltip giving the period and how it was worked out (counted from the source's date, which
// the sources dialog sets). "New Event from Passage" (Ctrl+N in the text) proposes an event
// from the selected words, to check before it is added; "Propose Events" lists every dated
// sentence to accept or reject. Each adds its events in one undoable step.
class DocumentReader : public QWidget
{
    Q_OBJECT
public:
    // Tells strong from faint highlights in textView()->extraSelections().
    static constexpr int HighlightProperty = QTextFormat::UserProperty + 1;
    enum Highlight { Faint = 1, Strong = 2, DateMentioned = 3 };

    explicit DocumentReader(QWidget *parent = nullptr);
    ~DocumentReader() override;

    // The catalogue must outlive the reader or be replaced; clears the reader.
    void setCatalogue(const Catalogue *catalogue);
    void clear();
    // The document that Add Passage edits; its catalogue is the one given to setCatalogue().
    void setDocument(TimelineDocument *document);

    // Opens the source's document and highlights [start, end) (code points) strongly.
    // Returns false when the catalogue has no text for the source.
    bool showPassage(const QString &sourceId, qsizetype start, qsizetype end);
    // Highlights the passages of this event in the open document strongly, if it has any.
    void setSelectedEvent(int eventIndex);

    QString documentId() const { return m_documentId; }
    QPlainTextEdit *textView() const { return m_text; }
    // In the text's context menu: enabled with words selected, an event selected and the
    // document editable.
    QAction *addPassageAction() const { return m_addPassage; }
    // Links the selected words, trimmed of white space, to the selected event as a passage
    // (saved as their quote, with its occurrence where it occurs more than once).
    void addSelectionAsPassage();

    // Enabled with words selected in an open document that can be edited.
    QAction *newEventAction() const { return m_newEvent; }
    // Enabled with a document open that can be edited.
    QAction *proposeEventsAction() const { return m_proposeEvents; }
    // Opens the dialog that adds an event proposed from the selected words.
    void newEventFromSelection();
    // Opens the dialog that lists the document's dated sentences.
    void proposeEvents();

    // The open document's date mentions, counted from its source's date.
    QList<DateMention> dateMentions() const;
    // What a date mention's tooltip says: the period and how it was found.
    static QString mentionDescription(const DateMention &mention, const EventDate &documentDate);

    // The event whose linked passage holds the character at a position of textView()'s
    // document, or -1. Where passages overlap, the selected event wins, then the shortest.
    int eventAt(qsizetype position) const;

signals:
    void eventClicked(int eventIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Passage
    {
        int eventIndex = -1;
        qsizetype from = 0; // positions in the text view's document, [from, to)
        qsizetype to = 0;
    };

    bool openDocument(const QString &sourceId);
    // A UTF-16 index of the document's text as a position in the text view.
    qsizetype toPosition(qsizetype utf16Index) const;
    qsizetype toUtf16Index(qsizetype position) const;
    void updateAddPassage();
    QString laneForNewEvents() const;
    // Adds the events in one step, then reads the document again at the first one's passage.
    void addProposedEvents(const QList<TimelineEvent> &events, const QString &commandText);
    void showContextMenu(const QPoint &pos);
    void updateHighlights();
    int characterAt(const QPoint &viewportPos) const;
    QTextCharFormat highlightFormat(Highlight kind) const;

    const Catalogue *m_catalogue = nullptr;
    TimelineDocument *m_document = nullptr;
    QAction *m_addPassage = nullptr;
    QAction *m_newEvent = nullptr;
    QAction *m_proposeEvents = nullptr;
    QString m_documentId;
    QList<Passage> m_passages;
    struct Mentioned
    {
        qsizetype from = 0; // text view positions, [from, to)
        qsizetype to = 0;
        qsizetype index = 0; // into the proposer's mentions
    };
    std::unique_ptr<PassageProposer> m_proposer; // of the open document
    EventDate m_documentDate;
    QList<Mentioned> m_mentioned;
    QList<QPair<qsizetype, qsizetype>> m_strong; // text view positions, [from, to)
    QList<qsizetype> m_crlf;                     // UTF-16 indexes of "\r\n" in the text
    int m_selectedEvent = -1;
    QPoint m_pressPos;

    QLabel *m_citation = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

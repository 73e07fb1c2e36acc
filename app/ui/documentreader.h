#pragma once

#include <QList>
#include <QTextCharFormat>
#include <QWidget>

class Catalogue;
class QAction;
class QLabel;
class QPlainTextEdit;
class TimelineDocument;

// Shows a whole source document as plain text with its paragraphs. The passage being
// read is highlighted strongly and scrolled into view; every other passage linked to an
// event is highlighted faintly, and clicking one (or Enter with the caret in it) selects
// its event, so the link between events and documents runs both ways. Given the document
// being edited, its context menu links the selected words to the selected event ("Add
// Passage to “…”"), one undoable step.
class DocumentReader : public QWidget
{
    Q_OBJECT
public:
    // Tells strong from faint highlights in textView()->extraSelections().
    static constexpr int HighlightProperty = QTextFormat::UserProperty + 1;
    enum Highlight { Faint = 1, Strong = 2 };

    explicit DocumentReader(QWidget *parent = nullptr);

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
    void showContextMenu(const QPoint &pos);
    void updateHighlights();
    int characterAt(const QPoint &viewportPos) const;
    QTextCharFormat highlightFormat(Highlight kind) const;

    const Catalogue *m_catalogue = nullptr;
    TimelineDocument *m_document = nullptr;
    QAction *m_addPassage = nullptr;
    QString m_documentId;
    QList<Passage> m_passages;
    QList<QPair<qsizetype, qsizetype>> m_strong; // text view positions, [from, to)
    QList<qsizetype> m_crlf;                     // UTF-16 indexes of "\r\n" in the text
    int m_selectedEvent = -1;
    QPoint m_pressPos;

    QLabel *m_citation = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

#include "documentreader.h"

#include "catalogue.h"
#include "eventeditor.h"
#include "passageeventdialog.h"
#include "passageedit.h"
#include "passageproposer.h"
#include "proposeeventsdialog.h"
#include "timelinedocument.h"
#include "timelinetheme.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

DocumentReader::DocumentReader(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Document reader"));
    setAccessibleDescription(tr("The whole text of a source document. Highlighted passages are "
                                "linked to events; press Enter in one to select its event."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setBackgroundRole(QPalette::Window);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    headerLayout->setSpacing(2);
    m_citation = new QLabel(header);
    m_citation->setObjectName(u"documentCitation"_s);
    m_citation->setTextFormat(Qt::PlainText);
    m_citation->setWordWrap(true);
    m_citation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_citation->font();
    bold.setBold(true);
    m_citation->setFont(bold);
    headerLayout->addWidget(m_citation);
    m_hint = new QLabel(header);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_hint);
    layout->addWidget(header);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"documentText"_s);
    m_text->setAccessibleName(tr("Document text"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->document()->setDocumentMargin(12);
    QFont reading = m_text->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.1); // long-form reading
    m_text->setFont(reading);
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    m_text->installEventFilter(this);
    layout->addWidget(m_text, 1);

    m_addPassage = new QAction(tr("Add Passage to Event"), this);
    m_addPassage->setObjectName(u"addPassage"_s);
    connect(m_addPassage, &QAction::triggered, this, &DocumentReader::addSelectionAsPassage);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &DocumentReader::showContextMenu);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &DocumentReader::updateAddPassage);

    m_newEvent = new QAction(tr("New Event from Passage…"), this);
    m_newEvent->setObjectName(u"newEventFromPassage"_s);
    // Handled by the text itself (see eventFilter), so that it never clashes with a window
    // shortcut; shown in the menu as a reminder.
    m_newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newEvent->setShortcutContext(Qt::WidgetShortcut);
    connect(m_newEvent, &QAction::triggered, this, &DocumentReader::newEventFromSelection);
    m_proposeEvents = new QAction(tr("Propose Events…"), this);
    m_proposeEvents->setObjectName(u"proposeEvents"_s);
    connect(m_proposeEvents, &QAction::triggered, this, &DocumentReader::proposeEvents);

    setFocusProxy(m_text);
    clear();
    updateAddPassage();
}

DocumentReader::~DocumentReader() = default;

void DocumentReader::setDocument(TimelineDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &TimelineDocument::fileChanged, this,
                &DocumentReader::updateAddPassage);
    updateAddPassage();
}

void DocumentReader::updateAddPassage()
{
    const bool hasEvent =
        m_catalogue && m_selectedEvent >= 0 && m_selectedEvent < m_catalogue->events().size();
    m_addPassage->setText(hasEvent ? tr("Add Passage to \u201C%1\u201D")
                                         .arg(m_catalogue->events().at(m_selectedEvent).title)
                                   : tr("Add Passage to Event"));
    m_addPassage->setVisible(m_document != nullptr);
    const bool editable = m_document && !m_document->isReadOnly() &&
                          m_catalogue == &m_document->catalogue() && !m_documentId.isEmpty();
    const bool selected = m_text->textCursor().hasSelection();
    m_addPassage->setEnabled(editable && hasEvent && selected);
    m_newEvent->setVisible(m_document != nullptr);
    m_newEvent->setEnabled(editable && selected);
    m_proposeEvents->setVisible(m_document != nullptr);
    m_proposeEvents->setEnabled(editable);
}

QString DocumentReader::laneForNewEvents() const
{
    // The selected event's lane, as Insert Event does; else the first.
    if (m_catalogue && m_selectedEvent >= 0 && m_selectedEvent < m_catalogue->events().size())
        return m_catalogue->events().at(m_selectedEvent).laneId;
    return m_catalogue && !m_catalogue->lanes().isEmpty() ? m_catalogue->lanes().constFirst().id
                                                          : QString();
}

void DocumentReader::newEventFromSelection()
{
    updateAddPassage();
    if (!m_newEvent->isEnabled() || !m_proposer)
        return;
    const SourceDocument *document = m_catalogue->document(m_documentId);
    const QTextCursor cursor = m_text->textCursor();
    const qsizetype start = document->toCodePoint(toUtf16Index(cursor.selectionStart()));
    const qsizetype end = document->toCodePoint(toUtf16Index(cursor.selectionEnd()));
    const EventProposal proposal = m_proposer->fromSelection(start, end);
    if (proposal.quote.isEmpty())
        return;
    auto *dialog = new PassageEventDialog(
        *m_catalogue, PassageProposer::eventFrom(proposal, m_documentId, laneForNewEvents()),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addProposedEvents({dialog->event()}, tr("New Event from Passage"));
    });
    dialog->open();
}

void DocumentReader::proposeEvents()
{
    updateAddPassage();
    if (!m_proposeEvents->isEnabled() || !m_proposer)
        return;
    QList<EventProposal> proposals = m_proposer->datedSentences();
    PassageProposer::markCovered(proposals, *m_catalogue, m_documentId);
    const SourceInfo *source = m_catalogue->source(m_documentId);
    auto *dialog =
        new ProposeEventsDialog(source ? source->title : m_documentId, proposals, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sourceId = m_documentId;
    const QString lane = laneForNewEvents();
    connect(dialog, &QDialog::accepted, this, [this, dialog, sourceId, lane] {
        QList<TimelineEvent> events;
        for (const EventProposal &proposal : dialog->accepted())
            events.append(PassageProposer::eventFrom(proposal, sourceId, lane));
        addProposedEvents(events, events.size() == 1
                                      ? tr("Add 1 Proposed Event")
                                      : tr("Add %1 Proposed Events").arg(events.size()));
    });
    dialog->open();
}

void DocumentReader::addProposedEvents(const QList<TimelineEvent> &events,
                                       const QString &commandText)
{
    if (events.isEmpty() || !m_document || m_document->isReadOnly())
        return;
    const SourceLink passage = events.constFirst().sources().value(0);
    m_document->addEvents(events, commandText);
    // The window gave the reader the changed catalogue: read the document again there.
    m_documentId.clear();
    if (!passage.sourceId.isEmpty())
        showPassage(passage.sourceId, passage.start, passage.end);
}

QList<DateMention> DocumentReader::dateMentions() const
{
    return m_proposer ? m_proposer->mentions() : QList<DateMention>();
}

QString DocumentReader::mentionDescription(const DateMention &mention,
                                           const EventDate &documentDate)
{
    QString text = u"\u201C"_s + mention.text + u"\u201D: "_s;
    if (!mention.date.isValid())
        return text + tr("counted from the document\u2019s date, which is not known: give the "
                         "source a date to read it");
    text += EventEditor::periodText(mention.date);
    switch (mention.anchor) {
    case DateMention::Anchor::Document:
        text += u"\n"_s + tr("Counted from the document\u2019s date, %1.").arg(documentDate.label());
        break;
    case DateMention::Anchor::Previous:
        text += u"\n"_s + tr("Counted from the date mentioned just before.");
        break;
    case DateMention::Anchor::None:
        if (mention.inferred)
            text += u"\n"_s + tr("The year is not written: taken from the document\u2019s date, %1.")
                                  .arg(documentDate.label());
        break;
    }
    return text;
}

void DocumentReader::showContextMenu(const QPoint &pos)
{
    QMenu *menu = m_text->createStandardContextMenu();
    menu->setObjectName(u"documentContextMenu"_s);
    if (m_document) {
        updateAddPassage();
        menu->addSeparator();
        menu->addAction(m_addPassage);
        menu->addAction(m_newEvent);
        menu->addAction(m_proposeEvents);
    }
    menu->exec(m_text->viewport()->mapToGlobal(pos));
    delete menu;
}

void DocumentReader::addSelectionAsPassage()
{
    updateAddPassage();
    if (!m_addPassage->isEnabled())
        return;
    const SourceDocument *document = m_catalogue->document(m_documentId);
    const QTextCursor cursor = m_text->textCursor();
    const qsizetype start = document->toCodePoint(toUtf16Index(cursor.selectionStart()));
    const qsizetype end = document->toCodePoint(toUtf16Index(cursor.selectionEnd()));
    const PassageEdit::Result made = PassageEdit::selected(*m_catalogue, m_documentId, start, end);
    const TimelineEvent event = m_catalogue->events().at(m_selectedEvent);
    if (!made.ok)
        return;
    for (const SourceLink &link : event.sources()) {
        if (link.sourceId == made.link.sourceId && link.start == made.link.start &&
            link.end == made.link.end)
            return; // linked already
    }
    QList<SourceLink> passages = event.sources();
    passages.append(made.link);
    const QString sourceId = m_documentId;
    m_document->changePassages(event.id, passages,
                               tr("Add Passage to \u201C%1\u201D").arg(event.title));
    // Read again with the new passage among the linked ones, and highlighted.
    m_documentId.clear();
    showPassage(sourceId, made.link.start, made.link.end);
}

void DocumentReader::setCatalogue(const Catalogue *catalogue)
{
    m_catalogue = catalogue;
    clear();
}

void DocumentReader::clear()
{
    m_documentId.clear();
    m_passages.clear();
    m_proposer.reset();
    m_documentDate = {};
    m_mentioned.clear();
    m_strong.clear();
    m_crlf.clear();
    m_text->clear();
    m_text->setExtraSelections({});
    m_citation->setText(tr("No document open"));
    m_hint->setText(tr("Choose \u201CShow in document\u201D beside an excerpt to read its whole "
                       "source here."));
}

bool DocumentReader::showPassage(const QString &sourceId, qsizetype start, qsizetype end)
{
    if (!openDocument(sourceId))
        return false;
    const SourceDocument *document = m_catalogue->document(sourceId);
    const qsizetype from = toPosition(document->toUtf16(start));
    const qsizetype to = toPosition(document->toUtf16(end));
    m_strong = {{from, to}};
    updateHighlights();

    // Caret at the start of the passage, centred, so it is in view and Enter selects it.
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(from));
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
    return true;
}

void DocumentReader::setSelectedEvent(int eventIndex)
{
    m_selectedEvent = eventIndex;
    updateAddPassage();
    m_strong.clear();
    for (const Passage &passage : std::as_const(m_passages)) {
        if (passage.eventIndex == eventIndex)
            m_strong.append({passage.from, passage.to});
    }
    updateHighlights();
}

int DocumentReader::eventAt(qsizetype position) const
{
    // The passage being read (highlighted strongly) wins over others that overlap it.
    const Passage *best = nullptr;
    bool bestStrong = false;
    for (const Passage &passage : m_passages) {
        if (position < passage.from || position >= passage.to)
            continue;
        if (passage.eventIndex == m_selectedEvent)
            return passage.eventIndex;
        const bool strong = m_strong.contains(qMakePair(passage.from, passage.to));
        if (!best || (strong && !bestStrong) ||
            (strong == bestStrong && passage.to - passage.from < best->to - best->from)) {
            best = &passage;
            bestStrong = strong;
        }
    }
    return best ? best->eventIndex : -1;
}

bool DocumentReader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton)
                m_pressPos = mouse->position().toPoint();
            break;
        }
        case QEvent::MouseButtonRelease: {
            // A click, not the end of a drag that selects text.
            auto *mouse = static_cast<QMouseEvent *>(event);
            const QPoint pos = mouse->position().toPoint();
            if (mouse->button() == Qt::LeftButton &&
                (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
                const int eventIndex = eventAt(characterAt(pos));
                if (eventIndex >= 0)
                    emit eventClicked(eventIndex);
            }
            break;
        }
        case QEvent::ToolTip: {
            auto *help = static_cast<QHelpEvent *>(event);
            const qsizetype position = characterAt(help->pos());
            for (const Mentioned &mentioned : std::as_const(m_mentioned)) {
                if (position >= mentioned.from && position < mentioned.to) {
                    QToolTip::showText(
                        help->globalPos(),
                        mentionDescription(m_proposer->mentions().at(mentioned.index),
                                           m_documentDate),
                        m_text->viewport());
                    return true;
                }
            }
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        case QEvent::MouseMove: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            const bool linked = eventAt(characterAt(mouse->position().toPoint())) >= 0;
            m_text->viewport()->setCursor(linked ? Qt::PointingHandCursor : Qt::IBeamCursor);
            break;
        }
        default:
            break;
        }
    } else if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+N is the reader's while words are selected in its text; otherwise the
        // window's Insert Event.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N)) {
            updateAddPassage();
            if (m_newEvent->isEnabled()) {
                event->accept();
                return true;
            }
        }
    } else if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N) &&
            m_newEvent->isEnabled()) {
            newEventFromSelection();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const int eventIndex = eventAt(m_text->textCursor().position());
            if (eventIndex >= 0) {
                emit eventClicked(eventIndex);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentReader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHighlights();
}

bool DocumentReader::openDocument(const QString &sourceId)
{
    if (!m_catalogue)
        return false;
    if (sourceId == m_documentId)
        return true;
    const SourceDocument *document = m_catalogue->document(sourceId);
    if (!document)
        return false;

    clear();
    m_documentId = sourceId;
    // QTextDocument turns "\r\n" into one paragraph break; remember where, to map offsets.
    const QString &text = document->text();
    for (qsizetype i = text.indexOf(u"\r\n"_s); i >= 0; i = text.indexOf(u"\r\n"_s, i + 2))
        m_crlf.append(i);
    m_text->setPlainText(text);

    const SourceInfo *source = m_catalogue->source(sourceId);
    m_citation->setText(source ? source->citation() : document->fileName());
    m_hint->setText(tr("Highlighted passages are linked to events: click one to select it."));

    const QList<TimelineEvent> &events = m_catalogue->events();
    for (int i = 0; i < events.size(); ++i) {
        for (const SourceLink &link : events.at(i).sources()) {
            if (link.sourceId == sourceId)
                m_passages.append({i, toPosition(document->toUtf16(link.start)),
                                   toPosition(document->toUtf16(link.end))});
        }
    }
    // Relative dates count from the source's own date.
    m_documentDate = source ? source->date : EventDate();
    m_proposer = std::make_unique<PassageProposer>(*document, m_documentDate);
    const QList<DateMention> &mentions = m_proposer->mentions();
    for (qsizetype k = 0; k < mentions.size(); ++k)
        m_mentioned.append({toPosition(document->toUtf16(mentions.at(k).start)),
                            toPosition(document->toUtf16(mentions.at(k).end)), k});
    updateAddPassage();
    return true;
}

qsizetype DocumentReader::toUtf16Index(qsizetype position) const
{
    // The k-th "\r\n" (from 0) is at position m_crlf[k] - k of the text view.
    qsizetype index = position;
    for (qsizetype k = 0; k < m_crlf.size() && m_crlf.at(k) - k < position; ++k)
        ++index;
    return index;
}

qsizetype DocumentReader::toPosition(qsizetype utf16Index) const
{
    return utf16Index -
           (std::lower_bound(m_crlf.cbegin(), m_crlf.cend(), utf16Index) - m_crlf.cbegin());
}

void DocumentReader::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](qsizetype from, qsizetype to, Highlight kind) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(from));
        cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        selections.append({cursor, highlightFormat(kind)});
    };
    for (const Passage &passage : std::as_const(m_passages))
        add(passage.from, passage.to, Faint);
    // After the passages, whose dotted underline would hide theirs; they set no background.
    for (const Mentioned &mentioned : std::as_const(m_mentioned))
        add(mentioned.from, mentioned.to, DateMentioned);
    for (const auto &[from, to] : std::as_const(m_strong)) // drawn last, so on top
        add(from, to, Strong);
    m_text->setExtraSelections(selections);
}

int DocumentReader::characterAt(const QPoint &viewportPos) const
{
    // cursorForPosition() gives the nearest caret position; the character clicked is the
    // one after the caret, or before it when the click fell on the caret's left.
    const QTextCursor cursor = m_text->cursorForPosition(viewportPos);
    const int position = cursor.position();
    if (position > 0 && viewportPos.x() < m_text->cursorRect(cursor).left())
        return position - 1;
    return position;
}

QTextCharFormat DocumentReader::highlightFormat(Highlight kind) const
{
    const QPalette palette = this->palette();
    QTextCharFormat format;
    format.setProperty(HighlightProperty, int(kind));
    if (kind == DateMentioned) {
        // An underline of its own kind, so dates show inside passages too.
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(palette.color(QPalette::Link));
        return format;
    }
    if (kind == Strong) {
        format.setBackground(palette.color(QPalette::Highlight));
        format.setForeground(palette.color(QPalette::HighlightedText));
    } else {
        // A tint plus an underline, so linked passages show without relying on colour.
        format.setBackground(TimelineTheme::blend(palette.color(QPalette::Base),
                                                  palette.color(QPalette::Highlight), 0.2));
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(palette.color(QPalette::Highlight));
    }
    return format;
}

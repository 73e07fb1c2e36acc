#include "eventeditor.h"

#include "cataloguewriter.h"
#include "eventfigureseditor.h"
#include "passageedit.h"
#include "wheelguard.h"
#include "timelinedocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The ids of the checked items, in the list's order.
QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

} // namespace

EventEditor::EventEditor(TimelineDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"eventTitle"_s);
    m_date = new QLineEdit(this);
    m_date->setObjectName(u"eventDate"_s);
    m_date->setPlaceholderText(
        tr("e.g. 3 August 2017, spring 2017, 2018/19, Sept 2017 \u2013 Mar 2018"));
    m_dateInfo = new QLabel(this);
    m_dateInfo->setObjectName(u"eventDateInfo"_s);
    m_dateInfo->setWordWrap(true);
    m_approximate = new QCheckBox(tr("&Approximate"), this);
    m_planned = new QCheckBox(tr("&Planned"), this);
    m_dateBasis = new QLineEdit(this);
    m_dateBasis->setObjectName(u"eventDateBasis"_s);
    m_lane = new QComboBox(this);
    m_lane->setObjectName(u"eventLane"_s);
    auto *newLane = new QPushButton(tr("New\u2026"), this);
    newLane->setAccessibleName(tr("New lane"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"eventSummary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(90);
    m_actors = new QListWidget(this);
    m_actors->setObjectName(u"eventActors"_s);
    m_tags = new QListWidget(this);
    m_tags->setObjectName(u"eventTags"_s);
    auto *newActor = new QPushButton(tr("New\u2026"), this);
    newActor->setAccessibleName(tr("New actor"));
    auto *newTag = new QPushButton(tr("New\u2026"), this);
    newTag->setAccessibleName(tr("New tag"));
    m_passages = new QListWidget(this);
    m_passages->setObjectName(u"eventPassages"_s);
    m_passages->setWordWrap(true);
    m_passages->setToolTip(tr("Double-click a passage to change its quote."));
    m_passages->installEventFilter(this);
    m_figures = new EventFiguresEditor(document, this);
    m_figures->setObjectName(u"eventFiguresEditor"_s);
    m_removePassage = new QPushButton(tr("&Remove Passage"), this);
    m_removePassage->setObjectName(u"removePassage"_s);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(u"applyEvent"_s);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"revertEvent"_s);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_approximate);
    flags->addWidget(m_planned);
    flags->addStretch();
    auto *lane = new QHBoxLayout;
    lane->addWidget(m_lane, 1);
    lane->addWidget(newLane);
    auto *actors = new QVBoxLayout;
    actors->addWidget(m_actors);
    actors->addWidget(newActor, 0, Qt::AlignRight);
    auto *tags = new QVBoxLayout;
    tags->addWidget(m_tags);
    tags->addWidget(newTag, 0, Qt::AlignRight);
    auto *passages = new QVBoxLayout;
    passages->addWidget(m_passages);
    passages->addWidget(m_removePassage, 0, Qt::AlignRight);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(QString(), m_dateInfo);
    form->addRow(QString(), flags);
    form->addRow(tr("Date &basis:"), m_dateBasis);
    // A row holding a layout has no buddy of its own: name the field the mnemonic moves to.
    const auto buddyLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Lane:"), m_lane), lane);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(buddyLabel(tr("A&ctors:"), m_actors), actors);
    form->addRow(buddyLabel(tr("Ta&gs:"), m_tags), tags);
    form->addRow(buddyLabel(tr("Passag&es:"), m_passages), passages);
    form->addRow(buddyLabel(tr("Fig&ures:"), m_figures->list()), m_figures);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_date, &QLineEdit::textChanged, this, &EventEditor::updateDateInfo);
    connect(m_apply, &QPushButton::clicked, this, &EventEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &EventEditor::revert);
    connect(newLane, &QPushButton::clicked, this, &EventEditor::addLane);
    connect(newActor, &QPushButton::clicked, this, &EventEditor::addActor);
    connect(newTag, &QPushButton::clicked, this, &EventEditor::addTag);
    WheelGuard::protect(this); // the editor scrolls in its dock
    connect(m_removePassage, &QPushButton::clicked, this,
            [this] { removePassage(m_passages->currentRow()); });
    connect(m_passages, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { editPassage(m_passages->row(item)); });
    connect(m_passages, &QListWidget::currentRowChanged, this, &EventEditor::updatePassageButtons);
    connect(m_document, &TimelineDocument::changed, this, &EventEditor::followDocument);

    fillPickers();
    setEvent({});
}

QString EventEditor::periodText(const EventDate &date)
{
    if (!date.isValid())
        return {};
    const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
    const QString label = CatalogueWriter::dateText(date);
    if (date.isOpenEnded()) {
        const QDate earliest = date.earliest();
        const QDate latest = date.latest();
        const QString longDay = u"d MMM yyyy"_s;
        if (earliest.isValid() && latest.isValid())
            return tr("%1 = between %2 and %3")
                .arg(label, gb.toString(earliest, longDay), gb.toString(latest, longDay));
        if (latest.isValid())
            return tr("%1 = on or before %2; when it began is not known")
                .arg(label, gb.toString(latest, longDay));
        return tr("%1 = on or after %2; when it ended is not known")
            .arg(label, gb.toString(earliest, longDay));
    }
    if (date.first() == date.last())
        return tr("%1 = one day").arg(label);
    const bool sameYear = date.first().year() == date.last().year();
    const QString from = gb.toString(date.first(), sameYear ? u"d MMM"_s : u"d MMM yyyy"_s);
    const QString to = gb.toString(date.last(), u"d MMM yyyy"_s);
    return u"%1 = %2 \u2013 %3"_s.arg(label, from, to);
}

EventDate EventEditor::draftDate(QString *error) const
{
    EventDate date = EventDate::parse(m_date->text().trimmed(), error);
    if (date.isValid()) {
        date.setApproximate(date.isApproximate() || m_approximate->isChecked());
        date.setPlanned(date.isPlanned() || m_planned->isChecked());
    }
    return date;
}

void EventEditor::updateDateInfo()
{
    QString error;
    const EventDate date = draftDate(&error);
    m_dateInfo->setText(date.isValid() ? periodText(date) : error);
    m_dateInfo->setProperty("invalid", !date.isValid());
    m_apply->setEnabled(!m_readOnly && !m_id.isEmpty() && date.isValid());
}

void EventEditor::fillPickers()
{
    const Catalogue &catalogue = m_document->catalogue();
    m_filling = true;
    m_lane->clear();
    for (const Lane &lane : catalogue.lanes())
        m_lane->addItem(lane.name, lane.id);
    m_actors->clear();
    for (const Actor &actor : catalogue.actors()) {
        auto *item = new QListWidgetItem(actor.name, m_actors);
        item->setData(Qt::UserRole, actor.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_tags->clear();
    for (const Tag &tag : catalogue.tags()) {
        auto *item = new QListWidgetItem(tag.name, m_tags);
        item->setData(Qt::UserRole, tag.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_filling = false;
}

void EventEditor::setEvent(const QString &id)
{
    m_id = m_document->catalogue().event(id) ? id : QString();
    revert();
}

void EventEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    revert();
}

void EventEditor::revert()
{
    // The figures are applied one command at a time, never drafted: they follow at once.
    m_figures->setReadOnly(m_readOnly);
    m_figures->setEvent(m_id);
    const TimelineEvent *event = m_document->catalogue().event(m_id);
    const bool editable = event && !m_readOnly;
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_title, m_date, m_approximate, m_planned, m_dateBasis,
                                          m_lane, m_summary, m_actors, m_tags, m_revert})
        field->setEnabled(editable);
    if (!event) {
        m_heading->setText(tr("Select an event to edit it."));
        for (QLineEdit *line : {m_title, m_date, m_dateBasis})
            line->clear();
        m_summary->clear();
        m_passages->clear();
        m_dateInfo->clear();
        m_apply->setEnabled(false);
        updatePassageButtons();
        return;
    }
    m_heading->setText(m_readOnly ? tr("The built-in story is read-only: save a copy with "
                                       "File \u203A Save As to edit it.")
                                  : tr("Enter applies the changes, Esc reverts them."));
    m_title->setText(event->title);
    m_date->setText(CatalogueWriter::dateText(event->date));
    m_approximate->setChecked(event->date.isApproximate());
    m_planned->setChecked(event->date.isPlanned());
    m_dateBasis->setText(event->dateBasis());
    m_lane->setCurrentIndex(m_lane->findData(event->laneId));
    m_summary->setPlainText(event->summary());
    for (int i = 0; i < m_actors->count(); ++i)
        m_actors->item(i)->setCheckState(
            event->actorIds().contains(m_actors->item(i)->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    for (int i = 0; i < m_tags->count(); ++i)
        m_tags->item(i)->setCheckState(
            event->tagIds().contains(m_tags->item(i)->data(Qt::UserRole).toString())
                ? Qt::Checked
                : Qt::Unchecked);
    fillPassages();
    updateDateInfo();
}

void EventEditor::fillPassages()
{
    const int row = m_passages->currentRow();
    m_passages->clear();
    const Catalogue &catalogue = m_document->catalogue();
    if (const TimelineEvent *event = catalogue.event(m_id)) {
        for (const SourceLink &link : event->sources()) {
            const SourceInfo *source = catalogue.source(link.sourceId);
            const QString document = source ? source->title : link.sourceId;
            m_passages->addItem(u"%1: \u201C%2\u201D"_s.arg(document, link.excerpt));
        }
    }
    if (m_passages->count() > 0)
        m_passages->setCurrentRow(std::clamp(row, 0, m_passages->count() - 1));
    updatePassageButtons();
}

void EventEditor::updatePassageButtons()
{
    m_removePassage->setEnabled(!m_readOnly && m_document->catalogue().event(m_id) &&
                                m_passages->currentRow() >= 0);
}

void EventEditor::removePassage(int row)
{
    const TimelineEvent *event = m_document->catalogue().event(m_id);
    if (!event || m_readOnly || row < 0 || row >= event->sources().size())
        return;
    QList<SourceLink> passages = event->sources();
    passages.removeAt(row);
    m_changingPassages = true;
    m_document->changePassages(m_id, passages,
                               tr("Remove Passage from \u201C%1\u201D").arg(event->title));
    m_changingPassages = false;
}

void EventEditor::editPassage(int row)
{
    const TimelineEvent *event = m_document->catalogue().event(m_id);
    if (!event || m_readOnly || row < 0 || row >= event->sources().size())
        return;
    const SourceLink link = event->sources().at(row);
    const SourceInfo *source = m_document->catalogue().source(link.sourceId);
    const QString document = source ? source->title : link.sourceId;
    const QString asked = tr("The words of \u201C%1\u201D that report this event, exactly as "
                             "they stand in it:")
                              .arg(document);
    QInputDialog ask(this);
    ask.setObjectName(u"editPassageQuestion"_s);
    ask.setWindowTitle(tr("Change Passage of \u201C%1\u201D").arg(event->title));
    ask.setOption(QInputDialog::UsePlainTextEditForTextInput);
    ask.setInputMode(QInputDialog::TextInput); // makes the text box, to wrap its lines
    if (auto *text = ask.findChild<QPlainTextEdit *>())
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    ask.setOkButtonText(tr("Change"));
    ask.setTextValue(link.excerpt);
    ask.setLabelText(asked);
    if (auto *label = ask.findChild<QLabel *>()) {
        label->setWordWrap(true);
        label->setMinimumWidth(420);
    }
    ask.setMaximumWidth(640);
    // Asked again, with the reason and the words as typed, until they are found.
    for (;;) {
        if (ask.exec() != QDialog::Accepted)
            return;
        const PassageEdit::Result found = PassageEdit::quoted(
            m_document->catalogue(), link.sourceId, ask.textValue(), link.start);
        if (found.ok) {
            const TimelineEvent *now = m_document->catalogue().event(m_id);
            if (!now || row >= now->sources().size())
                return;
            if (found.link.start == link.start && found.link.end == link.end &&
                found.link.excerpt == link.excerpt)
                return; // the same passage
            QList<SourceLink> passages = now->sources();
            passages[row] = found.link;
            m_changingPassages = true;
            m_document->changePassages(m_id, passages,
                                       tr("Change Passage of \u201C%1\u201D").arg(now->title));
            m_changingPassages = false;
            return;
        }
        ask.setLabelText(tr("%1\n\n%2").arg(found.error, asked));
    }
}

bool EventEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Delete in the passage list removes a passage, not the event (the window's Delete).
    if (watched == m_passages &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                removePassage(m_passages->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EventEditor::isDirty() const
{
    const TimelineEvent *event = m_document->catalogue().event(m_id);
    if (!event)
        return false;
    QString error;
    const EventDate date = draftDate(&error);
    return m_title->text() != event->title || m_summary->toPlainText() != event->summary() ||
           !(date == event->date) || m_dateBasis->text() != event->dateBasis() ||
           m_lane->currentData().toString() != event->laneId ||
           checkedIds(m_actors) != event->actorIds() || checkedIds(m_tags) != event->tagIds();
}

bool EventEditor::apply()
{
    const TimelineEvent *current = m_document->catalogue().event(m_id);
    if (!current || m_readOnly)
        return false;
    QString error;
    const EventDate date = draftDate(&error);
    if (!date.isValid()) {
        m_date->setFocus();
        return false;
    }
    // One step per changed field, taken from the event as the previous step left it.
    TimelineEvent event = *current;
    QList<std::pair<EventField, TimelineEvent>> steps;
    auto step = [&](EventField field, auto change) {
        TimelineEvent next = event;
        change(next);
        steps.append({field, next});
        event = next;
    };
    if (m_title->text().trimmed() != event.title && !m_title->text().trimmed().isEmpty())
        step(EventField::Title, [&](TimelineEvent &e) { e.title = m_title->text().trimmed(); });
    if (!(date == event.date))
        step(EventField::Date, [&](TimelineEvent &e) { e.date = date; });
    if (m_dateBasis->text() != event.dateBasis())
        step(EventField::DateBasis, [&](TimelineEvent &e) { e.setDateBasis(m_dateBasis->text()); });
    if (m_lane->currentIndex() >= 0 && m_lane->currentData().toString() != event.laneId)
        step(EventField::Lane,
             [&](TimelineEvent &e) { e.laneId = m_lane->currentData().toString(); });
    if (m_summary->toPlainText() != event.summary())
        step(EventField::Summary,
             [&](TimelineEvent &e) { e.setSummary(m_summary->toPlainText()); });
    if (checkedIds(m_actors) != event.actorIds())
        step(EventField::Actors, [&](TimelineEvent &e) { e.setActorIds(checkedIds(m_actors)); });
    if (checkedIds(m_tags) != event.tagIds())
        step(EventField::Tags, [&](TimelineEvent &e) { e.setTagIds(checkedIds(m_tags)); });
    if (steps.isEmpty())
        return true;
    QUndoStack *stack = m_document->undoStack();
    if (steps.size() > 1)
        stack->beginMacro(tr("Edit \u201C%1\u201D").arg(current->title));
    for (const auto &[field, after] : std::as_const(steps))
        m_document->changeEvent(after, field);
    if (steps.size() > 1)
        stack->endMacro();
    return true;
}

void EventEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        apply();
        event->accept();
        return;
    case Qt::Key_Escape:
        revert();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void EventEditor::followDocument(const CatalogueChange &change)
{
    using What = CatalogueChange::What;
    if (change.what == What::Reset || change.what == What::Lanes || change.what == What::Actors ||
        change.what == What::Tags) {
        // Keep what is being typed; only the choices change.
        const bool keep = change.what != What::Reset && isDirty();
        const QString title = m_title->text(), date = m_date->text();
        fillPickers();
        if (change.what == What::Reset)
            m_id.clear();
        revert();
        if (keep) {
            m_title->setText(title);
            m_date->setText(date);
        }
        return;
    }
    if (change.isEventChange() && change.ids.contains(m_id)) {
        if (!m_document->catalogue().event(m_id))
            m_id.clear();
        if (m_changingPassages && !m_id.isEmpty())
            fillPassages(); // only the passages changed: what is being typed stays
        else
            revert();
    }
}

void EventEditor::addLane()
{
    const QString name = QInputDialog::getText(this, tr("New Lane"), tr("Name of the lane:"));
    const QString id = m_document->addLane(name);
    if (!id.isEmpty())
        m_lane->setCurrentIndex(m_lane->findData(id));
}

void EventEditor::addActor()
{
    m_document->addActor(QInputDialog::getText(this, tr("New Actor"), tr("Name of the actor:")));
}

void EventEditor::addTag()
{
    m_document->addTag(QInputDialog::getText(this, tr("New Tag"), tr("Name of the tag:")));
}

#include "storiesdialog.h"

#include "historyactions.h"
#include "storyedit.h"
#include "timelinedocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// A shortcut that works only with focus in widget.
QAction *keyAction(QWidget *widget, const QKeySequence &key)
{
    auto *action = new QAction(widget);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    widget->addAction(action);
    return action;
}

} // namespace

StoriesDialog::StoriesDialog(TimelineDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Stories"));
    setObjectName(u"storiesDialog"_s);

    m_readOnlyNote = new QLabel(
        tr("The built-in story is read-only: use File > Save As\u2026 to make a copy to edit."),
        this);
    m_readOnlyNote->setWordWrap(true);

    m_stories = new QListWidget(this);
    m_stories->setObjectName(u"stories"_s);
    m_stories->setAccessibleName(tr("Stories"));
    auto *storiesLabel = new QLabel(tr("&Stories:"), this);
    storiesLabel->setBuddy(m_stories);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"storySteps"_s);
    m_steps->setAccessibleName(tr("Steps of the story"));
    m_steps->setWordWrap(true);
    m_stepsLabel = new QLabel(tr("S&teps:"), this);
    m_stepsLabel->setBuddy(m_steps);

    m_rename = button(tr("&Rename"), u"renameStory"_s);
    m_up = button(tr("Move &Up"), u"moveStoryUp"_s);
    m_down = button(tr("Move &Down"), u"moveStoryDown"_s);
    m_delete = button(tr("D&elete"), u"deleteStory"_s);
    m_stepUp = button(tr("Move U&p"), u"moveStepUp"_s);
    m_stepDown = button(tr("Move Do&wn"), u"moveStepDown"_s);
    m_removeStep = button(tr("Re&move Step"), u"removeStep"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter commits a rename in place; it never closes the dialog.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *storyButtons = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_up, m_down, m_delete})
        storyButtons->addWidget(b);
    storyButtons->addStretch(1);
    auto *stepButtons = new QVBoxLayout;
    for (QPushButton *b : {m_stepUp, m_stepDown, m_removeStep})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(storiesLabel, 0, 0);
    grid->addWidget(m_stories, 1, 0);
    grid->addLayout(storyButtons, 1, 1);
    grid->addWidget(m_stepsLabel, 2, 0);
    grid->addWidget(m_steps, 3, 0);
    grid->addLayout(stepButtons, 3, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(grid, 1);
    layout->addWidget(buttons);

    // The document's history, so Ctrl+Z works here as in the window.
    const auto [undo, redo] = HistoryActions::create(m_document->undoStack(), this);
    addAction(undo);
    addAction(redo);

    connect(keyAction(m_stories, QKeySequence(Qt::CTRL | Qt::Key_Up)), &QAction::triggered, this,
            [this] { moveCurrent(-1); });
    connect(keyAction(m_stories, QKeySequence(Qt::CTRL | Qt::Key_Down)), &QAction::triggered, this,
            [this] { moveCurrent(1); });
    connect(keyAction(m_stories, QKeySequence::Delete), &QAction::triggered, this,
            &StoriesDialog::deleteCurrent);
    connect(keyAction(m_steps, QKeySequence(Qt::CTRL | Qt::Key_Up)), &QAction::triggered, this,
            [this] { moveCurrentStep(-1); });
    connect(keyAction(m_steps, QKeySequence(Qt::CTRL | Qt::Key_Down)), &QAction::triggered, this,
            [this] { moveCurrentStep(1); });
    connect(keyAction(m_steps, QKeySequence::Delete), &QAction::triggered, this,
            &StoriesDialog::removeCurrentStep);

    connect(m_rename, &QPushButton::clicked, this, &StoriesDialog::renameCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_delete, &QPushButton::clicked, this, &StoriesDialog::deleteCurrent);
    connect(m_stepUp, &QPushButton::clicked, this, [this] { moveCurrentStep(-1); });
    connect(m_stepDown, &QPushButton::clicked, this, [this] { moveCurrentStep(1); });
    connect(m_removeStep, &QPushButton::clicked, this, &StoriesDialog::removeCurrentStep);
    connect(m_stories, &QListWidget::currentRowChanged, this, [this] {
        fillSteps();
        updateButtons();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, &StoriesDialog::updateButtons);
    connect(m_stories, &QListWidget::itemChanged, this, &StoriesDialog::rename);

    connect(m_document, &TimelineDocument::changed, this, &StoriesDialog::refresh);
    connect(m_document, &TimelineDocument::fileChanged, this, &StoriesDialog::refresh);
    refresh();
    resize(560, 520);
}

StoriesDialog::~StoriesDialog()
{
    m_stories->disconnect(this);
    m_steps->disconnect(this);
}

QPushButton *StoriesDialog::button(const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

QString StoriesDialog::currentStoryId() const
{
    const QListWidgetItem *item = m_stories->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString StoriesDialog::storyName(const QString &storyId) const
{
    const QList<Story> &stories = m_document->catalogue().stories();
    const qsizetype at = StoryEdit::indexOf(stories, storyId);
    if (at < 0)
        return storyId;
    return stories.at(at).title.isEmpty() ? storyId : stories.at(at).title;
}

QString StoriesDialog::eventName(const QString &eventId) const
{
    const TimelineEvent *event = m_document->catalogue().event(eventId);
    return event && !event->title.isEmpty() ? event->title : eventId;
}

void StoriesDialog::renameCurrent()
{
    if (QListWidgetItem *item = m_stories->currentItem(); item && !m_document->isReadOnly()) {
        m_stories->setFocus();
        m_stories->editItem(item);
    }
}

void StoriesDialog::rename(QListWidgetItem *item)
{
    const QString id = item->data(Qt::UserRole).toString();
    const QList<Story> &stories = m_document->catalogue().stories();
    const QList<Story> after = StoryEdit::renamed(stories, id, item->text());
    const qsizetype at = StoryEdit::indexOf(stories, id);
    if (m_document->isReadOnly() || at < 0 || after.at(at).title == stories.at(at).title) {
        refresh(); // a blank or unchanged name: back to the name it has
        return;
    }
    m_document->setStories(after, tr("Rename Story \u201C%1\u201D").arg(storyName(id)));
}

void StoriesDialog::moveCurrent(int by)
{
    const QString id = currentStoryId();
    const QList<Story> &stories = m_document->catalogue().stories();
    const QList<Story> after = StoryEdit::moved(stories, id, by);
    if (m_document->isReadOnly() || id.isEmpty() ||
        StoryEdit::indexOf(after, id) == StoryEdit::indexOf(stories, id))
        return;
    m_document->setStories(
        after, (by < 0 ? tr("Move Story \u201C%1\u201D Up") : tr("Move Story \u201C%1\u201D Down"))
                   .arg(storyName(id)));
}

void StoriesDialog::deleteCurrent()
{
    const QString id = currentStoryId();
    const QList<Story> &stories = m_document->catalogue().stories();
    const qsizetype at = StoryEdit::indexOf(stories, id);
    if (m_document->isReadOnly() || at < 0)
        return;
    const QString name = storyName(id);
    const qsizetype steps = stories.at(at).eventIds.size();
    QMessageBox box(QMessageBox::Question, tr("Delete Story \u201C%1\u201D").arg(name),
                    steps == 1 ? tr("Delete the story \u201C%1\u201D and its 1 step?").arg(name)
                               : tr("Delete the story \u201C%1\u201D and its %2 steps?")
                                     .arg(name, QString::number(steps)),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"deleteStoryQuestion"_s);
    box.setInformativeText(tr("The events stay on the timeline."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_document->setStories(StoryEdit::without(stories, id),
                           tr("Delete Story \u201C%1\u201D").arg(name));
}

void StoriesDialog::moveCurrentStep(int by)
{
    const QString id = currentStoryId();
    const int step = m_steps->currentRow();
    const QList<Story> &stories = m_document->catalogue().stories();
    const qsizetype at = StoryEdit::indexOf(stories, id);
    if (m_document->isReadOnly() || at < 0 || step < 0)
        return;
    const QList<Story> after = StoryEdit::stepMoved(stories, id, step, by);
    if (after.at(at).eventIds == stories.at(at).eventIds)
        return;
    const QString event = eventName(stories.at(at).eventIds.at(step));
    m_stepToSelect = step + by;
    m_document->setStories(after, (by < 0 ? tr("Move \u201C%1\u201D Up in Story \u201C%2\u201D")
                                          : tr("Move \u201C%1\u201D Down in Story \u201C%2\u201D"))
                                      .arg(event, storyName(id)));
    m_stepToSelect = -1;
}

void StoriesDialog::removeCurrentStep()
{
    const QString id = currentStoryId();
    const int step = m_steps->currentRow();
    const QList<Story> &stories = m_document->catalogue().stories();
    const qsizetype at = StoryEdit::indexOf(stories, id);
    if (m_document->isReadOnly() || at < 0 || step < 0)
        return;
    const QList<Story> after = StoryEdit::stepRemoved(stories, id, step);
    if (after.at(at).eventIds == stories.at(at).eventIds)
        return; // its last step: delete the story instead
    const QString event = eventName(stories.at(at).eventIds.at(step));
    m_stepToSelect = std::min(step, int(after.at(at).eventIds.size()) - 1);
    m_document->setStories(
        after, tr("Remove \u201C%1\u201D from Story \u201C%2\u201D").arg(event, storyName(id)));
    m_stepToSelect = -1;
}

void StoriesDialog::refresh()
{
    const bool editable = !m_document->isReadOnly();
    m_readOnlyNote->setVisible(!editable);
    const QList<Story> &stories = m_document->catalogue().stories();
    const QString current = currentStoryId();
    const int currentStep = m_steps->currentRow();
    {
        const QSignalBlocker blocker(m_stories);
        // The same stories in the same order are updated in place: a rename arrives here from
        // inside the list's own edit, which must not lose its item.
        bool same = m_stories->count() == stories.size();
        for (int row = 0; same && row < stories.size(); ++row)
            same = m_stories->item(row)->data(Qt::UserRole).toString() == stories.at(row).id;
        if (!same) {
            m_stories->clear();
            for (const Story &story : stories) {
                auto *entry = new QListWidgetItem(m_stories);
                entry->setData(Qt::UserRole, story.id);
            }
        }
        for (int row = 0; row < stories.size(); ++row) {
            const Story &story = stories.at(row);
            QListWidgetItem *entry = m_stories->item(row);
            entry->setText(story.title.isEmpty() ? story.id : story.title);
            entry->setToolTip(story.eventIds.size() == 1
                                  ? tr("1 step")
                                  : tr("%1 steps").arg(story.eventIds.size()));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (editable)
                flags |= Qt::ItemIsEditable;
            entry->setFlags(flags);
            if (!same && story.id == current)
                m_stories->setCurrentRow(row);
        }
        if (m_stories->currentRow() < 0 && m_stories->count() > 0)
            m_stories->setCurrentRow(0);
    }
    m_stories->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                              QAbstractItemView::EditKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    fillSteps();
    const int step = m_stepToSelect >= 0 ? m_stepToSelect : currentStep;
    if (currentStoryId() == current && step >= 0 && step < m_steps->count())
        m_steps->setCurrentRow(step);
    updateButtons();
}

void StoriesDialog::fillSteps()
{
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    const QList<Story> &stories = m_document->catalogue().stories();
    const qsizetype at = StoryEdit::indexOf(stories, currentStoryId());
    m_stepsLabel->setText(
        at < 0 ? tr("S&teps:") : tr("S&teps of \u201C%1\u201D:").arg(storyName(currentStoryId())));
    if (at < 0)
        return;
    for (const QString &eventId : stories.at(at).eventIds) {
        const TimelineEvent *event = m_document->catalogue().event(eventId);
        auto *entry = new QListWidgetItem(
            event ? tr("%1 \u2014 %2").arg(event->date.label(), eventName(eventId)) : eventId,
            m_steps);
        entry->setData(Qt::UserRole, eventId);
    }
    if (m_steps->count() > 0)
        m_steps->setCurrentRow(0);
}

void StoriesDialog::updateButtons()
{
    const bool editable = !m_document->isReadOnly();
    const int row = m_stories->currentRow();
    const bool hasStory = row >= 0;
    m_rename->setEnabled(editable && hasStory);
    m_delete->setEnabled(editable && hasStory);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && hasStory && row < m_stories->count() - 1);
    const int step = m_steps->currentRow();
    m_stepUp->setEnabled(editable && step > 0);
    m_stepDown->setEnabled(editable && step >= 0 && step < m_steps->count() - 1);
    m_removeStep->setEnabled(editable && step >= 0 && m_steps->count() > 1);
    m_removeStep->setToolTip(m_steps->count() == 1
                                 ? tr("A story keeps at least one step: delete the story instead.")
                                 : QString());
}

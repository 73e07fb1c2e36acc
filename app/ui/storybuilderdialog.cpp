#include "storybuilderdialog.h"

#include "storystore.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kEventRole = Qt::UserRole;

} // namespace

StoryBuilderDialog::StoryBuilderDialog(const Catalogue &catalogue, const QList<int> &events,
                                       QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue)
{
    setWindowTitle(tr("Make a Story"));

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("For example, Briefing for the health scrutiny committee"));
    m_title->setAccessibleName(tr("Story title"));

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Events in the story, in the order they are presented"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    QSet<int> seen;
    for (const int event : events) {
        if (event < 0 || event >= m_catalogue.events().size() || seen.contains(event))
            continue;
        seen.insert(event);
        const TimelineEvent &e = m_catalogue.events().at(event);
        auto *item = new QListWidgetItem(
            tr("%1 \u2014 %2").arg(e.date.phrase(), e.title.isEmpty() ? e.id : e.title), m_list);
        item->setData(kEventRole, event);
        item->setToolTip(e.summary());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_dateOrder = new QPushButton(tr("Date &Order"), this);
    m_up->setToolTip(tr("Present this event earlier (Ctrl+Up)"));
    m_down->setToolTip(tr("Present this event later (Ctrl+Down)"));
    m_remove->setToolTip(tr("Leave this event out of the story (Delete)"));
    m_dateOrder->setToolTip(tr("Put the events in date order"));
    connect(m_up, &QPushButton::clicked, this, &StoryBuilderDialog::moveUp);
    connect(m_down, &QPushButton::clicked, this, &StoryBuilderDialog::moveDown);
    connect(m_remove, &QPushButton::clicked, this, &StoryBuilderDialog::removeSelected);
    connect(m_dateOrder, &QPushButton::clicked, this, &StoryBuilderDialog::sortByDate);

    // The same moves from the keyboard while the list has focus.
    const auto addKey = [this](const QKeySequence &keys, void (StoryBuilderDialog::*slot)()) {
        auto *action = new QAction(m_list);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
    };
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Up), &StoryBuilderDialog::moveUp);
    addKey(QKeySequence(Qt::CTRL | Qt::Key_Down), &StoryBuilderDialog::moveDown);
    addKey(QKeySequence::Delete, &StoryBuilderDialog::removeSelected);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StoryBuilderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StoryBuilderDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addWidget(m_remove);
    moves->addSpacing(12);
    moves->addWidget(m_dateOrder);
    moves->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(moves);
    auto *eventsLabel = new QLabel(tr("&Events, in the order they will be presented:"), this);
    eventsLabel->setBuddy(m_list);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(eventsLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, 480);

    connect(m_title, &QLineEdit::textChanged, this, &StoryBuilderDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, &StoryBuilderDialog::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            &StoryBuilderDialog::updateButtons);
    updateButtons();
}

Story StoryBuilderDialog::story() const
{
    Story story;
    story.title = title();
    story.id = StoryStore::uniqueId(story.title, m_existing);
    for (const int event : events())
        story.eventIds.append(m_catalogue.events().at(event).id);
    return story;
}

QList<int> StoryBuilderDialog::events() const
{
    QList<int> events;
    for (int row = 0; row < m_list->count(); ++row)
        events.append(m_list->item(row)->data(kEventRole).toInt());
    return events;
}

QString StoryBuilderDialog::title() const
{
    return m_title->text().simplified();
}

void StoryBuilderDialog::setTitle(const QString &title)
{
    m_title->setText(title);
}

std::optional<Story> StoryBuilderDialog::makeStory(const Catalogue &catalogue,
                                                   const QList<int> &events,
                                                   const QList<Story> &existing,
                                                   const QString &storiesFile, QWidget *parent)
{
    StoryBuilderDialog dialog(catalogue, events, parent);
    dialog.setExistingStories(existing);
    dialog.setStoriesFile(storiesFile);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.story();
}

void StoryBuilderDialog::moveUp()
{
    move(-1);
}

void StoryBuilderDialog::moveDown()
{
    move(+1);
}

void StoryBuilderDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_list->insertItem(to, m_list->takeItem(row));
    m_list->setCurrentRow(to);
    updateButtons();
}

void StoryBuilderDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    updateButtons();
}

void StoryBuilderDialog::sortByDate()
{
    QListWidgetItem *current = m_list->currentItem();
    QList<QListWidgetItem *> items;
    while (m_list->count() > 0)
        items.append(m_list->takeItem(0));
    // Catalogue::events() is in date order, so the index orders by date.
    std::stable_sort(items.begin(), items.end(), [](QListWidgetItem *a, QListWidgetItem *b) {
        return a->data(kEventRole).toInt() < b->data(kEventRole).toInt();
    });
    for (QListWidgetItem *item : std::as_const(items))
        m_list->addItem(item);
    m_list->setCurrentItem(current);
    updateButtons();
}

void StoryBuilderDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const int count = m_list->count();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < count - 1);
    m_remove->setEnabled(row >= 0);
    m_dateOrder->setEnabled(count > 1);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!title().isEmpty() && count > 0);
}

void StoryBuilderDialog::accept()
{
    if (title().isEmpty() || m_list->count() == 0)
        return;
    if (!m_storiesFile.isEmpty()) {
        const ProblemList problems = StoryStore::save(m_storiesFile, story());
        if (!problems.isEmpty()) {
            QStringList lines{tr("The story could not be saved:")};
            for (const Problem &problem : problems) {
                Problem shown = problem;
                shown.file = QDir::toNativeSeparators(problem.file);
                lines.append(shown.toString());
            }
            m_problem->setText(lines.join(u'\n'));
            m_problem->show();
            return;
        }
    }
    m_problem->hide();
    QDialog::accept();
}

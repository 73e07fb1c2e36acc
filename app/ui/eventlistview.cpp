#include "eventlistview.h"

#include "eventfilterproxymodel.h"
#include "eventlistdelegate.h"
#include "eventtablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>

EventListView::EventListView(QWidget *parent)
    : QTableView(parent), m_delegate(new EventListDelegate(this))
{
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 or a click on the current cell edits where the model allows it (not read-only).
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the list for the next pane
    setSortingEnabled(true);
    sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);

    // Fixed row heights keep 100,000 rows cheap to lay out.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionsMovable(true);

    setAccessibleName(tr("Event list"));
    setAccessibleDescription(tr("Events in chronological order. Click a column heading to sort."));

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model)
            emit eventActivated(m_model->eventIndex(index));
    });
}

void EventListView::setEventModel(EventFilterProxyModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    // When filtering removes the current row, the selection model moves the current index
    // to a neighbour; that is not the user choosing another event. The guard is raised
    // before the views react (connected before setModel) and lowered after (connected after).
    auto raise = [this] { m_ignoreCurrentChange = true; };
    auto lower = [this] { m_ignoreCurrentChange = false; };
    if (model) {
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, raise);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, raise);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, raise);
    }
    setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, lower);
        connect(model, &QAbstractItemModel::modelReset, this, lower);
        connect(model, &QAbstractItemModel::layoutChanged, this, lower);
    }
    setDefaultColumnWidths();
}

int EventListView::currentEvent() const
{
    return m_model ? m_model->eventIndex(currentIndex()) : -1;
}

void EventListView::setCurrentEvent(int eventIndex)
{
    if (!m_model)
        return;
    m_chosenEvent = eventIndex;
    const QModelIndex current = currentIndex();
    // Focus alone can make a row current without selecting it; that row still needs selecting.
    if (eventIndex == currentEvent() && selectionModel()->isRowSelected(current.row(), {}))
        return;
    const int column = current.isValid() ? current.column() : int(EventTableModel::TitleColumn);
    const QModelIndex index = m_model->indexOfEvent(eventIndex, column);
    if (!index.isValid()) {
        selectionModel()->clear();
        return;
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void EventListView::setSearchText(const QString &text)
{
    if (text.trimmed() == m_delegate->searchText())
        return;
    m_delegate->setSearchText(text);
    viewport()->update();
}

void EventListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    Q_UNUSED(previous)
    // By event, not row: a row made current by focus alone was not chosen, so moving to
    // another cell of it chooses it.
    if (!m_model || m_ignoreCurrentChange || !current.isValid())
        return;
    const int chosen = m_model->eventIndex(current);
    if (chosen != m_chosenEvent) {
        m_chosenEvent = chosen;
        emit currentEventChanged(chosen);
    }
}

void EventListView::focusInEvent(QFocusEvent *event)
{
    // Tabbing into the list gives it a current row; that is not choosing an event.
    m_ignoreCurrentChange = true;
    QTableView::focusInEvent(event);
    m_ignoreCurrentChange = false;
}

bool EventListView::event(QEvent *event)
{
    // F2 edits the current cell in place when it can be edited, before the window's
    // Edit Event shortcut (F2 elsewhere) takes it.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F2 && key->modifiers() == Qt::NoModifier &&
            currentIndex().isValid() && (model()->flags(currentIndex()) & Qt::ItemIsEditable)) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void EventListView::setDefaultColumnWidths()
{
    QHeaderView *header = horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(EventTableModel::DateColumn, 16 * em);
    header->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(EventTableModel::LaneColumn, 14 * em);
    header->resizeSection(EventTableModel::ActorsColumn, 20 * em);
    header->resizeSection(EventTableModel::TagsColumn, 14 * em);
    header->resizeSection(EventTableModel::SourcesColumn, 5 * em);
}

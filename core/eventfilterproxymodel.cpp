#include "eventfilterproxymodel.h"

#include "catalogue.h"
#include "eventtablemodel.h"

EventFilterProxyModel::EventFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_events)
        disconnect(m_events, nullptr, this, nullptr);
    m_events = qobject_cast<EventTableModel *>(model);
    if (m_events) {
        // Connected before the base class connects its own handlers, so the title keys are
        // gone before the proxy sorts the new rows.
        connect(m_events, &QAbstractItemModel::modelAboutToBeReset, this,
                [this] { m_titleKeys.clear(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (m_events) {
        // Connected after the base class, so listeners see the re-filtered rows.
        connect(m_events, &QAbstractItemModel::modelReset, this,
                &EventFilterProxyModel::visibleEventsChanged);
    }
    emit visibleEventsChanged();
}

void EventFilterProxyModel::setVisibleMask(const QBitArray &mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    // A layout change, not rows removed and inserted: a search hides rows in thousands of
    // separate runs, and a table's header does work in proportion to the whole list for
    // each run it hears of (seconds at 100,000 events), but once for a new layout.
    invalidate();
    emit visibleEventsChanged();
}

QBitArray EventFilterProxyModel::visibleMask() const
{
    const int count = eventCount();
    return m_mask.size() == count ? m_mask : QBitArray(count, true);
}

int EventFilterProxyModel::visibleCount() const
{
    const int count = eventCount();
    return m_mask.size() == count ? int(m_mask.count(true)) : count;
}

int EventFilterProxyModel::totalCount() const
{
    return eventCount();
}

int EventFilterProxyModel::eventCount() const
{
    const Catalogue *catalogue = m_events ? m_events->catalogue() : nullptr;
    return catalogue ? int(catalogue->events().size()) : 0;
}

int EventFilterProxyModel::eventIndex(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return -1;
    return mapToSource(proxyIndex).row();
}

QModelIndex EventFilterProxyModel::indexOfEvent(int eventIndex, int column) const
{
    if (!sourceModel() || eventIndex < 0 || eventIndex >= sourceModel()->rowCount())
        return {};
    return mapFromSource(sourceModel()->index(eventIndex, column));
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Dates and titles, the columns people sort long lists by, skip QVariant: dates compare
    // source rows (rows are chronological), titles case-folded copies made once per
    // catalogue (half the time of case-insensitive comparison at 100,000 events).
    const Catalogue *catalogue = m_events ? m_events->catalogue() : nullptr;
    if (catalogue && left.column() == right.column()) {
        if (left.column() == EventTableModel::DateColumn)
            return left.row() < right.row();
        if (left.column() == EventTableModel::TitleColumn) {
            if (m_titleKeys.size() != catalogue->events().size()) {
                m_titleKeys.clear();
                m_titleKeys.reserve(catalogue->events().size());
                for (const TimelineEvent &event : catalogue->events())
                    m_titleKeys.append(event.title.toCaseFolded());
            }
            return m_titleKeys.at(left.row()).compare(m_titleKeys.at(right.row())) < 0;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // A mask made for another catalogue (the new one is in, its mask not yet): show all.
    return m_mask.size() != eventCount() || m_mask.testBit(sourceRow);
}

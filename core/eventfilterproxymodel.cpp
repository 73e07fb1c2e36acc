#include "eventfilterproxymodel.h"

#include "catalogue.h"
#include "eventtablemodel.h"

#include <QVariant>

#include <algorithm>
#include <functional>
#include <numeric>

EventFilterProxyModel::EventFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

void EventFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model); // connects its own handlers first
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                &EventFilterProxyModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this,
                &EventFilterProxyModel::endReset);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &first, const QModelIndex &last,
                       const QList<int> &roles) {
                    // One event edited; otherwise every row at once (a new edit handler).
                    if (first.row() == last.row() && events()) {
                        followMove(first.row(), first.row());
                        return;
                    }
                    if (!m_rows.isEmpty())
                        emit dataChanged(index(0, 0),
                                         index(int(m_rows.size()) - 1, columnCount() - 1), roles);
                });
        // One edited event moved in the catalogue's order: the rows between shift by one.
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this](const QModelIndex &, int first, int last) {
                    if (first != last || !events())
                        beginResetModel();
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &, int to) {
                    if (first != last || !events())
                        endReset();
                    else
                        followMove(first, to > first ? to - 1 : to);
                });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
        // The base class has let the model go by then, without a word, as
        // QSortFilterProxyModel does; the rows it had go too, as quietly. The model usually
        // goes while its window is being destroyed, when no one may be told anything.
        connect(model, &QObject::destroyed, this, [this] {
            m_order.clear();
            m_rows.clear();
            m_proxyRows.clear();
        });
        // The event table model only resets or moves one row; should another model insert,
        // remove or move rows or columns, everything is made again, as after a reset.
        const auto begin = &EventFilterProxyModel::beginResetModel;
        const auto end = &EventFilterProxyModel::endReset;
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::columnsInserted, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::columnsRemoved, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
    }
    endReset();
}

void EventFilterProxyModel::endReset()
{
    sortRows();
    filterRows();
    endResetModel();
    emit visibleEventsChanged();
}

EventTableModel *EventFilterProxyModel::events() const
{
    return qobject_cast<EventTableModel *>(sourceModel());
}

void EventFilterProxyModel::setVisibleMask(const QBitArray &mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    // A layout change, not rows removed and inserted: a search hides rows in thousands of
    // separate runs, and a table's header does work in proportion to the whole list for
    // each run it hears of (seconds at 100,000 events), but once for a new layout.
    changeLayout([this] { filterRows(); }, [](int row) { return row; });
    emit visibleEventsChanged();
}

void EventFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    changeLayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        sortRows();
        filterRows();
    }, [](int row) { return row; });
}

bool EventFilterProxyModel::sortedByCatalogue() const
{
    return m_sortColumn < 0 || m_sortColumn >= columnCount() ||
           m_sortColumn == EventTableModel::DateColumn;
}

void EventFilterProxyModel::followMove(int from, int to)
{
    const int count = eventCount();
    if (from < 0 || to < 0 || from >= count || to >= count || m_order.size() != count) {
        beginResetModel();
        endReset();
        return;
    }
    if (from == to && sortedByCatalogue()) {
        // In place: only its cells changed. Should it now be filtered out or in, the new
        // mask says so.
        const int row = m_proxyRows.value(from, -1);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    const int low = std::min(from, to), high = std::max(from, to);
    const int shift = from < to ? -1 : 1;
    const auto after = [=](int row) {
        if (row == from)
            return to;
        return row >= low && row <= high ? row + shift : row;
    };
    // The mask moves with the events, so that the view state's mask for the edited
    // catalogue is usually this one again and nothing is filtered twice.
    if (m_mask.size() == count && from != to) {
        const bool moved = m_mask.testBit(from);
        for (int i = from; i != to; i -= shift)
            m_mask.setBit(i, m_mask.testBit(i - shift));
        m_mask.setBit(to, moved);
    }
    if (sortedByCatalogue()) {
        moveInCatalogueOrder(from, to);
        return;
    }
    changeLayout([&] {
        // Sorted by a column: every row keeps its place but the edited one, which is taken
        // out and put back where its key now sorts.
        int *order = m_order.data();
        qsizetype at = -1;
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            order[i] = after(order[i]);
            if (order[i] == to)
                at = i;
        }
        m_order.remove(at);
        const auto place = std::lower_bound(m_order.cbegin(), m_order.cend(), to,
                                            [this](int a, int b) { return precedes(a, b); });
        m_order.insert(place - m_order.cbegin(), to);
        filterRows();
    }, after);
}

void EventFilterProxyModel::moveInCatalogueOrder(int from, int to)
{
    // The order of the rows stays catalogue order (or its reverse): the moved event's row
    // goes to its new place and the rows between shift by one. Views are told those rows
    // changed, not that one moved: a table's header answers a move, as a new layout, with a
    // pass over every row (milliseconds at a million). The selection stays on its row, so
    // whoever edits selects the edited event again (the window does, by id).
    const int count = eventCount();
    const bool masked = m_mask.size() == count && m_mask.size() == m_order.size();
    const int fromRow = m_proxyRows.value(from, -1);
    if (!masked) {
        // Every row shows: source row i is proxy row i (or count - 1 - i), before and after.
        changed(fromRow, m_proxyRows.value(to, -1));
        return;
    }
    // The shown rows whose events are in [low, high] are one run of m_rows; only they change.
    const int low = std::min(from, to), high = std::max(from, to);
    const bool descending = m_sortColumn == EventTableModel::DateColumn &&
                            m_sortOrder == Qt::DescendingOrder;
    int *rows = m_rows.data();
    int *const rowsEnd = rows + m_rows.size();
    int *first, *last;
    if (descending) {
        first = std::lower_bound(rows, rowsEnd, high, std::greater<int>());
        last = std::upper_bound(first, rowsEnd, low, std::greater<int>());
    } else {
        first = std::lower_bound(rows, rowsEnd, low);
        last = std::upper_bound(first, rowsEnd, high);
    }
    const int shift = from < to ? -1 : 1;
    auto renumber = [&] {
        for (int *row = first; row != last; ++row)
            *row = *row == from ? to : *row + shift;
    };
    auto reindex = [&] {
        std::fill(m_proxyRows.begin() + low, m_proxyRows.begin() + high + 1, -1);
        for (int *row = first; row != last; ++row)
            m_proxyRows[*row] = int(row - rows);
    };
    if (fromRow < 0) {
        renumber(); // the moved event is hidden, so the others keep their order
        reindex();
        return;
    }
    // Shown: it is the last of its run afterwards, or the first.
    const bool toEnd = (from < to) != descending;
    const int toRow = int((toEnd ? last - 1 : first) - rows);
    renumber();
    if (toEnd)
        std::rotate(rows + fromRow, rows + fromRow + 1, last);
    else
        std::rotate(first, rows + fromRow, rows + fromRow + 1);
    reindex();
    changed(fromRow, toRow);
}

void EventFilterProxyModel::changed(int fromRow, int toRow)
{
    if (fromRow < 0 || toRow < 0)
        return;
    emit dataChanged(index(std::min(fromRow, toRow), 0),
                     index(std::max(fromRow, toRow), columnCount() - 1));
}

QVariant EventFilterProxyModel::sortKey(int row) const
{
    const EventTableModel *model = events();
    if (m_sortColumn == EventTableModel::TitleColumn && model && model->catalogue())
        return model->catalogue()->events().at(row).title.toCaseFolded();
    return model ? model->index(row, m_sortColumn).data(EventTableModel::SortRole) : QVariant();
}

bool EventFilterProxyModel::keyLess(const QVariant &left, const QVariant &right)
{
    if (left.userType() == QMetaType::QString && right.userType() == QMetaType::QString)
        return left.toString().compare(right.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(left, right) == QPartialOrdering::Less;
}

bool EventFilterProxyModel::precedes(int a, int b) const
{
    // The order a stable sort of the rows in catalogue order gives: by key, in the sort's
    // direction, and rows with equal keys in catalogue order.
    const QVariant left = sortKey(a), right = sortKey(b);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (descending ? keyLess(right, left) : keyLess(left, right))
        return true;
    if (descending ? keyLess(left, right) : keyLess(right, left))
        return false;
    return a < b;
}

template <typename Change, typename SourceRowAfter>
void EventFilterProxyModel::changeLayout(Change change, SourceRowAfter sourceRowAfter)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = index.isValid() ? m_rows.value(index.row(), -1) : -1;
        sourceRows.append(row >= 0 ? sourceRowAfter(row) : -1);
    }
    change();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = m_proxyRows.value(sourceRows.at(i), -1);
        after.append(row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventFilterProxyModel::sortRows()
{
    const EventTableModel *model = events();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    const Catalogue *catalogue = model ? model->catalogue() : nullptr;
    if (!model || m_sortColumn < 0 || m_sortColumn >= columnCount())
        return;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Rows are chronological: by date is catalogue order, or its reverse.
    if (m_sortColumn == EventTableModel::DateColumn) {
        if (descending)
            std::reverse(m_order.begin(), m_order.end());
        return;
    }
    // Titles by case-folded copies made once (half the time of case-insensitive comparison);
    // other columns by their sort keys, strings ignoring case.
    QList<QString> titles;
    QList<QVariant> keys;
    if (m_sortColumn == EventTableModel::TitleColumn && catalogue) {
        titles.reserve(rows);
        for (const TimelineEvent &event : catalogue->events())
            titles.append(event.title.toCaseFolded());
    } else {
        keys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            keys.append(model->index(row, m_sortColumn).data(EventTableModel::SortRole));
    }
    auto less = [&](int a, int b) {
        if (!titles.isEmpty())
            return titles.at(a).compare(titles.at(b)) < 0;
        return keyLess(keys.at(a), keys.at(b));
    };
    if (descending)
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return less(b, a); });
    else
        std::stable_sort(m_order.begin(), m_order.end(), less);
}

void EventFilterProxyModel::filterRows()
{
    // A mask made for another catalogue (the new one is in, its mask not yet): show all.
    const bool masked = m_mask.size() == eventCount() && m_mask.size() == m_order.size();
    // Raw pointers: a QList's operator[] checks for sharing at every step, and this runs over
    // a million rows at every keystroke and edit.
    const qsizetype count = m_order.size();
    const int *order = m_order.constData();
    m_proxyRows.resize(count);
    int *proxyRows = m_proxyRows.data();
    if (!masked) {
        m_rows = m_order; // shared, not copied
        for (qsizetype i = 0; i < count; ++i)
            proxyRows[order[i]] = int(i);
        return;
    }
    std::fill_n(proxyRows, count, -1);
    m_rows.resize(m_mask.count(true));
    int *rows = m_rows.data();
    const auto *bits = reinterpret_cast<const uchar *>(m_mask.bits()); // bit i: byte i / 8
    int shown = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const int row = order[i];
        if (bits[row >> 3] & (1u << (row & 7))) {
            proxyRows[row] = shown;
            rows[shown++] = row;
        }
    }
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
    const EventTableModel *model = events();
    const Catalogue *catalogue = model ? model->catalogue() : nullptr;
    return catalogue ? int(catalogue->events().size()) : 0;
}

int EventFilterProxyModel::eventIndex(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return -1;
    return m_rows.value(proxyIndex.row(), -1);
}

QModelIndex EventFilterProxyModel::indexOfEvent(int eventIndex, int column) const
{
    const int row = m_proxyRows.value(eventIndex, -1);
    return row >= 0 ? index(row, column) : QModelIndex();
}

QModelIndex EventFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool EventFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex EventFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!sourceModel() || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_rows.value(proxyIndex.row(), -1), proxyIndex.column());
}

QModelIndex EventFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = m_proxyRows.value(sourceIndex.row(), -1);
    return row >= 0 ? index(row, sourceIndex.column()) : QModelIndex();
}

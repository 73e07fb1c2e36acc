#pragma once

#include <QAbstractProxyModel>
#include <QBitArray>
#include <QList>

class EventTableModel;

// Sorts an EventTableModel and shows the rows a mask over Catalogue::events() lets through.
// The mask is computed elsewhere (EventMasks, by the view state every view shares), so the
// list, the timeline and the overview hide exactly the same events and the filter is run
// once, not once per view. Until a mask of the catalogue's size is given, every row shows.
//
// A flat list, so a flat proxy: the rows in sort order are kept once per sort and catalogue,
// and a new mask is one pass over them (a few milliseconds at a million events), where
// QSortFilterProxyModel asks about each row through a virtual call and sorts again. A sort
// is stable, as QSortFilterProxyModel's is: rows that compare equal keep catalogue order.
class EventFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // Only EventTableModel sources are filtered; any other model shows every row, unsorted.
    void setSourceModel(QAbstractItemModel *model) override;

    // One bit per event of the catalogue, set for the events to show. Does nothing when the
    // mask is unchanged; otherwise re-filters once, as a layout change.
    void setVisibleMask(const QBitArray &mask);
    // The mask in use: the one given when it fits the catalogue, else every bit set.
    QBitArray visibleMask() const;
    int visibleCount() const;
    int totalCount() const;

    // Index into Catalogue::events() of a proxy index (any column), or -1.
    int eventIndex(const QModelIndex &proxyIndex) const;
    // The proxy index of an event, or an invalid index when it is filtered out.
    QModelIndex indexOfEvent(int eventIndex, int column = 0) const;

    // By column (EventTableModel::SortRole; dates by catalogue order, titles ignoring case);
    // column -1 is catalogue order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // After every change of the visible set: a new mask or a new catalogue.
    void visibleEventsChanged();

private:
    int eventCount() const;
    // The source as an event table, or null.
    EventTableModel *events() const;
    // Makes the rows again, ends a reset and says the visible set changed.
    void endReset();
    // m_order from the sort; then m_rows and m_proxyRows from it and the mask.
    void sortRows();
    void filterRows();
    // A layout change that keeps the views' persistent indexes (selection, current row) on
    // their events, or drops those whose events are now hidden; sourceRowAfter(row) is where
    // a source row is after the change.
    template <typename Change, typename SourceRowAfter>
    void changeLayout(Change change, SourceRowAfter sourceRowAfter);
    // The source row from was edited and is now row to (perhaps the same): the rows between
    // shift by one, the mask with them, and the edited row takes its sorted place.
    void followMove(int from, int to);
    // followMove() while rows are in catalogue order: the rows between told as changed.
    void moveInCatalogueOrder(int from, int to);
    // Every proxy row from fromRow to toRow, either way round, shows other data.
    void changed(int fromRow, int toRow);
    // Sorted by date or not at all: proxy rows are in catalogue order (or its reverse).
    bool sortedByCatalogue() const;
    // Whether row a comes before row b in the current sort by a column.
    bool precedes(int a, int b) const;
    QVariant sortKey(int row) const;
    static bool keyLess(const QVariant &left, const QVariant &right);

    QBitArray m_mask;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<int> m_order;     // every source row, in sort order
    QList<int> m_rows;      // proxy row -> source row
    QList<int> m_proxyRows; // source row -> proxy row, or -1
};

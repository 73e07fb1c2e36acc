#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

class EventTableModel;

// Sorts an EventTableModel and shows the rows a mask over Catalogue::events() lets through.
// The mask is computed elsewhere (EventMasks, by the view state every view shares), so the
// list, the timeline and the overview hide exactly the same events and the filter is run
// once, not once per view. Until a mask of the catalogue's size is given, every row shows.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // Only EventTableModel sources are filtered; any other model shows every row.
    void setSourceModel(QAbstractItemModel *model) override;

    // One bit per event of the catalogue, set for the events to show. Does nothing when the
    // mask is unchanged; otherwise re-filters once.
    void setVisibleMask(const QBitArray &mask);
    // The mask in use: the one given when it fits the catalogue, else every bit set.
    QBitArray visibleMask() const;
    int visibleCount() const;
    int totalCount() const;

    // Index into Catalogue::events() of a proxy index (any column), or -1.
    int eventIndex(const QModelIndex &proxyIndex) const;
    // The proxy index of an event, or an invalid index when it is filtered out.
    QModelIndex indexOfEvent(int eventIndex, int column = 0) const;

signals:
    // After every change of the visible set: a new mask or a new catalogue.
    void visibleEventsChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int eventCount() const;

    EventTableModel *m_events = nullptr;
    QBitArray m_mask;
    mutable QStringList m_titleKeys; // by source row, made on first title sort
};

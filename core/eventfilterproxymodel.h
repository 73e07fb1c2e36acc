#pragma once

#include "eventfilter.h"

#include <QBitArray>
#include <QSortFilterProxyModel>

class EventTableModel;

// Filters and sorts an EventTableModel with an EventFilter. The visible set is computed
// once per filter or catalogue change and kept as a mask over Catalogue::events(), so the
// list, the timeline and the overview can all hide exactly the same events.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    // Only EventTableModel sources are filtered; any other model shows every row.
    void setSourceModel(QAbstractItemModel *model) override;

    const EventFilter &filter() const { return m_filter; }
    // Does nothing when the filter is unchanged; otherwise re-filters once.
    void setFilter(const EventFilter &filter);

    // One bit per event of the catalogue, set when the event passes the filter.
    QBitArray visibleMask() const;
    int visibleCount() const;
    int totalCount() const;

    // Index into Catalogue::events() of a proxy index (any column), or -1.
    int eventIndex(const QModelIndex &proxyIndex) const;
    // The proxy index of an event, or an invalid index when it is filtered out.
    QModelIndex indexOfEvent(int eventIndex, int column = 0) const;

signals:
    // After every change of the visible set: a new filter or a new catalogue.
    void visibleEventsChanged();

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const QBitArray &mask() const;

    EventTableModel *m_events = nullptr;
    EventFilter m_filter;
    // Computed on first use after the filter or the catalogue changes.
    mutable QBitArray m_mask;
    mutable bool m_maskValid = false;
    mutable QStringList m_titleKeys; // by source row, made on first title sort
};

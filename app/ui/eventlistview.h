#pragma once

#include <QTableView>

class EventFilterProxyModel;
class EventListDelegate;

// The event list: a sortable table over an EventFilterProxyModel that speaks in event
// indexes (Catalogue::events()), so the window can keep it in step with the timeline.
class EventListView : public QTableView
{
    Q_OBJECT
public:
    explicit EventListView(QWidget *parent = nullptr);

    void setEventModel(EventFilterProxyModel *model);
    EventFilterProxyModel *eventModel() const { return m_model; }

    // The event of the current row, or -1.
    int currentEvent() const;
    // Makes the event's row current and scrolls to it; clears the selection for -1 or an
    // event the filter hides.
    void setCurrentEvent(int eventIndex);

    void setSearchText(const QString &text);

signals:
    // The user moved to another row (mouse or keyboard).
    void currentEventChanged(int eventIndex);
    // Double click on a row.
    void eventActivated(int eventIndex);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void setDefaultColumnWidths();

    EventFilterProxyModel *m_model = nullptr;
    EventListDelegate *m_delegate = nullptr;
    bool m_ignoreCurrentChange = false; // the current row moves, but not by choice
    int m_chosenEvent = -1; // the event last chosen here or set from outside
};

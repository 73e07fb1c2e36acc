#pragma once

#include <QObject>

class QAction;
class TimelineViewState;

// The Previous Event and Next Event actions (Left and Right), so that every view offers the
// same keys. Which event they go to, and the move into view, is the view state's.
class EventNavigator : public QObject
{
    Q_OBJECT
public:
    explicit EventNavigator(TimelineViewState *state, QObject *parent = nullptr);

    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }

private:
    void updateActions();

    TimelineViewState *m_state;
    QAction *m_previous;
    QAction *m_next;
};

#include "eventnavigator.h"

#include "timelineviewstate.h"
#include "timelinezoom.h"

#include <QAction>

EventNavigator::EventNavigator(TimelineViewState *state, QObject *parent)
    : QObject(parent), m_state(state), m_previous(new QAction(tr("&Previous Event"), this)),
      m_next(new QAction(tr("&Next Event"), this))
{
    m_previous->setShortcut(Qt::Key_Left);
    m_previous->setToolTip(tr("Select the previous event in time (Left)"));
    m_next->setShortcut(Qt::Key_Right);
    m_next->setToolTip(tr("Select the next event in time (Right)"));
    connect(m_previous, &QAction::triggered, m_state, &TimelineViewState::selectPrevious);
    connect(m_next, &QAction::triggered, m_state, &TimelineViewState::selectNext);
    connect(m_state->zoom(), &TimelineZoom::selectionChanged, this, &EventNavigator::updateActions);
    connect(m_state, &TimelineViewState::visibleEventsChanged, this,
            &EventNavigator::updateActions);
    updateActions();
}

void EventNavigator::updateActions()
{
    // With nothing selected either key finds an event as long as one is shown; asking which
    // would scan every event on each move of the range.
    if (m_state->selectedEvent() < 0) {
        const bool any = m_state->visibleMask().count(true) > 0;
        m_previous->setEnabled(any);
        m_next->setEnabled(any);
        return;
    }
    m_previous->setEnabled(m_state->previousEvent() >= 0);
    m_next->setEnabled(m_state->nextEvent() >= 0);
}

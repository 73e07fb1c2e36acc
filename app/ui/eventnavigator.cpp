#include "eventnavigator.h"

#include "timelinezoom.h"

#include <QAction>

EventNavigator::EventNavigator(TimelineZoom *zoom, QObject *parent)
    : QObject(parent), m_zoom(zoom), m_previous(new QAction(tr("&Previous Event"), this)),
      m_next(new QAction(tr("&Next Event"), this))
{
    m_previous->setShortcut(Qt::Key_Left);
    m_previous->setToolTip(tr("Select the previous event in time (Left)"));
    m_next->setShortcut(Qt::Key_Right);
    m_next->setToolTip(tr("Select the next event in time (Right)"));
    connect(m_previous, &QAction::triggered, this, &EventNavigator::selectPrevious);
    connect(m_next, &QAction::triggered, this, &EventNavigator::selectNext);
    connect(m_zoom, &TimelineZoom::selectionChanged, this, &EventNavigator::updateActions);
    updateActions();
}

void EventNavigator::setVisibleMask(const QBitArray &mask)
{
    m_visible = mask;
    updateActions();
}

int EventNavigator::previousEvent() const
{
    const int selected = m_zoom->selectedEvent();
    int i = (selected < 0 || selected > m_visible.size()) ? int(m_visible.size()) : selected;
    while (--i >= 0) {
        if (m_visible.testBit(i))
            return i;
    }
    return -1;
}

int EventNavigator::nextEvent() const
{
    const int selected = m_zoom->selectedEvent();
    for (int i = selected < 0 ? 0 : selected + 1; i < m_visible.size(); ++i) {
        if (m_visible.testBit(i))
            return i;
    }
    return -1;
}

void EventNavigator::selectPrevious()
{
    if (const int i = previousEvent(); i >= 0)
        m_zoom->setSelectedEvent(i);
}

void EventNavigator::selectNext()
{
    if (const int i = nextEvent(); i >= 0)
        m_zoom->setSelectedEvent(i);
}

void EventNavigator::updateActions()
{
    m_previous->setEnabled(previousEvent() >= 0);
    m_next->setEnabled(nextEvent() >= 0);
}

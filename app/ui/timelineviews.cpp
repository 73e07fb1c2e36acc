#include "timelineviews.h"

#include "mainwindow.h"
#include "overviewstrip.h"
#include "timelineviewstate.h"
#include "timelinewidget.h"

#include <QBitArray>

TimelineViews::TimelineViews(MainWindow *window)
    : QObject(window), m_window(window), m_timeline(new TimelineWidget),
      m_overview(new OverviewStrip)
{
    m_timeline->setViewState(window->viewState());
    m_overview->setZoom(window->zoom());
    window->installTimeline(m_timeline, m_overview);
    m_overview->alignWith(m_timeline);
    showCatalogue();

    connect(window, &MainWindow::catalogueChanged, this, &TimelineViews::showCatalogue);
    // An edit: the timeline re-indexes the events and keeps the range; the overview has
    // already counted the changed events again with the state's new mask.
    connect(window, &MainWindow::catalogueEdited, m_timeline, &TimelineWidget::followEdit);
    // The timeline follows the view state's masks itself; the overview is told.
    connect(window->viewState(), &TimelineViewState::visibleEventsChanged, m_overview,
            &OverviewStrip::setVisibleEvents);
    connect(window, &MainWindow::highContrastChanged, m_timeline, &TimelineWidget::setHighContrast);
    connect(window, &MainWindow::highContrastChanged, m_overview, &OverviewStrip::setHighContrast);
    connect(m_timeline, &TimelineWidget::eventActivated, window, &MainWindow::showSource);
    connect(m_timeline, &TimelineWidget::editRequested, window, &MainWindow::editEvent);
}

void TimelineViews::showCatalogue()
{
    // The window keeps one Catalogue object whose contents change, so the views keep
    // pointing at it; setCatalogue() rebuilds their indexes.
    m_timeline->setCatalogue(&m_window->catalogue());
    m_overview->setCatalogue(&m_window->catalogue());
    m_overview->setVisibleEvents(m_window->visibleMask());
    m_timeline->setHighContrast(m_window->isHighContrast());
    m_overview->setHighContrast(m_window->isHighContrast());
}

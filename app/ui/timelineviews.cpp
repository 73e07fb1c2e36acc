#include "timelineviews.h"

#include "eventfilter.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "timelinewidget.h"

#include <QBitArray>

TimelineViews::TimelineViews(MainWindow *window)
    : QObject(window), m_window(window), m_timeline(new TimelineWidget),
      m_overview(new OverviewStrip)
{
    m_timeline->setZoom(window->zoom());
    m_overview->setZoom(window->zoom());
    window->installTimeline(m_timeline, m_overview);
    m_overview->alignWith(m_timeline);
    showCatalogue();

    connect(window, &MainWindow::catalogueChanged, this, &TimelineViews::showCatalogue);
    connect(window, &MainWindow::visibleEventsChanged, this, [this](const QBitArray &mask) {
        m_timeline->setVisibleEvents(mask);
        m_overview->setVisibleEvents(mask);
    });
    connect(window, &MainWindow::filterChanged, this, &TimelineViews::highlightSearch);
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
    m_timeline->setVisibleEvents(m_window->visibleMask());
    m_overview->setVisibleEvents(m_window->visibleMask());
    m_timeline->setHighContrast(m_window->isHighContrast());
    m_overview->setHighContrast(m_window->isHighContrast());
    highlightSearch();
}

void TimelineViews::highlightSearch()
{
    // Search matches are highlighted among the events the rest of the filter shows.
    const Catalogue &catalogue = m_window->catalogue();
    EventFilter search;
    search.text = m_window->filter().text.trimmed();
    QBitArray highlighted;
    if (!search.text.isEmpty()) {
        highlighted.resize(catalogue.events().size());
        for (qsizetype i = 0; i < catalogue.events().size(); ++i)
            highlighted.setBit(i, search.matches(catalogue, catalogue.events().at(i)));
    }
    m_timeline->setHighlightedEvents(highlighted);
}

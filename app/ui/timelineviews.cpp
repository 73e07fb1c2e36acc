#include "timelineviews.h"

#include "documentreader.h"
#include "eventlistview.h"
#include "figureschart.h"
#include "mainwindow.h"
#include "overviewstrip.h"
#include "timelineviewstate.h"
#include "timelinewidget.h"

#include <QBitArray>
#include <QDockWidget>
#include <QMenu>

TimelineViews::TimelineViews(MainWindow *window)
    : QObject(window), m_window(window), m_timeline(new TimelineWidget),
      m_overview(new OverviewStrip), m_figures(new FiguresChart),
      m_figuresDock(new QDockWidget(tr("Figures"), window))
{
    m_timeline->setViewState(window->viewState());
    m_overview->setZoom(window->zoom());
    window->installTimeline(m_timeline, m_overview);
    m_overview->alignWith(m_timeline);

    // Tabbed with the event list: the bottom dock runs under the whole width, so the chart
    // can line its plot up with the timeline above.
    m_figures->setObjectName(QStringLiteral("figuresChart"));
    m_figures->setZoom(window->zoom());
    m_figures->alignWith(m_timeline);
    m_figuresDock->setObjectName(QStringLiteral("figuresDock"));
    m_figuresDock->setAccessibleName(m_figuresDock->windowTitle());
    m_figuresDock->setWidget(m_figures);
    window->addViewDock(m_figuresDock);
    // Raised, the chart takes a third of the window's height: its legend and two scales need
    // more than the event list's quarter.
    connect(m_figuresDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_figuresDock->isFloating() &&
            m_figuresDock->height() < m_window->height() / 3)
            m_window->resizeDocks({m_figuresDock}, {m_window->height() / 3}, Qt::Vertical);
    });
    showCatalogue();

    connect(window, &MainWindow::catalogueChanged, this, &TimelineViews::showCatalogue);
    // An edit: the timeline re-indexes the events and keeps the range; the overview has
    // already counted the changed events again with the state's new mask.
    connect(window, &MainWindow::catalogueEdited, m_timeline, &TimelineWidget::followEdit);
    connect(window, &MainWindow::catalogueEdited, m_figures,
            [this] { m_figures->setCatalogue(&m_window->catalogue()); });
    // The timeline follows the view state's masks itself; the overview is told.
    connect(window->viewState(), &TimelineViewState::visibleEventsChanged, m_overview,
            &OverviewStrip::setVisibleEvents);
    connect(window, &MainWindow::highContrastChanged, m_timeline, &TimelineWidget::setHighContrast);
    connect(window, &MainWindow::highContrastChanged, m_overview, &OverviewStrip::setHighContrast);
    connect(window, &MainWindow::highContrastChanged, m_figures, &FiguresChart::setHighContrast);
    // A click on a figure selects its event (through the shared zoom) and shows its passage.
    connect(m_figures, &FiguresChart::passageRequested, this,
            [this](const QString &sourceId, qsizetype start, qsizetype end) {
                DocumentReader *reader = m_window->documentReader();
                if (auto *dock = qobject_cast<QDockWidget *>(reader->parentWidget())) {
                    dock->show();
                    dock->raise();
                }
                reader->showPassage(sourceId, start, end);
            });
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
    m_figures->setCatalogue(&m_window->catalogue());
    m_figures->setHighContrast(m_window->isHighContrast());
}

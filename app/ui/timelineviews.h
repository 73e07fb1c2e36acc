#pragma once

#include <QObject>

class FiguresChart;
class MainWindow;
class OverviewStrip;
class QDockWidget;
class TimelineWidget;

// Puts the interactive timeline and the overview strip into the main window's centre, and the
// Figures chart (on the timeline's axis) in a dock beside the event list, and keeps them in
// step with its catalogue, view state and contrast.
class TimelineViews : public QObject
{
    Q_OBJECT
public:
    explicit TimelineViews(MainWindow *window);

    TimelineWidget *timeline() const { return m_timeline; }
    OverviewStrip *overview() const { return m_overview; }
    FiguresChart *figures() const { return m_figures; }
    QDockWidget *figuresDock() const { return m_figuresDock; }

private:
    void showCatalogue();

    MainWindow *m_window;
    TimelineWidget *m_timeline;
    OverviewStrip *m_overview;
    FiguresChart *m_figures;
    QDockWidget *m_figuresDock;
};

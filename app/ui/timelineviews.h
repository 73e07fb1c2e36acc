#pragma once

#include <QObject>

class MainWindow;
class OverviewStrip;
class TimelineWidget;

// Puts the interactive timeline and the overview strip into the main window's centre and
// keeps them in step with its catalogue, view state and contrast.
class TimelineViews : public QObject
{
    Q_OBJECT
public:
    explicit TimelineViews(MainWindow *window);

    TimelineWidget *timeline() const { return m_timeline; }
    OverviewStrip *overview() const { return m_overview; }

private:
    void showCatalogue();

    MainWindow *m_window;
    TimelineWidget *m_timeline;
    OverviewStrip *m_overview;
};

#pragma once

#include "mainwindow.h"

class ExportActions;
class HelpActions;
class PresentActions;
class TimelineViews;

// The complete viewer: the main window with the timeline and overview in its centre, and
// the export, presentation and help features attached to its menus.
class ViewerWindow : public MainWindow
{
    Q_OBJECT
public:
    explicit ViewerWindow(QWidget *parent = nullptr);

    TimelineViews *timelineViews() const { return m_views; }
    ExportActions *exportActions() const { return m_export; }
    PresentActions *presentActions() const { return m_present; }
    HelpActions *helpActions() const { return m_help; }

protected:
    QDate dayUnderPointer() const override;

private:
    TimelineViews *m_views;
    ExportActions *m_export;
    PresentActions *m_present;
    HelpActions *m_help;
};

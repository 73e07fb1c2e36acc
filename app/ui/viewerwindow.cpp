#include "viewerwindow.h"

#include "exportactions.h"
#include "helpactions.h"
#include "presentactions.h"
#include "timelineviews.h"
#include "timelinewidget.h"
#include "timescale.h"

#include <QCursor>

ViewerWindow::ViewerWindow(QWidget *parent)
    : MainWindow(parent), m_views(new TimelineViews(this)), m_export(new ExportActions(this)),
      m_present(new PresentActions(this)), m_help(new HelpActions(this))
{
}

QDate ViewerWindow::dayUnderPointer() const
{
    TimelineWidget *timeline = m_views->timeline();
    const QPoint at = timeline->mapFromGlobal(QCursor::pos());
    if (!timeline->isVisible() || !timeline->eventArea().contains(at))
        return {};
    return TimeScale::dayOf(timeline->timeAt(at.x()));
}

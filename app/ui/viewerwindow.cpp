#include "viewerwindow.h"

#include "exportactions.h"
#include "helpactions.h"
#include "presentactions.h"
#include "timelineviews.h"

ViewerWindow::ViewerWindow(QWidget *parent)
    : MainWindow(parent), m_views(new TimelineViews(this)), m_export(new ExportActions(this)),
      m_present(new PresentActions(this)), m_help(new HelpActions(this))
{
}

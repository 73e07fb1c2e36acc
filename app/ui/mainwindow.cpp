#include "mainwindow.h"

#include "catalogueloader.h"
#include "documentreader.h"
#include "eventfilterproxymodel.h"
#include "eventlistview.h"
#include "eventnavigator.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "highcontrastpalette.h"
#include "sourcepane.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const auto kGeometryKey = u"window/geometry"_s;
const auto kStateKey = u"window/state"_s;
const auto kHighContrastKey = u"view/highContrast"_s;
const auto kLastFileKey = u"session/file"_s;
const auto kRangeStartKey = u"session/rangeStart"_s;
const auto kRangeEndKey = u"session/rangeEnd"_s;
const auto kSelectedEventKey = u"session/selectedEvent"_s;
const auto kRecentFilesKey = u"recentFiles"_s;
constexpr int kMaxRecentFiles = 6;
constexpr int kMaxProblemsShown = 12;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_zoom(new TimelineZoom(this)), m_model(new EventTableModel(this)),
      m_proxy(new EventFilterProxyModel(this)), m_navigator(new EventNavigator(m_zoom, this))
{
    setObjectName(u"mainWindow"_s);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    // The source and the document run the full height; the list sits under the timeline.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_proxy->setSourceModel(m_model);

    m_timelineArea = new QWidget(this);
    m_timelineArea->setObjectName(u"timelineArea"_s);
    m_timelineArea->setAccessibleName(tr("Timeline"));
    m_timelineArea->setMinimumSize(320, 200);
    m_timelineArea->setBackgroundRole(QPalette::Base);
    m_timelineArea->setAutoFillBackground(true);
    auto *timelineLayout = new QVBoxLayout(m_timelineArea);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    setCentralWidget(m_timelineArea);

    createDocks();
    createMenus();
    wireSelection();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"eventCount"_s);
    m_countLabel->setAccessibleName(tr("Events shown"));
    statusBar()->addPermanentWidget(m_countLabel);

    // The first time, take most of the screen: the timeline needs width more than anything.
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1400, 900);
    resize(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10));
    resizeDocks({m_sourceDock}, {std::clamp(width() / 4, 380, 560)}, Qt::Horizontal);
    resizeDocks({m_listDock}, {std::clamp(height() / 4, 180, 300)}, Qt::Vertical);
    m_defaultState = saveState();
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        move(screen.center() - rect().center());
    restoreState(settings.value(kStateKey).toByteArray());
    setHighContrast(settings.value(kHighContrastKey, false).toBool());

    setCatalogue(Catalogue(), QString());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // A window made small squeezes the timeline first; let the side panes give way to at
    // most a third of the width, since the timeline needs the room more than they do.
    const int most = width() / 3;
    if (!m_sourceDock->isFloating() && m_sourceDock->isVisible() && m_sourceDock->width() > most)
        resizeDocks({m_sourceDock}, {most}, Qt::Horizontal);
    // Likewise the event list below it, to a quarter of the height.
    const int tallest = height() / 4;
    if (!m_listDock->isFloating() && m_listDock->isVisible() && m_listDock->height() > tallest)
        resizeDocks({m_listDock}, {tallest}, Qt::Vertical);
}

MainWindow::~MainWindow()
{
    // The views hold pointers to m_catalogue; let them go before it does, quietly.
    m_quiet = true;
    m_model->setCatalogue(nullptr);
}

const EventFilter &MainWindow::filter() const
{
    return m_proxy->filter();
}

QBitArray MainWindow::visibleMask() const
{
    return m_proxy->visibleMask();
}

QAction *MainWindow::previousEventAction() const
{
    return m_navigator->previousAction();
}

QAction *MainWindow::nextEventAction() const
{
    return m_navigator->nextAction();
}

void MainWindow::createDocks()
{
    m_list = new EventListView(this);
    m_list->setObjectName(u"eventList"_s);
    m_list->setEventModel(m_proxy);
    m_listDock = new QDockWidget(tr("Events"), this);
    m_listDock->setObjectName(u"eventListDock"_s);
    m_listDock->setWidget(m_list);
    addDockWidget(Qt::BottomDockWidgetArea, m_listDock);

    m_sourcePane = new SourcePane(this);
    m_sourcePane->setObjectName(u"sourcePane"_s);
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(u"sourceDock"_s);
    m_sourceDock->setWidget(m_sourcePane);
    addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);

    m_reader = new DocumentReader(this);
    m_reader->setObjectName(u"documentReader"_s);
    m_readerDock = new QDockWidget(tr("Document"), this);
    m_readerDock->setObjectName(u"documentDock"_s);
    m_readerDock->setWidget(m_reader);
    addDockWidget(Qt::RightDockWidgetArea, m_readerDock);
    splitDockWidget(m_sourceDock, m_readerDock, Qt::Vertical);
    resizeDocks({m_sourceDock, m_readerDock}, {420, 480}, Qt::Vertical);

    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock})
        dock->setAccessibleName(dock->windowTitle());

    m_filterBar = new FilterBar(this);
    m_filterBar->setObjectName(u"filterBar"_s);
    auto *toolBar = new QToolBar(tr("Filter"), this);
    toolBar->setObjectName(u"filterToolBar"_s);
    toolBar->setAccessibleName(tr("Filter"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_filterBar);
    addToolBar(Qt::TopToolBarArea, toolBar);
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Built-in Story"), this, &MainWindow::openBuiltInStory);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                          &MainWindow::fitAll);
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, &MainWindow::zoomIn);
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, &MainWindow::zoomOut);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    m_viewMenu->addSeparator();
    m_highContrastAction = m_viewMenu->addAction(tr("&High Contrast"));
    m_highContrastAction->setCheckable(true);
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);

    m_eventsMenu = menuBar()->addMenu(tr("&Events"));
    QMenu *events = m_eventsMenu;
    events->addAction(m_navigator->previousAction());
    events->addAction(m_navigator->nextAction());

    m_showSource = new QAction(tr("&Show Source Document"), this);
    m_showSource->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only in the list and the timeline: elsewhere Enter presses buttons or selects passages.
    m_showSource->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showSource, &QAction::triggered, this,
            [this] { showSource(m_zoom->selectedEvent()); });
    m_list->addAction(m_showSource);
    m_timelineArea->addAction(m_showSource);
    events->addAction(m_showSource);
    events->addSeparator();

    QAction *find = events->addAction(tr("&Find\u2026"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *clear =
        events->addAction(tr("&Clear Search and Filter"), m_filterBar, &FilterBar::clearStep);
    clear->setShortcut(Qt::Key_Escape);
    addAction(find);

    // Left/Right and Escape work in every pane but the timeline, which has its own meanings
    // for them (revealing with a glide, cancelling a drag); in text fields they still move
    // the cursor.
    for (QAction *action : {m_navigator->previousAction(), m_navigator->nextAction(), clear}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        for (QWidget *pane :
             std::initializer_list<QWidget *>{m_filterBar, m_list, m_sourcePane, m_reader})
            pane->addAction(action);
    }

    // Filled by About and Keyboard Shortcuts; shown once it has something in it.
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->menuAction()->setVisible(false);
    m_helpMenu->installEventFilter(this);
}

void MainWindow::wireSelection()
{
    connect(m_list, &EventListView::currentEventChanged, m_zoom, &TimelineZoom::setSelectedEvent);
    connect(m_list, &EventListView::eventActivated, this, &MainWindow::showSource);
    connect(m_reader, &DocumentReader::eventClicked, m_zoom, &TimelineZoom::setSelectedEvent);
    connect(m_sourcePane, &SourcePane::showInDocument, this,
            [this](const QString &sourceId, qsizetype start, qsizetype end) {
                m_readerDock->show();
                m_readerDock->raise();
                m_reader->showPassage(sourceId, start, end);
            });
    connect(m_zoom, &TimelineZoom::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_proxy, &EventFilterProxyModel::visibleEventsChanged, this,
            &MainWindow::onVisibleEventsChanged);
}

void MainWindow::setCatalogue(const Catalogue &catalogue, const QString &sourceName)
{
    m_zoom->setSelectedEvent(-1);
    // Views outside this class hold &m_catalogue: until catalogueChanged() tells them its
    // contents are new, they hear nothing (no filter or visible-set signals to act on).
    m_quiet = true;
    m_model->setCatalogue(nullptr);
    m_catalogue = catalogue;
    m_sourceName = sourceName;
    m_currentFile.clear();
    m_model->setCatalogue(&m_catalogue);
    m_sourcePane->setCatalogue(&m_catalogue);
    m_reader->setCatalogue(&m_catalogue);
    m_filterBar->setCatalogue(m_catalogue); // clears the filter
    m_quiet = false;

    updateTitle();
    emit catalogueChanged();
    emit filterChanged(filter());
    onVisibleEventsChanged();
    fitAll();
}

bool MainWindow::openFile(const QString &path)
{
    CatalogueLoadResult result = CatalogueLoader::load(path);
    if (!result.ok()) {
        reportProblems(path, result.problems);
        return false;
    }
    const QString title = result.catalogue.title();
    setCatalogue(result.catalogue, title.isEmpty() ? QFileInfo(path).fileName() : title);
    m_currentFile = path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
    if (!path.startsWith(u':'))
        rememberFile(m_currentFile);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::openBuiltInStory()
{
    CatalogueLoadResult result = CatalogueLoader::loadBuiltIn();
    if (!result.ok()) {
        reportProblems(CatalogueLoader::builtInPath(), result.problems);
        return;
    }
    const QString title = result.catalogue.title();
    setCatalogue(result.catalogue, title.isEmpty() ? tr("Built-in story") : title);
    m_currentFile = CatalogueLoader::builtInPath();
}

void MainWindow::showOpenDialog()
{
    const QString start = QFileInfo(m_currentFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Timeline"), m_currentFile.startsWith(u':') ? QString() : start,
        tr("Timelines (*.json *.csv);;Catalogues and event lists (*.json);;"
           "CSV event lists (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::restoreSession()
{
    const QSettings settings;
    const QString file = settings.value(kLastFileKey).toString();
    const bool reopened = !file.isEmpty() && file != CatalogueLoader::builtInPath() &&
                          QFileInfo::exists(file) && openFile(file);
    if (!reopened) {
        openBuiltInStory();
        if (file != CatalogueLoader::builtInPath())
            return; // the saved range and selection belong to another file
    }
    // Selection first: selecting may pan, and the saved range wins.
    m_zoom->setSelectedEvent(m_catalogue.eventIndex(settings.value(kSelectedEventKey).toString()));
    if (settings.contains(kRangeStartKey) && settings.contains(kRangeEndKey))
        m_zoom->setRange(settings.value(kRangeStartKey).toLongLong(),
                         settings.value(kRangeEndKey).toLongLong());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kHighContrastKey, m_highContrast);
    settings.setValue(kLastFileKey, m_currentFile);
    settings.setValue(kRangeStartKey, m_zoom->rangeStart());
    settings.setValue(kRangeEndKey, m_zoom->rangeEnd());
    const int selected = m_zoom->selectedEvent();
    settings.setValue(kSelectedEventKey,
                      selected >= 0 ? m_catalogue.events().at(selected).id : QString());
}

void MainWindow::fitAll()
{
    QDate first = m_catalogue.firstDay();
    QDate last = m_catalogue.lastDay();
    if (!first.isValid()) {
        const int year = QDate::currentDate().year();
        first = QDate(year, 1, 1);
        last = QDate(year, 12, 31);
    }
    const qint64 start = TimeScale::dayStart(first);
    const qint64 end = TimeScale::dayEnd(last);
    const qint64 margin = std::max<qint64>((end - start) / 40, TimelineZoom::kDay);
    m_zoom->setRange(start - margin, end + margin);
}

void MainWindow::zoomIn()
{
    m_zoom->zoomAround(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2, 0.5);
}

void MainWindow::zoomOut()
{
    m_zoom->zoomAround(m_zoom->rangeStart() + m_zoom->rangeSpan() / 2, 2.0);
}

void MainWindow::showSource(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= m_catalogue.events().size())
        return;
    m_zoom->setSelectedEvent(eventIndex);
    for (const SourceLink &link : m_catalogue.events().at(eventIndex).sources) {
        if (m_catalogue.document(link.sourceId)) {
            m_readerDock->show();
            m_readerDock->raise();
            m_reader->showPassage(link.sourceId, link.start, link.end);
            return;
        }
    }
    statusBar()->showMessage(tr("No source document is linked to this event."), 5000);
}

void MainWindow::setHighContrast(bool on)
{
    if (m_highContrastAction->isChecked() != on)
        m_highContrastAction->setChecked(on); // comes back here through toggled()
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    // A default palette hands colours back to the platform, light or dark.
    QApplication::setPalette(on ? HighContrastPalette::palette() : QPalette());
    qApp->setStyleSheet(on ? HighContrastPalette::styleSheet() : QString());
    emit highContrastChanged(on);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock})
        dock->show();
}

void MainWindow::installTimeline(QWidget *timeline, QWidget *overview)
{
    auto *layout = static_cast<QVBoxLayout *>(m_timelineArea->layout());
    if (overview)
        layout->addWidget(overview);
    layout->addWidget(timeline, 1);
    m_timelineArea->setFocusProxy(timeline);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Tab goes pane by pane (filter, list, timeline, source, reader) whatever order the
    // widgets were created in; the source pane's buttons come and go with the selection.
    QList<QWidget *> order;
    for (QWidget *pane :
         {static_cast<QWidget *>(m_filterBar), static_cast<QWidget *>(m_list), m_timelineArea,
          static_cast<QWidget *>(m_sourcePane), static_cast<QWidget *>(m_reader)}) {
        QWidget *w = pane;
        do {
            if ((w == pane || pane->isAncestorOf(w)) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus)) {
                QWidget *target = w;
                while (target->focusProxy())
                    target = target->focusProxy();
                if (!order.contains(target))
                    order.append(target);
            }
            w = w->nextInFocusChain();
        } while (w != pane);
    }
    if (order.isEmpty())
        return QMainWindow::focusNextPrevChild(next);

    QWidget *focus = QApplication::focusWidget();
    qsizetype at = order.indexOf(focus);
    for (qsizetype i = 0; at < 0 && focus && i < order.size(); ++i) {
        if (order.at(i)->isAncestorOf(focus))
            at = i;
    }
    const qsizetype count = order.size();
    const qsizetype to = at < 0 ? (next ? 0 : count - 1) : (at + (next ? 1 : count - 1)) % count;
    order.at(to)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_helpMenu && event->type() == QEvent::ActionAdded)
        m_helpMenu->menuAction()->setVisible(true);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyFilter(const EventFilter &filter)
{
    m_list->setSearchText(filter.text);
    m_sourcePane->setSearchText(filter.text);
    m_proxy->setFilter(filter);
    if (!m_quiet)
        emit filterChanged(filter);
}

void MainWindow::onVisibleEventsChanged()
{
    if (m_quiet)
        return; // setCatalogue() calls again once the new events are in place
    const QBitArray mask = m_proxy->visibleMask();
    const int shown = int(mask.count(true));
    const int total = int(mask.size());
    // Worded so that English needs no plural forms (no translation is loaded for it).
    if (total == 0)
        m_countLabel->setText(tr("No events"));
    else if (total == 1)
        m_countLabel->setText(tr("Showing %1 of 1 event").arg(shown));
    else if (shown == total)
        m_countLabel->setText(tr("Showing all %1 events").arg(total));
    else
        m_countLabel->setText(tr("Showing %1 of %2 events").arg(shown).arg(total));
    m_navigator->setVisibleMask(mask);
    m_list->setCurrentEvent(m_zoom->selectedEvent());
    emit visibleEventsChanged(mask);
}

void MainWindow::onSelectionChanged(int eventIndex)
{
    m_list->setCurrentEvent(eventIndex);
    m_sourcePane->setEvent(eventIndex);
    m_reader->setSelectedEvent(eventIndex);
}

void MainWindow::reportProblems(const QString &path, const ProblemList &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    emit problemsReported(path, lines);

    QString text =
        tr("%1 was not opened. The timeline shown is unchanged.").arg(QFileInfo(path).fileName());
    text += u"\n\n"_s + lines.mid(0, kMaxProblemsShown).join(u'\n');
    if (lines.size() > kMaxProblemsShown)
        text += u'\n' +
                tr("\u2026and %1 more (see Show Details).").arg(lines.size() - kMaxProblemsShown);

    if (m_problemsBox)
        m_problemsBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Could Not Open File"), QString(),
                                QMessageBox::Ok, this);
    box->setObjectName(u"problemsDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // messages quote the file, which is never markup
    box->setText(text);
    if (lines.size() > kMaxProblemsShown)
        box->setDetailedText(lines.join(u'\n'));
    m_problemsBox = box;
    box->open();
}

void MainWindow::rememberFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentFilesKey, recent.mid(0, kMaxRecentFiles));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentFilesKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { openFile(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_sourceName.isEmpty() ? tr("Civic Timeline")
                                          : tr("Civic Timeline \u2014 %1").arg(m_sourceName));
}

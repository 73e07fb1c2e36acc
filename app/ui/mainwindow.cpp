#include "mainwindow.h"

#include "adddocumentactions.h"
#include "catalogueedit.h"
#include "catalogueloader.h"
#include "cataloguewriter.h"
#include "documentautosaver.h"
#include "documentreader.h"
#include "eventeditor.h"
#include "eventfilterproxymodel.h"
#include "eventlistview.h"
#include "eventnavigator.h"
#include "historyactions.h"
#include "importactions.h"
#include "timelineviewstate.h"
#include "eventtablemodel.h"
#include "filterbar.h"
#include "highcontrastpalette.h"
#include "lanesactorstagsdialog.h"
#include "recoveryfile.h"
#include "sourcepane.h"
#include "sourcesdialog.h"
#include "storiesdialog.h"
#include "timelinedocument.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <tuple>

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
    : QMainWindow(parent), m_document(new TimelineDocument(this)),
      m_state(new TimelineViewState(this)), m_model(new EventTableModel(this)),
      m_proxy(new EventFilterProxyModel(this)), m_navigator(new EventNavigator(m_state, this))
{
    setObjectName(u"mainWindow"_s);
    m_autosaver = new DocumentAutosaver(m_document);
    m_import = new ImportActions(this);
    m_addDocument = new AddDocumentActions(this);
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
    resize(QSize(std::max(1024, screen.width() * 9 / 10), std::max(700, screen.height() * 9 / 10))
               .boundedTo(screen.size()));
    resizeDocks({m_sourceDock}, {std::clamp(width() / 4, 380, 560)}, Qt::Horizontal);
    resizeDocks({m_listDock}, {std::clamp(height() / 5, 120, 300)}, Qt::Vertical);
    m_defaultState = saveState();
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        move(screen.center() - rect().center());
    // A geometry saved on a larger screen: fit this one, whole, rather than hang off its edges.
    if (!screen.contains(frameGeometry())) {
        resize(size().boundedTo(screen.size()));
        move(std::clamp(x(), screen.left(), std::max(screen.left(), screen.right() - width())),
             std::clamp(y(), screen.top(), std::max(screen.top(), screen.bottom() - height())));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    setHighContrast(settings.value(kHighContrastKey, false).toBool());

    setCatalogue(Catalogue(), QString());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitDocksToWindow();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The first resize comes before the docks are visible: fit them once they are laid out.
    QMetaObject::invokeMethod(this, &MainWindow::fitDocksToWindow, Qt::QueuedConnection);
}

void MainWindow::fitDocksToWindow()
{
    // A window made small squeezes the timeline first; let the side panes give way to at
    // most a third of the width, since the timeline needs the room more than they do.
    const int most = width() / 3;
    if (!m_sourceDock->isFloating() && m_sourceDock->isVisible() && m_sourceDock->width() > most)
        resizeDocks({m_sourceDock}, {most}, Qt::Horizontal);
    // Likewise the event list below it, to a quarter of the height; on a short screen a
    // fifth, so that the timeline and the overview keep their lanes.
    const int tallest = height() < 800 ? height() / 5 : height() / 4;
    if (!m_listDock->isFloating() && m_listDock->isVisible() && m_listDock->height() > tallest)
        resizeDocks({m_listDock}, {tallest}, Qt::Vertical);
}

MainWindow::~MainWindow()
{
    // The views hold pointers to the document's catalogue; let them go before it does.
    m_quiet = true;
    m_model->setCatalogue(nullptr);
    disconnect(m_document, nullptr, this, nullptr);
}

const Catalogue &MainWindow::catalogue() const
{
    return m_document->catalogue();
}

TimelineZoom *MainWindow::zoom() const
{
    return m_state->zoom();
}

const EventFilter &MainWindow::filter() const
{
    return m_state->filter();
}

QBitArray MainWindow::visibleMask() const
{
    return m_state->visibleMask();
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
    m_reader->setDocument(m_document);
    m_readerDock = new QDockWidget(tr("Document"), this);
    m_readerDock->setObjectName(u"documentDock"_s);
    m_readerDock->setWidget(m_reader);
    addDockWidget(Qt::RightDockWidgetArea, m_readerDock);
    splitDockWidget(m_sourceDock, m_readerDock, Qt::Vertical);
    resizeDocks({m_sourceDock, m_readerDock}, {420, 480}, Qt::Vertical);

    m_editor = new EventEditor(m_document, this);
    m_editor->setObjectName(u"eventEditor"_s);
    m_editorDock = new QDockWidget(tr("Edit Event"), this);
    m_editorDock->setObjectName(u"eventEditorDock"_s);
    // Scrolled, so that the editor's form does not set the window's smallest height.
    auto *editorScroll = new QScrollArea(m_editorDock);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);
    m_editorDock->setWidget(editorScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    tabifyDockWidget(m_sourceDock, m_editorDock);
    m_sourceDock->raise();

    auto *history = new QUndoView(m_document->undoStack(), this);
    history->setObjectName(u"history"_s);
    history->setEmptyLabel(tr("<opened>"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_readerDock, m_historyDock);
    m_readerDock->raise();

    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock, m_editorDock, m_historyDock})
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
    QAction *import =
        file->addAction(tr("&Import\u2026"), m_import, &ImportActions::showImportDialog);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(m_addDocument->addDocumentAction());
    file->addSeparator();
    m_save = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_save->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As\u2026"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
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
    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock, m_editorDock, m_historyDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    m_viewMenu->addSeparator();
    m_highContrastAction = m_viewMenu->addAction(tr("&High Contrast"));
    m_highContrastAction->setCheckable(true);
    connect(m_highContrastAction, &QAction::toggled, this, &MainWindow::setHighContrast);

    // Edit: the history, and edits of the selected event. Text fields keep their own
    // Undo, Copy, Paste and Delete (QLineEdit takes those keys before the window does).
    m_editMenu = menuBar()->insertMenu(m_viewMenu->menuAction(), new QMenu(tr("&Edit"), this))
                     ->menu();
    QMenu *edit = m_editMenu;
    std::tie(m_undo, m_redo) = HistoryActions::create(m_document->undoStack(), this);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    QAction *cut = edit->addAction(tr("Cu&t Event"), this, &MainWindow::cutEvent);
    cut->setShortcut(QKeySequence::Cut);
    QAction *copy = edit->addAction(tr("&Copy Event"), this, &MainWindow::copyEvent);
    copy->setShortcut(QKeySequence::Copy);
    m_paste = edit->addAction(tr("&Paste Events"), this, &MainWindow::pasteEvents);
    m_paste->setShortcut(QKeySequence::Paste);
    QAction *duplicate = edit->addAction(tr("D&uplicate Event"), this, &MainWindow::duplicateEvent);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *remove = edit->addAction(tr("&Delete Event"), this, &MainWindow::deleteEvent);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    QAction *insert = edit->addAction(tr("&Insert Event"), this,
                                       [this] { insertEvent(dayUnderPointer()); });
    insert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *editSelected = edit->addAction(tr("&Edit Event\u2026"), this,
                                            [this] { editEvent(m_state->selectedEvent()); });
    editSelected->setShortcut(QKeySequence(Qt::Key_F2));
    edit->addSeparator();
    edit->addAction(tr("&Lanes, Actors and Tags\u2026"), this, &MainWindow::showLanesActorsTags)
        ->setObjectName(u"Lanes, Actors and Tags"_s);
    edit->addAction(tr("&Stories\u2026"), this, &MainWindow::showStories)
        ->setObjectName(u"Stories"_s);
    edit->addAction(tr("S&ources\u2026"), this, &MainWindow::showSources)
        ->setObjectName(u"Sources"_s);
    m_editActions = {cut, m_paste, duplicate, remove, insert};
    for (QAction *action : {cut, copy, duplicate, remove, editSelected})
        action->setObjectName(action->text().remove(u'&'));

    m_eventsMenu = menuBar()->addMenu(tr("&Events"));
    QMenu *events = m_eventsMenu;
    events->addAction(m_navigator->previousAction());
    events->addAction(m_navigator->nextAction());

    m_showSource = new QAction(tr("&Show Source Document"), this);
    m_showSource->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Only in the list and the timeline: elsewhere Enter presses buttons or selects passages.
    m_showSource->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_showSource, &QAction::triggered, this,
            [this] { showSource(m_state->selectedEvent()); });
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
    connect(m_list, &EventListView::currentEventChanged, m_state, &TimelineViewState::select);
    connect(m_list, &EventListView::eventActivated, this, &MainWindow::showSource);
    connect(m_reader, &DocumentReader::eventClicked, m_state, &TimelineViewState::select);
    connect(m_sourcePane, &SourcePane::showInDocument, this,
            [this](const QString &sourceId, qsizetype start, qsizetype end) {
                m_readerDock->show();
                m_readerDock->raise();
                m_reader->showPassage(sourceId, start, end);
            });
    connect(m_state->zoom(), &TimelineZoom::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    // The list shows what the state's mask shows; its own signal then updates the rest.
    connect(m_state, &TimelineViewState::visibleEventsChanged, m_proxy,
            &EventFilterProxyModel::setVisibleMask);
    connect(m_proxy, &EventFilterProxyModel::visibleEventsChanged, this,
            &MainWindow::onVisibleEventsChanged);
    connect(m_document, &TimelineDocument::changed, this, &MainWindow::followDocument);
    connect(m_document, &TimelineDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &TimelineDocument::fileChanged, this, [this] {
        updateTitle();
        updateEditActions();
    });
}

void MainWindow::setCatalogue(const Catalogue &catalogue, const QString &sourceName)
{
    showNewCatalogue(catalogue, sourceName, QString());
}

void MainWindow::showNewCatalogue(const Catalogue &catalogue, const QString &sourceName,
                                  const QString &path)
{
    m_state->select(-1);
    // Views outside this class hold &catalogue(): until catalogueChanged() tells them its
    // contents are new, they hear nothing (no filter or visible-set signals to act on).
    m_quiet = true;
    m_model->setCatalogue(nullptr);
    m_sourceName = sourceName;
    m_currentFile = path;
    m_document->reset(catalogue, path);
    m_state->setCatalogue(&this->catalogue()); // the list's mask first, so it filters once
    m_model->setCatalogue(&this->catalogue());
    m_sourcePane->setCatalogue(&this->catalogue());
    m_reader->setCatalogue(&this->catalogue());
    m_filterBar->setCatalogue(this->catalogue()); // clears the filter
    m_quiet = false;

    updateTitle();
    updateEditActions();
    emit catalogueChanged();
    emit filterChanged(filter());
    onVisibleEventsChanged();
    const auto [start, end] = m_state->fitRange();
    m_state->jumpTo(start, end);
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    CatalogueLoadResult result = CatalogueLoader::load(path);
    if (!result.ok()) {
        // Someone else's spreadsheet, not a broken file of ours: map its columns.
        if (!path.startsWith(u':') && ImportActions::isForeignSpreadsheet(path))
            return m_import->importFile(path, ImportActions::Target::NewTimeline,
                                        m_restoring ? ImportActions::Mode::Remembered
                                                    : ImportActions::Mode::Ask);
        reportProblems(path, result.problems);
        return false;
    }
    const QString title = result.catalogue.title();
    showNewCatalogue(result.catalogue, title.isEmpty() ? QFileInfo(path).fileName() : title,
                     path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath());
    if (!path.startsWith(u':'))
        rememberFile(m_currentFile);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    if (!result.warnings.isEmpty())
        reportWarnings(path, result.warnings);
    offerRecovery();
    return true;
}

void MainWindow::showImported(const Catalogue &catalogue, const QString &path)
{
    showNewCatalogue(catalogue, QFileInfo(path).fileName(), QFileInfo(path).absoluteFilePath());
    rememberFile(m_currentFile);
    offerRecovery();
}

void MainWindow::offerRecovery()
{
    RecoveryFile *recovery = m_autosaver->recoveryFile();
    if (m_document->isReadOnly())
        return; // never edited, so never anything to recover
    if (!recovery->isLocked()) {
        offerOtherWindowsChanges(recovery);
        return;
    }
    if (!recovery->exists())
        return;
    const CatalogueLoadResult recovered = recovery->read();
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Changes?"),
                    tr("Changes to %1 made until %2 were never saved (the program stopped "
                       "before they were).")
                        .arg(QFileInfo(m_currentFile).fileName(),
                             QLocale().toString(recovery->savedAt(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"recoveryDialog"_s);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.setDefaultButton(restore);
    if (!recovered.ok())
        box.setInformativeText(tr("They cannot be restored: %1")
                                   .arg(recovered.problems.constFirst().toString()));
    restore->setEnabled(recovered.ok());
    box.exec();
    if (box.clickedButton() != restore) {
        recovery->remove();
        return;
    }
    showRecovered(recovered.catalogue);
    statusBar()->showMessage(tr("Restored the unsaved changes; save to keep them."), 10000);
}

void MainWindow::offerOtherWindowsChanges(RecoveryFile *recovery)
{
    // Another running instance has the file open. Its unsaved changes, as its autosave last
    // wrote them, can be opened here too; they stay that instance's either way.
    const QString name = QFileInfo(m_currentFile).fileName();
    if (!recovery->exists()) {
        statusBar()->showMessage(tr("%1 is open in another Civic Timeline window too; changes "
                                    "made here are not autosaved.")
                                     .arg(name),
                                 10000);
        return;
    }
    const CatalogueLoadResult recovered = recovery->read();
    QMessageBox box(QMessageBox::Question, tr("Open Unsaved Changes?"),
                    tr("%1 is open in another Civic Timeline window, with changes made until "
                       "%2 that are not saved yet.")
                        .arg(name, QLocale().toString(recovery->savedAt(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"recoveryDialog"_s);
    box.setInformativeText(
        recovered.ok()
            ? tr("Open them here as well, or the file as it was last saved. The other window "
                 "keeps its changes either way; changes made here are not autosaved.")
            : tr("They cannot be opened: %1").arg(recovered.problems.constFirst().toString()));
    QPushButton *changes = box.addButton(tr("Open &Unsaved Changes"), QMessageBox::AcceptRole);
    QPushButton *saved = box.addButton(tr("Open &Saved File"), QMessageBox::RejectRole);
    changes->setEnabled(recovered.ok());
    box.setDefaultButton(saved);
    box.exec();
    if (box.clickedButton() != changes)
        return;
    showRecovered(recovered.catalogue);
    statusBar()->showMessage(tr("Opened the other window's unsaved changes."), 10000);
}

void MainWindow::showRecovered(const Catalogue &recovered)
{
    const QString title = recovered.title();
    showNewCatalogue(recovered, title.isEmpty() ? QFileInfo(m_currentFile).fileName() : title,
                     m_currentFile);
    m_document->markUnsaved();
}

void MainWindow::openBuiltInStory()
{
    if (!maybeSave())
        return;
    CatalogueLoadResult result = CatalogueLoader::loadBuiltIn();
    if (!result.ok()) {
        reportProblems(CatalogueLoader::builtInPath(), result.problems);
        return;
    }
    const QString title = result.catalogue.title();
    showNewCatalogue(result.catalogue, title.isEmpty() ? tr("Built-in story") : title,
                     CatalogueLoader::builtInPath());
}

void MainWindow::showOpenDialog()
{
    const QString start = QFileInfo(m_currentFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Timeline"), m_currentFile.startsWith(u':') ? QString() : start,
        tr("Timelines and spreadsheets (*.json *.csv *.tsv *.xlsx *.ods *.ics);;"
           "Catalogues and event lists (*.json);;CSV event lists (*.csv);;"
           "Spreadsheets (*.csv *.tsv *.xlsx *.ods);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::restoreSession()
{
    const QSettings settings;
    const QString file = settings.value(kLastFileKey).toString();
    m_restoring = true;
    const bool reopened = !file.isEmpty() && file != CatalogueLoader::builtInPath() &&
                          QFileInfo::exists(file) && openFile(file);
    m_restoring = false;
    if (!reopened) {
        openBuiltInStory();
        if (file != CatalogueLoader::builtInPath())
            return; // the saved range and selection belong to another file
    }
    // Selection first: selecting may pan, and the saved range wins.
    m_state->selectId(settings.value(kSelectedEventKey).toString());
    if (settings.contains(kRangeStartKey) && settings.contains(kRangeEndKey))
        m_state->jumpTo(settings.value(kRangeStartKey).toLongLong(),
                         settings.value(kRangeEndKey).toLongLong());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kHighContrastKey, m_highContrast);
    settings.setValue(kLastFileKey, m_currentFile);
    settings.setValue(kRangeStartKey, zoom()->rangeStart());
    settings.setValue(kRangeEndKey, zoom()->rangeEnd());
    settings.setValue(kSelectedEventKey, m_state->selectedId());
}

void MainWindow::fitAll()
{
    m_state->fitAll();
}

void MainWindow::zoomIn()
{
    m_state->zoomBy(0.5);
}

void MainWindow::zoomOut()
{
    m_state->zoomBy(2.0);
}

void MainWindow::showSource(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= catalogue().events().size())
        return;
    m_state->select(eventIndex);
    for (const SourceLink &link : catalogue().events().at(eventIndex).sources()) {
        if (catalogue().document(link.sourceId)) {
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
    for (QDockWidget *dock : {m_listDock, m_sourceDock, m_readerDock, m_editorDock, m_historyDock})
        dock->show();
    for (QDockWidget *dock : std::as_const(m_viewDocks))
        dock->show();
    m_listDock->raise(); // the list stays the tab in front
}

void MainWindow::addViewDock(QDockWidget *dock)
{
    // The saved state names docks that exist when it is restored, so the constructor's
    // restore left this one out: place it in the default layout, take that as the default
    // again, then restore the saved state once more.
    restoreState(m_defaultState);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(m_listDock, dock);
    m_listDock->raise();
    m_viewDocks.append(dock);
    m_defaultState = saveState();
    restoreState(QSettings().value(kStateKey).toByteArray());

    const QList<QAction *> actions = m_viewMenu->actions();
    const qsizetype at = actions.indexOf(m_listDock->toggleViewAction());
    m_viewMenu->insertAction(at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr,
                             dock->toggleViewAction());
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
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
    m_state->setFilter(filter);
    if (!m_quiet) {
        emit filterChanged(filter);
        // A search for "BCF" shows every match, not the one that happens to be in view.
        if (!filter.isEmpty())
            m_state->bringIntoView(m_state->visibleMask());
    }
}

void MainWindow::onVisibleEventsChanged()
{
    if (m_quiet)
        return; // setCatalogue() calls again once the new events are in place
    const QBitArray mask = m_proxy->visibleMask();
    const int shown = int(mask.count(true));
    const int total = int(mask.size());
    // Worded so that English needs no plural forms (no translation is loaded for it); counts
    // grouped as the timeline writes them ("76,084 of 1,000,000").
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (total == 0)
        m_countLabel->setText(tr("No events"));
    else if (total == 1)
        m_countLabel->setText(tr("Showing %1 of 1 event").arg(shown));
    else if (shown == total)
        m_countLabel->setText(tr("Showing all %1 events").arg(locale.toString(total)));
    else
        m_countLabel->setText(
            tr("Showing %1 of %2 events").arg(locale.toString(shown), locale.toString(total)));
    m_list->setCurrentEvent(m_state->selectedEvent());
    emit visibleEventsChanged(mask);
}

void MainWindow::onSelectionChanged(int eventIndex)
{
    const bool valid = eventIndex >= 0 && eventIndex < catalogue().events().size();
    const QString id = valid ? m_state->selectedId() : QString();
    if (m_editor->eventId() != id || id.isEmpty())
        m_editor->setEvent(id); // a draft not applied with Enter is dropped
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

void MainWindow::reportWarnings(const QString &path, const ProblemList &warnings)
{
    // It opened: what the officer should check before trusting its passages.
    QStringList lines;
    for (const Problem &warning : warnings)
        lines.append(warning.toString());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check the Sources"),
                                tr("%1 was opened, but:").arg(QFileInfo(path).fileName()) +
                                    u"\n\n"_s + lines.mid(0, kMaxProblemsShown).join(u'\n'),
                                QMessageBox::Ok, this);
    box->setObjectName(u"warningsDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (lines.size() > kMaxProblemsShown)
        box->setDetailedText(lines.join(u'\n'));
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
    // "[*]" is where Qt puts the modified marker.
    const QString file = m_document->filePath().isEmpty() || m_document->isReadOnly()
                             ? QString()
                             : QFileInfo(m_document->filePath()).fileName();
    QString shown = m_sourceName;
    if (!file.isEmpty() && shown != file)
        shown = shown.isEmpty() ? file : tr("%1 (%2)").arg(shown, file);
    if (m_document->isReadOnly())
        shown = tr("%1 (read-only)").arg(shown);
    setWindowTitle(shown.isEmpty() ? tr("Civic Timeline[*]")
                                   : tr("Civic Timeline \u2014 %1[*]").arg(shown));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateEditActions()
{
    const bool editable = !m_document->isReadOnly();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(editable);
    m_save->setEnabled(editable);
    m_editor->setReadOnly(!editable);
    if (editable)
        m_model->setEditHandler([this](const QString &id, EventTableModel::Column column,
                                       const QVariant &value) {
            return editFromList(id, int(column), value);
        });
    else
        m_model->setEditHandler({});
}

bool MainWindow::editFromList(const QString &id, int column, const QVariant &value)
{
    const TimelineEvent *event = catalogue().event(id);
    if (!event || m_document->isReadOnly())
        return false;
    TimelineEvent after = *event;
    EventField field = EventField::Title;
    switch (column) {
    case EventTableModel::TitleColumn:
        after.title = value.toString().trimmed();
        if (after.title.isEmpty()) {
            statusBar()->showMessage(tr("An event needs a title; the title is as it was."), 8000);
            return false;
        }
        break;
    case EventTableModel::DateColumn: {
        QString error;
        after.date = EventDate::parse(value.toString().trimmed(), &error);
        if (!after.date.isValid()) {
            statusBar()->showMessage(tr("The date is as it was: %1").arg(error), 8000);
            return false;
        }
        field = EventField::Date;
        break;
    }
    case EventTableModel::LaneColumn:
        after.laneId = value.toString();
        if (!catalogue().lane(after.laneId))
            return false;
        field = EventField::Lane;
        break;
    default:
        return false;
    }
    // After the list's editor has closed: the command re-sorts the list under it.
    QMetaObject::invokeMethod(
        this, [this, after, field] { m_document->changeEvent(after, field); },
        Qt::QueuedConnection);
    return true;
}

QString MainWindow::selectedEventId() const
{
    return m_state->selectedId();
}

void MainWindow::followDocument(const CatalogueChange &change)
{
    if (change.what == CatalogueChange::What::Reset)
        return; // showNewCatalogue() shows it
    // The views are given the changed catalogue again, keeping the range, the filter and
    // the selection (by id: an edit may have moved the selected event).
    const QString selected = m_state->selectedId();
    const qint64 start = zoom()->rangeStart(), end = zoom()->rangeEnd();
    m_quiet = true;
    m_state->select(-1);
    // One event edited: the list moves its row, and its mask with it, so the view state's
    // new mask is usually the same and nothing is filtered twice. Otherwise the list starts
    // over, given its mask before its rows, so that it filters once.
    if (m_model->followChange(change)) {
        m_state->catalogueEdited();
    } else {
        m_model->setCatalogue(nullptr);
        m_state->catalogueEdited();
        m_model->setCatalogue(&catalogue());
    }
    m_sourcePane->setCatalogue(&catalogue());
    m_reader->setCatalogue(&catalogue());
    using What = CatalogueChange::What;
    if (change.what == What::Lanes || change.what == What::Actors || change.what == What::Tags)
        m_filterBar->setCatalogue(catalogue());
    m_quiet = false;
    emit catalogueEdited(change);
    onVisibleEventsChanged();
    QString select = selected;
    if (change.what == What::EventsAdded && !change.ids.isEmpty())
        select = change.ids.constLast();
    m_state->selectId(select);
    m_state->jumpTo(start, end);
    updateTitle();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("%1 has changes that are not saved.").arg(m_sourceName.isEmpty()
                                                                     ? tr("The timeline")
                                                                     : m_sourceName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesDialog"_s);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosaver->discard();
        return true;
    default:
        return false;
    }
}

bool MainWindow::save()
{
    if (!m_document->canSaveInPlace())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    // The file itself, or a catalogue beside the event list it came from.
    QString start = m_document->filePath();
    if (start.isEmpty() || m_document->isReadOnly())
        start = u"catalogue.json"_s;
    else if (!m_document->canSaveInPlace())
        start = QFileInfo(start).absolutePath() + u'/' + QFileInfo(start).completeBaseName()
                + (start.endsWith(".json"_L1, Qt::CaseInsensitive) ? u"-catalogue.json"_s
                                                                    : u".json"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Timeline As"), start,
                                                      tr("Catalogues (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    TimelineDocument::SaveResult result = m_document->save(path);
    if (result.status == TimelineDocument::SaveResult::ChangedOnDisk) {
        const auto answer = QMessageBox::question(
            this, tr("File Changed on Disk"),
            tr("%1 was changed by another program since it was opened. Overwrite it with "
               "this timeline?")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
        result = m_document->save(path, true);
    }
    if (result.status != TimelineDocument::SaveResult::Saved) {
        QMessageBox::warning(this, tr("Could Not Save"),
                             tr("The timeline was not saved: %1.\n\nYour changes are still "
                                "here; the file on disk is as it was.")
                                 .arg(result.error));
        return false;
    }
    m_currentFile = m_document->filePath();
    rememberFile(m_currentFile);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    updateTitle();
    return true;
}

void MainWindow::copyEvent()
{
    const TimelineEvent *event = catalogue().event(selectedEventId());
    if (!event)
        return;
    m_copied = {*event};
    // Other programs get the event as a line of text.
    QGuiApplication::clipboard()->setText(
        u"%1 \u2014 %2"_s.arg(CatalogueWriter::dateText(event->date), event->title));
}

void MainWindow::cutEvent()
{
    const TimelineEvent *event = catalogue().event(selectedEventId());
    if (!event || m_document->isReadOnly())
        return;
    copyEvent();
    m_document->removeEvents({event->id}, tr("Cut \u201C%1\u201D").arg(event->title));
}

void MainWindow::pasteEvents()
{
    if (m_copied.isEmpty() || m_document->isReadOnly())
        return;
    const QString text = m_copied.size() == 1
                             ? tr("Paste \u201C%1\u201D").arg(m_copied.constFirst().title)
                             : tr("Paste %1 Events").arg(m_copied.size());
    m_document->addEvents(m_copied, text);
}

void MainWindow::duplicateEvent()
{
    const QString id = selectedEventId();
    if (!id.isEmpty() && !m_document->isReadOnly())
        m_document->duplicateEvents({id});
}

void MainWindow::deleteEvent()
{
    const TimelineEvent *event = catalogue().event(selectedEventId());
    if (event && !m_document->isReadOnly())
        m_document->removeEvents({event->id}, tr("Delete \u201C%1\u201D").arg(event->title));
}

void MainWindow::insertEvent(QDate day)
{
    if (m_document->isReadOnly())
        return;
    const TimelineEvent *selected = catalogue().event(selectedEventId());
    TimelineEvent event;
    if (!day.isValid())
        day = selected ? selected->date.first()
                       : TimeScale::dayOf(zoom()->rangeStart() + zoom()->rangeSpan() / 2);
    event.id = CatalogueEdit::unusedEventId(catalogue(), u"new-event"_s);
    event.title = tr("New event");
    event.date = EventDate(DatePoint::day(day));
    event.laneId = selected ? selected->laneId
                            : (catalogue().lanes().isEmpty() ? QString()
                                                             : catalogue().lanes().constFirst().id);
    m_document->addEvents({event}, tr("Insert Event"));
    editEvent(m_state->selectedEvent());
}

void MainWindow::showLanesActorsTags()
{
    auto *dialog = findChild<LanesActorsTagsDialog *>();
    if (!dialog) {
        dialog = new LanesActorsTagsDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showStories()
{
    auto *dialog = findChild<StoriesDialog *>();
    if (!dialog) {
        dialog = new StoriesDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showSources()
{
    auto *dialog = findChild<SourcesDialog *>();
    if (!dialog) {
        dialog = new SourcesDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::editEvent(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= catalogue().events().size())
        return;
    if (m_state->selectedEvent() != eventIndex)
        m_state->select(eventIndex);
    m_editorDock->show();
    m_editorDock->raise();
    m_editor->titleField()->setFocus();
    m_editor->titleField()->selectAll();
}

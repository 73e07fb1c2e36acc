#pragma once

#include "catalogue.h"
#include "cataloguechange.h"
#include "eventfilter.h"
#include "problem.h"

#include <QBitArray>
#include <QMainWindow>
#include <QPointer>

class DocumentAutosaver;
class DocumentReader;
class EventEditor;
class EventFilterProxyModel;
class EventListView;
class EventNavigator;
class EventTableModel;
class FilterBar;
class QDockWidget;
class QLabel;
class QMessageBox;
class AddDocumentActions;
class ImportActions;
class RecoveryFile;
class SourcePane;
class TimelineDocument;
class TimelineViewState;
class TimelineZoom;

// The window. The open timeline is a TimelineDocument (the catalogue, its file, the undo
// history); what its views share (range, selection, filter and masks, and the moves through
// them) is one TimelineViewState. The window wires the panes to the two: every view selects
// through the state's zoom and follows its selectionChanged(), every view hides the events
// visibleMask() hides, and after each edit the views are given the changed catalogue with
// the selection kept by event id.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces what is shown; sourceName goes into the window title.
    void setCatalogue(const Catalogue &catalogue, const QString &sourceName);
    const Catalogue &catalogue() const;
    TimelineDocument *document() const { return m_document; }
    DocumentAutosaver *autosaver() const { return m_autosaver; }
    EventEditor *eventEditor() const { return m_editor; }
    QString sourceName() const { return m_sourceName; }
    // The file the catalogue came from (CatalogueLoader::builtInPath() for the built-in
    // story), or empty when it was set directly.
    QString currentFile() const { return m_currentFile; }

    TimelineViewState *viewState() const { return m_state; }
    TimelineZoom *zoom() const;
    const EventFilter &filter() const;
    // One bit per event of catalogue(): the events the filter shows.
    QBitArray visibleMask() const;
    EventFilterProxyModel *eventModel() const { return m_proxy; }
    bool isHighContrast() const { return m_highContrast; }

    // The centre of the window, where the timeline and the overview strip go: an empty
    // container with a QVBoxLayout. installTimeline() fills it.
    QWidget *timelineArea() const { return m_timelineArea; }
    // Puts the views in timelineArea() (overview above the timeline), makes the timeline
    // the area's focus target in the Tab order list -> timeline -> source -> reader, and
    // lets Enter there open the selected event's source.
    void installTimeline(QWidget *timeline, QWidget *overview = nullptr);
    // Adds a view made after this window (the Figures chart) as a tab beside the event list,
    // with its toggle after View > Events. Call it while the window is being built: the dock
    // joins the default layout Reset Layout returns to, and then takes the place the last
    // session left it in.
    void addViewDock(QDockWidget *dock);

    EventListView *eventList() const { return m_list; }
    SourcePane *sourcePane() const { return m_sourcePane; }
    DocumentReader *documentReader() const { return m_reader; }
    FilterBar *filterBar() const { return m_filterBar; }
    EventNavigator *navigator() const { return m_navigator; }

    // Left / Right: previous / next visible event in time, in every pane but the timeline
    // (TimelineWidget handles those keys itself).
    QAction *previousEventAction() const;
    QAction *nextEventAction() const;
    // Enter in the list or the timeline: shows the selected event's first excerpt.
    QAction *showSourceAction() const { return m_showSource; }
    // Empty and hidden until something is added (About, Keyboard Shortcuts).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *eventsMenu() const { return m_eventsMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    ImportActions *importActions() const { return m_import; }
    AddDocumentActions *addDocumentActions() const { return m_addDocument; }

    // Shows a file's problems (file:line: message) without blocking and emits
    // problemsReported().
    void reportProblems(const QString &path, const ProblemList &problems);
    // A file that opened with warnings (an added document's text changed since): shown
    // without blocking.
    void reportWarnings(const QString &path, const ProblemList &warnings);
    // Opens a catalogue imported from path (a spreadsheet) as a new, unsaved-as-catalogue
    // timeline, as openFile() opens a file the loader reads. The caller has asked about
    // unsaved changes.
    void showImported(const Catalogue &catalogue, const QString &path);

public slots:
    // Loads with CatalogueLoader::load(). On problems, shows them (file:line: message)
    // without blocking, emits problemsReported() and keeps the current catalogue.
    bool openFile(const QString &path);
    void openBuiltInStory();
    void showOpenDialog();
    // Save writes over the file it came from (Save As for the built-in story and imported
    // event lists); both say why when they fail and leave the document modified.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);

    // The edits of the Edit menu, on the selected event.
    void copyEvent();
    void cutEvent();
    void pasteEvents();
    void duplicateEvent();
    void deleteEvent();
    // A new event at day (the selection's date when invalid), opened in the editor.
    void insertEvent(QDate day = {});
    void editEvent(int eventIndex);
    // Edit > Lanes, Actors and Tags: one dialog, kept open beside the window (view-only while
    // the document is read-only).
    void showLanesActorsTags();
    // Edit > Stories: rename, reorder and delete stories and their steps, as above.
    void showStories();
    // Edit > Sources: the headline, publisher, kind, date and basis of each source document.
    void showSources();

    // Reopens the last file (or the built-in story) with its view range and selection.
    void restoreSession();
    void saveSession() const;

    void fitAll();
    void zoomIn();
    void zoomOut();
    // Selects the event and opens its first excerpt in the document reader.
    void showSource(int eventIndex);
    void setHighContrast(bool on);
    void resetLayout();

signals:
    // catalogue() holds new events (same address, new contents); the selection is cleared.
    // Comes before the filterChanged() and visibleEventsChanged() of the new catalogue.
    void catalogueChanged();
    // An edit changed catalogue() in place (what: the change); the view state's masks are
    // already made again, and the range, filter and selection (by id) are kept.
    void catalogueEdited(const CatalogueChange &change);
    // The filter changed (filter().text is the search to highlight).
    void filterChanged(const EventFilter &filter);
    // The visible set changed: a new filter, or a new catalogue (after catalogueChanged()).
    void visibleEventsChanged(const QBitArray &mask);
    void highContrastChanged(bool on);
    // A file could not be opened; each problem is "file:line: message".
    void problemsReported(const QString &path, const QStringList &problems);

protected:
    // The day under the mouse pointer on the timeline, for Insert Event; invalid when the
    // pointer is elsewhere (the window has no timeline of its own).
    virtual QDate dayUnderPointer() const { return {}; }
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Unsaved changes: asks Save / Discard / Cancel; true when it is fine to go on.
    bool maybeSave();
    void showNewCatalogue(const Catalogue &catalogue, const QString &sourceName,
                          const QString &path);
    // Offers the unsaved state a crash left for the file just opened.
    void fitDocksToWindow();
    void offerRecovery();
    void offerOtherWindowsChanges(RecoveryFile *recovery);
    void showRecovered(const Catalogue &recovered);
    void followDocument(const CatalogueChange &change);
    void updateEditActions();
    // An edit typed into the event list: one command, as the editor would make it.
    bool editFromList(const QString &id, int column, const QVariant &value);
    QString selectedEventId() const;
    void createDocks();
    void createMenus();
    void wireSelection();
    void applyFilter(const EventFilter &filter);
    void onVisibleEventsChanged();
    void onSelectionChanged(int eventIndex);
    void rememberFile(const QString &path);
    void updateRecentMenu();
    void updateTitle();

    TimelineDocument *m_document = nullptr;
    DocumentAutosaver *m_autosaver = nullptr;
    ImportActions *m_import = nullptr;
    AddDocumentActions *m_addDocument = nullptr;
    bool m_restoring = false; // reopening the last file: a spreadsheet opens without asking
    QList<TimelineEvent> m_copied;
    QString m_sourceName;
    QString m_currentFile;
    bool m_highContrast = false;
    bool m_quiet = false; // no filter or visible-set signals while the catalogue is swapped

    TimelineViewState *m_state = nullptr;
    EventTableModel *m_model = nullptr;
    EventFilterProxyModel *m_proxy = nullptr;
    EventNavigator *m_navigator = nullptr;

    QWidget *m_timelineArea = nullptr;
    EventListView *m_list = nullptr;
    SourcePane *m_sourcePane = nullptr;
    DocumentReader *m_reader = nullptr;
    FilterBar *m_filterBar = nullptr;
    QDockWidget *m_listDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    QDockWidget *m_readerDock = nullptr;
    QLabel *m_countLabel = nullptr;
    EventEditor *m_editor = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QList<QDockWidget *> m_viewDocks; // added by addViewDock()

    QAction *m_showSource = nullptr;
    QAction *m_highContrastAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_eventsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_save = nullptr;
    QList<QAction *> m_editActions; // off while the document is read-only
    QAction *m_paste = nullptr;
    QByteArray m_defaultState;
    QPointer<QMessageBox> m_problemsBox;
};

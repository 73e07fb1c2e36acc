#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// File > Export Events: the events the window shows (all of them when the filter hides
// none) written for another tool, as TimelineJS JSON, our CSV columns (or, for a timeline
// imported from a spreadsheet, that spreadsheet's own columns) or an iCalendar file
// (every shown event, not only the planned ones: the officer chose them by the filter). Each
// asks for a file name, writes through QSaveFile and says in a message naming the file when
// it cannot.
class EventExportActions : public QObject
{
    Q_OBJECT
public:
    // MappedCsv: the columns of the spreadsheet the timeline was imported from, as the
    // import remembered them (offered only when it did).
    enum class Format { TimelineJs, Csv, ICalendar, MappedCsv };

    // Adds the submenu to menu before before (at the end when null).
    EventExportActions(MainWindow *window, QMenu *menu, QAction *before);

    QMenu *menu() const { return m_menu; }
    // Writes the shown events to path; false (after showing why) when it could not.
    bool exportTo(Format format, const QString &path);

signals:
    void exported(const QString &path);

private:
    void askAndExport(Format format);
    void updateMappedCsv();

    MainWindow *m_window;
    QMenu *m_menu;
    QAction *m_mappedCsv = nullptr;
};

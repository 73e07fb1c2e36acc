#pragma once

#include <QObject>

class EventExportActions;
class MainWindow;
struct ExportSettings;

// File > Export… (Ctrl+E), Copy Image (Ctrl+Shift+C) and Print… (Ctrl+P): the current view
// and filter of the main window, drawn by the exporter; and File > Export Events
// (EventExportActions) for other tools' formats.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    void showExportDialog();
    void copyImage();
    void print();
    EventExportActions *eventExports() const { return m_events; }

private:
    ExportSettings currentViewSettings() const;

    MainWindow *m_window;
    EventExportActions *m_events = nullptr;
};

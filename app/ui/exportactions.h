#pragma once

#include <QObject>

class MainWindow;
struct ExportSettings;

// File > Export… (Ctrl+E), Copy Image (Ctrl+Shift+C) and Print… (Ctrl+P): the current view
// and filter of the main window, drawn by the exporter.
class ExportActions : public QObject
{
    Q_OBJECT
public:
    explicit ExportActions(MainWindow *window);

    void showExportDialog();
    void copyImage();
    void print();

private:
    ExportSettings currentViewSettings() const;

    MainWindow *m_window;
};

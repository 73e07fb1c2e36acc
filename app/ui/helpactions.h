#pragma once

#include <QObject>

class MainWindow;

// Help > Keyboard Shortcuts and Help > About, and the first-run hint above the timeline.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(MainWindow *window);

    void showShortcuts();
    void showAbout();

private:
    MainWindow *m_window;
};

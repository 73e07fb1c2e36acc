#pragma once

#include <QFrame>
#include <QKeySequence>

class QBoxLayout;
class QLabel;
class QPushButton;

// A small panel for the first run that points to what people come for: browse, present,
// export. Not a message box: the main window places it (over or beside the timeline) and
// work goes on around it. "Got it" dismisses it for good, remembered in QSettings under
// settingsKey(); once dismissed it stays hidden even if asked to show.
class FirstRunHint : public QFrame
{
    Q_OBJECT

public:
    explicit FirstRunHint(QWidget *parent = nullptr);

    static QString settingsKey() { return QStringLiteral("firstRun/dismissed"); }
    // Whether the user has dismissed the hint, read from the default QSettings.
    static bool wasDismissed();

    bool isDismissed() const { return m_dismissed; }

    // The keys the hint names, so they match the window's actions (F5 and Ctrl+E by default).
    void setKeys(const QKeySequence &present, const QKeySequence &exportKeys);

    void setVisible(bool visible) override;

public slots:
    // Hides the hint and remembers that it was dismissed.
    void dismiss();

signals:
    void dismissed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateTexts();

    bool m_dismissed = false;
    QKeySequence m_presentKeys;
    QKeySequence m_exportKeys;
    QLabel *m_browseLabel = nullptr;
    QLabel *m_presentLabel = nullptr;
    QLabel *m_exportLabel = nullptr;
    QPushButton *m_gotItButton = nullptr;
    QBoxLayout *m_points = nullptr; // side by side when there is room, else one under another
};

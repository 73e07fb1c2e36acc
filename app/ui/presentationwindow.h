#pragma once

#include "catalogue.h"
#include "presentationcard.h"
#include "timelinerenderer.h"

#include <QBitArray>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <utility>

class PresentationController;
class QScreen;
class QVariantAnimation;

// Presentation mode: a full-screen window of its own that steps through events for a room.
// The upper part shows the timeline in large type, moving to frame each event among its
// neighbours in the sequence; the lower part shows the event's date, title, key excerpt and
// citation.
//
// Keys are those of presentation software and of the clickers that imitate it:
//   next      Right, Space, Page Down, Down, N, Return, left click
//   previous  Left, Backspace, Page Up, Up, P, right click
//   Home/End  first/last; a number then Return goes to that step
//   B or .    blank the screen (again, or any step key, to bring it back)
//   Esc       leave (F5 is ignored, as clickers send it to start a show)
//
// Being a window of its own, it leaves the main window's geometry and state alone; on leaving
// it gives the keyboard back to the widget it was started from.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    // Copies the catalogue (its lists are shared, not duplicated), so the show does not
    // depend on what the main window does with its own.
    explicit PresentationWindow(const Catalogue &catalogue, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // Opens a presentation full screen and returns it; it deletes itself when it closes.
    // visible: one bit per Catalogue::events() entry (empty: all), presented in date order
    // unless story is given, when the story's events are presented in its order. Starts at
    // startEvent (a Catalogue::events() index) when it is among them, else at the first.
    // returnFocusTo gets the keyboard back, and its window is activated, when the show ends.
    // screen: where to show; by default a screen other than returnFocusTo's when there is one
    // (the projector, leaving the laptop's screen as it was), else the same one.
    static PresentationWindow *present(const Catalogue &catalogue, const QBitArray &visible,
                                       const Story *story, int startEvent, QWidget *returnFocusTo,
                                       QScreen *screen = nullptr);

    // The size of the timeline's labels at 1080 lines (scaled with the screen).
    static constexpr qreal kLabelPixels = 28;

    PresentationController *controller() const { return m_controller; }
    const Catalogue &catalogue() const { return m_catalogue; }

    // The events in date order, or a story; then startAt() or a step.
    void setEvents(const QBitArray &visible);
    void setStory(const Story &story);
    void setReturnFocusTo(QWidget *widget) { m_returnFocusTo = widget; }

    // How long the timeline takes to move to the next event; 0 jumps (for tests and for
    // people who would rather not see motion). 400 ms by default.
    void setTransitionDuration(int milliseconds);
    int transitionDuration() const { return m_transitionDuration; }
    bool isAnimating() const;

    // The time range the timeline shows now, and the one it moves to for a step.
    std::pair<qint64, qint64> visibleRange() const { return {m_viewStart, m_viewEnd}; }
    std::pair<qint64, qint64> targetRange() const { return {m_toStart, m_toEnd}; }
    // The range that frames the event at position of sequence (Catalogue::events() indexes):
    // the event in the middle of a span that is the same for every step (wider only for an
    // event longer than it), so that the view pans rather than zooms from step to step.
    static std::pair<qint64, qint64> frame(const Catalogue &catalogue, const QList<int> &sequence,
                                           int position);

    QString storyTitle() const { return m_storyTitle; }
    // Where the current event is drawn on the timeline now; null when it is not labelled.
    QRectF currentEventRect();

signals:
    // The presentation was left (Esc, or the window was closed).
    void finished();
    // The timeline reached the current event.
    void transitionFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showCurrent(bool animate);
    // The current event and its neighbours in the sequence; fewer of them when that is what
    // it takes for the current event to be drawn with its label rather than merged.
    void chooseShownEvents();
    void applyTheme();
    void updateDescription();
    void showCursor();
    QRectF timelineRect() const;
    QRectF cardRect() const;
    qreal unit() const;

    Catalogue m_catalogue;
    PresentationController *m_controller = nullptr;
    TimelineRenderer m_renderer;
    TimelineTheme m_theme;
    PresentationCard m_card;
    QString m_storyTitle;

    QVariantAnimation *m_animation = nullptr;
    int m_transitionDuration = 400;
    qint64 m_viewStart = 0, m_viewEnd = 1;
    qint64 m_fromStart = 0, m_fromEnd = 1;
    qint64 m_toStart = 0, m_toEnd = 1;

    QPointer<QWidget> m_returnFocusTo;
    QTimer m_cursorTimer;
    QString m_typedNumber; // digits typed before Return
    bool m_finished = false;
};

#pragma once

#include <QObject>
#include <QPointer>
#include <QtGlobal>

#include <utility>

class QVariantAnimation;
class TimelineZoom;

// Moves a TimelineZoom's range smoothly to a target (about 250 ms, easing out), for keyboard
// navigation and other jumps the eye should be able to follow. The centre moves linearly and
// the span geometrically, so zooming in and out feel even. Any change to the range that does
// not come from the animation (a drag, the overview) stops it. When disabled, or when the
// environment sets CIVIC_NO_ANIMATIONS, moves are instant.
class ViewAnimator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDurationMs = 250;

    explicit ViewAnimator(QObject *parent = nullptr);

    void setZoom(TimelineZoom *zoom);
    TimelineZoom *zoom() const { return m_zoom; }

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool isRunning() const;
    // Where the range is heading: the target while moving, else the range itself. Steps such
    // as "zoom in again" start from here so that quick repeats add up.
    std::pair<qint64, qint64> target() const;

    // Starts moving towards [start, end) from wherever the range is now (also mid-move).
    void animateTo(qint64 start, qint64 end);
    // Stops where the range is now.
    void stop();

    // The range a fraction progress (0..1) of the way from one range to another.
    static std::pair<qint64, qint64> interpolate(qint64 fromStart, qint64 fromEnd, qint64 toStart,
                                                 qint64 toEnd, double progress);

signals:
    // The range reached its target (also when the move was instant).
    void finished();

private:
    void step(double progress);
    void onRangeChanged();

    QPointer<TimelineZoom> m_zoom;
    QVariantAnimation *m_animation;
    bool m_enabled = true;
    bool m_stepping = false;
    qint64 m_fromStart = 0, m_fromEnd = 0, m_toStart = 0, m_toEnd = 0;
};

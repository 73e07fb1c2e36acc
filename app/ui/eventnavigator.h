#pragma once

#include <QBitArray>
#include <QObject>

class QAction;
class TimelineZoom;

// Moves the selection to the previous or next visible event in time (Left and Right).
// Events are in chronological order in Catalogue::events(), so "in time" is index order
// over the visible mask. Owns the two actions so every view can offer the same keys.
class EventNavigator : public QObject
{
    Q_OBJECT
public:
    explicit EventNavigator(TimelineZoom *zoom, QObject *parent = nullptr);

    // One bit per event of the catalogue; set bits are the events the filter shows.
    void setVisibleMask(const QBitArray &mask);

    // The event Left/Right would select, or -1. With nothing selected, Right starts at the
    // first visible event and Left at the last.
    int previousEvent() const;
    int nextEvent() const;

    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }

public slots:
    void selectPrevious();
    void selectNext();

private:
    void updateActions();

    TimelineZoom *m_zoom;
    QBitArray m_visible;
    QAction *m_previous;
    QAction *m_next;
};

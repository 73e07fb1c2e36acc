#pragma once

#include "eventfilter.h"

#include <QBitArray>
#include <QObject>
#include <QString>
#include <QtGlobal>

#include <utility>

class Catalogue;
class TimelineZoom;
class ViewAnimator;

// What every view of one open timeline shares, in one place: the visible range and the
// selected event (its TimelineZoom, which render-level views read), the filter and the masks
// it gives (EventMasks: the events shown, the search matches), and the moves through them —
// fit all, zoom, pan, reveal, previous/next — with the one animation that glides the range.
// The timeline, the overview, the list's proxy, the navigator's actions and the window all
// read and change this object, so none of them keeps a copy that could disagree.
//
// The selection is held by index (what a paint needs) and by id (what survives an edit):
// after catalogueEdited() the same event is selected again wherever it moved.
class TimelineViewState : public QObject
{
    Q_OBJECT
public:
    // Zoom to selection never narrows the view below this, so a one-day event keeps context.
    static constexpr qint64 kMinimumSelectionSpan = 30LL * 24 * 60 * 60 * 1000;

    explicit TimelineViewState(QObject *parent = nullptr);
    ~TimelineViewState() override;

    TimelineZoom *zoom() const { return m_zoom; }
    ViewAnimator *animator() const { return m_animator; }

    // A new catalogue (it must outlive its use here): the filter is cleared, nothing is
    // selected, the range is left to the caller (fitAll()).
    void setCatalogue(const Catalogue *catalogue);
    const Catalogue *catalogue() const { return m_catalogue; }
    // The same catalogue changed in place (an edit): the masks are made again for the filter
    // in force and the selected event, found by its id, selected again.
    void catalogueEdited();

    const EventFilter &filter() const { return m_filter; }
    // Does nothing when unchanged; else makes the masks again and says so.
    void setFilter(const EventFilter &filter);
    // One bit per event: the events the filter shows (every bit set with no filter).
    const QBitArray &visibleMask() const { return m_visible; }
    // Shows exactly these events, whatever the filter says (a view of a chosen set). An empty
    // or wrongly sized mask shows every event.
    void setVisibleMask(const QBitArray &mask);
    // The search matches (the filter's text) among the shown events; empty with no search.
    const QBitArray &highlightedMask() const { return m_highlighted; }
    bool isVisible(int eventIndex) const;

    int selectedEvent() const;
    QString selectedId() const;
    void select(int eventIndex);
    void selectId(const QString &id);
    // The event Left/Right would select, or -1 at either end. With nothing selected, Right
    // starts at the first event in view (else the last before it) and Left at the last.
    int previousEvent() const;
    int nextEvent() const;
    // Select it and bring it into view; at either end, bring the selection into view.
    void selectPrevious();
    void selectNext();

    // Where the range is heading: the animation's target while it moves, else the range.
    std::pair<qint64, qint64> target() const;
    // Every shown event with a margin (all events when none is shown; this year when there
    // are none at all).
    std::pair<qint64, qint64> fitRange() const;
    // Glides (or jumps, when the animator is off) to [start, end).
    void animateTo(qint64 start, qint64 end);
    // Moves at once, stopping any glide.
    void jumpTo(qint64 start, qint64 end);
    void fitAll();
    void zoomToSelection();
    // Scales the span around the target's centre (< 1 zooms in).
    void zoomBy(double factor);
    void panBy(double fractionOfSpan);
    // Centres the event when it is not comfortably in view.
    void reveal(int eventIndex);
    // Takes in every event of the mask that is shown, when some lie outside the view.
    void bringIntoView(const QBitArray &mask);

    // An event's time span, [first day 00:00, last day + 1 00:00); {0, 0} when undated.
    std::pair<qint64, qint64> eventSpan(int eventIndex) const;

signals:
    void filterChanged(const EventFilter &filter);
    // After every change of the shown events: a new filter, mask or catalogue.
    void visibleEventsChanged(const QBitArray &mask);
    void highlightedEventsChanged(const QBitArray &mask);

private:
    void onSelectionChanged(int eventIndex);
    void makeMasks();
    void announceMasks();
    int eventCount() const;

    TimelineZoom *m_zoom;
    ViewAnimator *m_animator;
    const Catalogue *m_catalogue = nullptr;
    EventFilter m_filter;
    QBitArray m_visible;
    QBitArray m_highlighted;
    QString m_selectedId;
};

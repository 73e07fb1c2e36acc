#pragma once

#include "textimagecache.h"
#include "textwidthcache.h"
#include "timelineindex.h"
#include "timelinelayout.h"
#include "timelinetheme.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QPen>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

class Catalogue;
class QPainter;

// Draws a catalogue's timeline: lanes as bands with their names, events stacked in rows so
// that no two labels overlap, a date axis, today's line. The timeline widget and the
// exporter both draw with it, so the screen and the files show the same picture.
//
// layout() computes the geometry for a rectangle and a time range and keeps it until one of
// them, the catalogue, the filter, the highlights or the theme changes; paint() draws a layout.
// Only the events in the range are visited. A lane with more events than its rows can label
// shows them as density marks (one per pixel column, with a count), and events that find no
// row in a labelled lane go to a thin density strip at the bottom of the lane.
class TimelineRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TimelineRenderer)
public:
    TimelineRenderer();

    // Builds the index and clears the filter and highlights. The catalogue must stay alive
    // (and unchanged) until the next call; call again after editing it. nullptr draws an
    // empty timeline.
    void setCatalogue(const Catalogue *catalogue);
    // After the catalogue moved one event from position from to to (Catalogue::replaceEvent):
    // as setCatalogue() again, but the index follows the move rather than being rebuilt.
    void followMove(int from, int to);
    const Catalogue *catalogue() const { return m_catalogue; }
    const TimelineIndex &index() const { return m_index; }

    // The filter: one bit per Catalogue::events() entry; an empty mask shows every event.
    // Lanes left without a visible event are not drawn.
    void setVisibleEvents(const QBitArray &visible);
    // Which lanes are drawn: those with an event in this mask, whatever the filter shows
    // (a presentation keeps its lanes from step to step). Empty: those the filter leaves.
    void setLaneEvents(const QBitArray &events);
    // Search matches: their labels are highlighted; among merged events a tick marks them.
    void setHighlightedEvents(const QBitArray &highlighted);
    void setTheme(const TimelineTheme &theme);
    const TimelineTheme &theme() const { return m_theme; }
    // The day the "Today" line marks; an invalid date hides it. Starts as the current date.
    void setToday(QDate today);
    // How far a lane grows before the rest of its events become density marks.
    void setMaxRowsPerLane(int rows);
    int maxRowsPerLane() const { return m_maxRows; }
    // An expanded lane gets the rows its events need (up to kExpandedRows) before the other
    // lanes share what height is left; -1 expands none.
    static constexpr int kExpandedRows = 40;
    void setExpandedLane(int lane);
    int expandedLane() const { return m_expandedLane; }
    // An event that must have a row of its own in its lane when it has none (the selection,
    // so that it is named in its place rather than over other labels); -1 for none.
    void setPinnedEvent(int event);
    int pinnedEvent() const { return m_pinned; }
    // For a page with a key: each event is labelled with its number (numbers[event]; 0 or
    // missing for none) beside its marker instead of its title, so that far more fit, and a
    // group names the numbers it holds. An empty list returns to titles.
    void setEventNumbers(const std::vector<int> &numbers);
    bool isNumbered() const { return !m_numbers.empty(); }
    // "n in view" under each lane's name: on screen, not on paper.
    void setShowLaneCounts(bool show);
    bool showsLaneCounts() const { return m_showCounts; }
    // On screen the lanes scroll under a fixed axis: they may be taller together than the
    // rect, each keeping at least min(rows its events need, minimumRows) rows and an expanded
    // lane all it needs; the layout starts offset pixels down the lanes (clamped to what
    // there is). Off (the default, for paper): the lanes share the rect's height.
    void setScrollable(bool scrollable, int minimumRows = 1);
    bool isScrollable() const { return m_scrollable; }
    // A collapsed lane is one thin row of density marks beside its name and count (screen
    // layouts draw a disclosure triangle before each name for it).
    void setLaneCollapsed(int lane, bool collapsed);
    bool isLaneCollapsed(int lane) const { return m_collapsed.contains(lane); }
    void clearCollapsedLanes()
    {
        m_collapsed.clear();
        invalidate();
    }
    void setScrollOffset(qreal offset);
    qreal scrollOffset() const { return m_scrollOffset; }

    // The geometry of [start, end) (ms since the epoch) drawn into rect. Cached: asking again
    // with the same rect and range returns the same layout without work.
    const TimelineLayout &layout(const QRectF &rect, qint64 start, qint64 end);
    // Draws a layout this renderer made. selectedEvent and hoveredEvent are Catalogue event
    // indexes, or -1.
    void paint(QPainter *painter, const TimelineLayout &layout, int selectedEvent = -1,
               int hoveredEvent = -1) const;

    // Hit testing against the last layout (see TimelineLayout).
    int eventAt(QPointF pos) const { return m_layout.eventAt(pos); }
    const TimelineLayout::Mark *markAt(QPointF pos) const { return m_layout.markAt(pos); }
    int laneAt(QPointF pos) const { return m_layout.laneAt(pos); }
    QRectF axisRect() const { return m_layout.axisRect; }
    // Where an event is drawn on its own (marker or bar and label); null when it is merged
    // or out of view.
    QRectF eventRect(int event) const;
    // Where paint() names a selected event that has no row of its own in layout (merged, or
    // left without a row); null when it has one or its lane is not shown.
    QRectF calloutRect(const TimelineLayout &layout, int event) const;

    // The least height that draws every shown lane (or the first `lanes` of them) with one
    // row of labels.
    qreal minimumHeight(int lanes = -1) const;

    // Every event with a margin either side, for "zoom to fit"; this year when there are none.
    std::pair<qint64, qint64> fullRange() const;
    // A lane's name as drawn ("Other" for events whose lane the catalogue does not list).
    QString laneName(int lane) const;

    // An approximate date's bar: solid in the middle, in stepped tints towards background at
    // both ends over fade pixels. The legend draws its sample with it too.
    static void paintSoftEnds(QPainter *painter, const QRectF &rect, const QColor &colour,
                              const QColor &background, qreal fade);
    // An open-ended date ("by June 2018"): the marker in box at the known bound, and a bar
    // stepping out to background towards the open side. The legend draws its sample with it.
    static void paintOpenEnded(QPainter *painter, const QRectF &box, bool openBefore,
                               const QColor &fill, const QColor &background, const QPen &outline,
                               qreal marker);

private:
    // What was kept per event position (label widths, highlights, lane masks, the filter):
    // positions change with the index.
    void forgetEvents();
    struct Placement;
    void buildLayout(const QRectF &rect, qint64 start, qint64 end);
    void updateMetrics();
    qreal labelWidth(int event);
    QString labelText(int event) const;
    QString numbersLabel(std::vector<int> numbers) const;
    void invalidate() { m_layoutValid = m_marksImageValid = false; }
    static QString countLabel(int events);
    static QString groupLabel(int events);
    const QImage &markerSprite(const QColor &fill, const QPen &outline, qreal dpr) const;
    QColor bandColour(int position) const;
    QColor markColour(const TimelineLayout &layout, int position) const;
    void drawMarks(QImage &image, const TimelineLayout &layout, qreal devicePixelRatio) const;
    const QString &calloutText(int event) const;
    void drawCallout(QPainter *painter, const TimelineLayout &layout, int event) const;
    void drawGroups(QPainter *painter, const TimelineLayout &layout) const;

    const Catalogue *m_catalogue = nullptr;
    TimelineIndex m_index;
    QBitArray m_visible;
    bool m_allVisible = true; // m_visible hides nothing
    QBitArray m_laneEvents;
    std::vector<bool> m_laneShown;
    QBitArray m_highlighted;
    TimelineTheme m_theme;
    QDate m_today;
    int m_maxRows = 12;
    int m_expandedLane = -1;
    int m_pinned = -1;
    bool m_showCounts = true;
    bool m_scrollable = false;
    int m_minimumRows = 1;
    qreal m_scrollOffset = 0;
    QSet<int> m_collapsed;
    std::vector<int> m_numbers;

    // Sizes that follow from the theme's font and scale.
    QFont m_font;
    TextWidthCache m_text;
    qreal m_pad = 4, m_gap = 2, m_marker = 8, m_row = 30, m_strip = 6, m_axisHeight = 40;
    qreal m_groupHeight = 16; // the strip of "+n" badges under a lane's rows
    qreal m_numberRow = 16;   // a row of numbered labels, beside their markers
    qreal m_maxLabelWidth = 200, m_minSlot = 40, m_minTickSpacing = 80;

    // Per event, the title's width, measured when the event is first stacked (< 0 until
    // then). Reset with the catalogue or the font.
    std::vector<float> m_labelWidths;

    TimelineLayout m_layout;
    bool m_layoutValid = false;
    // The merged events of m_layout, drawn for the last device pixel ratio.
    mutable QImage m_marksImage;
    mutable TextImageCache m_textImages;
    struct MarkerSprite
    {
        QColor fill;
        QColor outline;
        qreal dpr;
        QImage image;
    };
    mutable std::vector<MarkerSprite> m_sprites; // a few: one per lane colour
    mutable bool m_marksImageValid = false;
    std::vector<int> m_window; // scratch for index queries
};

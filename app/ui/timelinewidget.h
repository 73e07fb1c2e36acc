#pragma once

#include "cataloguechange.h"
#include "timelinerenderer.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QBitArray>
#include <QPoint>
#include <QPointer>
#include <QWidget>

#include <utility>

class Catalogue;
class QScrollBar;
class TimelineViewState;
class ViewAnimator;

// The interactive timeline: draws a catalogue with TimelineRenderer and lets people move
// through it with the mouse, the keyboard and pinch gestures. The visible range, the
// selection, the shown and highlighted events and the moves through them (fit, zoom, pan,
// previous/next) live in a TimelineViewState shared with the other views; this widget
// follows its signals and asks it for every move.
//
// Keys: + (or =) and - zoom around the centre; Left/Right select the previous/next visible
// event in date order and bring it into view; Shift+Left/Right pan by a tenth of the view,
// Page Up/Page Down by most of it; Home fits every visible event; Z zooms to the selection;
// Enter activates the selection; Escape clears it (or cancels a range drag); Up/Down scroll
// the lanes.
// Mouse: the wheel zooms around the cursor, Shift+wheel or a horizontal wheel pans; drag in
// the lanes to pan; drag along the date axis to zoom to that range; click an event to select
// it, empty space to clear; click a "+n" group of events without a row to expand its lane (or
// zoom to them), a column of merged events to zoom into it, a lane's name to expand or shrink
// it, the triangle before it to collapse the lane to one row (or open it again); double-click
// an event to activate it.
// Lanes that do not fit the height scroll under the fixed axis, their names with them: the
// scroll bar beside them, the wheel over the lane names, a drag along the names, Up/Down.
// Selecting an event (here, in another view or by search) scrolls its lane into view.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    // How much one wheel notch (120 units of angleDelta) scales the span, and + / - do.
    static constexpr double kWheelZoomFactor = 0.8;
    static constexpr double kKeyZoomFactor = 0.5;
    // How much Shift+arrow and Page Up/Down pan, as fractions of the span.
    static constexpr double kPanStep = 0.1;
    static constexpr double kPageStep = 0.9;
    // Opening a group of events without a row never zooms in further than this.
    static constexpr qint64 kMinimumGroupSpan = 7 * TimeScale::kDay;

    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // The catalogue must outlive its use here. Setting one fits the (shared) range to its
    // visible events, so set the zoom first.
    void setCatalogue(const Catalogue *catalogue);
    const Catalogue *catalogue() const { return m_renderer.catalogue(); }
    // The catalogue changed in place (an edit): the events are indexed again, the range and
    // the selection stay.
    void followEdit(const CatalogueChange &change);

    // The shared view state. Until one is set the widget uses its own, given the catalogue
    // by setCatalogue().
    void setViewState(TimelineViewState *state);
    TimelineViewState *viewState() const { return m_state; }
    TimelineZoom *zoom() const { return m_zoom; }

    // Shows just these events (the view state's setVisibleMask()), one bit per
    // Catalogue::events() entry (empty: show all). Hidden events are neither drawn nor
    // reachable with the mouse or the keyboard. The state's search matches are drawn
    // highlighted, and a new set of them is brought into view.
    void setVisibleEvents(const QBitArray &visible);
    QBitArray visibleEvents() const { return m_visible; }

    // A fixed theme, no longer following the palette. setHighContrast(false) or
    // followPalette() return to the system palette.
    void setTheme(const TimelineTheme &theme);
    const TimelineTheme &theme() const { return m_renderer.theme(); }
    void setHighContrast(bool highContrast);
    bool isHighContrast() const { return m_themeMode == ThemeMode::HighContrast; }
    void followPalette();

    // Keyboard moves and zoom buttons glide; tests and people who prefer stillness turn that off.
    void setAnimated(bool animated);
    bool isAnimated() const;
    bool isAnimating() const;

    // Each lane keeps at least this many rows (as many as its events need, when fewer)
    // before the lanes scroll rather than shrink to fit.
    static constexpr int kMinimumLaneRows = 1;
    // The smallest height asks for a row in each of this many lanes; the others scroll. More
    // would squeeze the overview and the hint above under the lanes in an 800x600 window.
    static constexpr int kLanesInMinimumHeight = 3;

    // The geometry drawn for the current size and range, and hit testing against it.
    const TimelineLayout &currentLayout();
    int eventAt(QPointF pos);
    QRectF eventRect(int eventIndex);
    QRectF axisRect();
    // Where events are drawn, and the time at an x there (and back).
    QRectF eventArea();
    // How far the lanes are scrolled down (pixels), and the scroll bar that shows it.
    int verticalScroll() const { return m_scroll; }
    void setVerticalScroll(int pixels);
    QScrollBar *verticalScrollBar() const { return m_scrollBar; }
    // Scrolls the lanes so that the event (its row, else its lane) is in view.
    void scrollToEvent(int eventIndex);
    qint64 timeAt(double x);
    double xOf(qint64 time);
    int hoveredEvent() const { return m_hovered; }
    // The lane given the rows its events need (clicking a lane's name toggles it); -1: none.
    void setExpandedLane(int lane);
    int expandedLane() const;
    // A collapsed lane is one thin row of marks with its name and count (the triangle before
    // its name toggles it; a click on a collapsed lane's name opens it again).
    void setLaneCollapsed(int lane, bool collapsed);
    bool isLaneCollapsed(int lane) const;
    // What a click on a mark does: a group of events without a row first expands its lane;
    // when that does not name them all (or for a dense lane's column), the view zooms to them;
    // when it is there already, a menu lists the group's events to select one.
    void openMark(const TimelineLayout::Mark &mark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void fitAll();
    void zoomToSelection();
    void zoomIn();
    void zoomOut();
    // Glides (or jumps, when not animated) to [start, end).
    void animateTo(qint64 start, qint64 end);
    void selectPrevious();
    void selectNext();
    void clearSelection();

signals:
    // Enter or a double-click on an event: open its source.
    void eventActivated(int eventIndex);
    // A double-click on an event: edit it (after eventActivated()).
    void editRequested(int eventIndex);
    // A glide reached its target (also emitted when the move was instant).
    void animationFinished();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class ThemeMode { Palette, HighContrast, Custom };
    enum class Drag { None, PendingPan, Pan, PendingRange, Range, PendingScroll, Scroll };

    QBitArray effectiveMask() const;
    bool isVisibleEvent(int eventIndex) const;
    void applyVisible(const QBitArray &visible);
    void applyHighlighted(const QBitArray &highlighted);
    void clickAt(QPointF pos);
    void showGroupMenu(const TimelineLayout::Mark &group);
    void select(int eventIndex, bool reveal);
    void reveal(int eventIndex);
    void panBy(double fractionOfSpan);
    void setHovered(int eventIndex);
    void updateHover(QPointF pos);
    void updateCursor(QPointF pos);
    void updateAccessibleDescription();
    void applyPaletteTheme();
    void zoomBy(QPointF pos, double factor);
    bool showToolTip(const QPoint &pos, const QPoint &globalPos);
    QString toolTipFor(int eventIndex) const;
    QRectF rangeBand();
    void onRangeChanged();
    void onSelectionChanged(int eventIndex);
    QRectF layoutRect() const;
    void syncScrollBar(const TimelineLayout &layout);
    bool scrollInto(const TimelineLayout &layout, int eventIndex);

    TimelineRenderer m_renderer;
    TimelineViewState *m_ownState;
    TimelineViewState *m_state = nullptr;
    TimelineZoom *m_zoom = nullptr;        // m_state's
    ViewAnimator *m_animator = nullptr;    // m_state's
    QBitArray m_visible;                   // m_state's mask, as last announced
    QBitArray m_matches; // search matches, as last given
    ThemeMode m_themeMode = ThemeMode::Palette;
    int m_hovered = -1;
    bool m_selectingHere = false;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_dragPos;
    QRectF m_eventArea; // of the last layout, made for a widget of m_eventAreaSize
    QSize m_eventAreaSize;
    qint64 m_pressStart = 0;
    qint64 m_pressEnd = 0;

    QScrollBar *m_scrollBar;
    int m_scroll = 0;      // pixels down the lanes
    int m_pressScroll = 0; // at the start of a drag along the lane names
    int m_scrollTo = -1;   // an event to keep scrolled into view while the view glides to it
};

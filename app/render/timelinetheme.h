#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

// Colours, type and sizes of a drawn timeline. Lanes take the Okabe-Ito colours, which stay
// distinct for the common forms of colour blindness. The font is pixel-sized so that a layout
// measured on screen matches what is drawn into an image, SVG or PDF at any resolution.
struct TimelineTheme
{
    // Light or dark, following the system palette; text and the selection are made to
    // stand out from the bands (4.5:1 and 3:1) whatever the palette's own choices.
    static TimelineTheme screen(const QPalette &palette);
    // White paper, black type, no tinted bands.
    static TimelineTheme print();
    // Black on white, outlined shapes, thicker lines, bold type.
    static TimelineTheme highContrast();
    // Calm colours and large type for a projector or a committee paper.
    static TimelineTheme presentation();

    // Okabe & Ito (2008), in the order lanes take them: the colours that read best as thin
    // lines on white come first, yellow near the end. Black is the last of the eight.
    static QList<QColor> okabeIto();

    // An opaque colour t of the way from `from` to `to`.
    static QColor blend(const QColor &from, const QColor &to, qreal t);
    // The WCAG 2 contrast ratio of two colours, 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);

    QColor laneColour(int lane) const;
    // The stroke around a lane's shapes: outline when set, else a shade of the lane colour.
    QColor shapeOutline(int lane) const;
    // The font at this theme's scale; what layouts are measured with.
    QFont scaledFont() const;

    bool dark = false;
    QColor background;       // behind the events
    QColor alternateBand;    // every other lane; invalid for none
    QColor headerBackground; // lane names and the axis
    QColor text;
    QColor mutedText; // counts, context labels
    QColor grid;      // major ticks across the lanes
    QColor minorGrid;
    QColor separator; // between lanes, around the header and axis
    QColor today;
    QColor selection;
    QColor hover;
    QColor searchHighlight; // behind the labels of search matches
    QColor outline;         // invalid: a shade of each lane colour
    QList<QColor> laneColours;
    QFont font;            // pixel-sized, before scale
    qreal scale = 1.0;     // type and every size: 1.5 for presentations
    qreal lineWidth = 1.0; // shapes' outlines and the today line
};

#pragma once

#include "timelinetheme.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The key under an exported timeline: a swatch for each lane drawn, then how dates are
// drawn (a day, a period, a range; exact, approximate, planned; and, when the timeline has
// one, a date known on one side only) with the renderer's shapes.
// Entries flow left to right and wrap to as many lines as the width needs.
class ExportLegend
{
    Q_DECLARE_TR_FUNCTIONS(ExportLegend)

public:
    struct LaneEntry
    {
        int lane = -1; // catalogue lane index, for its colour
        QString name;
    };

    // merged: whether the timeline has events drawn as marks, for lack of room to label them;
    // openEnded: whether it has a date known on one side only ("by June 2018").
    ExportLegend(const TimelineTheme &theme, const QList<LaneEntry> &lanes, bool merged = false,
                 bool openEnded = false);

    qreal height(qreal width) const;
    void paint(QPainter *painter, const QRectF &rect) const;

    // The texts of all entries, in order.
    QStringList texts() const;
    // The texts of the date-style entries, in order (for tests and the handout).
    static QStringList dateStyleNames(bool openEnded = true);
    static QString mergedName();
    static QString openEndedName();

private:
    enum class Sample { Lane, Day, Period, Range, Approximate, OpenEnded, Planned, Merged };
    struct Entry
    {
        Sample sample;
        int lane;
        QString text;
    };
    QList<QRectF> flow(qreal width) const; // one rect per entry, relative to (0, 0)
    void paintSample(QPainter *painter, const Entry &entry, const QRectF &box) const;

    TimelineTheme m_theme;
    QList<Entry> m_entries;
    int m_firstStyle = 0; // the first date-style entry
};

#pragma once

#include "timelinetheme.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The numbered key under a timeline too dense to name every event on it: each event's
// number (as drawn beside its marker), date and title, in date order, in as many columns as
// the width holds, titles wrapped rather than cut, so that every event of the page can be
// found and read.
class ExportKey
{
    Q_DECLARE_TR_FUNCTIONS(ExportKey)

public:
    struct Entry
    {
        int number = 0;
        int lane = -1; // catalogue lane index, for the swatch's colour
        QString date;  // as the catalogue words it
        QString title;
    };

    // textFactor scales the key's text, for a key made smaller to fit an image.
    ExportKey(const TimelineTheme &theme, const QList<Entry> &entries, qreal textFactor = 1.0);

    bool isEmpty() const { return m_entries.isEmpty(); }
    qreal height(qreal width) const;
    void paint(QPainter *painter, const QRectF &rect) const;

private:
    struct Line
    {
        int entry;
        QString text;
        bool first; // the entry's first line, which carries its number
    };
    QFont font() const;
    int columnCount(qreal width) const;
    qreal numberWidth() const;
    QList<QList<Line>> columns(qreal width) const;

    TimelineTheme m_theme;
    QList<Entry> m_entries;
    qreal m_textFactor = 1.0;
};

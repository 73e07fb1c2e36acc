#pragma once

#include "timelinetheme.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;
struct SourceInfo;

// The foot of an exported page: the citations of the sources the shown events rest on, in
// columns, and the date the page was made. When the sources do not fit the height allowed,
// the last line says how many were left out.
class ExportFooter
{
    Q_DECLARE_TR_FUNCTIONS(ExportFooter)

public:
    ExportFooter(const TimelineTheme &theme, const QList<const SourceInfo *> &sources,
                 QDate madeOn);

    // The height drawn into width, never more than maxHeight.
    qreal height(qreal width, qreal maxHeight) const;
    void paint(QPainter *painter, const QRectF &rect) const;

    // The lines as drawn into width and maxHeight: the heading, the citations (or a count of
    // those left out) and the date line.
    QStringList lines(qreal width, qreal maxHeight) const;

    // "Made on 25 November 2026"
    static QString madeOnText(QDate date);

private:
    struct Plan
    {
        int columns = 1;
        int rows = 0;  // citation rows shown
        int shown = 0; // citations shown
        qreal columnWidth = 0;
        qreal height = 0;
    };
    Plan plan(qreal width, qreal maxHeight) const;
    QFont font() const;

    TimelineTheme m_theme;
    QStringList m_citations;
    QDate m_madeOn;
};

#pragma once

#include "eventfilter.h"
#include "exportsettings.h"

#include <QDate>
#include <QList>
#include <QStringList>

class Catalogue;
struct SourceInfo;

// What one exported page shows of a catalogue: the time range, the lanes, the events in it
// and the sources those events cite. Worked out once from the settings, so that the body,
// the legend and the footer of a page agree on what "shown" means.
class ExportScope
{
public:
    ExportScope() = default;
    ExportScope(const Catalogue &catalogue, const ExportSettings &settings);

    // The range drawn: [start, end) in ms since the epoch (see TimeScale).
    qint64 start() const { return m_start; }
    qint64 end() const { return m_end; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

    // The lanes drawn, in catalogue order: the chosen ones, narrowed by the filter's lanes.
    const QStringList &laneIds() const { return m_laneIds; }
    // The filter the renderer applies: the user's filter (when on), the lanes and the range.
    const EventFilter &filter() const { return m_filter; }
    // Indexes into Catalogue::events() of the events shown, chronological.
    const QList<int> &eventIndexes() const { return m_eventIndexes; }
    // The sources the shown events cite, by date and then title; never null.
    QList<const SourceInfo *> citedSources() const;

    // The same scope over [start, end) only: one page of a long span.
    ExportScope restrictedTo(qint64 start, qint64 end) const;

    // Splits [start, end) into count consecutive ranges, each starting on the first of a
    // month where the pages are two months or longer (otherwise on a day).
    static QList<std::pair<qint64, qint64>> splitRange(qint64 start, qint64 end, int count);
    // About a year to an A4 landscape page, more on wider paper.
    static int automaticPageCount(qint64 start, qint64 end, double bodyWidthMm);

private:
    void collect();

    const Catalogue *m_catalogue = nullptr;
    qint64 m_start = 0;
    qint64 m_end = 0;
    QDate m_firstDay;
    QDate m_lastDay;
    QStringList m_laneIds;
    EventFilter m_filter;
    bool m_noLanes = false; // the chosen lanes and the filter's lanes have none in common
    QList<int> m_eventIndexes;
};

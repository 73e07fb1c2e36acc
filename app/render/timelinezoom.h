#pragma once

#include "timescale.h"

#include <QObject>
#include <QtGlobal>

// Owns what the views of one timeline share: the visible time range and the selected
// event. Times are integer milliseconds since 1970-01-01T00:00 UTC; an event covering the
// days [first, last] spans [first 00:00, last+1 00:00). Views subscribe to the signals.
class TimelineZoom : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDay = TimeScale::kDay;
    static constexpr qint64 kMinimumSpan = kDay;               // never narrower than a day
    static constexpr qint64 kMaximumSpan = 400LL * 366 * kDay; // never wider than 400 years

    explicit TimelineZoom(QObject *parent = nullptr);

    qint64 rangeStart() const { return m_start; }
    qint64 rangeEnd() const { return m_end; }
    qint64 rangeSpan() const { return m_end - m_start; }

    // Clamps the span to [kMinimumSpan, kMaximumSpan] around the requested centre.
    void setRange(qint64 start, qint64 end);
    // Scales the span by factor (< 1 zooms in) keeping the time at anchor where it is.
    void zoomAround(qint64 anchor, double factor);
    void pan(qint64 delta);

    // Index into Catalogue::events(), or -1 for none.
    int selectedEvent() const { return m_selected; }
    void setSelectedEvent(int eventIndex);

signals:
    void rangeChanged(qint64 start, qint64 end);
    void selectionChanged(int eventIndex);

private:
    qint64 m_start = 0;
    qint64 m_end = kDay;
    int m_selected = -1;
};

#pragma once

#include "datepoint.h"

#include <QDate>
#include <QString>
#include <QStringView>

// The date of an event as honestly as the sources allow: a single DatePoint, or a range
// between two DatePoints of any precision, flagged approximate ("around", inferred) and/or
// planned (announced for the future relative to the source that reports it).
// Ordering, overlap and containment are defined on the covered period [first(), last()].
class EventDate
{
public:
    enum class Precision { Day, Month, Quarter, Season, Year, FinancialYear, Range };

    EventDate() = default; // invalid
    explicit EventDate(const DatePoint &point) : m_start(point) {}
    EventDate(const DatePoint &start, const DatePoint &end) : m_start(start), m_end(end) {}

    // A plain day, or a day range when last != first: used by imported event lists.
    static EventDate fromDays(QDate first, QDate last = {});

    // Parses the en-GB labels label() writes, plus ISO forms: "3 August 2017",
    // "c. September 2017", "2018/19 (planned)", "Sept 2017 – Mar 2018", "2017-08-03 to 2017-09",
    // Range separators: en dash, em dash, hyphen with spaces, "to". "c."/"around"/"about"
    // prefixes set approximate; a "(planned)" suffix sets planned.
    // Returns an invalid date and sets *error ("… is not a date: …") on failure.
    static EventDate parse(QStringView text, QString *error = nullptr);

    bool isValid() const;
    bool isRange() const { return m_end.isValid(); }
    Precision precision() const;
    QString precisionName() const; // day, month, quarter, season, year, financial-year, range

    const DatePoint &start() const { return m_start; }
    const DatePoint &end() const { return m_end; } // invalid unless isRange()

    QDate first() const { return m_start.first(); }
    QDate last() const { return isRange() ? m_end.last() : m_start.last(); }
    qint64 dayCount() const { return first().daysTo(last()) + 1; }

    bool isApproximate() const { return m_approximate; }
    void setApproximate(bool approximate) { m_approximate = approximate; }
    bool isPlanned() const { return m_planned; }
    void setPlanned(bool planned) { m_planned = planned; }

    // en-GB label, e.g. "3 August 2017", "c. spring 2017", "Sept 2017 – Mar 2018",
    // "2018/19 (planned)". parse(label()) == *this.
    QString label() const;

    bool overlaps(const EventDate &other) const;
    bool contains(const EventDate &other) const;
    bool contains(QDate day) const;

    friend bool operator==(const EventDate &a, const EventDate &b)
    {
        return a.m_start == b.m_start && a.m_end == b.m_end && a.m_approximate == b.m_approximate
               && a.m_planned == b.m_planned;
    }
    // Chronological: by first day, then the shorter period first.
    friend bool operator<(const EventDate &a, const EventDate &b)
    {
        if (a.first() != b.first())
            return a.first() < b.first();
        return a.last() < b.last();
    }

private:
    DatePoint m_start;
    DatePoint m_end;
    bool m_approximate = false;
    bool m_planned = false;
};

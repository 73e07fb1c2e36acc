#pragma once

#include "datepoint.h"

#include <QDate>
#include <QString>
#include <QStringView>

// The date of an event as honestly as the sources allow: a single DatePoint, a range
// between two DatePoints of any precision, or an open-ended date known on one side only
// ("by June 2018", "before 14 June 2018", "after March 2017", "since 2016"), optionally with
// the other side known from context ("by June 2018, after June 2017"). Flagged approximate
// ("around", inferred) and/or planned (announced for the future relative to its source).
// Ordering, overlap and containment are defined on the covered period [first(), last()]; an
// open-ended date with one known side covers only that side's day, so that sorting, filters
// and ranges treat it by what is known.
class EventDate
{
public:
    enum class Precision {
        Day,
        Month,
        Quarter,
        Season,
        Year,
        FinancialYear,
        Range,
        By,
        Before,
        After
    };
    // How an open-ended date is bounded: on or before (By), strictly before (Before),
    // strictly after (After), on or after (Since) a point. None on a closed date.
    enum class Bound : quint8 { None, By, Before, After, Since };

    EventDate() = default; // invalid
    explicit EventDate(const DatePoint &point) : m_start(point) {}
    EventDate(const DatePoint &start, const DatePoint &end) : m_start(start), m_end(end) {}
    // Open-ended: bounded by point on one side; other, when given, bounds the other side.
    static EventDate openEnded(Bound bound, const DatePoint &point, Bound otherBound = Bound::None,
                               const DatePoint &other = {});

    // A plain day, or a day range when last != first: used by imported event lists.
    static EventDate fromDays(QDate first, QDate last = {});

    // Parses the en-GB labels label() writes, plus ISO forms: "3 August 2017",
    // "c. September 2017", "2018/19 (planned)", "Sept 2017 – Mar 2018", "2017-08-03 to 2017-09",
    // Range separators: en dash, em dash, hyphen with spaces, "to". "c."/"around"/"about"
    // prefixes set approximate; a "(planned)" suffix sets planned.
    // Returns an invalid date and sets *error ("… is not a date: …") on failure.
    static EventDate parse(QStringView text, QString *error = nullptr);

    bool isValid() const
    {
        if (isOpenEnded())
            return isValidOpenEnded();
        return m_start.isValid() && (!m_end.isValid() || m_end.last() >= m_start.first());
    }
    bool isRange() const { return !isOpenEnded() && m_end.isValid(); }
    bool isOpenEnded() const { return m_upperBound != Bound::None || m_lowerBound != Bound::None; }
    Precision precision() const;
    // day, month, quarter, season, year, financial-year, range; by, before, after (and since)
    // for open-ended dates, named by the upper bound when there is one.
    QString precisionName() const;

    // A closed date's points; both invalid on an open-ended date.
    // Invalid when open-ended.
    const DatePoint &start() const { return isOpenEnded() ? s_noPoint : m_start; }
    const DatePoint &end() const { return isRange() ? m_end : s_noPoint; } // invalid unless isRange()

    // An open-ended date's bounds and their points (Bound::None and invalid when absent).
    Bound upperBound() const { return m_upperBound; } // By or Before
    const DatePoint &upperPoint() const { return m_upperBound != Bound::None ? m_end : s_noPoint; }
    Bound lowerBound() const { return m_lowerBound; } // After or Since
    const DatePoint &lowerPoint() const { return m_lowerBound != Bound::None ? m_start : s_noPoint; }

    // The earliest and latest day the date allows; invalid on the side that is not known.
    QDate earliest() const;
    QDate latest() const;
    // The covered period; on an open-ended date, the known side stands in for the unknown one.
    // Inline for closed dates: ordering a million events calls these for every comparison.
    QDate first() const
    {
        if (!isOpenEnded())
            return m_start.first();
        return earliest().isValid() ? earliest() : latest();
    }
    QDate last() const
    {
        if (!isOpenEnded())
            return isRange() ? m_end.last() : m_start.last();
        return latest().isValid() ? latest() : earliest();
    }
    qint64 dayCount() const { return first().daysTo(last()) + 1; }

    bool isApproximate() const { return m_approximate; }
    void setApproximate(bool approximate) { m_approximate = approximate; }
    bool isPlanned() const { return m_planned; }
    void setPlanned(bool planned) { m_planned = planned; }

    // en-GB label, e.g. "3 August 2017", "c. spring 2017", "Sept 2017 – Mar 2018",
    // "2018/19 (planned)", "by June 2018", "by June 2018, after June 2017".
    // parse(label()) == *this.
    QString label() const;
    // The date as it reads in a sentence: label(), except that an approximate open-ended date
    // puts its hedge after the bound word ("by about March 2016", not "c. by March 2016").
    QString phrase() const;
    // phrase(), and on an open-ended date what it leaves open: "by June 2018 \u2014 the report
    // does not say when" (or "exactly when" when both sides are known). For the handout and
    // the source pane.
    QString described() const;

    bool overlaps(const EventDate &other) const;
    bool contains(const EventDate &other) const;
    bool contains(QDate day) const;

    friend bool operator==(const EventDate &a, const EventDate &b)
    {
        return a.m_start == b.m_start && a.m_end == b.m_end && a.m_approximate == b.m_approximate &&
               a.m_planned == b.m_planned && a.m_upperBound == b.m_upperBound &&
               a.m_lowerBound == b.m_lowerBound;
    }
    // Chronological: by first day, then the shorter period first.
    friend bool operator<(const EventDate &a, const EventDate &b)
    {
        if (a.first() != b.first())
            return a.first() < b.first();
        return a.last() < b.last();
    }

private:
    bool isValidOpenEnded() const;

    // The points first and the one-byte members after them, so that none is padded: a
    // timeline may hold a million dates.
    // A closed date's first and last point; an open-ended date keeps its lower bound's point
    // in m_start and its upper bound's in m_end, so that an event holds two points, not four
    // (28 bytes rather than 52, at a million events 24 MB).
    DatePoint m_start;
    DatePoint m_end;
    static inline const DatePoint s_noPoint;
    Bound m_upperBound = Bound::None;
    Bound m_lowerBound = Bound::None;
    bool m_approximate = false;
    bool m_planned = false;
};

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <limits>

// One end of what a document says about "when": a day, a month, a quarter, a season, a
// calendar year or a UK financial year. Each covers a period [first(), last()] of whole days.
class DatePoint
{
public:
    enum class Precision : quint8 { Day, Month, Quarter, Season, Year, FinancialYear };
    enum class Season { Spring, Summer, Autumn, Winter }; // Mar-May, Jun-Aug, Sep-Nov, Dec-Feb

    DatePoint() = default; // invalid

    static DatePoint day(int year, int month, int day);
    static DatePoint day(QDate date);
    static DatePoint month(int year, int month);
    static DatePoint quarter(int year, int quarter);  // calendar quarters 1..4
    static DatePoint season(int year, Season season); // winter Y runs Dec Y to Feb Y+1
    static DatePoint year(int year);
    static DatePoint financialYear(int startYear); // 1 April startYear to 31 March startYear+1

    // Parses one point: "3 August 2017", "3 Aug 2017", "2017-08-03", "August 2017",
    // "Sept 2017", "2017-08", "Q3 2017", "spring 2017", "winter 2017/18", "2017",
    // "2018/19", "FY 2018/19". On failure returns an invalid point and sets *error.
    static DatePoint parse(QStringView text, QString *error = nullptr);
    // Exactly "YYYY-MM-DD" naming a real day, without the cost of parse(); otherwise invalid.
    // Event lists carry hundreds of thousands of these.
    static DatePoint fromIsoDay(QStringView text);

    bool isValid() const { return m_first != kNoDay; }
    Precision precision() const { return m_precision; }

    QDate first() const { return isValid() ? QDate::fromJulianDay(m_first) : QDate(); }
    QDate last() const { return isValid() ? QDate::fromJulianDay(m_last) : QDate(); }

    // en-GB: "3 August 2017", "August 2017", "Q3 2017", "spring 2017", "winter 2017/18",
    // "2017", "2018/19". Short form abbreviates months ("3 Aug 2017", "Sept 2017").
    QString label() const;
    QString shortLabel() const;

    // Machine name used in files: day, month, quarter, season, year, financial-year.
    static QString precisionName(Precision precision);

    friend bool operator==(const DatePoint &a, const DatePoint &b)
    {
        return a.m_precision == b.m_precision && a.m_first == b.m_first && a.m_last == b.m_last;
    }

private:
    friend class EventDate; // parses both ends of a range and words the error once
    // parse() without the "… is not a date" preamble: *why says only what is wrong.
    static DatePoint parsePoint(QStringView text, QString *why);

    // Invalid when either day is, or lies beyond the few million years a Julian day number of
    // 32 bits reaches.
    DatePoint(Precision precision, QDate first, QDate last);

    // Julian day numbers of 32 bits rather than QDates of 64: an event holds four points, and
    // a timeline may hold a million events.
    static constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
    qint32 m_first = kNoDay;
    qint32 m_last = kNoDay;
    Precision m_precision = Precision::Day;
};

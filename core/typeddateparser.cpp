#include "typeddateparser.h"

#include "inputlimits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const char16_t *const kMonthNames[] = {u"january",   u"february", u"march",    u"april",
                                       u"may",       u"june",     u"july",     u"august",
                                       u"september", u"october",  u"november", u"december"};

// Hedges EventDate reads, so that a typed form after one is approximate too.
const char16_t *const kApproximatePrefixes[] = {
    u"approximately ", u"approx. ", u"approx ", u"around ", u"about ", u"circa ",
    u"ca. ",           u"c. ",      u"c.",      u"c ",      u"~"};

constexpr int kFirstSerial = 10000;  // 1927-05-18: below it a number is more likely a count
constexpr int kLastSerial = 2958465; // 9999-12-31, Excel's last day

bool validYear(int year)
{
    return year >= 1 && year <= 9998;
}

// 1..12, or 0: a month's name or its usual abbreviation ("Aug", "Sept", "aug.").
int monthFromName(QStringView word)
{
    QString name = word.toString().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QStringView full(kMonthNames[m]);
        if (full == name || (full.startsWith(name) && (name.size() == 3 || name == u"sept"_s)))
            return m + 1;
    }
    return 0;
}

// A year as typed: four digits, or two read as Excel does (00–29 → 2000s, 30–99 → 1900s).
int typedYear(QStringView digits)
{
    const int value = digits.toInt();
    if (digits.size() == 2)
        return value < 30 ? 2000 + value : 1900 + value;
    return value;
}

// The year after startYear as written after a slash or hyphen: "19" or "2019".
bool isNextYear(int startYear, QStringView text)
{
    const int value = text.toInt();
    if (text.size() == 2)
        return value == (startYear + 1) % 100;
    return text.size() == 4 && value == startYear + 1;
}

struct Point
{
    DatePoint point;
    QString note;
};

struct Reader
{
    QString why; // what is wrong with the last form that almost matched

    Point fail(const QString &reason)
    {
        if (why.isEmpty())
            why = reason;
        return {};
    }

    Point day(int year, int month, int dayOfMonth)
    {
        if (!validYear(year))
            return fail(u"the year is out of range (1 to 9998)"_s);
        if (month < 1 || month > 12)
            return fail(u"there is no month %1 (numbers are read day first: 03/08/2017 is "
                        "3 August 2017)"_s.arg(month));
        const DatePoint d = DatePoint::day(year, month, dayOfMonth);
        if (!d.isValid())
            return fail(u"that day does not exist"_s);
        return {d, {}};
    }

    Point month(int year, int monthNumber)
    {
        if (!validYear(year))
            return fail(u"the year is out of range (1 to 9998)"_s);
        if (monthNumber < 1 || monthNumber > 12)
            return fail(u"there is no month %1"_s.arg(monthNumber));
        return {DatePoint::month(year, monthNumber), {}};
    }

    Point financialYear(int startYear, QStringView end)
    {
        if (!validYear(startYear) || !isNextYear(startYear, end))
            return fail(u"a financial year runs from one year into the next, as in 2018/19"_s);
        return {DatePoint::financialYear(startYear), {}};
    }

    // One point in a typed form EventDate does not read (it is asked first).
    Point typed(const QString &text)
    {
        static const QRegularExpression dmy(u"^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"_s);
        static const QRegularExpression my(u"^(\\d{1,2})[/.\\-](\\d{4})$"_s);
        static const QRegularExpression ymd(u"^(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})$"_s);
        static const QRegularExpression isoTime(
            u"^(\\d{4}-\\d{2}-\\d{2})(?:T| )(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}:?\\d{2})?$"_s);
        static const QRegularExpression dayNamed(
            u"^(\\d{1,2})(?:st|nd|rd|th)?[ \\-]([A-Za-z]+\\.?)[ \\-,]+(\\d{2}|\\d{4})$"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression monthDayYear(
            u"^([A-Za-z]+\\.?) (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression monthShortYear(u"^([A-Za-z]+\\.?)-(\\d{2})$"_s);
        static const QRegularExpression financial(u"^(FY ?)?(\\d{4})([/\\-])(\\d{2}|\\d{4})$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression financialShort(u"^FY ?(\\d{2})[/\\-](\\d{2})$"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression financialQuarter(
            u"^(?:Q([1-4]) (?:FY ?)?(\\d{4})[/\\-](\\d{2}|\\d{4})|(?:FY ?)?(\\d{4})[/\\-](\\d{2}|\\d{4}) Q([1-4]))$"_s,
            QRegularExpression::CaseInsensitiveOption);

        if (const auto m = isoTime.match(text); m.hasMatch()) {
            const DatePoint d = DatePoint::fromIsoDay(m.capturedView(1));
            if (!d.isValid())
                return fail(u"that day does not exist"_s);
            return {d, u"the time of day %1"_s.arg(m.captured(2) + m.captured(3))};
        }
        if (const auto m = dmy.match(text); m.hasMatch())
            return day(typedYear(m.capturedView(4)), m.captured(3).toInt(), m.captured(1).toInt());
        if (const auto m = ymd.match(text); m.hasMatch())
            return day(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (const auto m = my.match(text); m.hasMatch())
            return month(m.captured(2).toInt(), m.captured(1).toInt());
        if (const auto m = financialQuarter.match(text); m.hasMatch()) {
            const bool quarterFirst = m.hasCaptured(1);
            const int q = (quarterFirst ? m.captured(1) : m.captured(6)).toInt();
            const int startYear = (quarterFirst ? m.captured(2) : m.captured(4)).toInt();
            const QStringView end = quarterFirst ? m.capturedView(3) : m.capturedView(5);
            if (!financialYear(startYear, end).point.isValid())
                return {};
            // Q1 is April to June: financial quarter q is calendar quarter q + 1 of the start
            // year, and Q4 the first calendar quarter of the next.
            const DatePoint quarter = q == 4 ? DatePoint::quarter(startYear + 1, 1)
                                             : DatePoint::quarter(startYear, q + 1);
            if (!quarter.isValid() || !validYear(quarter.first().year()))
                return fail(u"the year is out of range (1 to 9998)"_s);
            return {quarter, u"the financial quarter %1"_s.arg(text)};
        }
        if (const auto m = financial.match(text); m.hasMatch()) {
            // "2017-2018" without "FY" is the two years (a range), not 2017/18.
            if (m.hasCaptured(1) || m.captured(3) == u"/"_s || m.capturedLength(4) == 2)
                return financialYear(m.captured(2).toInt(), m.capturedView(4));
        }
        if (const auto m = financialShort.match(text); m.hasMatch()) {
            const int startYear = typedYear(m.capturedView(1));
            return financialYear(startYear, m.capturedView(2));
        }
        if (const auto m = dayNamed.match(text); m.hasMatch()) {
            const int mo = monthFromName(m.capturedView(2));
            if (mo == 0)
                return fail(u"\u201C%1\u201D is not a month"_s.arg(m.captured(2)));
            return day(typedYear(m.capturedView(3)), mo, m.captured(1).toInt());
        }
        if (const auto m = monthDayYear.match(text); m.hasMatch()) {
            const int mo = monthFromName(m.capturedView(1));
            if (mo == 0)
                return fail(u"\u201C%1\u201D is not a month"_s.arg(m.captured(1)));
            return day(m.captured(3).toInt(), mo, m.captured(2).toInt());
        }
        if (const auto m = monthShortYear.match(text); m.hasMatch()) {
            const int mo = monthFromName(m.capturedView(1));
            if (mo == 0)
                return fail(u"\u201C%1\u201D is not a month"_s.arg(m.captured(1)));
            return month(typedYear(m.capturedView(2)), mo);
        }
        return {};
    }

    // EventDate's point grammar, then the typed forms.
    Point point(const QString &text)
    {
        QString error;
        const EventDate known = EventDate::parse(text, &error);
        if (known.isValid() && !known.isRange() && !known.isOpenEnded() && !known.isApproximate() &&
            !known.isPlanned())
            return {known.start(), {}};
        return typed(text);
    }

    // The first part of a range, completed from the second: "3" of "3–5 Aug 2017", "Aug" of
    // "Aug–Sept 2017", "3 Aug" of "3 Aug – 5 Sept 2017".
    Point rangeStart(const QString &text, const DatePoint &end)
    {
        static const QRegularExpression dayOnly(u"^(\\d{1,2})(?:st|nd|rd|th)?$"_s);
        static const QRegularExpression monthOnly(u"^([A-Za-z]+\\.?)$"_s);
        static const QRegularExpression dayMonth(u"^(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\\.?)$"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        const int year = end.first().year();
        if (const auto m = dayOnly.match(text);
            m.hasMatch() && end.precision() == DatePoint::Precision::Day)
            return day(year, end.first().month(), m.captured(1).toInt());
        if (const auto m = monthOnly.match(text);
            m.hasMatch() && (end.precision() == DatePoint::Precision::Month ||
                             end.precision() == DatePoint::Precision::Day)) {
            if (const int mo = monthFromName(m.capturedView(1)); mo > 0)
                return month(year, mo);
        }
        if (const auto m = dayMonth.match(text);
            m.hasMatch() && end.precision() == DatePoint::Precision::Day) {
            if (const int mo = monthFromName(m.capturedView(2)); mo > 0)
                return day(year, mo, m.captured(1).toInt());
        }
        return point(text);
    }
};

} // namespace

EventDate TypedDateParser::parse(QStringView input, QString *error, QString *note)
{
    if (note)
        note->clear();
    const QString original = input.toString().simplified();
    auto invalid = [&](const QString &why) {
        if (error)
            *error = u"%1 is not a date: %2"_s.arg(InputLimits::quoted(original), why);
        return EventDate();
    };
    if (original.isEmpty())
        return invalid(u"it is empty"_s);

    // What EventDate reads, it reads as written.
    QString eventDateError;
    if (const EventDate known = EventDate::parse(original, &eventDateError); known.isValid())
        return known;

    // An Excel serial: a whole number alone in the cell. 1900 base: serial 1 is 1 January
    // 1900, and Excel counts a 29 February 1900 that never was, so from serial 61 on day 0
    // is 30 December 1899.
    static const QRegularExpression serial(u"^\\d{5,7}$"_s);
    if (serial.match(original).hasMatch()) {
        const int value = original.toInt();
        if (value < kFirstSerial || value > kLastSerial)
            return invalid(
                u"a number alone is read as an Excel date from %1 to %2"_s.arg(kFirstSerial)
                    .arg(kLastSerial));
        const QDate day = QDate(1899, 12, 30).addDays(value);
        if (!validYear(day.year()))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        return EventDate(DatePoint::day(day));
    }

    QString text = original;
    bool approximate = false;
    for (const char16_t *prefix : kApproximatePrefixes) {
        if (text.startsWith(QStringView(prefix), Qt::CaseInsensitive)) {
            approximate = true;
            text = text.mid(QStringView(prefix).size()).trimmed();
            break;
        }
    }
    if (text.endsWith(u'?')) {
        approximate = true;
        text = text.chopped(1).trimmed();
    }
    bool planned = false;
    static const QRegularExpression plannedSuffix(u"\\s*\\(planned\\)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto m = plannedSuffix.match(text); m.hasMatch()) {
        planned = true;
        text.truncate(m.capturedStart());
    }
    if (text.isEmpty())
        return invalid(u"it gives no date"_s);
    auto finish = [&](EventDate date, const QString &why) {
        date.setApproximate(approximate);
        date.setPlanned(planned);
        if (note)
            *note = why;
        return date;
    };

    Reader reader;
    if (approximate || planned) {
        // The hedge was taken off: EventDate may read the rest ("c. 2017?" → "2017").
        if (EventDate known = EventDate::parse(text);
            known.isValid() && !known.isOpenEnded() && !known.isApproximate() && !known.isPlanned())
            return finish(known, {});
    }
    if (const Point whole = reader.typed(text); whole.point.isValid())
        return finish(EventDate(whole.point), whole.note);

    // A range: en or em dash, " to ", a spaced hyphen, or a lone unspaced hyphen.
    static const QRegularExpression separator(u"\\s*[\u2013\u2014]\\s*|\\s+to\\s+|\\s+-\\s+"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    qsizetype splitAt = -1;
    qsizetype splitLength = 0;
    if (const auto m = separator.match(text); m.hasMatch()) {
        splitAt = m.capturedStart();
        splitLength = m.capturedLength();
    } else if (text.count(u'-') == 1) {
        splitAt = text.indexOf(u'-');
        splitLength = 1;
    }
    if (splitAt > 0 && splitAt + splitLength < text.size()) {
        const QString left = text.left(splitAt).trimmed();
        const QString right = text.mid(splitAt + splitLength).trimmed();
        const Point end = reader.point(right);
        if (end.point.isValid()) {
            const Point start = reader.rangeStart(left, end.point);
            if (start.point.isValid()) {
                if (end.point.last() < start.point.first())
                    return invalid(u"the range ends before it starts"_s);
                if (start.point == end.point)
                    return finish(EventDate(start.point), start.note);
                QString why = start.note;
                if (!end.note.isEmpty())
                    why += (why.isEmpty() ? QString() : u"; "_s) + end.note;
                return finish(EventDate(start.point, end.point), why);
            }
        }
    }
    if (!reader.why.isEmpty())
        return invalid(reader.why);
    // What EventDate found wrong, when it named something ("the year is out of range").
    if (!eventDateError.contains(u"expected a date such as"_s)) {
        if (error)
            *error = eventDateError;
        return EventDate();
    }
    // EventDate's message names what it expected; ours adds the typed forms.
    return invalid(u"expected a date such as 03/08/2017, 3 Aug 2017, Sept 2017, 2017, 2018/19, "
                   "Q3 2019/20, spring 2017 or Sept 2017 \u2013 Mar 2018"_s);
}

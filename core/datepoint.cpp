#include "datepoint.h"

#include "inputlimits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const char *const kMonthNames[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
// en-GB house style for months in ranges and tight spaces.
const char *const kShortMonthNames[] = {"Jan",  "Feb", "Mar",  "Apr", "May", "June",
                                        "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
const char *const kSeasonNames[] = {"spring", "summer", "autumn", "winter"};

// 1..12, or 0 when the word is not a month name or a usual abbreviation.
int monthFromName(QStringView word)
{
    QString name = word.toString().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const QString full = QString::fromLatin1(kMonthNames[m]).toLower();
        if (full == name || (full.startsWith(name) && (name.size() == 3 || name == u"sept"_s)))
            return m + 1;
    }
    return 0;
}

// "18" after "2017/" means 2018; "2018" too. Returns 0 when it is not the following year.
bool isNextYear(int year, QStringView text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return false;
    if (text.size() == 2)
        return value == (year + 1) % 100;
    return text.size() == 4 && value == year + 1;
}

bool validYear(int year)
{
    return year >= 1 && year <= 9998;
}

// Four digits always, so that labels of years before 1000 parse back ("0999").
QString yearText(int year)
{
    return u"%1"_s.arg(year, 4, 10, QChar(u'0'));
}

} // namespace

DatePoint::DatePoint(Precision precision, QDate first, QDate last)
{
    auto fits = [](QDate date) {
        return date.isValid() && date.toJulianDay() > std::numeric_limits<qint32>::min() &&
               date.toJulianDay() <= std::numeric_limits<qint32>::max();
    };
    if (fits(first) && fits(last)) {
        m_first = qint32(first.toJulianDay());
        m_last = qint32(last.toJulianDay());
        m_precision = precision;
    }
}

DatePoint DatePoint::day(int year, int month, int dayOfMonth)
{
    return day(QDate(year, month, dayOfMonth));
}

DatePoint DatePoint::day(QDate date)
{
    if (!date.isValid())
        return {};
    return DatePoint(Precision::Day, date, date);
}

DatePoint DatePoint::month(int year, int monthNumber)
{
    const QDate first(year, monthNumber, 1);
    if (!first.isValid())
        return {};
    return DatePoint(Precision::Month, first, first.addMonths(1).addDays(-1));
}

DatePoint DatePoint::quarter(int year, int quarterNumber)
{
    if (quarterNumber < 1 || quarterNumber > 4)
        return {};
    const QDate first(year, 3 * (quarterNumber - 1) + 1, 1);
    if (!first.isValid())
        return {};
    return DatePoint(Precision::Quarter, first, first.addMonths(3).addDays(-1));
}

DatePoint DatePoint::season(int year, Season which)
{
    const int startMonth = 3 + 3 * int(which); // spring = March ... winter = December
    const QDate first(year, startMonth, 1);
    if (!first.isValid())
        return {};
    return DatePoint(Precision::Season, first, first.addMonths(3).addDays(-1));
}

DatePoint DatePoint::year(int yearNumber)
{
    const QDate first(yearNumber, 1, 1);
    if (!first.isValid())
        return {};
    return DatePoint(Precision::Year, first, QDate(yearNumber, 12, 31));
}

DatePoint DatePoint::financialYear(int startYear)
{
    const QDate first(startYear, 4, 1);
    if (!first.isValid())
        return {};
    return DatePoint(Precision::FinancialYear, first, QDate(startYear + 1, 3, 31));
}

DatePoint DatePoint::fromIsoDay(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int digits[8];
    int n = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7)
            continue;
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        digits[n++] = c - u'0';
    }
    const int y = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    if (!validYear(y))
        return {};
    return day(y, digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
}

DatePoint DatePoint::parse(QStringView input, QString *error)
{
    QString why;
    const DatePoint point = parsePoint(input, &why);
    if (!point.isValid() && error)
        *error =
            u"%1 is not a date: %2"_s.arg(InputLimits::quoted(input.toString().simplified()), why);
    return point;
}

DatePoint DatePoint::parsePoint(QStringView input, QString *why)
{
    if (const DatePoint iso = fromIsoDay(input); iso.isValid())
        return iso;
    const QString text = input.toString().simplified();
    auto invalid = [why](const QString &reason) {
        *why = reason;
        return DatePoint();
    };
    if (text.isEmpty())
        return invalid(u"it is empty"_s);

    static const QRegularExpression iso(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    static const QRegularExpression financial(u"^(?:FY ?)?(\\d{4})/(\\d{2}|\\d{4})$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression seasonRe(
        u"^(spring|summer|autumn|winter) (\\d{4})(?:/(\\d{2}|\\d{4}))?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterRe(u"^(?:Q([1-4]) (\\d{4})|(\\d{4}) Q([1-4]))$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayRe(
        u"^(\\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\\.?),? (\\d{4})$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthRe(u"^([A-Za-z]+\\.?),? (\\d{4})$"_s);

    if (const auto m = iso.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!validYear(y))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        if (!m.hasCaptured(2))
            return year(y);
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return invalid(u"there is no month %1"_s.arg(mo));
        if (!m.hasCaptured(3))
            return month(y, mo);
        const DatePoint d = day(y, mo, m.captured(3).toInt());
        return d.isValid() ? d : invalid(u"that day does not exist"_s);
    }
    if (const auto m = financial.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (!validYear(y) || !isNextYear(y, m.capturedView(2)))
            return invalid(u"a financial year runs from one year into the next, as in 2018/19"_s);
        return financialYear(y);
    }
    if (const auto m = seasonRe.match(text); m.hasMatch()) {
        const QString name = m.captured(1).toLower();
        const int y = m.captured(2).toInt();
        int index = 0;
        while (index < 4 && name != QLatin1String(kSeasonNames[index]))
            ++index;
        const auto which = Season(index);
        if (m.hasCaptured(3) && (which != Season::Winter || !isNextYear(y, m.capturedView(3))))
            return invalid(u"only winter spans two years, as in winter 2017/18"_s);
        if (!validYear(y))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        return season(y, which);
    }
    if (const auto m = quarterRe.match(text); m.hasMatch()) {
        const bool quarterFirst = m.hasCaptured(1);
        const int q = (quarterFirst ? m.captured(1) : m.captured(4)).toInt();
        const int y = (quarterFirst ? m.captured(2) : m.captured(3)).toInt();
        if (!validYear(y))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        return quarter(y, q);
    }
    if (const auto m = dayRe.match(text); m.hasMatch()) {
        const int mo = monthFromName(m.capturedView(2));
        if (mo == 0)
            return invalid(u"\u201C%1\u201D is not a month"_s.arg(m.captured(2)));
        const int y = m.captured(3).toInt();
        if (!validYear(y))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        const DatePoint d = day(y, mo, m.captured(1).toInt());
        return d.isValid() ? d : invalid(u"that day does not exist"_s);
    }
    if (const auto m = monthRe.match(text); m.hasMatch()) {
        const int mo = monthFromName(m.capturedView(1));
        if (mo == 0)
            return invalid(u"\u201C%1\u201D is not a month"_s.arg(m.captured(1)));
        const int y = m.captured(2).toInt();
        if (!validYear(y))
            return invalid(u"the year is out of range (1 to 9998)"_s);
        return month(y, mo);
    }
    return invalid(u"expected a date such as 3 August 2017, August 2017, Q3 2017, spring 2017, "
                   "2017 or 2018/19"_s);
}

QString DatePoint::label() const
{
    if (!isValid())
        return {};
    const QDate start = first();
    switch (m_precision) {
    case Precision::Day:
        return u"%1 %2 %3"_s.arg(start.day())
            .arg(QLatin1String(kMonthNames[start.month() - 1]), yearText(start.year()));
    case Precision::Month:
        return u"%1 %2"_s.arg(QLatin1String(kMonthNames[start.month() - 1]),
                              yearText(start.year()));
    default:
        return shortLabel();
    }
}

QString DatePoint::shortLabel() const
{
    if (!isValid())
        return {};
    const QDate start = first();
    const int y = start.year();
    switch (m_precision) {
    case Precision::Day:
        return u"%1 %2 %3"_s.arg(start.day())
            .arg(QLatin1String(kShortMonthNames[start.month() - 1]), yearText(y));
    case Precision::Month:
        return u"%1 %2"_s.arg(QLatin1String(kShortMonthNames[start.month() - 1]), yearText(y));
    case Precision::Quarter:
        return u"Q%1 %2"_s.arg((start.month() - 1) / 3 + 1).arg(yearText(y));
    case Precision::Season: {
        const int index = (start.month() - 3) / 3;
        const QString name = QLatin1String(kSeasonNames[index]);
        if (index == int(Season::Winter))
            return u"%1 %2/%3"_s.arg(name, yearText(y)).arg((y + 1) % 100, 2, 10, QChar(u'0'));
        return u"%1 %2"_s.arg(name, yearText(y));
    }
    case Precision::Year:
        return yearText(y);
    case Precision::FinancialYear:
        return u"%1/%2"_s.arg(yearText(y)).arg((y + 1) % 100, 2, 10, QChar(u'0'));
    }
    return {};
}

QString DatePoint::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return u"day"_s;
    case Precision::Month:
        return u"month"_s;
    case Precision::Quarter:
        return u"quarter"_s;
    case Precision::Season:
        return u"season"_s;
    case Precision::Year:
        return u"year"_s;
    case Precision::FinancialYear:
        return u"financial-year"_s;
    }
    return {};
}

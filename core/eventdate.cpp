#include "eventdate.h"

#include "inputlimits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Hedges that mark a date as approximate, longest first so "approx." wins over "approx".
const char16_t *const kApproximatePrefixes[] = {
    u"approximately ", u"approx. ", u"around ", u"about ", u"circa ", u"ca. ", u"c. ", u"c.", u"~"};

const QString kRangeSeparator = u" \u2013 "_s; // en dash with spaces, en-GB style

} // namespace

EventDate EventDate::fromDays(QDate first, QDate last)
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || last == first)
        return EventDate(DatePoint::day(first));
    if (last < first)
        return {};
    return EventDate(DatePoint::day(first), DatePoint::day(last));
}

EventDate EventDate::parse(QStringView input, QString *error)
{
    // Imported event lists are mostly plain ISO days: skip the general grammar for them.
    if (const DatePoint iso = DatePoint::fromIsoDay(input); iso.isValid())
        return EventDate(iso);

    const QString original = input.toString().simplified();
    QStringView text = original;
    auto invalid = [&](const QString &why) {
        if (error)
            *error = u"%1 is not a date: %2"_s.arg(InputLimits::quoted(original), why);
        return EventDate();
    };

    bool approximate = false;
    for (const char16_t *prefix : kApproximatePrefixes) {
        if (text.startsWith(QStringView(prefix), Qt::CaseInsensitive)) {
            approximate = true;
            text = text.mid(QStringView(prefix).size()).trimmed();
            break;
        }
    }
    bool planned = false;
    static const QRegularExpression plannedSuffix(u"\\s*\\(planned\\)$"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto m = plannedSuffix.match(text); m.hasMatch()) {
        planned = true;
        text.truncate(m.capturedStart());
    }

    // A range: en or em dash (spaced or not), a spaced hyphen, or "to". ISO dates keep
    // their unspaced hyphens.
    static const QRegularExpression separator(u"\\s*[\u2013\u2014]\\s*|\\s+-\\s+|\\s+to\\s+"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    EventDate result;
    QString why;
    if (const auto m = separator.match(text); m.hasMatch()) {
        const DatePoint start = DatePoint::parsePoint(text.left(m.capturedStart()), &why);
        if (!start.isValid())
            return invalid(why);
        const DatePoint end = DatePoint::parsePoint(text.mid(m.capturedEnd()), &why);
        if (!end.isValid())
            return invalid(why);
        if (end.last() < start.first())
            return invalid(u"the range ends before it starts"_s);
        result = EventDate(start, end);
    } else {
        const DatePoint point = DatePoint::parsePoint(text, &why);
        if (!point.isValid())
            return invalid(why);
        result = EventDate(point);
    }
    result.setApproximate(approximate);
    result.setPlanned(planned);
    return result;
}

bool EventDate::isValid() const
{
    return m_start.isValid() && (!m_end.isValid() || m_end.last() >= m_start.first());
}

EventDate::Precision EventDate::precision() const
{
    if (isRange())
        return Precision::Range;
    return Precision(int(m_start.precision()));
}

QString EventDate::precisionName() const
{
    if (isRange())
        return u"range"_s;
    return DatePoint::precisionName(m_start.precision());
}

QString EventDate::label() const
{
    if (!isValid())
        return {};
    QString text =
        isRange() ? m_start.shortLabel() + kRangeSeparator + m_end.shortLabel() : m_start.label();
    if (m_approximate)
        text.prepend(u"c. "_s);
    if (m_planned)
        text.append(u" (planned)"_s);
    return text;
}

bool EventDate::overlaps(const EventDate &other) const
{
    return first() <= other.last() && other.first() <= last();
}

bool EventDate::contains(const EventDate &other) const
{
    return first() <= other.first() && other.last() <= last();
}

bool EventDate::contains(QDate day) const
{
    return first() <= day && day <= last();
}

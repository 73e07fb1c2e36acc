#include "eventdate.h"

#include "inputlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Hedges that mark a date as approximate, longest first so "approx." wins over "approx".
const char16_t *const kApproximatePrefixes[] = {
    u"approximately ", u"approx. ", u"around ", u"about ", u"circa ", u"ca. ", u"c. ", u"c.", u"~"};

const QString kRangeSeparator = u" \u2013 "_s; // en dash with spaces, en-GB style

bool isUpper(EventDate::Bound bound)
{
    return bound == EventDate::Bound::By || bound == EventDate::Bound::Before;
}

EventDate::Bound boundFromWord(QStringView word)
{
    if (word.compare(u"by", Qt::CaseInsensitive) == 0)
        return EventDate::Bound::By;
    if (word.compare(u"before", Qt::CaseInsensitive) == 0)
        return EventDate::Bound::Before;
    if (word.compare(u"after", Qt::CaseInsensitive) == 0)
        return EventDate::Bound::After;
    return EventDate::Bound::Since;
}

QString boundWord(EventDate::Bound bound)
{
    switch (bound) {
    case EventDate::Bound::By:
        return u"by"_s;
    case EventDate::Bound::Before:
        return u"before"_s;
    case EventDate::Bound::After:
        return u"after"_s;
    case EventDate::Bound::Since:
        return u"since"_s;
    case EventDate::Bound::None:
        break;
    }
    return {};
}

} // namespace

EventDate EventDate::openEnded(Bound bound, const DatePoint &point, Bound otherBound,
                               const DatePoint &other)
{
    if (bound == Bound::None || !point.isValid())
        return {};
    EventDate date;
    auto place = [&date](Bound b, const DatePoint &p) {
        Bound &slot = isUpper(b) ? date.m_upperBound : date.m_lowerBound;
        if (slot != Bound::None)
            return false; // two bounds on one side
        slot = b;
        (isUpper(b) ? date.m_end : date.m_start) = p;
        return true;
    };
    place(bound, point);
    if (otherBound != Bound::None && (!other.isValid() || !place(otherBound, other)))
        return {};
    return date;
}

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

    // Open-ended: "by June 2018", "before 14 June 2018", "after March 2017", "since 2016",
    // and at most one more bound on the other side after a comma.
    static const QRegularExpression boundWordRe(u"^(by|before|after|since)\\s+"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextBound(u",\\s*(?=(?:by|before|after|since)\\s)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QString why;
    if (boundWordRe.match(text).hasMatch()) {
        const QStringList parts = text.toString().split(nextBound);
        if (parts.size() > 2)
            return invalid(u"an open-ended date has at most one bound on each side"_s);
        Bound bounds[2] = {Bound::None, Bound::None};
        DatePoint points[2];
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const auto m = boundWordRe.match(parts.at(i));
            bounds[i] = boundFromWord(m.capturedView(1));
            points[i] = DatePoint::parsePoint(QStringView(parts.at(i)).mid(m.capturedEnd()), &why);
            if (!points[i].isValid())
                return invalid(why);
        }
        EventDate result = openEnded(bounds[0], points[0], bounds[1], points[1]);
        if (result.m_upperBound == Bound::None && result.m_lowerBound == Bound::None)
            return invalid(u"an open-ended date has at most one bound on each side"_s);
        if (!result.isValid())
            return invalid(u"the earliest day it allows is after the latest"_s);
        result.setApproximate(approximate);
        result.setPlanned(planned);
        return result;
    }

    // A range: en or em dash (spaced or not), a spaced hyphen, or "to". ISO dates keep
    // their unspaced hyphens.
    static const QRegularExpression separator(u"\\s*[\u2013\u2014]\\s*|\\s+-\\s+|\\s+to\\s+"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    EventDate result;
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

bool EventDate::isValidOpenEnded() const
{
    // Each side has a point exactly when it has a bound.
    if ((m_upperBound != Bound::None) != m_end.isValid() ||
        (m_lowerBound != Bound::None) != m_start.isValid())
        return false;
    return !earliest().isValid() || !latest().isValid() || earliest() <= latest();
}

QDate EventDate::earliest() const
{
    switch (m_lowerBound) {
    case Bound::After:
        return m_start.last().addDays(1);
    case Bound::Since:
        return m_start.first();
    default:
        break;
    }
    return isOpenEnded() ? QDate() : m_start.first();
}

QDate EventDate::latest() const
{
    switch (m_upperBound) {
    case Bound::By:
        return m_end.last();
    case Bound::Before:
        return m_end.first().addDays(-1);
    default:
        break;
    }
    if (isOpenEnded())
        return {};
    return isRange() ? m_end.last() : m_start.last();
}

EventDate::Precision EventDate::precision() const
{
    if (m_upperBound == Bound::By)
        return Precision::By;
    if (m_upperBound == Bound::Before)
        return Precision::Before;
    if (m_lowerBound != Bound::None)
        return Precision::After;
    if (isRange())
        return Precision::Range;
    return Precision(int(m_start.precision()));
}

QString EventDate::precisionName() const
{
    switch (precision()) {
    case Precision::By:
        return u"by"_s;
    case Precision::Before:
        return u"before"_s;
    case Precision::After:
        return u"after"_s;
    default:
        break;
    }
    if (isRange())
        return u"range"_s;
    return DatePoint::precisionName(m_start.precision());
}

QString EventDate::label() const
{
    if (!isValid())
        return {};
    QString text;
    if (isOpenEnded()) {
        // The upper bound first: "by June 2018, after June 2017".
        QStringList parts;
        if (m_upperBound != Bound::None)
            parts.append(boundWord(m_upperBound) + u' ' + m_end.label());
        if (m_lowerBound != Bound::None)
            parts.append(boundWord(m_lowerBound) + u' ' + m_start.label());
        text = parts.join(u", "_s);
    } else {
        text = isRange() ? m_start.shortLabel() + kRangeSeparator + m_end.shortLabel()
                         : m_start.label();
    }
    if (m_approximate)
        text.prepend(u"c. "_s);
    if (m_planned)
        text.append(u" (planned)"_s);
    return text;
}

QString EventDate::phrase() const
{
    if (!isValid())
        return {};
    if (!isOpenEnded() || !m_approximate)
        return label();
    const QString hedge = u" about "_s;
    QStringList parts;
    if (m_upperBound != Bound::None)
        parts.append(boundWord(m_upperBound) + hedge + m_end.label());
    if (m_lowerBound != Bound::None)
        parts.append(boundWord(m_lowerBound) + hedge + m_start.label());
    QString text = parts.join(u", "_s);
    if (m_planned)
        text.append(u" (planned)"_s);
    return text;
}

QString EventDate::described() const
{
    if (!isValid() || !isOpenEnded())
        return phrase();
    // With both sides known the report narrows it down, but still not to a date.
    if (earliest().isValid() && latest().isValid())
        return QCoreApplication::translate("EventDate",
                                           "%1 \u2014 the report does not say exactly when")
            .arg(phrase());
    return QCoreApplication::translate("EventDate", "%1 \u2014 the report does not say when")
        .arg(phrase());
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

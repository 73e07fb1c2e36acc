#include "jsonobjectreader.h"

#include "inputlimits.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString quoted(QLatin1String key)
{
    return u"\""_s + key + u"\""_s;
}

} // namespace

QJsonValue JsonObjectReader::take(QLatin1String key, Need need)
{
    const QJsonValue value = m_object.value(key);
    if (!m_known.contains(key)) {
        m_known.append(key);
        if (!value.isUndefined())
            ++m_present;
    }
    if (value.isUndefined() && need == Need::Required)
        report(key, quoted(key) + u" is missing"_s);
    return value;
}

bool JsonObjectReader::has(QLatin1String key)
{
    return !take(key, Need::Optional).isUndefined();
}

QJsonValue JsonObjectReader::value(QLatin1String key)
{
    return take(key, Need::Optional);
}

QString JsonObjectReader::string(QLatin1String key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        report(key, quoted(key) + u" must be a string"_s);
        return {};
    }
    return checked(key, value.toString());
}

QString JsonObjectReader::checked(QLatin1String key, const QString &text) const
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        report(key, quoted(key) + u" "_s + problem);
        return {};
    }
    return text;
}

QString JsonObjectReader::problemWith(QStringView text)
{
    if (text.size() > InputLimits::kMaxStringLength)
        return u"is longer than the %1 characters allowed"_s.arg(InputLimits::kMaxStringLength);
    if (const QString bad = InputLimits::firstBadCharacter(text); !bad.isEmpty())
        return u"holds %1, which is not text"_s.arg(bad);
    return {};
}

QString JsonObjectReader::text(QLatin1String key)
{
    const QJsonValue value = take(key, Need::Required);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        report(key, quoted(key) + u" must be a string"_s);
        return {};
    }
    if (!problemWith(value.toString()).isEmpty())
        return checked(key, value.toString());
    const QString result = value.toString().trimmed();
    if (result.isEmpty())
        report(key, quoted(key) + u" is empty"_s);
    return result;
}

bool JsonObjectReader::boolean(QLatin1String key)
{
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        report(key, quoted(key) + u" must be true or false"_s);
        return false;
    }
    return value.toBool();
}

QStringList JsonObjectReader::ids(QLatin1String key)
{
    QStringList result = strings(key);
    for (QString &id : result)
        id = id.trimmed();
    return result;
}

QStringList JsonObjectReader::strings(QLatin1String key)
{
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return {};
    QStringList result;
    bool ok = value.isArray();
    if (ok) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            if (!item.isString()) {
                ok = false;
                break;
            }
            if (const QString problem = problemWith(item.toString()); !problem.isEmpty()) {
                report(key, quoted(key) + u" "_s + problem);
                return {};
            }
            result.append(item.toString());
        }
    }
    if (!ok) {
        report(key, quoted(key) + u" must be a list of strings, as in [\"a\", \"b\"]"_s);
        return {};
    }
    return result;
}

QJsonArray JsonObjectReader::array(QLatin1String key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        report(key, quoted(key) + u" must be a list"_s);
        return {};
    }
    return value.toArray();
}

int JsonObjectReader::positiveInteger(QLatin1String key)
{
    const QJsonValue value = take(key, Need::Optional);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > std::numeric_limits<int>::max() ||
        number != double(int(number))) {
        report(key, quoted(key) + u" must be a whole number from 1"_s);
        return 0;
    }
    return int(number);
}

void JsonObjectReader::finish()
{
    if (m_present == m_object.size())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::none_of(m_known.cbegin(), m_known.cend(),
                         [&key](QLatin1String known) { return key == known; }))
            m_sink(key, u"unknown field \""_s + InputLimits::shortened(key) + u"\""_s);
    }
}

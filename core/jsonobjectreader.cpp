#include "jsonobjectreader.h"

#include "domjson.h"
#include "inputlimits.h"

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString quoted(QLatin1String key)
{
    return u"\""_s + key + u"\""_s;
}

} // namespace

template <typename Json>
typename Json::Value BasicJsonObjectReader<Json>::take(QLatin1String key, Need need)
{
    const Value value = Json::find(m_object, key);
    // Compared inline, length first: QLatin1String's operator== is an out-of-line call for
    // each key taken before, and a catalogue's event has a dozen.
    const bool known = std::any_of(m_known.cbegin(), m_known.cend(), [key](QLatin1String k) {
        return k.size() == key.size() &&
               (k.data() == key.data() || std::memcmp(k.data(), key.data(), size_t(k.size())) == 0);
    });
    if (!known) {
        m_known.append(key);
        if (!Json::isAbsent(value))
            ++m_present;
    }
    if (Json::isAbsent(value) && need == Need::Required)
        report(key, quoted(key) + u" is missing"_s);
    return value;
}

template <typename Json>
bool BasicJsonObjectReader<Json>::has(QLatin1String key)
{
    return !Json::isAbsent(take(key, Need::Optional));
}

template <typename Json>
typename Json::Value BasicJsonObjectReader<Json>::value(QLatin1String key)
{
    return take(key, Need::Optional);
}

template <typename Json>
QString BasicJsonObjectReader<Json>::string(QLatin1String key, Need need)
{
    const Value value = take(key, need);
    if (Json::isAbsent(value))
        return {};
    if (!Json::isString(value)) {
        report(key, quoted(key) + u" must be a string"_s);
        return {};
    }
    return checked(key, Json::toString(value));
}

template <typename Json>
QString BasicJsonObjectReader<Json>::checked(QLatin1String key, const QString &text) const
{
    if (const QString problem = problemWith(text); !problem.isEmpty()) {
        report(key, quoted(key) + u" "_s + problem);
        return {};
    }
    return text;
}

template <typename Json>
QString BasicJsonObjectReader<Json>::problemWith(QStringView text)
{
    if (text.size() > InputLimits::kMaxStringLength)
        return u"is longer than the %1 characters allowed"_s.arg(InputLimits::kMaxStringLength);
    if (const QString bad = InputLimits::firstBadCharacter(text); !bad.isEmpty())
        return u"holds %1, which is not text"_s.arg(bad);
    return {};
}

template <typename Json>
QString BasicJsonObjectReader<Json>::text(QLatin1String key)
{
    const Value value = take(key, Need::Required);
    if (Json::isAbsent(value))
        return {};
    if (!Json::isString(value)) {
        report(key, quoted(key) + u" must be a string"_s);
        return {};
    }
    const QString read = Json::toString(value);
    if (!problemWith(read).isEmpty())
        return checked(key, read);
    const QString result = read.trimmed();
    if (result.isEmpty())
        report(key, quoted(key) + u" is empty"_s);
    return result;
}

template <typename Json>
bool BasicJsonObjectReader<Json>::boolean(QLatin1String key)
{
    const Value value = take(key, Need::Optional);
    if (Json::isAbsent(value))
        return false;
    if (!Json::isBool(value)) {
        report(key, quoted(key) + u" must be true or false"_s);
        return false;
    }
    return Json::toBool(value);
}

template <typename Json>
QStringList BasicJsonObjectReader<Json>::ids(QLatin1String key)
{
    QStringList result = strings(key);
    for (QString &id : result)
        id = id.trimmed();
    return result;
}

template <typename Json>
QStringList BasicJsonObjectReader<Json>::strings(QLatin1String key)
{
    const Value value = take(key, Need::Optional);
    if (Json::isAbsent(value))
        return {};
    QStringList result;
    bool ok = Json::isArray(value);
    QString problem;
    if (ok) {
        Json::forEach(Json::toArray(value), [&](const Value &item) {
            if (!ok || !problem.isEmpty())
                return;
            if (!Json::isString(item)) {
                ok = false;
                return;
            }
            result.append(Json::toString(item));
            problem = problemWith(result.constLast());
        });
    }
    if (!ok) {
        report(key, quoted(key) + u" must be a list of strings, as in [\"a\", \"b\"]"_s);
        return {};
    }
    if (!problem.isEmpty()) {
        report(key, quoted(key) + u" "_s + problem);
        return {};
    }
    return result;
}

template <typename Json>
typename Json::Array BasicJsonObjectReader<Json>::array(QLatin1String key, Need need)
{
    const Value value = take(key, need);
    if (Json::isAbsent(value))
        return {};
    if (!Json::isArray(value)) {
        report(key, quoted(key) + u" must be a list"_s);
        return {};
    }
    return Json::toArray(value);
}

template <typename Json>
int BasicJsonObjectReader<Json>::positiveInteger(QLatin1String key)
{
    const Value value = take(key, Need::Optional);
    if (Json::isAbsent(value))
        return 0;
    const double number = Json::isNumber(value) ? Json::toDouble(value) : -1;
    if (number < 1 || number > std::numeric_limits<int>::max() ||
        number != double(int(number))) {
        report(key, quoted(key) + u" must be a whole number from 1"_s);
        return 0;
    }
    return int(number);
}

template <typename Json>
void BasicJsonObjectReader<Json>::finish()
{
    if (m_present == Json::size(m_object))
        return;
    Json::forEachKey(m_object, [this](const QString &key) {
        if (std::none_of(m_known.cbegin(), m_known.cend(),
                         [&key](QLatin1String known) { return key == known; }))
            m_sink(key, u"unknown field \""_s + InputLimits::shortened(key) + u"\""_s);
    });
}

template class BasicJsonObjectReader<QtJson>;
template class BasicJsonObjectReader<DomJson>;

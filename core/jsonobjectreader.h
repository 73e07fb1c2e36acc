#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>

// Reads the members of one JSON object that a file format defines, and reports each thing
// wrong with them: a required member missing, a member of the wrong type, and (finish())
// members the format does not know, so that a misspelt field is never ignored; strings that
// are too long or not whole text (control characters, unpaired surrogates) are reported and
// read as empty.
// Messages name the member ("\"actors\" must be a list of strings"); the sink adds which
// object it is and where. key is the member a message is about (empty: the whole object).
//
// Json says how values of one JSON library are looked at: QtJson (QJsonObject, below) for
// most formats, DomJson (domjson.h, simdjson's DOM) for catalogues, which are large. The
// checks and messages are the same for both.
template <typename Json>
class BasicJsonObjectReader
{
public:
    using Object = typename Json::Object;
    using Value = typename Json::Value;
    using Array = typename Json::Array;
    using Sink = std::function<void(const QString &key, const QString &message)>;
    enum class Need { Optional, Required };

    BasicJsonObjectReader(const Object &object, Sink sink)
        : m_object(object), m_sink(std::move(sink))
    {}

    bool has(QLatin1String key);
    Value value(QLatin1String key);
    QString string(QLatin1String key, Need need = Need::Optional);
    // Required, and not empty or only spaces.
    QString text(QLatin1String key);
    bool boolean(QLatin1String key);
    QStringList strings(QLatin1String key);
    // strings() that name things defined elsewhere by their text() id, so trimmed as that is:
    // " nhs-england" and "nhs-england" are the same actor.
    QStringList ids(QLatin1String key);
    Array array(QLatin1String key, Need need = Need::Optional);
    // A whole number of at least 1; 0 when absent or wrong.
    int positiveInteger(QLatin1String key);

    // Reports every member not asked for.
    void finish();

    void report(const QString &message) const { m_sink(QString(), message); }

    // Why a string read from a file is refused (longer than InputLimits::kMaxStringLength, a
    // control character, an unpaired surrogate); empty when it is fine.
    static QString problemWith(QStringView text);

private:
    void report(QLatin1String key, const QString &message) const { m_sink(key, message); }
    // text, or empty after reporting that it is too long or not whole text.
    QString checked(QLatin1String key, const QString &text) const;
    Value take(QLatin1String key, Need need);

    const Object &m_object;
    Sink m_sink;
    QVarLengthArray<QLatin1String, 12> m_known;
    qsizetype m_present = 0; // how many of the known keys the object has
};

// Qt's JSON classes as BasicJsonObjectReader sees them.
struct QtJson
{
    using Object = QJsonObject;
    using Value = QJsonValue;
    using Array = QJsonArray;

    static Value find(const Object &object, QLatin1String key) { return object.value(key); }
    static bool isAbsent(const Value &value) { return value.isUndefined(); }
    static bool isString(const Value &value) { return value.isString(); }
    static QString toString(const Value &value) { return value.toString(); }
    static bool isBool(const Value &value) { return value.isBool(); }
    static bool toBool(const Value &value) { return value.toBool(); }
    static bool isArray(const Value &value) { return value.isArray(); }
    static Array toArray(const Value &value) { return value.toArray(); }
    static bool isNumber(const Value &value) { return value.isDouble(); }
    static double toDouble(const Value &value) { return value.toDouble(); }
    template <typename F>
    static void forEach(const Array &array, F f)
    {
        for (const QJsonValue &item : array)
            f(item);
    }
    static qsizetype size(const Object &object) { return object.size(); }
    template <typename F>
    static void forEachKey(const Object &object, F f)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            f(it.key());
    }
};

extern template class BasicJsonObjectReader<QtJson>;
using JsonObjectReader = BasicJsonObjectReader<QtJson>;

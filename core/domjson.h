#pragma once

#include "jsonobjectreader.h"

#include <QString>

#include <simdjson.h>

#include <string_view>

// simdjson's DOM as BasicJsonObjectReader sees it: for catalogues, whose tens of megabytes
// QJsonDocument takes seconds to build a tree of. The DOM stays owned by the JsonFile it
// came from (JsonFile::dom()); these are views into it.
struct DomJson
{
    using Object = simdjson::dom::object;

    // A member's value, or absent.
    struct Value
    {
        simdjson::dom::element element;
        bool present = false;
    };

    // An array, or none (empty).
    class Array
    {
    public:
        Array() = default;
        explicit Array(simdjson::dom::array array) : m_array(array), m_present(true) {}
        qsizetype size() const { return m_present ? qsizetype(m_array.size()) : 0; }
        bool isEmpty() const { return size() == 0; }
        simdjson::dom::array::iterator begin() const
        {
            return m_present ? m_array.begin() : simdjson::dom::array::iterator();
        }
        simdjson::dom::array::iterator end() const
        {
            return m_present ? m_array.end() : simdjson::dom::array::iterator();
        }

    private:
        simdjson::dom::array m_array;
        bool m_present = false;
    };

    static QString toQString(std::string_view utf8)
    {
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    }
    static Value wrap(simdjson::dom::element element) { return {element, true}; }

    // The last member of that name, as QJsonObject keeps it (JsonFile reports the others).
    static Value find(const Object &object, QLatin1String key)
    {
        const std::string_view name(key.data(), size_t(key.size()));
        Value found;
        for (const simdjson::dom::key_value_pair field : object) {
            if (field.key == name)
                found = {field.value, true};
        }
        return found;
    }
    static bool isAbsent(const Value &value) { return !value.present; }
    static bool isString(const Value &value) { return value.present && value.element.is_string(); }
    static QString toString(const Value &value)
    {
        std::string_view text;
        return isString(value) && !value.element.get_string().get(text) ? toQString(text)
                                                                        : QString();
    }
    static bool isBool(const Value &value) { return value.present && value.element.is_bool(); }
    static bool toBool(const Value &value)
    {
        bool b = false;
        return isBool(value) && !value.element.get_bool().get(b) && b;
    }
    static bool isArray(const Value &value) { return value.present && value.element.is_array(); }
    static Array toArray(const Value &value)
    {
        simdjson::dom::array array;
        return isArray(value) && !value.element.get_array().get(array) ? Array(array) : Array();
    }
    static bool isNumber(const Value &value) { return value.present && value.element.is_number(); }
    static double toDouble(const Value &value)
    {
        double number = 0;
        return isNumber(value) && !value.element.get_double().get(number) ? number : 0;
    }
    template <typename F>
    static void forEach(const Array &array, F f)
    {
        for (const simdjson::dom::element item : array)
            f(wrap(item));
    }
    static qsizetype size(const Object &object) { return qsizetype(object.size()); }
    template <typename F>
    static void forEachKey(const Object &object, F f)
    {
        for (const simdjson::dom::key_value_pair field : object)
            f(toQString(field.key));
    }
};

extern template class BasicJsonObjectReader<DomJson>;
using DomObjectReader = BasicJsonObjectReader<DomJson>;

#include "eventlistjsonparser.h"

#include "jsonoutline.h"

#include <simdjson.h>

#include <QByteArray>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

using namespace std::string_view_literals;

namespace {

// UTF-8 from simdjson (which has checked it) as UTF-16 in a buffer used again for each event.
// QJsonDocument drops a byte order mark at the start of a string: leave that to it.
bool toUtf16(std::string_view utf8, QString *out)
{
    if (utf8.substr(0, 3) == "\xEF\xBB\xBF"sv)
        return false;
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(),
                                   [](char c) { return (uchar(c) & 0x80) == 0; });
    if (!ascii) {
        *out = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        return true;
    }
    out->resize(qsizetype(utf8.size()));
    char16_t *data = reinterpret_cast<char16_t *>(out->data());
    for (size_t i = 0; i < utf8.size(); ++i)
        data[i] = char16_t(uchar(utf8[i]));
    return true;
}

// Doubles hold every whole number below 2^53 exactly, as the general reader needs.
constexpr qint64 kLargestExactId = qint64(1) << 53;

// simdjson's DOM parser, which picks the fastest code for the processor when it runs (its
// On-Demand front end is compiled for the build's baseline, plain x86-64 on Debian).
class EventReader
{
public:
    bool title(std::string_view raw, QString *title)
    {
        simdjson::dom::element document;
        std::string_view value;
        return !parse({}, raw, {}).get(document) && !document.get_string().get(value) &&
               toUtf16(value, title);
    }

    bool batch(std::string_view body, qsizetype count, const EventListJsonParser::RowSink &sink)
    {
        simdjson::dom::element document;
        simdjson::dom::array events;
        if (parse("["sv, body, "]"sv).get(document) || document.get_array().get(events) ||
            qsizetype(events.size()) != count)
            return false;
        for (simdjson::dom::element element : events) {
            simdjson::dom::object object;
            if (element.get_object().get(object) || !event(object, sink))
                return false;
        }
        return true;
    }

private:
    enum Member { Id, Start, End, Title, Group, Category, MemberCount };

    simdjson::simdjson_result<simdjson::dom::element> parse(std::string_view prefix,
                                                            std::string_view body,
                                                            std::string_view suffix)
    {
        m_buffer.clear();
        m_buffer.reserve(prefix.size() + body.size() + suffix.size() + simdjson::SIMDJSON_PADDING);
        m_buffer.append(prefix).append(body).append(suffix);
        return m_parser.parse(m_buffer.data(), m_buffer.size(), false);
    }

    bool event(simdjson::dom::object object, const EventListJsonParser::RowSink &sink)
    {
        unsigned seen = 0;
        for (QString &text : m_text)
            text.resize(0);
        for (const simdjson::dom::key_value_pair field : object) {
            const int member = memberOf(field.key);
            if (member < 0 || (seen & (1u << member)))
                return false;
            seen |= 1u << member;
            const simdjson::dom::element value = field.value;
            switch (value.type()) {
            case simdjson::dom::element_type::INT64: {
                const int64_t number = int64_t(value);
                if (member != Id || number >= kLargestExactId || number <= -kLargestExactId)
                    return false;
                m_text[Id] = QString::number(qint64(number));
                break;
            }
            case simdjson::dom::element_type::NULL_VALUE:
                if (member != End)
                    return false;
                break;
            case simdjson::dom::element_type::STRING:
                if (!toUtf16(std::string_view(value), &m_text[member]))
                    return false;
                break;
            default:
                return false; // other numbers, booleans, arrays, objects: the general reader
            }
        }
        return sink({m_text[Id], m_text[Start], m_text[End], m_text[Title], m_text[Group],
                     m_text[Category]});
    }

    static int memberOf(std::string_view key)
    {
        static constexpr std::array<std::string_view, MemberCount> names = {
            "id"sv, "start"sv, "end"sv, "title"sv, "group"sv, "category"sv};
        const auto found = std::find(names.cbegin(), names.cend(), key);
        return found == names.cend() ? -1 : int(found - names.cbegin());
    }

    simdjson::dom::parser m_parser;
    std::string m_buffer; // the text with the padding simdjson needs after it
    std::array<QString, MemberCount> m_text;
};

} // namespace

bool EventListJsonParser::parse(QByteArrayView utf8, QString *title, const RowSink &sink)
{
    EventReader reader;
    JsonOutline outline(std::string_view(utf8.data(), size_t(utf8.size())),
                        JsonOutline::Members::Title, [&](std::string_view events, qsizetype count) {
                            return reader.batch(events, count, sink);
                        });
    return outline.read() && (!outline.title() || reader.title(*outline.title(), title));
}

bool EventListJsonParser::parse(const ByteSource &source, QString *title, const RowSink &sink)
{
    EventReader reader;
    JsonOutline outline(source, [&](std::string_view events, qsizetype count) {
        return reader.batch(events, count, sink);
    });
    return outline.read() && (!outline.title() || reader.title(*outline.title(), title));
}

#include "eventlistjsonparser.h"

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

// Events handed to simdjson at a time: enough to amortise a parse, few enough that its index
// of the text (four bytes per structural character) stays small at a million events.
constexpr qsizetype kBatchBytes = qsizetype(1) << 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Finds where the root object's members and the events' objects begin and end, without
// checking what is inside them: simdjson checks that. Declines whatever does not have the
// outline {"title": …, "events": [ {…}, … ]} (in any order, each at most once).
// It reads either a text held whole or a stream, through a window that moves on as the
// stream is read: positions are offsets into the whole text, and what comes before mark has
// been handed over and may be dropped, so a stream is never held whole.
class Outline
{
public:
    // Receives the raw text of consecutive events, with the commas between them, and how many.
    using BatchSink = std::function<bool(std::string_view events, qsizetype count)>;

    Outline(std::string_view text, BatchSink sink) : m_window(text), m_sink(std::move(sink)) {}
    Outline(const EventListJsonParser::ByteSource &source, BatchSink sink)
        : m_source(&source), m_sink(std::move(sink))
    {}

    std::optional<std::string> title; // the raw value

    bool read()
    {
        while (end() < 3 && refill()) {
        }
        if (m_window.substr(0, 3) == "\xEF\xBB\xBF"sv)
            m_pos = 3; // as QString::fromUtf8 drops it for the general reader
        skipSpace();
        if (!take('{'))
            return false;
        bool sawEvents = false;
        bool sawTitle = false;
        skipSpace();
        if (!take('}')) {
            do {
                skipSpace();
                std::string_view key;
                if (!plainKey(&key))
                    return false;
                const bool isEvents = key == "events"sv, isTitle = key == "title"sv;
                skipSpace();
                if (!take(':'))
                    return false;
                skipSpace();
                if (isEvents && !sawEvents) {
                    sawEvents = true;
                    if (!events())
                        return false;
                } else if (isTitle && !sawTitle) {
                    sawTitle = true;
                    const size_t start = m_mark = m_pos;
                    if (!skipValue() || m_pos == start)
                        return false;
                    title = std::string(text(start, m_pos));
                } else {
                    return false; // another member, or one twice: the general reader says so
                }
                skipSpace();
            } while (take(','));
            if (!take('}'))
                return false;
        }
        skipSpace();
        return sawEvents && !more() && !m_failed;
    }

private:
    // The events' array, from its '[': each event's object found by the braces outside
    // strings, 64 bytes at a time (as simdjson's first stage finds them), and handed over in
    // batches of about kBatchBytes. What lies between the events (a comma and spaces) is
    // checked here, since simdjson sees only the batches.
    bool events()
    {
        if (!take('['))
            return false;
        size_t gapStart = m_pos; // after '[' or the last event's '}'
        size_t batchStart = 0;
        size_t batchEnd = 0;
        qsizetype count = 0; // in the batch
        bool first = true;   // no event yet
        int depth = 0;       // of braces, within an event
        BlockState state;
        size_t block = m_pos;
        while (true) {
            m_mark = count > 0 ? batchStart : gapStart;
            std::array<char, kBlock> padded;
            const char *bytes = nullptr;
            while (block + kBlock > end() && refill()) {
            }
            if (block + kBlock <= end()) {
                bytes = m_window.data() + (block - m_base);
            } else { // the last bytes of the text, padded with spaces
                if (block >= end())
                    return false; // no ']'
                padded.fill(' ');
                std::memcpy(padded.data(), m_window.data() + (block - m_base), end() - block);
                bytes = padded.data();
            }
            for (quint64 bits = state.structure(bytes); bits; bits &= bits - 1) {
                const size_t at = block + size_t(std::countr_zero(bits));
                const char c = bytes[at - block];
                if (c == '{') {
                    if (depth++ > 0)
                        continue;
                    if (!isGap(gapStart, at, !first))
                        return false;
                    first = false;
                    if (count == 0)
                        batchStart = at;
                    ++count;
                } else if (c == '}') {
                    if (depth == 0)
                        return false;
                    if (--depth > 0)
                        continue;
                    batchEnd = gapStart = at + 1;
                    if (qsizetype(batchEnd - batchStart) > kBatchBytes) {
                        if (!m_sink(text(batchStart, batchEnd), count))
                            return false;
                        count = 0;
                    }
                } else if (depth > 0) {
                    continue; // brackets inside an event: simdjson checks them
                } else if (c == ']') {
                    if (!isGap(gapStart, at, false))
                        return false;
                    m_pos = at + 1;
                    return count == 0 || m_sink(text(batchStart, batchEnd), count);
                } else {
                    return false; // '[' between events: not an object
                }
            }
            block += kBlock;
        }
    }

    // Whether [from, to) holds only spaces, with one comma when there must be one.
    bool isGap(size_t from, size_t to, bool comma) const
    {
        for (size_t i = from; i < to; ++i) {
            const char c = at(i);
            if (c == ',' && comma)
                comma = false;
            else if (!isSpace(c))
                return false;
        }
        return !comma;
    }

    static constexpr size_t kBlock = 64;

    // What carries from one 64-byte block to the next: whether it ends inside a string, and
    // whether its last backslash escapes the next block's first byte.
    struct BlockState
    {
        quint64 inString = 0; // all ones or none
        quint64 escaped = 0;  // 1 or 0

        // The braces and brackets of the block outside strings, one bit per byte.
        quint64 structure(const char *bytes)
        {
            quint64 quotes, backslashes, brackets;
            classify(bytes, &quotes, &backslashes, &brackets);
            // As simdjson does: a backslash escapes the next byte unless it is itself escaped,
            // that is, in a run of backslashes, every other one from the run's start escapes.
            backslashes &= ~escaped;
            const quint64 followsEscape = backslashes << 1 | escaped;
            constexpr quint64 even = 0x5555555555555555ULL;
            const quint64 oddStarts = backslashes & ~even & ~followsEscape;
            quint64 evenStarts;
            escaped = __builtin_add_overflow(oddStarts, backslashes, &evenStarts) ? 1 : 0;
            const quint64 escapedBytes = (even ^ (evenStarts << 1)) & followsEscape;
            quotes &= ~escapedBytes;
            // Each byte from an opening quote up to its closing one: the prefix XOR of quotes.
            quint64 strings = quotes;
            for (int shift = 1; shift < 64; shift *= 2)
                strings ^= strings << shift;
            strings ^= inString;
            inString = quint64(qint64(strings) >> 63);
            return brackets & ~strings;
        }

        static void classify(const char *bytes, quint64 *quotes, quint64 *backslashes,
                             quint64 *brackets)
        {
#if defined(__SSE2__)
            const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                          open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'),
                          openArray = _mm_set1_epi8('['), closeArray = _mm_set1_epi8(']');
            *quotes = *backslashes = *brackets = 0;
            for (int k = 0; k < 4; ++k) {
                const __m128i v =
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + 16 * k));
                const auto mask = [](__m128i m) { return quint64(quint16(_mm_movemask_epi8(m))); };
                *quotes |= mask(_mm_cmpeq_epi8(v, quote)) << (16 * k);
                *backslashes |= mask(_mm_cmpeq_epi8(v, backslash)) << (16 * k);
                *brackets |=
                    mask(_mm_or_si128(
                        _mm_or_si128(_mm_cmpeq_epi8(v, open), _mm_cmpeq_epi8(v, close)),
                        _mm_or_si128(_mm_cmpeq_epi8(v, openArray), _mm_cmpeq_epi8(v, closeArray))))
                    << (16 * k);
            }
#else
            *quotes = *backslashes = *brackets = 0;
            for (size_t i = 0; i < kBlock; ++i) {
                const char c = bytes[i];
                *quotes |= quint64(c == '"') << i;
                *backslashes |= quint64(c == '\\') << i;
                *brackets |= quint64(c == '{' || c == '}' || c == '[' || c == ']') << i;
            }
#endif
        }
    };

    // A key without escapes; one with them goes to the general reader. *key is valid until
    // the window next moves.
    bool plainKey(std::string_view *key)
    {
        if (!take('"'))
            return false;
        m_mark = m_pos;
        const size_t end = findQuoteOrBackslash(m_pos);
        if (end == std::string_view::npos || at(end) != '"')
            return false;
        *key = text(m_pos, end);
        m_pos = end + 1;
        return true;
    }

    size_t end() const { return m_base + m_window.size(); }
    char at(size_t position) const { return m_window[position - m_base]; }
    std::string_view text(size_t from, size_t to) const
    {
        return m_window.substr(from - m_base, to - from);
    }

    // Whether there is text at m_pos, reading on when it is past the window.
    bool more()
    {
        while (m_pos >= end()) {
            if (!refill())
                return false;
        }
        return true;
    }

    // Reads the next piece of the stream after what is held; false at the end of the text (or
    // of a stream that failed).
    bool refill()
    {
        if (!m_source || m_ended)
            return false;
        // What is before mark goes once it is at least half of what is held, or the piece
        // would not fit otherwise: a piece of a few bytes does not move a batch along each
        // time, and the buffer, made once, is used again rather than grown.
        if (m_buffer.capacity() == 0)
            m_buffer.reserve(2 * (kBatchBytes + kLargestPiece));
        const qsizetype dropped = qsizetype(m_mark - m_base);
        if (dropped > 0 && (dropped >= m_buffer.size() / 2 ||
                            m_buffer.size() + m_piece > m_buffer.capacity())) {
            // Moved down by hand: QByteArray::remove(0, n) moves the array's start instead,
            // and the next resize then allocates a new buffer (fresh pages) and copies.
            std::memmove(m_buffer.data(), m_buffer.constData() + dropped,
                         size_t(m_buffer.size() - dropped));
            m_buffer.truncate(m_buffer.size() - dropped);
            m_base = m_mark;
        }
        const qsizetype held = m_buffer.size();
        m_buffer.resize(held + m_piece); // not filled: read into
        const qsizetype n = (*m_source)(m_buffer.data() + held, m_piece);
        m_buffer.resize(held + std::max<qsizetype>(n, 0));
        m_window = std::string_view(m_buffer.constData(), size_t(m_buffer.size()));
        if (n <= 0) {
            m_ended = true;
            m_failed = n < 0;
            return false;
        }
        // Small pieces first, so that a file that is not an event list costs little.
        m_piece = std::min(m_piece * 2, kLargestPiece);
        return true;
    }

    // The first '"' or '\\' from `from` on, reading on as needed; or npos. Eight bytes at a
    // time: most strings are short, and two memchr calls for each cost more than the string.
    size_t findQuoteOrBackslash(size_t from)
    {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        while (true) {
            const char *window = m_window.data();
            const size_t size = m_window.size();
            size_t i = from - m_base;
            // The lowest byte is the first only on a little-endian machine.
            for (; std::endian::native == std::endian::little && i + 8 <= size; i += 8) {
                quint64 word;
                std::memcpy(&word, window + i, 8);
                const quint64 quotes = word ^ (ones * uchar('"'));
                const quint64 backslashes = word ^ (ones * uchar('\\'));
                // A zero byte of either sets its high bit here; the lowest one set is exact.
                const quint64 zeros = ((quotes - ones) & ~quotes & highs) |
                                      ((backslashes - ones) & ~backslashes & highs);
                if (zeros)
                    return m_base + i + size_t(std::countr_zero(zeros) / 8);
            }
            for (; i < size; ++i) {
                if (window[i] == '"' || window[i] == '\\')
                    return m_base + i;
            }
            from = std::max(from, end());
            if (!refill())
                return std::string_view::npos;
        }
    }

    // Past one value: a string, a scalar, or brackets balanced outside strings.
    bool skipValue()
    {
        int depth = 0;
        while (more()) {
            const char c = at(m_pos);
            if (c == '"') {
                if (!skipString())
                    return false;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_pos;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                --depth;
                ++m_pos;
            } else if (depth == 0 && (c == ',' || isSpace(c))) {
                return true;
            } else {
                ++m_pos;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return true;
        }
        return depth == 0 && !m_failed;
    }

    bool skipString()
    {
        ++m_pos; // the opening quote
        while (true) {
            const size_t found = findQuoteOrBackslash(m_pos);
            if (found == std::string_view::npos)
                return false;
            if (at(found) == '"') {
                m_pos = found + 1;
                return true;
            }
            m_pos = found + 2; // a backslash and what it escapes; past the end, none is found
        }
    }

    void skipSpace()
    {
        while (more() && isSpace(at(m_pos)))
            ++m_pos;
    }

    bool take(char c)
    {
        if (more() && at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    static constexpr qsizetype kFirstPiece = qsizetype(64) << 10;
    static constexpr qsizetype kLargestPiece = qsizetype(4) << 20;

    std::string_view m_window; // the text from m_base on that is held
    size_t m_base = 0;
    size_t m_pos = 0;
    size_t m_mark = 0; // what is before it may be dropped
    const EventListJsonParser::ByteSource *m_source = nullptr; // null: the window is the text
    QByteArray m_buffer;                                       // the window, for a stream
    qsizetype m_piece = kFirstPiece;
    bool m_ended = false;
    bool m_failed = false;
    BatchSink m_sink;
};

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
    Outline outline(std::string_view(utf8.data(), size_t(utf8.size())),
                    [&](std::string_view events, qsizetype count) {
                        return reader.batch(events, count, sink);
                    });
    return outline.read() && (!outline.title || reader.title(*outline.title, title));
}

bool EventListJsonParser::parse(const ByteSource &source, QString *title, const RowSink &sink)
{
    EventReader reader;
    Outline outline(source, [&](std::string_view events, qsizetype count) {
        return reader.batch(events, count, sink);
    });
    return outline.read() && (!outline.title || reader.title(*outline.title, title));
}

#include "jsonoutline.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <vector>

using namespace std::string_view_literals;

namespace {

constexpr size_t kBlock = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

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
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + 16 * k));
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

} // namespace

JsonOutline::JsonOutline(std::string_view text, Members members, BatchSink sink,
                         qsizetype batchBytes)
    : m_window(text), m_members(members), m_batchBytes(batchBytes), m_sink(std::move(sink))
{}

JsonOutline::JsonOutline(const ByteSource &source, BatchSink sink)
    : m_source(&source), m_sink(std::move(sink))
{}

bool JsonOutline::read()
{
    while (end() < 3 && refill()) {
    }
    if (m_window.substr(0, 3) == "\xEF\xBB\xBF"sv)
        m_pos = 3; // as QString::fromUtf8 drops it for the general reader
    skipSpace();
    if (!take('{'))
        return false;
    bool sawEvents = false;
    std::vector<std::string> seen; // the other members' keys
    skipSpace();
    if (!take('}')) {
        do {
            skipSpace();
            std::string_view key;
            if (!plainKey(&key))
                return false;
            const bool isEvents = key == "events"sv;
            if (!isEvents) {
                // Another member, or one twice: the general reader says so.
                if ((m_members == Members::Title && key != "title"sv) ||
                    std::find(seen.cbegin(), seen.cend(), key) != seen.cend())
                    return false;
                seen.emplace_back(key);
            }
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            if (isEvents) {
                if (sawEvents)
                    return false;
                sawEvents = true;
                m_eventsOpen = m_pos;
                if (!events())
                    return false;
                m_eventsClose = m_pos - 1;
            } else {
                const size_t start = m_mark = m_pos;
                if (!skipValue() || m_pos == start)
                    return false;
                if (m_members == Members::Title)
                    m_title = std::string(text(start, m_pos));
            }
            skipSpace();
        } while (take(','));
        if (!take('}'))
            return false;
    }
    skipSpace();
    return sawEvents && !more() && !m_failed;
}

bool JsonOutline::events()
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
                if (qsizetype(batchEnd - batchStart) > m_batchBytes) {
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

bool JsonOutline::isGap(size_t from, size_t to, bool comma) const
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

bool JsonOutline::plainKey(std::string_view *key)
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

std::string_view JsonOutline::text(size_t from, size_t to) const
{
    return m_window.substr(from - m_base, to - from);
}

bool JsonOutline::more()
{
    while (m_pos >= end()) {
        if (!refill())
            return false;
    }
    return true;
}

bool JsonOutline::refill()
{
    if (!m_source || m_ended)
        return false;
    // What is before mark goes once it is at least half of what is held, or the piece
    // would not fit otherwise: a piece of a few bytes does not move a batch along each
    // time, and the buffer, made once, is used again rather than grown.
    if (m_buffer.capacity() == 0)
        m_buffer.reserve(2 * (kBatchBytes + kLargestPiece));
    const qsizetype dropped = qsizetype(m_mark - m_base);
    if (dropped > 0 &&
        (dropped >= m_buffer.size() / 2 || m_buffer.size() + m_piece > m_buffer.capacity())) {
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

size_t JsonOutline::findQuoteOrBackslash(size_t from)
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
            const quint64 zeros =
                ((quotes - ones) & ~quotes & highs) | ((backslashes - ones) & ~backslashes & highs);
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

bool JsonOutline::skipValue()
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

bool JsonOutline::skipString()
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

void JsonOutline::skipSpace()
{
    while (more() && isSpace(at(m_pos)))
        ++m_pos;
}

bool JsonOutline::take(char c)
{
    if (more() && at(m_pos) == c) {
        ++m_pos;
        return true;
    }
    return false;
}

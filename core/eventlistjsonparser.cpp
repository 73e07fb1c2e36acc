#include "eventlistjsonparser.h"

#include "sourcedocument.h"

#include <QStringDecoder>

#include <array>
#include <cstring>
#include <string_view>

using namespace std::string_view_literals;

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(uint unit, QByteArray *out)
{
    if (unit < 0x80) {
        out->append(char(unit));
    } else if (unit < 0x800) {
        out->append(char(0xC0 | (unit >> 6)));
        out->append(char(0x80 | (unit & 0x3F)));
    } else {
        out->append(char(0xE0 | (unit >> 12)));
        out->append(char(0x80 | ((unit >> 6) & 0x3F)));
        out->append(char(0x80 | (unit & 0x3F)));
    }
}

// Valid UTF-8 into *out; false when it is malformed, which the general reader reports.
bool decodeUtf8(std::string_view bytes, QString *out)
{
    if (SourceDocument::firstMalformedUtf8Byte(
            QByteArray::fromRawData(bytes.data(), qsizetype(bytes.size()))) >= 0)
        return false;
    // A U+FEFF inside a string is text, not a byte order mark.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    *out = decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return true;
}

// Whether none of the eight bytes at p is a quote, a backslash, a control character or
// non-ASCII, tested all at once: strings are most of an event list.
bool plainBytes(const char *p)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 high = 0x8080808080808080ULL;
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    auto hasZeroByte = [](quint64 v) { return ((v - ones) & ~v & high) != 0; };
    // With no high bit set, (word - 0x20 in each byte) sets a high bit where a byte is below it.
    return (word & high) == 0 && ((word - ones * 0x20) & ~word & high) == 0 &&
           !hasZeroByte(word ^ (ones * '"')) && !hasZeroByte(word ^ (ones * '\\'));
}

// A JSON string as it stands between its quotes.
struct RawString
{
    std::string_view bytes;
    bool escaped = false; // holds a backslash
    bool ascii = true;
};

class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text)
    {
        // QString::fromUtf8, which the general reader uses, drops a leading byte order mark.
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF"sv)
            m_pos = 3;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }
    // Skips spaces, then takes c if it is next.
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }

    // A string, undecoded: the bytes up to the closing quote.
    bool rawString(RawString *value)
    {
        if (!take('"'))
            return false;
        *value = {};
        const size_t start = m_pos;
        unsigned char high = 0;
        while (m_pos < m_text.size()) {
            if (m_pos + 8 <= m_text.size() && plainBytes(m_text.data() + m_pos)) {
                m_pos += 8;
                continue;
            }
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                value->bytes = m_text.substr(start, m_pos - start);
                value->ascii = high < 0x80;
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                value->escaped = true;
                if (++m_pos >= m_text.size())
                    return false; // the escape is checked when decoding
            } else if (c < 0x20) {
                return false;
            }
            high |= c;
            ++m_pos;
        }
        return false;
    }

    // A string decoded into *out.
    bool string(QString *out)
    {
        RawString raw;
        return rawString(&raw) && decode(raw, out);
    }

    static bool decode(const RawString &raw, QString *out)
    {
        // QJsonDocument drops a byte order mark written raw at the start of a string (and
        // keeps an escaped one): leave that to the general reader rather than copy it.
        if (!raw.ascii && raw.bytes.substr(0, 3) == "\xEF\xBB\xBF"sv)
            return false;
        if (raw.escaped)
            return unescape(raw.bytes, out);
        if (raw.ascii) {
            *out = QLatin1String(raw.bytes.data(), qsizetype(raw.bytes.size()));
            return true;
        }
        return decodeUtf8(raw.bytes, out);
    }

    // A whole number as written: no sign, fraction, exponent or leading zero, at most 15
    // digits, so that it reads the same as the general reader's double would.
    bool integer(QString *digits)
    {
        skipSpace();
        const size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        const size_t length = m_pos - start;
        if (length == 0 || length > 15 || (length > 1 && m_text[start] == '0'))
            return false;
        if (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '.' || c == 'e' || c == 'E')
                return false;
        }
        *digits = QLatin1String(m_text.data() + start, qsizetype(length));
        return true;
    }

    bool null()
    {
        skipSpace();
        if (m_text.substr(m_pos, 4) == "null"sv) {
            m_pos += 4;
            return true;
        }
        return false;
    }

private:
    // Resolves the escapes into UTF-8, then decodes that.
    static bool unescape(std::string_view text, QString *out)
    {
        QByteArray bytes;
        bytes.reserve(qsizetype(text.size()));
        size_t pos = 0;
        while (pos < text.size()) {
            const char c = text[pos++];
            if (c != '\\') {
                bytes.append(c);
                continue;
            }
            const char e = text[pos++]; // rawString() saw a character after each backslash
            switch (e) {
            case '"':
            case '\\':
            case '/':
                bytes.append(e);
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u': {
                uint unit = 0;
                for (int k = 0; k < 4; ++k) {
                    const int digit = pos < text.size() ? hexValue(text[pos]) : -1;
                    if (digit < 0)
                        return false;
                    unit = unit * 16 + uint(digit);
                    ++pos;
                }
                if (QChar::isSurrogate(unit))
                    return false; // leave pairing surrogates to the general reader
                appendUtf8(unit, &bytes);
                break;
            }
            default:
                return false;
            }
        }
        return decodeUtf8(std::string_view(bytes.constData(), size_t(bytes.size())), out);
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

// Whether a member name is name, compared undecoded where it has no escapes.
bool isKey(const RawString &key, std::string_view name, QString *storage)
{
    if (!key.escaped)
        return key.bytes == name;
    return Scanner::decode(key, storage) &&
           *storage == QLatin1String(name.data(), qsizetype(name.size()));
}

enum Member { Id, Start, End, Title, Group, Category, MemberCount };
constexpr std::array<std::string_view, MemberCount> kMembers = {"id"sv,    "start"sv, "end"sv,
                                                                "title"sv, "group"sv, "category"sv};

// The member named key, or MemberCount. Members mostly come in the generator's order, so the
// one after the member before is tried first.
int memberNamed(const RawString &key, int before, QString *storage)
{
    for (int k = 1; k <= MemberCount; ++k) {
        const int member = (before + k) % MemberCount;
        if (isKey(key, kMembers[member], storage))
            return member;
    }
    return MemberCount;
}

// Decoded text of each member of the current event, reused from one event to the next.
using Storage = std::array<QString, MemberCount>;

bool readEvent(Scanner &in, EventListJsonParser::Row *row, Storage *storage)
{
    if (!in.take('{'))
        return false;
    *row = {};
    std::array<bool, MemberCount> seen = {};
    if (in.take('}'))
        return true;
    QString keyStorage;
    int member = MemberCount - 1;
    do {
        RawString key;
        if (!in.rawString(&key) || !in.take(':'))
            return false;
        member = memberNamed(key, member, &keyStorage);
        if (member == MemberCount || seen[member])
            return false; // unknown or repeated: the general reader says which
        seen[member] = true;
        if (member == End && !in.peek('"')) {
            if (!in.null())
                return false;
            continue; // null: no end
        }
        QString &text = (*storage)[member];
        if (!(member == Id && !in.peek('"') ? in.integer(&text) : in.string(&text)))
            return false;
        QStringView *field[] = {&row->id,    &row->start, &row->end,
                                &row->title, &row->group, &row->category};
        *field[member] = text;
    } while (in.take(','));
    return in.take('}');
}

} // namespace

bool EventListJsonParser::parse(QByteArrayView utf8, QString *title, const RowSink &sink)
{
    Scanner in(std::string_view(utf8.data(), size_t(utf8.size())));
    if (!in.take('{'))
        return false;
    bool seenEvents = false;
    bool seenTitle = false;
    QString keyStorage;
    if (!in.take('}')) {
        do {
            RawString key;
            if (!in.rawString(&key) || !in.take(':'))
                return false;
            if (isKey(key, "title"sv, &keyStorage) && !seenTitle) {
                seenTitle = true;
                if (!in.string(title))
                    return false;
            } else if (isKey(key, "events"sv, &keyStorage) && !seenEvents) {
                seenEvents = true;
                if (!in.take('['))
                    return false;
                if (in.take(']'))
                    continue;
                Row row;
                Storage storage;
                do {
                    if (!readEvent(in, &row, &storage) || !sink(row))
                        return false;
                } while (in.take(','));
                if (!in.take(']'))
                    return false;
            } else {
                return false;
            }
        } while (in.take(','));
        if (!in.take('}'))
            return false;
    }
    return seenEvents && in.atEnd();
}

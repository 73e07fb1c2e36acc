#include "eventlistjsonparser.h"

#include <array>

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\t')
                return;
            ++m_pos;
        }
    }
    // Skips spaces, then takes c if it is next.
    bool take(char16_t c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peek(char16_t c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }

    // A string: a view of the text when it has no escapes, else decoded into *storage.
    bool string(QStringView *value, QString *storage)
    {
        if (!take(u'"'))
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                *value = m_text.mid(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == u'\\')
                return escapedString(start, value, storage);
            if (c < 0x20)
                return false;
            ++m_pos;
        }
        return false;
    }

    // A whole number as written: no sign, fraction, exponent or leading zero, at most 15
    // digits, so that it reads the same as the general reader's double would.
    bool integer(QStringView *digits)
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9')
            ++m_pos;
        const qsizetype length = m_pos - start;
        if (length == 0 || length > 15 || (length > 1 && m_text[start] == u'0'))
            return false;
        if (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'.' || c == u'e' || c == u'E')
                return false;
        }
        *digits = m_text.mid(start, length);
        return true;
    }

    bool null()
    {
        skipSpace();
        if (m_text.mid(m_pos).startsWith(u"null")) {
            m_pos += 4;
            return true;
        }
        return false;
    }

private:
    bool escapedString(qsizetype start, QStringView *value, QString *storage)
    {
        storage->clear();
        storage->append(m_text.mid(start, m_pos - start));
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c == u'"') {
                ++m_pos;
                *value = *storage;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != u'\\') {
                storage->append(QChar(c));
                ++m_pos;
                continue;
            }
            if (m_pos + 1 >= m_text.size())
                return false;
            const char16_t e = m_text[m_pos + 1].unicode();
            m_pos += 2;
            switch (e) {
            case u'"':
            case u'\\':
            case u'/':
                storage->append(QChar(e));
                break;
            case u'b':
                storage->append(u'\b');
                break;
            case u'f':
                storage->append(u'\f');
                break;
            case u'n':
                storage->append(u'\n');
                break;
            case u'r':
                storage->append(u'\r');
                break;
            case u't':
                storage->append(u'\t');
                break;
            case u'u': {
                uint unit = 0;
                for (int k = 0; k < 4; ++k) {
                    const int digit =
                        m_pos < m_text.size() ? hexValue(m_text[m_pos].unicode()) : -1;
                    if (digit < 0)
                        return false;
                    unit = unit * 16 + uint(digit);
                    ++m_pos;
                }
                if (QChar::isSurrogate(unit))
                    return false; // leave pairing surrogates to the general reader
                storage->append(QChar(char16_t(unit)));
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

enum Member { Id, Start, End, Title, Group, Category, MemberCount };
const std::array<QStringView, MemberCount> kMembers = {u"id",    u"start", u"end",
                                                       u"title", u"group", u"category"};

bool readEvent(Scanner &in, EventListJsonParser::Row *row,
               std::array<QString, MemberCount> *storage)
{
    if (!in.take(u'{'))
        return false;
    *row = {};
    std::array<bool, MemberCount> seen = {};
    if (in.take(u'}'))
        return true;
    do {
        QStringView key;
        QString keyStorage;
        if (!in.string(&key, &keyStorage) || !in.take(u':'))
            return false;
        int member = 0;
        while (member < MemberCount && kMembers[member] != key)
            ++member;
        if (member == MemberCount || seen[member])
            return false; // unknown or repeated: the general reader says which
        seen[member] = true;
        QStringView *field[] = {&row->id,    &row->start, &row->end,
                                &row->title, &row->group, &row->category};
        bool ok = false;
        if (member == Id && !in.peek(u'"'))
            ok = in.integer(field[member]);
        else if (member == End && !in.peek(u'"'))
            ok = in.null();
        else
            ok = in.string(field[member], &(*storage)[member]);
        if (!ok)
            return false;
    } while (in.take(u','));
    return in.take(u'}');
}

} // namespace

bool EventListJsonParser::parse(QStringView text, QString *title, const RowSink &sink)
{
    Scanner in(text);
    if (!in.take(u'{'))
        return false;
    bool seenEvents = false;
    bool seenTitle = false;
    if (!in.take(u'}')) {
        do {
            QStringView key;
            QString keyStorage;
            if (!in.string(&key, &keyStorage) || !in.take(u':'))
                return false;
            if (key == u"title" && !seenTitle) {
                seenTitle = true;
                QStringView value;
                QString storage;
                if (!in.string(&value, &storage))
                    return false;
                *title = value.toString();
            } else if (key == u"events" && !seenEvents) {
                seenEvents = true;
                if (!in.take(u'['))
                    return false;
                if (in.take(u']'))
                    continue;
                Row row;
                std::array<QString, MemberCount> storage;
                do {
                    if (!readEvent(in, &row, &storage) || !sink(row))
                        return false;
                } while (in.take(u','));
                if (!in.take(u']'))
                    return false;
            } else {
                return false;
            }
        } while (in.take(u','));
        if (!in.take(u'}'))
            return false;
    }
    return seenEvents && in.atEnd();
}

#include "eventsearchtext.h"

#include "bytesearch.h"
#include "catalogue.h"
#include "textmatch.h"

#include <QStringView>

#include <algorithm>

EventSearchText::EventSearchText(const Catalogue &catalogue)
{
    const QList<TimelineEvent> &events = catalogue.events();
    m_starts.reserve(events.size() + 1);
    m_text.reserve(events.size() * 48);
    for (const TimelineEvent &event : events) {
        m_starts.append(m_text.size());
        appendEvent(catalogue, event, &m_text);
    }
    m_starts.append(m_text.size());
}

void EventSearchText::appendEvent(const Catalogue &catalogue, const TimelineEvent &event,
                                  QByteArray *out)
{
    auto field = [out](QStringView text) {
        appendFolded(text, out);
        out->append('\0');
    };
    field(event.title);
    if (!event.summary().isEmpty())
        field(event.summary());
    for (const SourceLink &link : event.sources())
        field(link.excerpt);
    for (const QString &id : event.actorIds()) {
        if (const Actor *actor = catalogue.actor(id))
            field(actor->name);
    }
}

void EventSearchText::moveEvent(const Catalogue &catalogue, qsizetype from, qsizetype to)
{
    QByteArray text;
    appendEvent(catalogue, catalogue.events().at(to), &text);
    const qsizetype oldStart = m_starts.at(from);
    const qsizetype oldLength = m_starts.at(from + 1) - oldStart;
    const qsizetype newLength = text.size();
    qsizetype *starts = m_starts.data();
    const qsizetype count = eventCount();
    if (from == to) {
        m_text.replace(oldStart, oldLength, text);
    } else if (from < to) {
        const qsizetype at = starts[to + 1] - oldLength; // after the events that move up
        m_text.remove(oldStart, oldLength);
        m_text.insert(at, text);
        for (qsizetype i = from; i <= to; ++i)
            starts[i] = starts[i + 1] - oldLength;
    } else {
        const qsizetype at = starts[to]; // before the events that move down
        m_text.remove(oldStart, oldLength);
        m_text.insert(at, text);
        for (qsizetype i = from; i > to; --i)
            starts[i] = starts[i - 1] + newLength;
    }
    for (qsizetype i = std::max(from, to) + 1; i <= count; ++i)
        starts[i] += newLength - oldLength;
}

void EventSearchText::appendFolded(QStringView text, QByteArray *out)
{
    const qsizetype size = text.size();
    const char16_t *units = text.utf16();
    // Written through a pointer into room made first (three bytes at most for each UTF-16
    // unit), then cut to what was written: a million titles in a fraction of a second.
    const qsizetype before = out->size();
    out->resize(before + 3 * size);
    char *p = out->data() + before;
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = units[i];
        if (c < 0x80) {
            // Most text is ASCII: fold it here rather than through QChar.
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
            else if (c == '\t' || c == '\n')
                c = ' ';
            if (c == 0) {
                // A zero byte ends a field, so a zero in the text is written as 0xFF, a byte
                // UTF-8 never holds: it matches a zero in the search and nothing else.
                *p++ = char(0xFF);
                continue;
            }
            if (c < 0x80) {
                *p++ = char(c);
                continue;
            }
        } else if (QChar::isHighSurrogate(c) && i + 1 < size &&
                   QChar::isLowSurrogate(units[i + 1])) {
            c = QChar::toCaseFolded(QChar::surrogateToUcs4(char16_t(c), units[++i]));
        } else {
            c = TextMatch::fold(QChar(char16_t(c))).unicode();
        }
        if (c < 0x80) {
            *p++ = char(c); // a sign folded to ASCII (the Kelvin sign to k)
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        } else {
            // Two UTF-16 units made four bytes: within the room for two.
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    out->resize(p - out->constData());
}

QBitArray EventSearchText::matches(const TextMatch &needle) const
{
    const qsizetype count = eventCount();
    if (needle.isEmpty())
        return QBitArray(int(count), true);
    QBitArray mask{int(count)};
    QByteArray folded;
    appendFolded(needle.folded(), &folded);
    const char *text = m_text.constData();
    qsizetype event = 0;
    qsizetype from = 0;
    while (true) {
        const char *found = ByteSearch::find(text + from, text + m_text.size(), folded);
        if (!found)
            break;
        const qsizetype at = found - text;
        // Positions only grow, so the event holding this one is found by walking on.
        while (m_starts.at(event + 1) <= at)
            ++event;
        mask.setBit(int(event));
        from = m_starts.at(event + 1); // the rest of this event cannot add anything
    }
    return mask;
}

#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <deque>
#include <vector>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &s, qsizetype i)
{
    while (i < s.size() && isJsonSpace(s[i]))
        ++i;
    return i;
}

// i is at an opening quote; returns the index after the closing one.
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    ++i;
    while (i < s.size()) {
        if (s[i] == '\\')
            i += 2;
        else if (s[i] == '"')
            return i + 1;
        else
            ++i;
    }
    return s.size();
}

// The decoded string written between [begin, end), quotes included.
QString stringAt(const QByteArray &s, qsizetype begin, qsizetype end)
{
    const QByteArray raw = s.mid(begin, end - begin);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

// Skips one value of any kind; returns the index after it.
qsizetype skipValue(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return i;
    if (s[i] == '"')
        return skipString(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return i;
    }
    while (i < s.size() && !isJsonSpace(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i;
}

// After a value: skips the spaces and the comma that may follow.
qsizetype skipSeparator(const QByteArray &s, qsizetype i)
{
    i = skipSpace(s, i);
    return i < s.size() && s[i] == ',' ? i + 1 : i;
}

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

JsonLocator::JsonLocator(const QByteArray &json) : m_json(json)
{
    m_lineStarts.append(0);
    for (qsizetype i = json.indexOf('\n'); i >= 0; i = json.indexOf('\n', i + 1))
        m_lineStarts.append(i + 1);
    m_blockCodePoints.reserve(json.size() / kBlock + 1);
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (i % kBlock == 0)
            m_blockCodePoints.append(codePoints);
        if (!isContinuationByte(json[i]))
            ++codePoints;
    }
    index();
}

qsizetype JsonLocator::codePointsBefore(qsizetype offset) const
{
    const qsizetype block = offset / kBlock;
    if (block >= m_blockCodePoints.size())
        return m_blockCodePoints.isEmpty() ? 0 : codePointsBefore(offset - 1) + 1;
    qsizetype count = m_blockCodePoints.at(block);
    for (qsizetype i = block * kBlock; i < offset; ++i) {
        if (!isContinuationByte(m_json[i]))
            ++count;
    }
    return count;
}

JsonLocator::Position JsonLocator::position(qsizetype byteOffset) const
{
    const qsizetype offset = std::clamp<qsizetype>(byteOffset, 0, m_json.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineStart = *(next - 1);
    const qsizetype column = codePointsBefore(offset) - codePointsBefore(lineStart) + 1;
    return {int(next - m_lineStarts.cbegin()), int(std::min<qsizetype>(column, INT_MAX))};
}

QList<JsonLocator::Repeat> JsonLocator::repeatedKeys(const QByteArray &json)
{
    // Run over every file read, so it allocates little: a key is compared as the bytes it is
    // written with (the file parsed, so they are valid UTF-8) unless it holds an escape, which
    // is decoded first ("\u0061" and "a" are the same key). Objects are searched linearly up
    // to kLinearKeys keys, then through a hash; levels keep their memory for the next object.
    constexpr qsizetype kLinearKeys = 24;
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        std::vector<std::pair<QByteArrayView, qsizetype>> keys; // key, offset of its first use
        QHash<QByteArrayView, qsizetype> hashed; // the same, once there are many keys
    };
    QList<Repeat> repeats;
    std::vector<Level> levels;
    qsizetype depth = 0;
    std::deque<QByteArray> decoded; // the decoded keys that held escapes, which views point into
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (depth > 0 && levels[depth - 1].object && levels[depth - 1].expectKey) {
                Level &level = levels[depth - 1];
                level.expectKey = false;
                QByteArrayView key(json.constData() + i + 1, std::max<qsizetype>(end - i - 2, 0));
                if (key.contains('\\'))
                    key = decoded.emplace_back(stringAt(json, i, end).toUtf8());
                qsizetype first = -1;
                if (level.keys.size() < kLinearKeys) {
                    for (const auto &[k, offset] : level.keys) {
                        if (k == key) {
                            first = offset;
                            break;
                        }
                    }
                    if (first < 0)
                        level.keys.emplace_back(key, i);
                } else {
                    if (level.hashed.isEmpty()) {
                        for (const auto &[k, offset] : level.keys)
                            level.hashed.insert(k, offset);
                    }
                    const auto found = level.hashed.constFind(key);
                    if (found != level.hashed.cend())
                        first = *found;
                    else
                        level.hashed.insert(key, i);
                }
                if (first >= 0)
                    repeats.append({QString::fromUtf8(key), i, first});
            }
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            if (qsizetype(levels.size()) == depth)
                levels.emplace_back();
            Level &level = levels[depth++];
            level.object = level.expectKey = c == '{';
            level.keys.clear();
            level.hashed.clear();
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        } else if (c == ',' && depth > 0 && levels[depth - 1].object) {
            levels[depth - 1].expectKey = true;
        }
        ++i;
    }
    return repeats;
}

JsonLocator::Position JsonLocator::rootMember(const QString &key) const
{
    const auto it = m_rootMembers.constFind(key);
    return it == m_rootMembers.cend() ? Position() : position(*it);
}

JsonLocator::Position JsonLocator::element(const QString &arrayName, qsizetype index,
                                           const QString &key) const
{
    const auto it = m_arrays.constFind(arrayName);
    if (it == m_arrays.cend() || index < 0 || index >= it->size())
        return {};
    const Element &element = it->at(index);
    for (const auto &[name, offset] : element.members) {
        if (name == key)
            return position(offset);
    }
    return position(element.offset);
}

// One pass over the members of the root object and the elements of the arrays they hold,
// which is where every problem the loaders report is located. Tolerates malformed input.
void JsonLocator::index()
{
    const QByteArray &s = m_json;
    qsizetype i = skipSpace(s, 0);
    // A root array (a vis-timeline item list) is held under the empty name.
    const bool rootArray = i < s.size() && s[i] == '[';
    if (i >= s.size() || (s[i] != '{' && !rootArray))
        return;
    if (!rootArray)
        i = skipSpace(s, i + 1);
    while (i < s.size() && (s[i] == '"' || rootArray)) {
        QString key;
        if (!rootArray) {
            const qsizetype keyStart = i;
            i = skipString(s, i);
            key = stringAt(s, keyStart, i);
            m_rootMembers.insert(key, keyStart);
            i = skipSpace(s, i);
            if (i >= s.size() || s[i] != ':')
                return;
            i = skipSpace(s, i + 1);
        }
        if (i < s.size() && s[i] == '[') {
            QList<Element> &elements = m_arrays[key];
            elements.clear();
            i = skipSpace(s, i + 1);
            while (i < s.size() && s[i] != ']') {
                Element element;
                element.offset = i;
                if (s[i] == '{') {
                    i = skipSpace(s, i + 1);
                    while (i < s.size() && s[i] == '"') {
                        const qsizetype memberStart = i;
                        i = skipString(s, i);
                        element.members.append({stringAt(s, memberStart, i), memberStart});
                        i = skipSpace(s, i);
                        if (i >= s.size() || s[i] != ':')
                            return;
                        i = skipSeparator(s, skipValue(s, skipSpace(s, i + 1)));
                        i = skipSpace(s, i);
                    }
                    if (i >= s.size() || s[i] != '}')
                        return;
                    ++i;
                } else {
                    const qsizetype next = skipValue(s, i);
                    if (next == i)
                        return;
                    i = next;
                }
                elements.append(element);
                i = skipSpace(s, skipSeparator(s, i));
            }
            ++i;
            if (rootArray)
                return;
        } else {
            const qsizetype next = skipValue(s, i);
            if (next == i)
                return;
            i = next;
        }
        i = skipSpace(s, skipSeparator(s, i));
    }
}

#include "eventidmap.h"

#include <algorithm>

std::pair<int *, bool> EventIdMap::insert(const QString &id, int value)
{
    const qint64 n = number(id);
    if (n >= 0) {
        // Every number in m_others was below the last of m_numbers when it was added, so a
        // larger one is new.
        if (m_numbers.isEmpty() || n > m_numbers.constLast().number) {
            m_numbers.append({n, value});
            return {&m_numbers.last().value, true};
        }
        if (const qsizetype found = findNumber(n); found >= 0)
            return {&m_numbers[found].value, false};
    }
    const qsizetype before = m_others.size();
    int &kept = m_others[id];
    const bool added = m_others.size() != before;
    if (added)
        kept = value;
    return {&kept, added};
}

int EventIdMap::value(const QString &id, int fallback) const
{
    if (const qint64 n = number(id); n >= 0) {
        if (const qsizetype found = findNumber(n); found >= 0)
            return m_numbers.at(found).value;
    }
    return m_others.value(id, fallback);
}

qsizetype EventIdMap::findNumber(qint64 n) const
{
    const auto found = std::lower_bound(
        m_numbers.cbegin(), m_numbers.cend(), n,
        [](const Numbered &numbered, qint64 wanted) { return numbered.number < wanted; });
    return found != m_numbers.cend() && found->number == n ? found - m_numbers.cbegin() : -1;
}

qint64 EventIdMap::number(QStringView id)
{
    if (id.isEmpty() || id.size() > 18 || (id.size() > 1 && id.front() == u'0'))
        return -1;
    qint64 value = 0;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

#include "eventidset.h"

#include <algorithm>

bool EventIdSet::insert(const QString &id, int where, int *firstUse)
{
    const qint64 n = number(id);
    if (n >= 0) {
        // Every number in m_others was below the last of m_numbers when it was added, so a
        // larger one is new.
        if (m_numbers.empty() || n > m_numbers.back().number) {
            m_numbers.push_back({n, where});
            return true;
        }
        const auto found = std::lower_bound(
            m_numbers.cbegin(), m_numbers.cend(), n,
            [](const Numbered &numbered, qint64 value) { return numbered.number < value; });
        if (found != m_numbers.cend() && found->number == n) {
            *firstUse = found->where;
            return false;
        }
    }
    const qsizetype before = m_others.size();
    int &first = m_others[id];
    if (m_others.size() == before) {
        *firstUse = first;
        return false;
    }
    first = where;
    return true;
}

qint64 EventIdSet::number(QStringView id)
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

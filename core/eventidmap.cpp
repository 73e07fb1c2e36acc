#include "eventidmap.h"

#include <algorithm>

void EventIdMap::clear()
{
    m_runs.clear();
    m_others.clear();
}

std::optional<int> EventIdMap::insert(const QString &id, int value)
{
    const qint64 n = number(id);
    if (n >= 0) {
        if (m_runs.isEmpty() || n > m_runs.constLast().last()) {
            // No number in m_others is above the last run, so n is new.
            if (!m_runs.isEmpty() && n == m_runs.constLast().last() + 1 &&
                qint64(value) == qint64(m_runs.constLast().value) + m_runs.constLast().count)
                ++m_runs.last().count;
            else
                m_runs.append({n, value, 1});
            return std::nullopt;
        }
        if (const Run *run = runOf(n)) {
            const auto replaced = m_others.constFind(id);
            if (replaced != m_others.cend())
                return *replaced;
            return run->value + int(n - run->first);
        }
    }
    const qsizetype before = m_others.size();
    int &kept = m_others[id];
    if (m_others.size() == before)
        return kept;
    kept = value;
    return std::nullopt;
}

void EventIdMap::assign(const QString &id, int value)
{
    if (insert(id, value))
        m_others.insert(id, value);
}

int EventIdMap::value(const QString &id, int fallback) const
{
    const auto other = m_others.constFind(id);
    if (other != m_others.cend())
        return *other;
    if (const qint64 n = number(id); n >= 0) {
        if (const Run *run = runOf(n))
            return run->value + int(n - run->first);
    }
    return fallback;
}

const EventIdMap::Run *EventIdMap::runOf(qint64 n) const
{
    // The first run that ends at or after n.
    const auto run =
        std::lower_bound(m_runs.cbegin(), m_runs.cend(), n,
                         [](const Run &r, qint64 wanted) { return r.last() < wanted; });
    return run != m_runs.cend() && run->first <= n ? &*run : nullptr;
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

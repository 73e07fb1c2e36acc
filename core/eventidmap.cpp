#include "eventidmap.h"

#include <algorithm>
#include <array>

void EventIdMap::clear()
{
    m_runs.clear();
    m_others.clear();
}

std::optional<int> EventIdMap::insert(const QString &id, int value)
{
    const Key key = keyOf(id);
    if (key.number >= 0) {
        if (m_runs.isEmpty() || after(key, m_runs.constLast())) {
            // No id with a number in m_others is after the last run, so this one is new.
            Run *last = m_runs.isEmpty() ? nullptr : &m_runs.last();
            if (last && key.prefix == last->prefix && key.number == last->last() + 1 &&
                qint64(value) == qint64(last->value) + last->count)
                ++last->count;
            else
                m_runs.append({id.left(key.prefix.size()), key.number, value, 1});
            return std::nullopt;
        }
        if (const Run *run = runOf(key)) {
            const auto replaced = m_others.constFind(id);
            if (replaced != m_others.cend())
                return *replaced;
            return run->value + int(key.number - run->first);
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

bool EventIdMap::shiftValues(int low, int high, int delta)
{
    if (low > high || delta == 0)
        return true;
    if (m_others.size() > 4 * (qsizetype(high) - low + 1))
        return false;
    for (auto other = m_others.begin(); other != m_others.end(); ++other) {
        if (*other >= low && *other <= high)
            *other += delta;
    }
    // Runs wholly inside the range just move; one that crosses an end is cut there first.
    // (Usually two runs cross, but the stale values of runs whose ids were overridden in
    // m_others may repeat, so any run may.)
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        Run &run = m_runs[i];
        const int last = run.value + run.count - 1;
        if (last < low || run.value > high)
            continue;
        if (run.value >= low && last <= high) {
            run.value += delta;
            continue;
        }
        const Run whole = run;
        const int from = std::max(whole.value, low), to = std::min(last, high);
        std::array<Run, 3> pieces;
        int count = 0;
        if (whole.value < from)
            pieces[count++] = {whole.prefix, whole.first, whole.value, from - whole.value};
        pieces[count++] = {whole.prefix, whole.first + (from - whole.value), from + delta,
                           to - from + 1};
        if (to < last)
            pieces[count++] = {whole.prefix, whole.first + (to + 1 - whole.value), to + 1,
                               last - to};
        m_runs[i] = pieces[0];
        for (int k = 1; k < count; ++k)
            m_runs.insert(i + k, pieces[k]);
        i += count - 1;
    }
    return true;
}

int EventIdMap::value(const QString &id, int fallback) const
{
    const auto other = m_others.constFind(id);
    if (other != m_others.cend())
        return *other;
    if (const Key key = keyOf(id); key.number >= 0) {
        if (const Run *run = runOf(key))
            return run->value + int(key.number - run->first);
    }
    return fallback;
}

EventIdMap::Key EventIdMap::keyOf(QStringView id)
{
    qsizetype digits = id.size();
    while (digits > 0 && id.at(digits - 1).isDigit() && id.at(digits - 1).unicode() < 0x80)
        --digits;
    return {id.left(digits), number(id.mid(digits))};
}

bool EventIdMap::after(const Key &key, const Run &run)
{
    const int order = key.prefix.compare(run.prefix);
    return order > 0 || (order == 0 && key.number > run.last());
}

const EventIdMap::Run *EventIdMap::runOf(const Key &key) const
{
    // The first run that does not end before key.
    const auto run = std::lower_bound(m_runs.cbegin(), m_runs.cend(), key,
                                      [](const Run &r, const Key &wanted) { return after(wanted, r); });
    return run != m_runs.cend() && run->prefix == key.prefix && run->first <= key.number
               ? &*run
               : nullptr;
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

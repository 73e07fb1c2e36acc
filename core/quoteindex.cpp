#include "quoteindex.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

QuoteIndex::QuoteIndex(QStringView text) : m_text(text)
{
    const qsizetype entries = text.size() >= kGram ? (text.size() - kGram) / kStep + 1 : 0;
    // Positions in a QString fit in qint32 for any document the loaders accept (64 MiB).
    if (entries == 0 || text.size() > std::numeric_limits<qint32>::max())
        return;
    const quint32 buckets = std::bit_ceil(quint32(std::max<qsizetype>(entries, 16)));
    m_mask = buckets - 1;
    m_heads.fill(-1, buckets);
    m_counts.fill(0, buckets);
    m_next.resize(entries);
    // From the end, so that each bucket's chain runs in ascending position.
    for (qsizetype entry = entries - 1; entry >= 0; --entry) {
        const quint32 bucket = hashGram(text.data() + entry * kStep) & m_mask;
        m_next[entry] = m_heads[bucket];
        m_heads[bucket] = qint32(entry);
        ++m_counts[bucket];
    }
}

quint32 QuoteIndex::hashGram(const QChar *units)
{
    static_assert(kGram * sizeof(QChar) == 2 * sizeof(quint64));
    quint64 a;
    quint64 b;
    std::memcpy(&a, units, sizeof a);
    std::memcpy(&b, units + 4, sizeof b);
    // Two multiply-and-fold rounds: cheap, and every unit reaches the high bits kept.
    quint64 h = (a ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    h ^= b + (h >> 29);
    h *= 0x94D049BB133111EBull;
    return quint32(h >> 32);
}

QList<qsizetype> QuoteIndex::searchAll(QStringView text, QStringView quote)
{
    QList<qsizetype> starts;
    if (quote.isEmpty())
        return starts;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        starts.append(at);
    return starts;
}

QList<qsizetype> QuoteIndex::occurrences(QStringView quote) const
{
    if (quote.size() < kGram + kStep - 1 || m_heads.isEmpty())
        return searchAll(m_text, quote);
    const size_t key = qHash(quote);
    if (const auto known = m_repeated.find(key);
        known != m_repeated.end() && known->second.first == quote)
        return known->second.second;
    QList<qsizetype> starts;
    for (qsizetype residue = 0; residue < kStep; ++residue) {
        qsizetype offset = residue;
        quint32 bucket = hashGram(quote.data() + offset) & m_mask;
        // A few grams spread over the quote are enough to find a rare one; looking at each
        // would cost a cache miss per unit of a long quote.
        const qsizetype grams = (quote.size() - kGram - residue) / kStep + 1;
        const qsizetype stride = kStep * std::max<qsizetype>(1, grams / kGramsTried);
        for (qsizetype o = residue + stride; o + kGram <= quote.size(); o += stride) {
            const quint32 b = hashGram(quote.data() + o) & m_mask;
            if (m_counts.at(b) < m_counts.at(bucket)) {
                bucket = b;
                offset = o;
            }
        }
        for (qint32 entry = m_heads.at(bucket); entry >= 0; entry = m_next.at(entry)) {
            const qsizetype start = qsizetype(entry) * kStep - offset;
            if (start < 0 || start + quote.size() > m_text.size())
                continue;
            if (m_text.mid(start, quote.size()) == quote)
                starts.append(start);
        }
    }
    // Each offset's finds are ascending; together they need one sort.
    std::sort(starts.begin(), starts.end());
    if (starts.size() > 1)
        m_repeated[key] = {quote.toString(), starts};
    return starts;
}

#include "quoteindex.h"

#include <QHashFunctions>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
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
    m_buckets.fill(Bucket(), buckets);
    m_next.resize(entries);
    // From the end, so that each bucket's chain runs in ascending position.
    for (qsizetype entry = entries - 1; entry >= 0; --entry) {
        Bucket &bucket = m_buckets[hashGram(text.data() + entry * kStep) & m_mask];
        m_next[entry] = bucket.head;
        bucket.head = qint32(entry);
        ++bucket.count;
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
    if (quote.size() < kGram + kStep - 1 || m_buckets.isEmpty())
        return searchAll(m_text, quote);
    const size_t key = qHash(quote);
    if (const auto known = m_repeated.find(key);
        known != m_repeated.end() && known->second.first == quote)
        return known->second.second;
    // Every gram to be tried, for every residue, is hashed before any bucket is read: each
    // read is a cache miss, and reads that do not wait on one another overlap.
    struct Gram
    {
        quint32 bucket;
        qsizetype offset;
    };
    QVarLengthArray<Gram, 2 * kStep * kGramsTried + kStep> grams;
    std::array<qsizetype, kStep + 1> firstGram{};
    for (qsizetype residue = 0; residue < kStep; ++residue) {
        firstGram[residue] = grams.size();
        grams.append({hashGram(quote.data() + residue) & m_mask, residue});
        // A few grams spread over the quote are enough to find a rare one; looking at each
        // would cost a cache miss per unit of a long quote.
        const qsizetype count = (quote.size() - kGram - residue) / kStep + 1;
        const qsizetype stride = kStep * std::max<qsizetype>(1, count / kGramsTried);
        for (qsizetype o = residue + stride; o + kGram <= quote.size(); o += stride)
            grams.append({hashGram(quote.data() + o) & m_mask, o});
    }
    firstGram[kStep] = grams.size();
    for (const Gram &gram : std::as_const(grams))
        __builtin_prefetch(m_buckets.constData() + gram.bucket);

    QList<qsizetype> starts;
    for (qsizetype residue = 0; residue < kStep; ++residue) {
        // The rarest gram of this residue: the first of those with the fewest entries.
        Gram rarest = grams[firstGram[residue]];
        quint32 fewest = m_buckets.at(rarest.bucket).count;
        for (qsizetype i = firstGram[residue] + 1; i < firstGram[residue + 1]; ++i) {
            const quint32 count = m_buckets.at(grams[i].bucket).count;
            if (count < fewest) {
                rarest = grams[i];
                fewest = count;
            }
        }
        const qsizetype offset = rarest.offset;
        for (qint32 entry = m_buckets.at(rarest.bucket).head; entry >= 0;
             entry = m_next.at(entry)) {
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

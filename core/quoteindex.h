#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <utility>

// Where quotes occur in one document, found without reading the whole document for each quote.
// A catalogue quotes each document many times, and every quote must be counted in all of the
// document (a quote that occurs twice needs "occurrence"), so searching afresh costs the
// document's length per quote: minutes at 100,000 quotes into megabytes of text.
//
// Every kStep-th position's kGram UTF-16 units are hashed into chained buckets. An occurrence
// of a quote at least kStep + kGram - 1 units long puts one of those positions under the
// quote's own units at an offset o; every offset congruent to o modulo kStep finds it too. So
// for each of the kStep residues one gram is looked up, the one in the smallest bucket: in a
// document where every line starts "Minute ev-", a quote is found by its rarer words. Each
// occurrence is found exactly once. Shorter quotes are searched for directly. The index costs
// about four bytes per unit of text.
class QuoteIndex
{
public:
    static constexpr qsizetype kGram = 8;
    static constexpr qsizetype kStep = 4;
    static constexpr qsizetype kGramsTried = 8; // per residue, when choosing the rarest

    // text must outlive the index.
    explicit QuoteIndex(QStringView text);

    // The UTF-16 index of every occurrence of quote in the text, ascending, overlapping ones
    // included (as repeated QStringView::indexOf(quote, at + 1) would find them).
    QList<qsizetype> occurrences(QStringView quote) const;

    // The same by searching the text directly, for quotes too short for the index.
    static QList<qsizetype> searchAll(QStringView text, QStringView quote);

private:
    static quint32 hashGram(const QChar *units);

    QStringView m_text;
    quint32 m_mask = 0;
    // A bucket's count and first entry side by side: the count chooses the bucket, and its
    // chain is then walked from the same cache line.
    struct Bucket
    {
        qint32 head = -1;  // the first entry, or -1
        quint32 count = 0; // how many entries it holds
    };
    QList<Bucket> m_buckets;
    // The answers for quotes that occur more than once, by the quote's hash: catalogues quote
    // a repeated sentence from many events, and each answer costs every occurrence.
    mutable std::unordered_map<size_t, std::pair<QString, QList<qsizetype>>> m_repeated;
    QList<qint32> m_next;  // per entry (text position entry * kStep): the next in its bucket
};

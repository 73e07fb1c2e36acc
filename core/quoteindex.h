#pragma once

#include <QList>
#include <QStringView>

// Where quotes occur in one document, found without reading the whole document for each quote.
// A catalogue quotes each document many times, and every quote must be counted in all of the
// document (a quote that occurs twice needs "occurrence"), so searching afresh costs the
// document's length per quote: minutes at 100,000 quotes into megabytes of text.
//
// Every kStep-th position's kGram UTF-16 units are hashed into chained buckets. Any occurrence
// of a quote at least kStep + kGram - 1 units long covers one of those positions with its own
// units, so looking each of the quote's first kStep grams up finds every occurrence exactly
// once. Shorter quotes are searched for directly. The index costs about two bytes per unit of
// text.
class QuoteIndex
{
public:
    static constexpr qsizetype kGram = 8;
    static constexpr qsizetype kStep = 4;

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
    QList<qint32> m_heads; // per bucket: the first entry, or -1
    QList<qint32> m_next;  // per entry (text position entry * kStep): the next in its bucket
};

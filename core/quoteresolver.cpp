#include "quoteresolver.h"

#include "inputlimits.h"
#include "quoteindex.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <algorithm>

namespace {

// One UTF-16 unit for one, so positions in the folded text are positions in the original:
// typographic quotation marks, dashes and spaces become their plain forms, letters lower case.
QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2032':
    case u'`':
    case u'\u00B4':
        return u'\'';
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u2033':
        return u'"';
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2212':
        return u'-';
    default:
        break;
    }
    if (c.isSpace())
        return u' ';
    if (c.isSurrogate())
        return c;
    return c.toLower();
}

QString fold(QStringView text)
{
    QString folded(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        folded[i] = foldChar(text[i]);
    return folded;
}

struct Word
{
    QStringView text; // into the folded string
    qsizetype start;  // UTF-16 index
};

QList<Word> wordsOf(const QString &folded)
{
    QList<Word> words;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        while (i < n && !folded[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < n && folded[i].isLetterOrNumber())
            ++i;
        if (i > start)
            words.append({QStringView(folded).mid(start, i - start), start});
    }
    return words;
}

// The passage of text most like quote, about as long as it; empty when no word is shared.
QString nearMatch(const QString &text, const QString &quote, bool *onlyPunctuation)
{
    const QString foldedText = fold(text);
    const QString foldedQuote = fold(quote);
    if (const qsizetype at = foldedText.indexOf(foldedQuote); at >= 0) {
        *onlyPunctuation = true;
        return text.mid(at, quote.size());
    }

    const QList<Word> docWords = wordsOf(foldedText);
    const QList<Word> quoteWords = wordsOf(foldedQuote);
    if (docWords.isEmpty() || quoteWords.isEmpty())
        return {};
    QHash<QStringView, QList<qsizetype>> where;
    for (qsizetype j = 0; j < docWords.size(); ++j)
        where[docWords.at(j).text].append(j);

    // Each shared word votes for the alignment that would put the quote's first word at
    // document word (j - k); rare words count for more than "the" or "and".
    const qsizetype m = quoteWords.size();
    const qsizetype n = docWords.size();
    QList<double> votes(n + m - 1, 0.0); // alignment a = j - k + (m - 1)
    for (qsizetype k = 0; k < m; ++k) {
        const auto it = where.constFind(quoteWords.at(k).text);
        if (it == where.cend())
            continue;
        const double weight = 1.0 / double(it->size());
        for (qsizetype j : *it)
            votes[j - k + m - 1] += weight;
    }
    // A word left out or put in shifts the rest of the quote by one: score a small window.
    constexpr qsizetype kSlack = 2;
    qsizetype best = -1;
    double bestScore = 0.0;
    for (qsizetype a = 0; a < votes.size(); ++a) {
        double score = 0.0;
        for (qsizetype b = std::max<qsizetype>(0, a - kSlack);
             b <= std::min<qsizetype>(votes.size() - 1, a + kSlack); ++b)
            score += votes.at(b);
        score += votes.at(a) * 1e-3; // between equal windows, the one centred on its votes
        if (score > bestScore) {
            bestScore = score;
            best = a;
        }
    }
    if (best < 0)
        return {};

    // Start where the first quote word that agrees with this window stands (its occurrence
    // nearest the window's centre), so a word left out or put in does not shift the passage.
    qsizetype firstWord = best - (m - 1);
    for (qsizetype k = 0; k < m; ++k) {
        const auto it = where.constFind(quoteWords.at(k).text);
        if (it == where.cend())
            continue;
        qsizetype nearest = -1;
        for (qsizetype j : *it) {
            const qsizetype distance = std::abs(j - k + m - 1 - best);
            if (distance <= kSlack &&
                (nearest < 0 || distance < std::abs(nearest - k + m - 1 - best)))
                nearest = j;
        }
        if (nearest >= 0) {
            firstWord = nearest - k;
            break;
        }
    }
    firstWord = std::clamp<qsizetype>(firstWord, 0, n - 1);
    const qsizetype from = docWords.at(firstWord).start;
    qsizetype to = std::min(text.size(), from + quote.size());
    // Finish the word the cut falls in rather than end mid-word; never split a pair.
    while (to < text.size() && to > from && foldedText[to].isLetterOrNumber() &&
           foldedText[to - 1].isLetterOrNumber())
        ++to;
    if (to < text.size() && text[to].isLowSurrogate())
        ++to;
    return text.mid(from, to - from).trimmed();
}

} // namespace

QuoteResolver::Result QuoteResolver::resolve(const SourceDocument &document, const QString &quote,
                                             int occurrence, const QuoteIndex *index)
{
    Result result;
    if (quote.isEmpty() || !document.isValid())
        return result;
    if (!InputLimits::firstBadCharacter(quote).isEmpty()) {
        result.malformed = true;
        return result;
    }

    const QString &text = document.text();
    const QList<qsizetype> starts =
        index ? index->occurrences(quote) : QuoteIndex::searchAll(text, quote);
    result.occurrences = int(starts.size());
    if (starts.isEmpty()) {
        result.nearMatch = nearMatch(text, quote, &result.nearMatchDiffersOnlyInPunctuation);
        return result;
    }

    const int pick = occurrence == 0 && starts.size() == 1 ? 1 : occurrence;
    if (pick < 1 || pick > starts.size())
        return result;
    const qsizetype at = starts.at(pick - 1);
    result.found = true;
    result.start = document.toCodePoint(at);
    result.end = document.toCodePoint(at + quote.size());
    return result;
}

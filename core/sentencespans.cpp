#include "sentencespans.h"

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u2019' || c == u'\u201D';
}

// The word that ends just before a full stop at index dot.
QStringView wordBefore(QStringView text, qsizetype dot)
{
    qsizetype start = dot;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    return text.mid(start, dot - start);
}

// Abbreviations that council papers put before a full stop inside a sentence.
bool isAbbreviation(QStringView word)
{
    static const char16_t *const kWords[] = {
        u"e",    u"g",    u"i",     u"eg",   u"ie",   u"etc",  u"cf",  u"vs",   u"no",
        u"nos",  u"para", u"paras", u"p",    u"pp",   u"ref",  u"fig", u"vol",  u"approx",
        u"dr",   u"mr",   u"mrs",   u"ms",   u"cllr", u"prof", u"st",  u"rt",   u"hon",
        u"jan",  u"feb",  u"mar",   u"apr",  u"jun",  u"jul",  u"aug", u"sep",  u"sept",
        u"oct",  u"nov",  u"dec",   u"co",   u"ltd",  u"inc",  u"wc",  u"est",  u"min"};
    for (const char16_t *w : kWords) {
        if (word.compare(QStringView(w), Qt::CaseInsensitive) == 0)
            return true;
    }
    // A single capital letter is an initial ("J. Smith").
    return word.size() == 1 && word[0].isUpper();
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> SentenceSpans::of(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype start = 0;
    auto close = [&](qsizetype end) {
        qsizetype from = start;
        while (from < end && text[from].isSpace())
            ++from;
        qsizetype to = end;
        while (to > from && text[to - 1].isSpace())
            --to;
        if (to > from)
            spans.append({from, to});
        start = end;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\u2029') {
            close(i);
            continue;
        }
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype after = i + 1;
        while (after < n && isClosing(text[after]))
            ++after;
        // Only white space (or the end) after the mark ends a sentence: not "£1.3m", "2.4".
        if (after < n && !text[after].isSpace())
            continue;
        if (c == u'.' && isAbbreviation(wordBefore(text, i)))
            continue;
        close(after);
        i = after - 1;
    }
    close(n);
    return spans;
}

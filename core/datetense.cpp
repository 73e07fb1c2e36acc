#include "datetense.h"

namespace {

using Tense = DateAnchor::Tense;
using WK = DateWords::Kind;

bool endsSentence(const DateTokens &t, qsizetype i)
{
    if (t.at(i).kind != DateTokens::Kind::Punct)
        return false;
    const QChar c = t.text()[t[i].start];
    if (c == u'!' || c == u'?' || c == u';')
        return true;
    // A full stop or colon ends a sentence only before a space: not in "3.2" or "10.30".
    if (c == u'.' || c == u':')
        return i + 1 >= t.size() || t[i + 1].spaceBefore;
    return false;
}

// +1 future, -1 past, 0 none; weak marks a verb ending in -ed.
int mark(const DateTokens &t, qsizetype i, bool *weak, bool *infinitive)
{
    *infinitive = false;
    const DateTokens::Token &tok = t.at(i);
    *weak = false;
    if (tok.word.kind == WK::Future)
        return 1;
    // "must be met", "will be submitted": a participle after "be" looks ahead with it.
    auto isBe = [&t](qsizetype j) {
        return t.at(j).kind == DateTokens::Kind::Word &&
               t.view(j).compare(u"be", Qt::CaseInsensitive) == 0;
    };
    const bool afterBe = isBe(i - 1) || isBe(i - 2);
    // "to meet", "to consider": an infinitive looks ahead, more weakly than "will".
    if (t.isKeyword(i, DateWords::To) && t.at(i + 1).kind == DateTokens::Kind::Word &&
        t.at(i + 1).word.kind == WK::None && !t.isCapitalised(i + 1)) {
        *infinitive = true;
        return 1;
    }
    if (tok.word.kind == WK::Past)
        return afterBe ? 0 : -1;
    if (t.isKeyword(i, DateWords::Next) || t.isKeyword(i, DateWords::Coming))
        return 1;
    if (t.isKeyword(i, DateWords::Ago) || t.isKeyword(i, DateWords::Last))
        return -1;
    if (tok.kind == DateTokens::Kind::Word && tok.end - tok.start > 4) {
        const QStringView w = t.view(i);
        if (w.endsWith(u"ed", Qt::CaseInsensitive) && !afterBe) {
            *weak = true;
            return -1;
        }
    }
    return 0;
}

// A line break ends a sentence unless the line before ran on mid-sentence (wrapped text).
bool breaksBefore(const DateTokens &t, qsizetype i)
{
    if (i <= 0 || i >= t.size() || t[i].linesBefore == 0)
        return false;
    if (t[i].linesBefore >= 2)
        return true;
    const auto &p = t[i - 1];
    return !(p.kind == DateTokens::Kind::Word || t.isPunct(i - 1, u','));
}

} // namespace

qsizetype DateTense::sentenceStart(const DateTokens &t, qsizetype i)
{
    qsizetype s = i;
    while (s > 0 && !endsSentence(t, s - 1) && !breaksBefore(t, s))
        --s;
    return s;
}

qsizetype DateTense::sentenceEnd(const DateTokens &t, qsizetype i)
{
    qsizetype e = i;
    while (e < t.size() && !endsSentence(t, e) && (e == i || !breaksBefore(t, e)))
        ++e;
    return e;
}

Tense DateTense::around(const DateTokens &t, qsizetype begin, qsizetype end, bool *isStrong)
{
    const qsizetype from = sentenceStart(t, begin);
    const qsizetype to = sentenceEnd(t, end > begin ? end - 1 : begin);
    int strong = 0, weakMark = 0;
    bool strongIsInfinitive = false;
    qsizetype strongDistance = 1 << 30, weakDistance = 1 << 30;
    // Tense words further away than this belong to another clause.
    constexpr qsizetype kReach = 10;
    auto consider = [&](qsizetype i, qsizetype distance) {
        bool weak = false;
        bool infinitive = false;
        const int m = mark(t, i, &weak, &infinitive);
        if (m == 0 || distance > kReach)
            return;
        // A verb in -ed just before the date is as good as "was".
        if (weak && distance <= 3)
            weak = false;
        if (!weak && distance < strongDistance) {
            strong = m;
            strongDistance = distance;
            strongIsInfinitive = infinitive;
        } else if (weak && distance < weakDistance) {
            weakMark = m;
            weakDistance = distance;
        }
    };
    for (qsizetype i = begin - 1; i >= from; --i)
        consider(i, begin - i);
    // Words after the mention count less than words before it.
    // A clause after the date begins at "and", "but", "which", a comma.
    for (qsizetype i = end; i < to; ++i) {
        if (t.isPunct(i, u',') || t.isKeyword(i, DateWords::And) ||
            t.isKeyword(i, DateWords::But) || t.isKeyword(i, DateWords::Which) ||
            t.isKeyword(i, DateWords::When) || t.isKeyword(i, DateWords::Although))
            break;
        consider(i, (i - end + 1) * 2 + 2);
    }
    const int m = strong != 0 ? strong : weakMark;
    if (isStrong)
        *isStrong = strong != 0 && !strongIsInfinitive;
    return m > 0 ? Tense::Future : m < 0 ? Tense::Past : Tense::Present;
}

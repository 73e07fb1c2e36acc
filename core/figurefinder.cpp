#include "figurefinder.h"

#include <QChar>
#include <QString>

#include <optional>

using namespace Qt::StringLiterals;
using Unit = FigureAmount::Unit;
using Qualifier = FigureAmount::Qualifier;

namespace {

// More digits than a qint64 of pence holds are not an amount anyone writes.
constexpr int kMaxDigits = 18;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\t';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text[i] : QChar();
}

// A word ends at i: what follows is not a letter or digit.
bool wordEndsAt(QStringView text, qsizetype i)
{
    const QChar c = at(text, i);
    return !c.isLetterOrNumber();
}

// text[i...] starts with word (case-insensitive) and the word ends there.
bool wordAt(QStringView text, qsizetype i, QStringView word)
{
    if (i < 0 || i + word.size() > text.size())
        return false;
    if (text.sliced(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    return wordEndsAt(text, i + word.size());
}

// One space character at i (the only spacing a figure's words allow).
qsizetype skipSpace(QStringView text, qsizetype i)
{
    return isSpace(at(text, i)) ? i + 1 : i;
}

// A number as written: "130,000", "1.3", "4.0".
struct Number
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString digits; // every digit, without separators
    int decimals = 0;
    int trailingZeros = 0; // of the whole part: not significant
    bool grouped = false;  // had thousands separators
};

std::optional<Number> readNumber(QStringView text, qsizetype i)
{
    if (!isDigit(at(text, i)))
        return std::nullopt;
    Number n;
    n.begin = i;
    qsizetype firstGroup = 0;
    while (isDigit(at(text, i))) {
        n.digits += text[i++];
        ++firstGroup;
    }
    // Thousands separators: a comma then exactly three digits.
    while (firstGroup <= 3 && at(text, i) == u',' && isDigit(at(text, i + 1)) &&
           isDigit(at(text, i + 2)) && isDigit(at(text, i + 3)) && !isDigit(at(text, i + 4))) {
        n.digits += text.sliced(i + 1, 3);
        n.grouped = true;
        i += 4;
    }
    for (qsizetype k = n.digits.size() - 1; k > 0 && n.digits[k] == u'0'; --k)
        ++n.trailingZeros;
    if (at(text, i) == u'.' && isDigit(at(text, i + 1))) {
        n.trailingZeros = 0;
        ++i;
        while (isDigit(at(text, i))) {
            n.digits += text[i++];
            ++n.decimals;
        }
    }
    n.end = i;
    if (n.digits.size() > kMaxDigits)
        return std::nullopt;
    return n;
}

// A multiplier after an amount: "m", "bn", "k", " million", " billion", " thousand".
struct Multiplier
{
    int exponent = 0;
    qsizetype end = 0;
};

std::optional<Multiplier> readMultiplier(QStringView text, qsizetype i)
{
    struct Word
    {
        QStringView word;
        int exponent;
        bool spaced; // may stand after a space
    };
    static constexpr Word words[] = {
        {u"million", 6, true},   {u"billion", 9, true}, {u"thousand", 3, true},
        {u"trillion", 12, true}, {u"bn", 9, true},      {u"bln", 9, false},
        {u"mn", 6, false},       {u"tn", 12, false},    {u"m", 6, false},
        {u"b", 9, false},        {u"k", 3, false}};
    for (const Word &w : words) {
        if (wordAt(text, i, w.word))
            return Multiplier{w.exponent, i + w.word.size()};
        if (w.spaced && isSpace(at(text, i)) && wordAt(text, i + 1, w.word))
            return Multiplier{w.exponent, i + 1 + w.word.size()};
    }
    return std::nullopt;
}

qint64 powerOfTen(int exponent)
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

// digits × 10^(exponent - decimals), when that is a whole number that fits.
std::optional<qint64> scaled(const Number &n, int exponent)
{
    qint64 value = 0;
    for (QChar c : n.digits) {
        if (__builtin_mul_overflow(value, qint64(10), &value) ||
            __builtin_add_overflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    const int shift = exponent - n.decimals;
    if (shift < 0) {
        const qint64 divisor = powerOfTen(-shift);
        if (value % divisor != 0)
            return std::nullopt; // finer than the unit's smallest step
        return value / divisor;
    }
    for (int i = 0; i < shift; ++i) {
        if (__builtin_mul_overflow(value, qint64(10), &value))
            return std::nullopt;
    }
    return value;
}

// The place value of the last significant digit; the smallest step when written finer.
std::optional<qint64> stepOf(const Number &n, int exponent)
{
    const int e = (n.decimals > 0 ? -n.decimals : n.trailingZeros) + exponent;
    if (e > kMaxDigits)
        return std::nullopt;
    return e <= 0 ? qint64(1) : powerOfTen(e);
}

int scaleExponent(Unit unit)
{
    return FigureAmount::scale(unit) == 100 ? 2 : 0;
}

// The lower-case word that ends just before i (spaces skipped), and where it starts.
QString wordBefore(QStringView text, qsizetype i, qsizetype *start = nullptr)
{
    while (i > 0 && isSpace(text[i - 1]))
        --i;
    qsizetype b = i;
    while (b > 0 && (text[b - 1].isLetter() || text[b - 1] == u'.'))
        --b;
    if (start)
        *start = b;
    return text.sliced(b, i - b).toString().toLower();
}

bool isMonth(const QString &word)
{
    static const QStringList months = {
        u"january"_s, u"february"_s, u"march"_s,     u"april"_s,   u"may"_s,      u"june"_s,
        u"july"_s,    u"august"_s,   u"september"_s, u"october"_s, u"november"_s, u"december"_s,
        u"jan"_s,     u"feb"_s,      u"mar"_s,       u"apr"_s,     u"jun"_s,      u"jul"_s,
        u"aug"_s,     u"sep"_s,      u"sept"_s,      u"oct"_s,     u"nov"_s,      u"dec"_s};
    return months.contains(word);
}

// The words that make the number after them a section, paragraph, reference or age.
bool isNumberingWord(const QString &word)
{
    static const QStringList words = {
        u"paragraph"_s, u"paragraphs"_s, u"para"_s,   u"para."_s,  u"paras"_s,    u"section"_s,
        u"sections"_s,  u"item"_s,       u"items"_s,  u"clause"_s, u"page"_s,     u"pages"_s,
        u"minute"_s,    u"minutes"_s,    u"table"_s,  u"figure"_s, u"appendix"_s, u"annex"_s,
        u"chapter"_s,   u"no."_s,        u"number"_s, u"ref"_s,    u"ref."_s,     u"reference"_s,
        u"aged"_s,      u"age"_s,        u"ages"_s,   u"year"_s,   u"tel"_s,      u"tel."_s,
        u"telephone"_s, u"phone"_s,      u"ext"_s,    u"ext."_s,   u"room"_s};
    return words.contains(word);
}

// Words before a year that make it one: "in 2018 people".
bool isDatePreposition(const QString &word)
{
    static const QStringList words = {
        u"in"_s,     u"since"_s,  u"by"_s,     u"from"_s, u"until"_s, u"till"_s,
        u"during"_s, u"before"_s, u"after"_s,  u"of"_s,   u"to"_s,    u"and"_s,
        u"for"_s,    u"fy"_s,     u"early"_s,  u"late"_s, u"mid"_s,   u"summer"_s,
        u"winter"_s, u"spring"_s, u"autumn"_s, u"the"_s};
    return words.contains(word);
}

// What may stand before a number that starts a figure: not part of a longer token
// ("s125045", "CAB/2019/07", "ICS-0412", "%20", "10:30", "3.2").
bool numberMayStartAt(QStringView text, qsizetype i)
{
    const QChar c = at(text, i - 1);
    if (c.isNull())
        return true;
    if (c.isLetterOrNumber())
        return false;
    if (QStringView(u".,/\\_#%:\u20AC$@&+=\u00A3").contains(c))
        return false;
    if (isDash(c) && at(text, i - 2).isLetterOrNumber())
        return false;
    return true;
}

// Space-separated groups of digits before a number, or a leading zero group: a telephone
// number ("0116 305 6000"), not a figure.
bool looksLikePhone(QStringView text, const Number &n)
{
    if (n.grouped || n.decimals > 0)
        return false;
    int groups = 1;
    bool leadingZero = n.digits.size() >= 3 && n.digits.startsWith(u'0');
    qsizetype i = n.begin;
    while (isSpace(at(text, i - 1)) && isDigit(at(text, i - 2))) {
        qsizetype b = i - 2;
        while (isDigit(at(text, b - 1)))
            --b;
        ++groups;
        leadingZero = leadingZero || (i - 1 - b >= 3 && text[b] == u'0');
        i = b;
        if (at(text, i - 1) == u'+')
            return true;
    }
    return leadingZero || groups >= 3;
}

bool looksLikeYear(const Number &n)
{
    if (n.grouped || n.decimals > 0 || n.digits.size() != 4)
        return false;
    const int year = n.digits.toInt();
    return year >= 1800 && year <= 2199;
}

// A unit after a number that has no "£": "FTE", "%", "per cent", "people", "beds".
struct UnitWord
{
    Unit unit;
    qsizetype end;
};

// Words that may stand between a count and "people" or "beds" ("12 step-down beds",
// "1,900 older people"); anything else ("12 months", "of the") breaks the figure.
bool isCountModifier(QStringView word)
{
    static const QStringList stop = {
        u"of"_s,    u"the"_s,   u"and"_s,   u"or"_s,     u"to"_s,      u"in"_s,     u"on"_s,
        u"at"_s,    u"for"_s,   u"from"_s,  u"with"_s,   u"by"_s,      u"per"_s,    u"a"_s,
        u"an"_s,    u"than"_s,  u"as"_s,    u"is"_s,     u"are"_s,     u"was"_s,    u"were"_s,
        u"day"_s,   u"days"_s,  u"week"_s,  u"weeks"_s,  u"month"_s,   u"months"_s, u"year"_s,
        u"years"_s, u"hour"_s,  u"hours"_s, u"minute"_s, u"minutes"_s, u"old"_s,    u"aged"_s,
        u"who"_s,   u"which"_s, u"that"_s,  u"these"_s,  u"those"_s,   u"times"_s};
    if (word.isEmpty() || !word[0].isLower())
        return false;
    for (QChar c : word) {
        if (!c.isLetter() && c != u'-')
            return false;
    }
    const QString lower = word.toString();
    return !stop.contains(lower) && !isMonth(lower);
}

std::optional<UnitWord> readUnit(QStringView text, qsizetype i, bool allowModifiers)
{
    if (at(text, i) == u'%' || (isSpace(at(text, i)) && at(text, i + 1) == u'%')) {
        const qsizetype end = at(text, i) == u'%' ? i + 1 : i + 2;
        if (at(text, end).isLetterOrNumber())
            return std::nullopt; // "%20": a URL's escape
        return UnitWord{Unit::Percent, end};
    }
    const qsizetype w = skipSpace(text, i);
    for (QStringView word : {u"per cent", u"per-cent", u"percent"}) {
        if (w > i && wordAt(text, w, word))
            return UnitWord{Unit::Percent, w + word.size()};
    }
    for (QStringView word : {u"FTE", u"WTE", u"FTEs", u"WTEs"}) {
        // Upper case only: "fte" is not how anyone writes it, and a word could end so.
        if (w + word.size() <= text.size() && text.sliced(w, word.size()) == word &&
            wordEndsAt(text, w + word.size()))
            return UnitWord{Unit::FTE, w + word.size()};
    }
    if (w == i)
        return std::nullopt; // counts need the space: "12beds" is not written
    qsizetype k = w;
    for (int modifiers = 0; modifiers <= 2; ++modifiers) {
        for (QStringView word : {u"people", u"beds", u"bed"}) {
            if (wordAt(text, k, word) && text[k].isLower())
                return UnitWord{word == u"people" ? Unit::People : Unit::Beds, k + word.size()};
        }
        if (!allowModifiers)
            break;
        qsizetype e = k;
        while (e < text.size() && (text[e].isLetter() || text[e] == u'-'))
            ++e;
        if (e == k || !isCountModifier(text.sliced(k, e - k)) || !isSpace(at(text, e)))
            break;
        k = e + 1;
    }
    return std::nullopt;
}

// One end of a figure: a number, its multiplier and (without "£") its unit.
struct Part
{
    Number number;
    int multiplier = 0;
    bool hasMultiplier = false;
    std::optional<Unit> unit;
    qsizetype end = 0;
};

// "£", one optional space, the number and its multiplier; the "£" may be left out of a
// range's upper end.
std::optional<Part> readMoneyPart(QStringView text, qsizetype i, bool poundRequired = true)
{
    if (at(text, i) == u'\u00A3')
        i = skipSpace(text, i + 1);
    else if (poundRequired)
        return std::nullopt;
    std::optional<Number> n = readNumber(text, i);
    if (!n)
        return std::nullopt;
    Part part;
    part.number = *n;
    part.unit = Unit::GBP;
    part.end = n->end;
    if (std::optional<Multiplier> m = readMultiplier(text, n->end)) {
        part.multiplier = m->exponent;
        part.hasMultiplier = true;
        part.end = m->end;
    }
    if (at(text, part.end).isLetterOrNumber())
        return std::nullopt; // "£5mph", "£3x": not an amount we can read
    return part;
}

// A number without "£"; its unit may be missing (the lower end of "40-50 per cent").
std::optional<Part> readCountPart(QStringView text, qsizetype i)
{
    std::optional<Number> n = readNumber(text, i);
    if (!n)
        return std::nullopt;
    Part part;
    part.number = *n;
    part.end = n->end;
    qsizetype afterNumber = n->end;
    std::optional<Multiplier> m = readMultiplier(text, n->end);
    if (m && m->exponent <= 6 && m->exponent >= 3) {
        // "1.3 million people", "5k people": only counts take a multiplier.
        std::optional<UnitWord> u = readUnit(text, m->end, true);
        if (u && (u->unit == Unit::People || u->unit == Unit::Beds)) {
            part.multiplier = m->exponent;
            part.hasMultiplier = true;
            part.unit = u->unit;
            part.end = u->end;
            return part;
        }
    }
    if (std::optional<UnitWord> u = readUnit(text, afterNumber, true)) {
        part.unit = u->unit;
        part.end = u->end;
    }
    if (!part.unit && at(text, part.end).isLetter())
        return std::nullopt;
    return part;
}

struct Found
{
    qsizetype begin = 0; // UTF-16
    qsizetype end = 0;
    FigureAmount figure;
};

std::optional<qint64> valueOf(const Part &part, Unit unit, int multiplier)
{
    return scaled(part.number, multiplier + scaleExponent(unit));
}

// Reads a figure starting at i ("£…" or a digit), a range included.
std::optional<Found> readFigure(QStringView text, qsizetype i)
{
    const bool money = at(text, i) == u'\u00A3';
    std::optional<Part> first = money ? readMoneyPart(text, i) : readCountPart(text, i);
    if (!first)
        return std::nullopt;

    // A range: "£40m-£50m", "£40-50m", "40-50 per cent", "£40m to £50m", "between £4m and £5m".
    std::optional<Part> second;
    {
        qsizetype j = first->end;
        qsizetype k = j;
        while (isSpace(at(text, k)))
            ++k;
        bool joined = false;
        bool tight = false; // "£40-50m": nothing but the dash between the ends
        if (isDash(at(text, k)) && k - j <= 1) {
            tight = k == j && !isSpace(at(text, k + 1));
            k = skipSpace(text, k + 1);
            joined = true;
        } else if (k == j + 1) {
            const QString before = wordBefore(text, i);
            if (wordAt(text, k, u"to") && before != u"from"_s) {
                k += 2;
                joined = isSpace(at(text, k));
                ++k;
            } else if (wordAt(text, k, u"and") && before == u"between"_s) {
                k += 3;
                joined = isSpace(at(text, k));
                ++k;
            }
        }
        if (joined) {
            if (money) {
                // The second "£" may be left out only in "£40-50m", and not before a year
                // ("£500 to 2020/21").
                second = readMoneyPart(text, k, !tight);
                if (second && at(text, k) != u'\u00A3' && looksLikeYear(second->number) &&
                    !second->hasMultiplier)
                    second.reset();
            } else if (isDigit(at(text, k)))
                second = readCountPart(text, k);
        }
        if (second) {
            // The ends must agree: the same unit, and a multiplier on the first end only
            // when the second has the same one ("£40m-50" is not a range).
            const bool unitsAgree = second->unit && (!first->unit || first->unit == second->unit);
            const bool multipliersAgree =
                !first->hasMultiplier ||
                (second->hasMultiplier && second->multiplier == first->multiplier);
            if (!unitsAgree || !multipliersAgree)
                second.reset();
        }
    }
    const std::optional<Unit> unit = second ? second->unit : first->unit;
    if (!unit)
        return std::nullopt;

    const int firstMultiplier =
        first->hasMultiplier || !second ? first->multiplier : second->multiplier;
    const std::optional<qint64> amount = valueOf(*first, *unit, firstMultiplier);
    const std::optional<qint64> step =
        stepOf(first->number, firstMultiplier + scaleExponent(*unit));
    if (!amount || !step)
        return std::nullopt;
    Found found;
    found.begin = i;
    found.end = first->end;
    found.figure.unit = *unit;
    found.figure.amount = *amount;
    found.figure.step = *step;
    if (second) {
        const std::optional<qint64> to = valueOf(*second, *unit, second->multiplier);
        const std::optional<qint64> toStep =
            stepOf(second->number, second->multiplier + scaleExponent(*unit));
        if (to && toStep && *to > *amount) {
            found.end = second->end;
            found.figure.amountTo = *to;
            found.figure.step = qMin(*step, *toStep);
        } else if (!first->unit) {
            return std::nullopt; // "2017-18 people": the lower end has no unit of its own
        }
    }
    return found;
}

// Counts and percentages sit among numbers that are not figures; these guards keep them out.
bool countIsFigure(QStringView text, const Number &n, Unit unit)
{
    if (unit == Unit::GBP)
        return true;
    const QString before = wordBefore(text, n.begin);
    if (isNumberingWord(before))
        return false; // "section 75 beds", "aged 65 people"
    if (looksLikeYear(n) && (isDatePreposition(before) || isMonth(before)))
        return false; // "in 2018 people", "June 2018 beds"
    if (looksLikePhone(text, n))
        return false; // "0116 305 6000 beds"
    return true;
}

struct Phrase
{
    QStringView words;
    Qualifier qualifier;
    bool approximate;
};

// Longer phrases first, so that "just over" is not read as "over".
constexpr Phrase kQualifiers[] = {
    {u"in the region of", Qualifier::None, true},
    {u"something like", Qualifier::About, true},
    {u"approximately", Qualifier::About, true},
    {u"approx.", Qualifier::About, true},
    {u"approx", Qualifier::About, true},
    {u"about", Qualifier::About, true},
    {u"around", Qualifier::About, true},
    {u"roughly", Qualifier::About, true},
    {u"circa", Qualifier::About, true},
    {u"c.", Qualifier::About, true},
    {u"nearly", Qualifier::About, true},
    {u"almost", Qualifier::About, true},
    {u"some", Qualifier::About, true},
    {u"no more than", Qualifier::UpTo, false},
    {u"not more than", Qualifier::UpTo, false},
    {u"a maximum of", Qualifier::UpTo, false},
    {u"as much as", Qualifier::UpTo, false},
    {u"as many as", Qualifier::UpTo, false},
    {u"up to", Qualifier::UpTo, false},
    {u"at most", Qualifier::UpTo, false},
    {u"no less than", Qualifier::AtLeast, false},
    {u"not less than", Qualifier::AtLeast, false},
    {u"a minimum of", Qualifier::AtLeast, false},
    {u"at least", Qualifier::AtLeast, false},
    {u"more than", Qualifier::MoreThan, false},
    {u"in excess of", Qualifier::MoreThan, false},
    {u"upwards of", Qualifier::MoreThan, false},
    {u"just over", Qualifier::MoreThan, false},
    {u"over", Qualifier::MoreThan, false},
    {u"above", Qualifier::MoreThan, false},
    {u"less than", Qualifier::LessThan, false},
    {u"fewer than", Qualifier::LessThan, false},
    {u"under", Qualifier::LessThan, false},
};

struct Hedge
{
    Qualifier qualifier = Qualifier::None;
    bool approximate = false;
    qsizetype start = 0; // where the qualifier's words begin (the figure's start without one)
};

// The qualifier whose words end just before position i, a space between (or, with
// gapGiven, ending at i).
Hedge qualifierBefore(QStringView text, qsizetype i, bool gapGiven = false)
{
    Hedge hedge;
    hedge.start = i;
    qsizetype end = i;
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    if (end == i && !gapGiven)
        return hedge; // "over£5m" is not written
    for (const Phrase &p : kQualifiers) {
        const qsizetype b = end - p.words.size();
        if (b < 0 || text.sliced(b, p.words.size()).compare(p.words, Qt::CaseInsensitive) != 0)
            continue;
        if (at(text, b - 1).isLetterOrNumber())
            continue; // "handsome", "mover"
        hedge.qualifier = p.qualifier;
        hedge.approximate = p.approximate;
        hedge.start = b;
        return hedge;
    }
    return hedge;
}

// Where the sentence holding position i starts: after a line break or after ". ", "? ",
// "! ", "; " (not "c. " or "approx. ", which stand before amounts); not before limit.
qsizetype sentenceStart(QStringView text, qsizetype i, qsizetype limit = 0)
{
    for (qsizetype k = i - 1; k >= limit; --k) {
        const QChar c = text[k];
        if (c == u'\n')
            return k + 1;
        if ((c == u'.' || c == u'?' || c == u'!' || c == u';') && isSpace(at(text, k + 1))) {
            if (c == u'.') {
                const QString word = wordBefore(text, k + 1);
                if (word == u"c."_s || word == u"approx."_s || word == u"est."_s ||
                    word == u"no."_s || word == u"e.g."_s || word == u"i.e."_s)
                    continue;
            }
            return k + 1;
        }
    }
    return limit;
}

// A word that hedges the figures after it in its sentence: "estimated", "indicative".
bool hedgedBetween(QStringView text, qsizetype from, qsizetype to)
{
    for (qsizetype k = from; k < to; ++k) {
        if (at(text, k - 1).isLetter() || !text[k].isLetter())
            continue;
        const QStringView rest = text.sliced(k, to - k);
        if (rest.startsWith(u"estimat", Qt::CaseInsensitive) ||
            rest.startsWith(u"est.", Qt::CaseInsensitive) ||
            rest.startsWith(u"indicative", Qt::CaseInsensitive) ||
            rest.startsWith(u"in the region of", Qt::CaseInsensitive))
            return true;
    }
    return false;
}

qsizetype lineStart(QStringView text, qsizetype i)
{
    while (i > 0 && text[i - 1] != u'\n')
        --i;
    return i;
}

bool isBullet(QChar c)
{
    return isDash(c) || c == u'\u2022' || c == u'*' || c == u'\u00B7' || c == u'\u25AA' ||
           c == u'\u25E6';
}

// Where the line starts when only a list item's marker lies before i on it ("- ", "• "),
// else -1.
qsizetype listItemLine(QStringView text, qsizetype i)
{
    int bullets = 0;
    qsizetype k = i;
    for (; k > 0 && text[k - 1] != u'\n'; --k) {
        if (isBullet(text[k - 1]))
            ++bullets;
        else if (!isSpace(text[k - 1]))
            return -1;
    }
    return bullets == 1 ? k : -1;
}

// A figure that starts a list item takes the hedge of the list's lead-in line when it ends
// in a colon: "… in 2017/18 is approximately as follows:" then "- £130,000 for …".
std::optional<Hedge> leadInHedge(QStringView text, qsizetype itemStart)
{
    const qsizetype line = listItemLine(text, itemStart);
    if (line < 0)
        return std::nullopt;
    // Back over the list's earlier items and blank lines; a list longer than this has lost
    // touch with its lead-in (and the walk stays short on any input).
    constexpr int kMaxListLines = 100;
    qsizetype next = line;
    for (int lines = 0; next > 0 && lines < kMaxListLines; ++lines) {
        qsizetype e = next - 1; // the line's '\n'
        qsizetype b = lineStart(text, e);
        next = b;
        while (b < e && text[b].isSpace())
            ++b;
        while (e > b && text[e - 1].isSpace())
            --e;
        if (b == e || isBullet(text[b]))
            continue;
        if (text[e - 1] != u':')
            return std::nullopt;
        // The lead-in without its colon and "as follows".
        --e;
        while (e > b && text[e - 1].isSpace())
            --e;
        for (QStringView tail : {u"as follows", u"as below", u"below", u"the following"}) {
            if (text.sliced(b, e - b).endsWith(tail, Qt::CaseInsensitive) &&
                !at(text, e - tail.size() - 1).isLetterOrNumber()) {
                e -= tail.size();
                break;
            }
        }
        while (e > b && text[e - 1].isSpace())
            --e;
        Hedge hedge = qualifierBefore(text, e, true);
        hedge.approximate = hedge.approximate || hedgedBetween(text, sentenceStart(text, e), e);
        hedge.start = itemStart;
        return hedge;
    }
    return std::nullopt;
}

} // namespace

QList<FigureMention> FigureFinder::find(QStringView text)
{
    QList<Found> found;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        const bool candidate = c == u'\u00A3' || (isDigit(c) && numberMayStartAt(text, i));
        if (!candidate) {
            ++i;
            continue;
        }
        std::optional<Found> f = readFigure(text, i);
        if (f && (c == u'\u00A3' || countIsFigure(text, *readNumber(text, i), f->figure.unit))) {
            found.append(*f);
            i = f->end;
            continue;
        }
        // Past this number, so that its digits do not start another.
        ++i;
        while (i < text.size() && (isDigit(text[i]) || text[i] == u',' || text[i] == u'.') &&
               isDigit(at(text, i - 1)))
            ++i;
    }

    // Qualifiers from the words just before, hedges from earlier in the sentence (not before
    // the figure before) or from a list's lead-in.
    qsizetype previousEnd = 0;
    for (Found &f : found) {
        Hedge hedge = qualifierBefore(text, f.begin);
        if (hedge.qualifier == Qualifier::None && !hedge.approximate) {
            if (std::optional<Hedge> lead = leadInHedge(text, f.begin))
                hedge = *lead;
        }
        const qsizetype from = sentenceStart(text, f.begin, previousEnd);
        f.figure.qualifier = hedge.qualifier;
        f.figure.approximate = hedge.approximate || hedgedBetween(text, from, hedge.start);
        previousEnd = f.end;
    }

    // UTF-16 indexes to code points, in one pass.
    QList<FigureMention> mentions;
    mentions.reserve(found.size());
    qsizetype unit16 = 0;
    qsizetype codePoints = 0;
    const auto advance = [&](qsizetype to) {
        for (; unit16 < to; ++unit16) {
            if (!(text[unit16].isLowSurrogate() && unit16 > 0 &&
                  text[unit16 - 1].isHighSurrogate()))
                ++codePoints;
        }
        return codePoints;
    };
    for (const Found &f : found) {
        FigureMention m;
        m.start = advance(f.begin);
        m.end = advance(f.end);
        m.text = text.sliced(f.begin, f.end - f.begin).toString();
        m.figure = f.figure;
        mentions.append(m);
    }
    return mentions;
}

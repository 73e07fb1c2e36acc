#include "datementionfinder.h"

#include "dateanchor.h"
#include "datespan.h"
#include "datetense.h"
#include "datetokens.h"
#include "financialyearform.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Tense = DateAnchor::Tense;
using WK = DateWords::Kind;
using K = DateWords::Keyword;
using Bound = EventDate::Bound;
// What a period is on a given document day, in the tense of its clause.
using Resolve = std::function<DateSpan(QDate day, Tense tense)>;

Resolve fixed(const DateSpan &span)
{
    return [span](QDate, Tense) { return span; };
}

// One period the words name, before the mention around it is complete.
struct Core
{
    enum class Shape : quint8 { Other, Day, DayNoYear, Month, MonthNoYear, FinancialYear };
    qsizetype begin = 0;
    qsizetype end = 0; // tokens [begin, end)
    Resolve resolve;
    Resolve whole;         // for "the end of X": X itself, which "by the end of X" bounds
    bool relative = false; // counts from the document date
    bool previous = false; // counts from the mention before
    bool inferred = false;
    bool approximate = false;
    QString precision;
    Shape shape = Shape::Other;
    int month = 0;
    int day = 0;
    Bound bound = Bound::None; // a deadline: "within six weeks of the date of this letter"
    bool skip = false;         // not a date, and neither are the words up to end
    bool ahead = false;        // runs from the document date on: "now until March", "the rest of"
    bool ok() const { return end > begin && resolve; }
};

class Reader
{
public:
    Reader(QStringView text, const EventDate &documentDate)
        : m_text(text), m_t(QStringView()), m_anchor(documentDate)
    {}
    QList<DateMention> run();

private:
    // Words
    bool kw(qsizetype i, K k) const { return m_t.isKeyword(i, k); }
    bool unit(qsizetype i, DateWords::Unit u) const
    {
        return m_t.at(i).word.kind == WK::Unit && m_t.at(i).word.value == u;
    }
    int monthAt(qsizetype i, bool needsContext, qsizetype *next) const;
    int yearAt(qsizetype i) const;
    int dayAt(qsizetype i, qsizetype *next) const;
    int numberWordAt(qsizetype i) const;
    bool isolated(qsizetype i) const;
    bool freeLeft(qsizetype i) const;
    bool freeRight(qsizetype i) const;

    // Readers of one period, each at token i; an empty Core when the words are not one.
    Core read(qsizetype i);
    Core readModified(qsizetype i);
    Core readCore(qsizetype i);
    Core readNumeric(qsizetype i);
    Core readFinancial(qsizetype i);
    Core readDayMonth(qsizetype i);
    Core readMonth(qsizetype i);
    Core readYear(qsizetype i);
    Core readSeason(qsizetype i);
    Core readRelative(qsizetype i);
    Core readWeek(qsizetype i);
    Core readWeekday(qsizetype i);
    Core readPrevious(qsizetype i);
    Core readDeadline(qsizetype i);
    Core withRange(Core first);
    // "this year", "last year", "next year" after a month or day: the year they count.
    bool readYearWord(qsizetype i, int *offset) const;

    bool sentenceHasFinancialYear(qsizetype i) const;
    bool sentenceRepeatsEveryYear(qsizetype i) const;

    qsizetype codePoint(qsizetype utf16);

    // Reads one part of the text, [offset, offset + part.size()).
    void readPart(QStringView part, qsizetype offset, QList<DateMention> *out);

    QStringView m_text;
    DateTokens m_t; // of the part being read
    qsizetype m_offset = 0;
    DateAnchor m_anchor;
    DateSpan m_previous;
    DateSpan m_previousDay;
    QString m_previousPrecision;
    bool m_seenFinancialYear = false;
    qsizetype m_cpIndex = 0;
    qsizetype m_cpCount = 0;
};

int Reader::monthAt(qsizetype i, bool needsContext, qsizetype *next) const
{
    const auto &tok = m_t.at(i);
    if (tok.word.kind != WK::Month || !m_t.isCapitalised(i))
        return 0;
    const QStringView w = m_t.view(i);
    // May, June and July are never short for anything: a full stop after them ends a sentence.
    const bool abbreviated = w.size() <= 4 && w.compare(u"june", Qt::CaseInsensitive) != 0 &&
                             w.compare(u"july", Qt::CaseInsensitive) != 0 &&
                             w.compare(u"may", Qt::CaseInsensitive) != 0;
    if (needsContext && (abbreviated || w.compare(u"may", Qt::CaseInsensitive) == 0))
        return 0;
    if (w.compare(u"may", Qt::CaseInsensitive) == 0 && w != u"May" && w != u"MAY")
        return 0;
    *next = i + 1;
    if (abbreviated && m_t.isPunct(i + 1, u'.') && m_t.joined(i + 1))
        *next = i + 2;
    return tok.word.value;
}

bool Reader::isolated(qsizetype i) const
{
    return freeLeft(i) && freeRight(i);
}

bool Reader::freeLeft(qsizetype i) const
{
    if (m_t.joined(i)) {
        const auto &p = m_t.at(i - 1);
        if (p.kind != DateTokens::Kind::Punct)
            return false;
        const QChar c = m_t.text()[p.start];
        if (c == u'/' || c == u'\u00a3' || c == u'$' || c == u'\u20ac' || c == u'.' || c == u',' ||
            c == u':' || c == u'#' || c == u'+')
            return false;
        // "12-03": a dash glued to a number; "mid-2019" is free.
        if ((c == u'-' || c == u'\u2013') && m_t.joined(i - 1) &&
            m_t.at(i - 2).kind != DateTokens::Kind::Word)
            return false;
    }
    return true;
}

bool Reader::freeRight(qsizetype i) const
{
    if (m_t.joined(i + 1)) {
        const auto &n = m_t.at(i + 1);
        if (n.kind == DateTokens::Kind::Number)
            return false;
        if (n.kind == DateTokens::Kind::Punct) {
            const QChar c = m_t.text()[n.start];
            if (c == u'/' || c == u'%')
                return false;
            if ((c == u'.' || c == u',' || c == u':') && m_t.joined(i + 2) &&
                m_t.at(i + 2).kind == DateTokens::Kind::Number)
                return false;
        }
    }
    return true;
}

int Reader::yearAt(qsizetype i) const
{
    if (m_t.digits(i) != 4 || !isolated(i))
        return 0;
    const int y = m_t.at(i).number;
    if (y < 1900 || y > 2099)
        return 0;
    if (m_t.joined(i + 1) && m_t.at(i + 1).kind == DateTokens::Kind::Word)
        return 0;
    if (kw(i + 1, K::Per))
        return 0;
    return y;
}

int Reader::dayAt(qsizetype i, qsizetype *next) const
{
    const qsizetype d = m_t.digits(i);
    if (d < 1 || d > 2 || !isolated(i))
        return 0;
    const int n = m_t.at(i).number;
    if (n < 1 || n > 31)
        return 0;
    *next = i + 1;
    if (m_t.joined(i + 1) && m_t.at(i + 1).kind == DateTokens::Kind::Word) {
        const QStringView s = m_t.view(i + 1);
        if (s.compare(u"st", Qt::CaseInsensitive) && s.compare(u"nd", Qt::CaseInsensitive) &&
            s.compare(u"rd", Qt::CaseInsensitive) && s.compare(u"th", Qt::CaseInsensitive))
            return 0;
        *next = i + 2;
    }
    return n;
}

int Reader::numberWordAt(qsizetype i) const
{
    if (m_t.at(i).word.kind == WK::Number)
        return m_t.at(i).word.value;
    if (m_t.digits(i) >= 1 && m_t.digits(i) <= 2 && isolated(i))
        return m_t.at(i).number;
    return 0;
}

bool Reader::readYearWord(qsizetype i, int *offset) const
{
    if (!unit(i + 1, DateWords::Year))
        return false;
    if (kw(i, K::This))
        *offset = 0;
    else if (kw(i, K::Last))
        *offset = -1;
    else if (kw(i, K::Next))
        *offset = 1;
    else
        return false;
    return true;
}

bool Reader::sentenceHasFinancialYear(qsizetype i) const
{
    const qsizetype from = DateTense::sentenceStart(m_t, i);
    const qsizetype to = DateTense::sentenceEnd(m_t, i);
    for (qsizetype j = from; j < to; ++j) {
        int year = 0;
        if (FinancialYearForm::read(m_t, j, &year) > j)
            return true;
    }
    return false;
}

// "in each year", "every year", "in other years": the dates are the same every year.
bool Reader::sentenceRepeatsEveryYear(qsizetype i) const
{
    const qsizetype from = DateTense::sentenceStart(m_t, i);
    const qsizetype to = DateTense::sentenceEnd(m_t, i);
    for (qsizetype j = from; j + 1 < to; ++j)
        if ((kw(j, K::Each) || kw(j, K::Every) || kw(j, K::Other)) && unit(j + 1, DateWords::Year))
            return true;
    return false;
}

// ---------------------------------------------------------------------------------------

Core Reader::readNumeric(qsizetype i)
{
    Core c;
    if (!freeLeft(i))
        return c;
    // dd/mm/yyyy, dd.mm.yyyy, dd-mm-yy: day first.
    const qsizetype d1 = m_t.digits(i);
    if (d1 >= 1 && d1 <= 2 && m_t.joined(i + 1) && m_t.joined(i + 2) &&
        m_t.at(i + 1).kind == DateTokens::Kind::Punct) {
        const QChar sep = m_t.text()[m_t[i + 1].start];
        if (sep != u'/' && sep != u'.' && sep != u'-')
            return c;
        const qsizetype d2 = m_t.digits(i + 2);
        if (d2 >= 1 && d2 <= 2 && m_t.isPunct(i + 3, sep) && m_t.joined(i + 3) &&
            m_t.joined(i + 4)) {
            const qsizetype d3 = m_t.digits(i + 4);
            if ((d3 == 4 || d3 == 2) && freeRight(i + 4)) {
                int y = m_t[i + 4].number;
                if (d3 == 2)
                    y += 2000;
                const QDate date(y, m_t[i + 2].number, m_t[i].number);
                if (date.isValid()) {
                    c.begin = i;
                    c.end = i + 5;
                    c.resolve = fixed(DateSpan::day(date));
                    c.precision = u"day"_s;
                    c.shape = Core::Shape::Day;
                }
            }
            return c;
        }
        // mm/yyyy
        if (sep == u'/' && d1 == 2 && m_t.digits(i + 2) == 4 && freeRight(i + 2)) {
            const int m = m_t[i].number;
            const int y = m_t[i + 2].number;
            if (m >= 1 && m <= 12 && y >= 1900 && y <= 2099) {
                c.begin = i;
                c.end = i + 3;
                c.resolve = fixed(DateSpan::month(y, m));
                c.precision = u"month"_s;
                c.shape = Core::Shape::Month;
            }
        }
    }
    return c;
}

Core Reader::readFinancial(qsizetype i)
{
    Core c;
    qsizetype j = i;
    // "financial year 2019/20"
    if (kw(j, K::Financial) && unit(j + 1, DateWords::Year))
        j += 2;
    // Q3 2018/19, Q3 2019, Q4 on its own (of the financial year the document date is in)
    if (kw(i, K::Q) && m_t.joined(i + 1) && m_t.digits(i + 1) == 1 && m_t[i + 1].number >= 1 &&
        m_t[i + 1].number <= 4 && freeRight(i + 1) && m_t.text()[m_t[i].start] == u'Q') {
        const int q = m_t[i + 1].number;
        int fy = 0;
        const qsizetype e = FinancialYearForm::read(m_t, i + 2, &fy);
        c.begin = i;
        if (e > i + 2) {
            c.end = e;
            c.resolve = fixed(DateSpan::months(fy, 4 + 3 * (q - 1) > 12 ? 1 : 4 + 3 * (q - 1), 3)
                                  .addYears(q == 4 ? 1 : 0));
            c.precision = u"financial-quarter"_s;
            return c;
        }
        if (const int y = yearAt(i + 2)) {
            c.end = i + 3;
            c.resolve = fixed(DateSpan::quarter(y, q));
            c.precision = u"quarter"_s;
            return c;
        }
        auto ofFinancialYear = [q](QDate d, Tense) {
            const int start = DateAnchor::financialYearOf(d);
            return DateSpan::months(q == 4 ? start + 1 : start, q == 4 ? 1 : 4 + 3 * (q - 1), 3);
        };
        // "Q1 of the current financial year"
        if (kw(i + 2, K::Of) && kw(i + 3, K::The) && kw(i + 4, K::Current) &&
            kw(i + 5, K::Financial) && unit(i + 6, DateWords::Year))
            c.end = i + 7;
        else
            c.end = i + 2;
        c.resolve = ofFinancialYear;
        c.relative = true;
        c.precision = u"financial-quarter"_s;
        return c;
    }
    // "Month 12 2019/20": month 1 is April; "months 1 to 4 of 2020/21"
    if (unit(i, DateWords::Month)) {
        const int m1 = m_t.digits(i + 1) ? m_t.at(i + 1).number : 0;
        if (m1 >= 1 && m1 <= 12) {
            int fy = 0;
            qsizetype e = FinancialYearForm::read(m_t, i + 2, &fy);
            if (e > i + 2) {
                c.begin = i;
                c.end = e;
                const int month = (m1 + 2) % 12 + 1;
                c.resolve = fixed(DateSpan::month(month >= 4 ? fy : fy + 1, month));
                c.precision = u"month"_s;
                return c;
            }
            const int m2 = m_t.digits(i + 3) ? m_t.at(i + 3).number : 0;
            if (kw(i + 2, K::To) && m2 > m1 && m2 <= 12 && kw(i + 4, K::Of)) {
                e = FinancialYearForm::read(m_t, i + 5, &fy);
                if (e > i + 5) {
                    c.begin = i;
                    c.end = e;
                    const int a = (m1 + 2) % 12 + 1;
                    const int b = (m2 + 2) % 12 + 1;
                    c.resolve = fixed(DateSpan::range(DateSpan::month(a >= 4 ? fy : fy + 1, a),
                                                      DateSpan::month(b >= 4 ? fy : fy + 1, b)));
                    c.precision = u"range"_s;
                    return c;
                }
            }
        }
        return c;
    }
    int fy = 0;
    const qsizetype e = FinancialYearForm::read(m_t, j, &fy);
    if (e == j)
        return c;
    c.begin = i;
    c.end = e;
    c.shape = Core::Shape::FinancialYear;
    // "2018/19 school year", "the 2019/20 academic year": September to August.
    if ((kw(e, K::School) || kw(e, K::Academic)) && unit(e + 1, DateWords::Year)) {
        c.end = e + 2;
        c.resolve = fixed(DateSpan::months(fy, 9, 12));
        c.precision = u"academic-year"_s;
        return c;
    }
    if (j == i && kw(e, K::Financial) && unit(e + 1, DateWords::Year))
        c.end = e + 2;
    c.resolve = fixed(DateSpan::financialYear(fy));
    c.precision = u"financial-year"_s;
    // "FY 2020/21 and 2021/22": the prefix is shared.
    if (kw(i, K::Fy) && kw(c.end, K::And)) {
        int fy2 = 0;
        const qsizetype e2 = FinancialYearForm::read(m_t, c.end + 1, &fy2);
        if (e2 > c.end + 1 && fy2 > fy) {
            c.end = e2;
            c.resolve =
                fixed(DateSpan::range(DateSpan::financialYear(fy), DateSpan::financialYear(fy2)));
            c.precision = u"range"_s;
        }
    }
    return c;
}

Core Reader::readDayMonth(qsizetype i)
{
    Core c;
    qsizetype j = i;
    // A weekday goes with its date: "Thursday 14 March 2019", "THURSDAY, 26 SEPTEMBER 2019".
    if (m_t.isKind(j, WK::Weekday) && m_t.isCapitalised(j)) {
        ++j;
        if (m_t.isPunct(j, u','))
            ++j;
    }
    qsizetype next = 0;
    const int d1 = dayAt(j, &next);
    if (!d1)
        return c;
    // "12–14 March", "4 and 11 January"
    int d2 = 0;
    qsizetype k = next;
    if ((m_t.isDash(k) || kw(k, K::And)) && m_t.digits(k + 1) >= 1 && m_t.digits(k + 1) <= 2 &&
        freeRight(k + 1)) {
        d2 = m_t[k + 1].number;
        if (d2 > d1 && d2 <= 31)
            k = k + 2;
        else
            d2 = 0;
    }
    qsizetype afterMonth = 0;
    const int month = monthAt(k, false, &afterMonth);
    if (!month)
        return c;
    c.begin = i;
    c.month = month;
    c.day = d1;
    int year = yearAt(afterMonth);
    int yearOffset = 0;
    c.end = afterMonth;
    if (year) {
        c.end = afterMonth + 1;
    } else if (readYearWord(afterMonth, &yearOffset)) {
        c.end = afterMonth + 2;
    }
    const int first = d1;
    const int last = d2;
    if (year) {
        const QDate a(year, month, first);
        const QDate b = last ? QDate(year, month, last) : a;
        if (!a.isValid() || !b.isValid())
            return {};
        c.resolve =
            fixed(last ? DateSpan::range(DateSpan::day(a), DateSpan::day(b)) : DateSpan::day(a));
        c.shape = last ? Core::Shape::Other : Core::Shape::Day;
    } else if (c.end == afterMonth + 2) {
        c.relative = true;
        c.resolve = [month, first, last, yearOffset](QDate d, Tense) {
            const QDate a(d.year() + yearOffset, month, first);
            const QDate b = last ? QDate(d.year() + yearOffset, month, last) : a;
            return last ? DateSpan::range(DateSpan::day(a), DateSpan::day(b)) : DateSpan::day(a);
        };
    } else {
        c.relative = true;
        c.inferred = true;
        c.shape = last ? Core::Shape::Other : Core::Shape::DayNoYear;
        c.resolve = [month, first, last](QDate d, Tense tense) {
            const DateSpan a = DateAnchor::dayOfMonth(d, month, first, tense);
            if (!last || !a.isValid())
                return a;
            return DateSpan::range(a, DateSpan::day(QDate(a.first.year(), month, last)));
        };
    }
    c.precision = last ? u"range"_s : u"day"_s;
    return c;
}

Core Reader::readMonth(qsizetype i)
{
    Core c;
    qsizetype next = 0;
    const qsizetype start = i;
    const bool the = kw(i, K::The);
    if (the)
        ++i;
    int m1 = monthAt(i, false, &next);
    if (!m1)
        return c;
    int m2 = 0;
    qsizetype k = next;
    bool joinedByAnd = false;
    if (m_t.isDash(k) || kw(k, K::To) || kw(k, K::And)) {
        qsizetype n2 = 0;
        m2 = monthAt(k + 1, true, &n2);
        if (m2) {
            joinedByAnd = kw(k, K::And);
            k = n2;
        }
    }
    int year = yearAt(k);
    int yearOffset = 0;
    bool yearWord = false;
    qsizetype end = k;
    if (year)
        end = k + 1;
    else if (readYearWord(k, &yearOffset)) {
        yearWord = true;
        end = k + 2;
    }
    // "the January–March quarter"
    if (the) {
        if (!(m2 && unit(end, DateWords::Quarter)))
            return c;
        end += 1;
    }
    // "May", "Jan" and "Sept" on their own are too often not months.
    if (!m2 && !year && !yearWord) {
        qsizetype n = 0;
        if (!monthAt(i, true, &n))
            return c;
    }
    if (m2 && !year && !yearWord && !joinedByAnd && !the) {
        // "moved its meeting from March to February": months of no year in particular.
        const qsizetype from = DateTense::sentenceStart(m_t, i);
        for (qsizetype j = from; j < i; ++j)
            if (kw(j, K::Moved)) {
                c.begin = start;
                c.end = end;
                c.skip = true;
                return c;
            }
    }
    c.begin = start;
    c.end = end;
    c.month = m1;
    c.precision = m2 ? (the ? u"financial-quarter"_s : u"range"_s) : u"month"_s;
    auto span = [m1, m2](int y) {
        if (!m2)
            return DateSpan::month(y, m1);
        const int y1 = m1 > m2 ? y - 1 : y;
        return DateSpan::range(DateSpan::month(y1, m1), DateSpan::month(y, m2));
    };
    if (year) {
        c.resolve = fixed(span(year));
        c.shape = m2 ? Core::Shape::Other : Core::Shape::Month;
        if (the) {
            const int y1 = m1 > m2 ? year - 1 : year;
            c.resolve = fixed(DateSpan::months(y1, m1, (m2 - m1 + 12) % 12 + 1));
        }
    } else if (yearWord) {
        c.relative = true;
        c.resolve = [span, yearOffset](QDate d, Tense) { return span(d.year() + yearOffset); };
    } else {
        c.relative = true;
        c.inferred = true;
        c.shape = m2 ? Core::Shape::Other : Core::Shape::MonthNoYear;
        const bool quarter = the;
        c.resolve = [m1, m2, quarter](QDate d, Tense tense) {
            const DateSpan a = DateAnchor::month(d, m1, tense);
            if (!m2)
                return a;
            const int y2 = m2 < m1 ? a.first.year() + 1 : a.first.year();
            if (quarter)
                return DateSpan::months(a.first.year(), m1, (m2 - m1 + 12) % 12 + 1);
            return DateSpan::range(a, DateSpan::month(y2, m2));
        };
    }
    return c;
}

Core Reader::readYear(qsizetype i)
{
    Core c;
    // "the 1990s", "1970s": a decade.
    if (m_t.digits(i) == 4 && m_t.joined(i + 1) && m_t.at(i + 1).kind == DateTokens::Kind::Word &&
        m_t.view(i + 1) == u"s" && freeLeft(i)) {
        const int y = m_t[i].number;
        if (y >= 1900 && y <= 2090 && y % 10 == 0) {
            c.begin = i;
            c.end = i + 2;
            c.resolve = fixed(DateSpan::decade(y));
            c.precision = u"decade"_s;
            return c;
        }
        return c;
    }
    const int y = yearAt(i);
    if (!y)
        return c;
    c.begin = i;
    c.end = i + 1;
    c.resolve = fixed(DateSpan::year(y));
    c.precision = u"year"_s;
    return c;
}

Core Reader::readSeason(qsizetype i)
{
    Core c;
    qsizetype j = i;
    enum { Bare, The, This, Last, Next, Coming } which = Bare;
    if (kw(j, K::The)) {
        which = The;
        ++j;
        if (kw(j, K::Coming)) {
            which = Coming;
            ++j;
        }
    } else if (kw(j, K::This)) {
        which = This;
        ++j;
    } else if (kw(j, K::Last)) {
        which = Last;
        ++j;
    } else if (kw(j, K::Next)) {
        which = Next;
        ++j;
    }
    if (!m_t.isKind(j, WK::Season))
        return c;
    const int season = m_t.at(j).word.value;
    qsizetype e = j + 1;
    // "winter plan", "Winter pressures" funding, "spring budget": names and terms.
    if (kw(e, K::Plan) || kw(e, K::Planning) || kw(e, K::Pressures) || kw(e, K::Budget))
        return c;
    c.begin = i;
    // School terms: autumn September-December, spring January-Easter, summer Easter-July.
    if (kw(e, K::Term)) {
        if (season == 3)
            return {};
        c.end = e + 1;
        c.relative = true;
        c.inferred = true;
        c.approximate = true;
        c.precision = u"school-term"_s;
        c.resolve = [season](QDate d, Tense tense) {
            // Each about four months: January-April, April-July, September-December.
            const int startMonth = season == 0 ? 1 : season == 1 ? 4 : 9;
            const DateSpan a = DateAnchor::month(d, startMonth, tense);
            return DateSpan::months(a.first.year(), startMonth, 4);
        };
        return c;
    }
    c.precision = u"season"_s;
    // "the summer of 2018"
    qsizetype y = e;
    if (which == The && kw(e, K::Of))
        y = e + 1;
    if (which == Bare || which == The) {
        int fy = 0;
        const qsizetype fe = FinancialYearForm::read(m_t, y, &fy);
        if (fe > y && season == 3 && !kw(y, K::Fy)) {
            c.end = fe;
            c.resolve = fixed(DateSpan::season(fy, 3));
            return c;
        }
        if (const int year = yearAt(y)) {
            c.end = y + 1;
            c.resolve = fixed(DateSpan::season(year, season));
            return c;
        }
        int offset = 0;
        if (which == Bare && readYearWord(e, &offset) && offset == 1) {
            // "spring next year"
            c.end = e + 2;
            c.relative = true;
            c.resolve = [season](QDate d, Tense) { return DateSpan::season(d.year() + 1, season); };
            return c;
        }
    }
    // A bare season word is a season only when capitalised at the start of a sentence or
    // introduced by the article or a relative word.
    if (which == Bare && !(m_t.isCapitalised(j) && DateTense::sentenceStart(m_t, j) == j))
        return {};
    c.end = e;
    c.relative = true;
    c.inferred = which == Bare || which == The;
    c.resolve = [season, which](QDate d, Tense tense) {
        switch (which) {
        case This: {
            if (season == 3) {
                int from = 0;
                if (DateAnchor::seasonOf(d, &from) == 3)
                    return DateSpan::season(from, 3);
                return DateSpan::season(d.year(), 3);
            }
            return DateSpan::season(d.year(), season);
        }
        case Last: {
            DateSpan s = DateAnchor::season(d, season, Tense::Past);
            while (s.last >= d)
                s = s.addYears(-1);
            return s;
        }
        case Next:
        case Coming:
            return DateAnchor::season(d, season, Tense::Future);
        default:
            return DateAnchor::season(d, season, tense);
        }
    };
    return c;
}

Core Reader::readWeek(qsizetype i)
{
    Core c;
    qsizetype j = i;
    // w/c 6 May 2019; "the week ending 22 March 2020" is the week of that Sunday, which is
    // the same Monday-to-Sunday week.
    if (m_t.at(j).kind == DateTokens::Kind::Word &&
        m_t.view(j).compare(u"w", Qt::CaseInsensitive) == 0 && m_t.isPunct(j + 1, u'/') &&
        m_t.joined(j + 1) && m_t.joined(j + 2) &&
        m_t.view(j + 2).compare(u"c", Qt::CaseInsensitive) == 0) {
        j += 3;
    } else if (kw(j, K::The) && unit(j + 1, DateWords::Quarter) && kw(j + 2, K::To)) {
        // "the quarter to 31 December": the three months ending then.
        Core day = readDayMonth(j + 3);
        if (!day.ok())
            return c;
        c = day;
        c.begin = i;
        c.precision = u"financial-quarter"_s;
        c.shape = Core::Shape::Other;
        const Resolve inner = day.resolve;
        c.resolve = [inner](QDate d, Tense tense) {
            const DateSpan s = inner(d, tense);
            if (!s.isValid())
                return s;
            const QDate from = QDate(s.last.year(), s.last.month(), 1).addMonths(-2);
            return DateSpan::months(from.year(), from.month(), 3);
        };
        return c;
    } else if (kw(j, K::The) && unit(j + 1, DateWords::Week)) {
        if (kw(j + 2, K::Commencing) || kw(j + 2, K::Beginning) || kw(j + 2, K::Of) ||
            kw(j + 2, K::Ending)) {
            j += 3;
        } else if (kw(j + 2, K::Ahead)) {
            c.begin = i;
            c.end = j + 3;
            c.relative = true;
            c.precision = u"week"_s;
            c.resolve = [](QDate d, Tense) { return DateSpan::week(d.addDays(7)); };
            return c;
        } else {
            return c;
        }
    } else {
        return c;
    }
    Core day = readDayMonth(j);
    if (!day.ok()) {
        day = readNumeric(j);
        if (!day.ok())
            return c;
    }
    c = day;
    c.begin = i;
    c.precision = u"week"_s;
    const Resolve inner = day.resolve;
    c.resolve = [inner](QDate d, Tense tense) {
        const DateSpan s = inner(d, tense);
        return s.isValid() ? DateSpan::week(s.first) : s;
    };
    c.shape = Core::Shape::Other;
    return c;
}

Core Reader::readWeekday(qsizetype i)
{
    Core c;
    // "the second Tuesday of January"
    if (kw(i, K::The) &&
        (kw(i + 1, K::First) || kw(i + 1, K::Second) || kw(i + 1, K::Third) ||
         kw(i + 1, K::Fourth) || kw(i + 1, K::Last)) &&
        m_t.isKind(i + 2, WK::Weekday) && kw(i + 3, K::Of)) {
        qsizetype n = 0;
        const int month = monthAt(i + 4, false, &n);
        if (!month)
            return c;
        const int nth = kw(i + 1, K::First)    ? 1
                        : kw(i + 1, K::Second) ? 2
                        : kw(i + 1, K::Third)  ? 3
                        : kw(i + 1, K::Fourth) ? 4
                                               : -1;
        const int weekday = m_t.at(i + 2).word.value;
        c.begin = i;
        c.end = n;
        c.relative = true;
        c.inferred = true;
        c.precision = u"day"_s;
        c.resolve = [month, nth, weekday](QDate d, Tense tense) {
            const DateSpan m = DateAnchor::month(d, month, tense);
            if (nth < 0) {
                QDate x = m.last;
                while (x.dayOfWeek() != weekday)
                    x = x.addDays(-1);
                return DateSpan::day(x);
            }
            QDate x = m.first;
            while (x.dayOfWeek() != weekday)
                x = x.addDays(1);
            return DateSpan::day(x.addDays(7 * (nth - 1)));
        };
        return c;
    }
    if (!m_t.isKind(i, WK::Weekday) || !m_t.isCapitalised(i))
        return c;
    // "a Saturday", "Monday to Friday": not one day.
    if (m_t.at(i - 1).word.kind == WK::Number && m_t.at(i - 1).word.value == 1)
        return c;
    if ((kw(i + 1, K::To) || m_t.isDash(i + 1)) && m_t.isKind(i + 2, WK::Weekday))
        return c;
    if ((kw(i - 1, K::To) || m_t.isDash(i - 1)) && m_t.isKind(i - 2, WK::Weekday))
        return c;
    const int weekday = m_t.at(i).word.value;
    c.begin = i;
    c.end = i + 1;
    c.relative = true;
    c.inferred = true;
    c.precision = u"day"_s;
    c.resolve = [weekday](QDate d, Tense tense) { return DateAnchor::weekday(d, weekday, tense); };
    return c;
}

Core Reader::readRelative(qsizetype i)
{
    Core c;
    c.begin = i;
    c.relative = true;
    auto done = [&c](qsizetype end, QString precision, Resolve r) {
        c.end = end;
        c.precision = std::move(precision);
        c.resolve = std::move(r);
        return c;
    };
    if (kw(i, K::Today))
        return done(i + 1, u"day"_s, [](QDate d, Tense) { return DateSpan::day(d); });
    if (kw(i, K::Yesterday))
        return done(i + 1, u"day"_s, [](QDate d, Tense) { return DateSpan::day(d.addDays(-1)); });
    if (kw(i, K::Tomorrow))
        return done(i + 1, u"day"_s, [](QDate d, Tense) { return DateSpan::day(d.addDays(1)); });
    // "Christmas": 25 December; "over Christmas" is approximate.
    if (kw(i, K::Christmas) && m_t.isCapitalised(i)) {
        c.inferred = true;
        c.approximate = m_t.at(i - 1).kind == DateTokens::Kind::Word &&
                        m_t.view(i - 1).compare(u"over", Qt::CaseInsensitive) == 0;
        return done(i + 1, u"day"_s,
                    [](QDate d, Tense tense) { return DateAnchor::dayOfMonth(d, 12, 25, tense); });
    }
    // "three years ago", "a year ago": that whole unit.
    if (const int n = numberWordAt(i)) {
        if (m_t.at(i + 1).word.kind == WK::Unit && kw(i + 2, K::Ago)) {
            const int u = m_t.at(i + 1).word.value;
            switch (u) {
            case DateWords::Year:
                return done(i + 3, u"year"_s,
                            [n](QDate d, Tense) { return DateSpan::year(d.year() - n); });
            case DateWords::Month:
                return done(i + 3, u"month"_s, [n](QDate d, Tense) {
                    const QDate m = d.addMonths(-n);
                    return DateSpan::month(m.year(), m.month());
                });
            case DateWords::Week:
                return done(i + 3, u"week"_s,
                            [n](QDate d, Tense) { return DateSpan::week(d.addDays(-7 * n)); });
            case DateWords::Day:
                return done(i + 3, u"day"_s,
                            [n](QDate d, Tense) { return DateSpan::day(d.addDays(-n)); });
            default:
                break;
            }
        }
        return {};
    }
    // "later this month", "earlier this year"
    qsizetype j = i;
    if (kw(j, K::Later) || kw(j, K::Earlier)) {
        if (!kw(j + 1, K::This))
            return {};
        ++j;
    }
    // last/this/next week|month|year|weekend
    if (kw(j, K::Last) || kw(j, K::This) || kw(j, K::Next)) {
        // "the last year", "over the last year": a duration.
        if (kw(j, K::Last) && kw(j - 1, K::The))
            return {};
        const int step = kw(j, K::Last) ? -1 : kw(j, K::This) ? 0 : 1;
        if (unit(j + 1, DateWords::Week))
            return done(j + 2, u"week"_s,
                        [step](QDate d, Tense) { return DateSpan::week(d.addDays(7 * step)); });
        if (unit(j + 1, DateWords::Month) && m_t.view(j + 1).size() == 5)
            return done(j + 2, u"month"_s, [step](QDate d, Tense) {
                const QDate m = d.addMonths(step);
                return DateSpan::month(m.year(), m.month());
            });
        if (unit(j + 1, DateWords::Year) && m_t.view(j + 1).size() == 4) {
            // "in FY18/19 and again this year": the financial year.
            if (sentenceHasFinancialYear(j))
                return done(j + 2, u"financial-year"_s, [step](QDate d, Tense) {
                    return DateSpan::financialYear(DateAnchor::financialYearOf(d) + step);
                });
            return done(j + 2, u"year"_s,
                        [step](QDate d, Tense) { return DateSpan::year(d.year() + step); });
        }
        if (kw(j + 1, K::Weekend) && step == 0)
            return done(j + 2, u"weekend"_s, [](QDate d, Tense) {
                const QDate sat = d.addDays(6 - d.dayOfWeek());
                return DateSpan::days(sat, sat.addDays(1));
            });
        if (kw(j + 1, K::Financial) && unit(j + 2, DateWords::Year))
            return done(j + 3, u"financial-year"_s, [step](QDate d, Tense) {
                return DateSpan::financialYear(DateAnchor::financialYearOf(d) + step);
            });
        return {};
    }
    if (!kw(i, K::The))
        return {};
    // the new year; the new / current / whole financial year; the calendar year
    if (kw(i + 1, K::New) && unit(i + 2, DateWords::Year))
        return done(i + 3, u"year"_s, [](QDate d, Tense) { return DateSpan::year(d.year() + 1); });
    if (kw(i + 1, K::New) && kw(i + 2, K::Financial) && unit(i + 3, DateWords::Year))
        return done(i + 4, u"financial-year"_s, [](QDate d, Tense) {
            const int fy = DateAnchor::financialYearOf(d);
            return DateSpan::financialYear(d.month() >= 4 && d.month() <= 6 ? fy : fy + 1);
        });
    if ((kw(i + 1, K::Current) || kw(i + 1, K::Whole)) && kw(i + 2, K::Financial) &&
        unit(i + 3, DateWords::Year))
        return done(i + 4, u"financial-year"_s, [](QDate d, Tense) {
            return DateSpan::financialYear(DateAnchor::financialYearOf(d));
        });
    if (kw(i + 1, K::Financial) && unit(i + 2, DateWords::Year))
        return done(i + 3, u"financial-year"_s, [](QDate d, Tense) {
            return DateSpan::financialYear(DateAnchor::financialYearOf(d));
        });
    if (kw(i + 1, K::Calendar) && unit(i + 2, DateWords::Year))
        return done(i + 3, u"year"_s, [](QDate d, Tense) { return DateSpan::year(d.year()); });
    // "the rest of the year", "the rest of the school year": from the document date.
    if (kw(i + 1, K::Rest) && kw(i + 2, K::Of) && kw(i + 3, K::The)) {
        c.ahead = true;
        if (kw(i + 4, K::School) && unit(i + 5, DateWords::Year))
            return done(i + 6, u"range"_s, [](QDate d, Tense) {
                const int y = d.month() >= 9 ? d.year() + 1 : d.year();
                return DateSpan::days(d, QDate(y, 8, 31));
            });
        if (unit(i + 4, DateWords::Year)) {
            // In a text that has spoken of financial years, the year meant is one of them.
            const bool financial = m_seenFinancialYear;
            return done(i + 5, u"range"_s, [financial](QDate d, Tense) {
                if (financial)
                    return DateSpan::days(d, QDate(DateAnchor::financialYearOf(d) + 1, 3, 31));
                return DateSpan::days(d, QDate(d.year(), 12, 31));
            });
        }
    }
    return {};
}

// "a year later", "five years earlier", "the following fortnight", "the day of the
// deadline", "the day itself": counted from the mention before.
Core Reader::readPrevious(qsizetype i)
{
    Core c;
    c.begin = i;
    c.previous = true;
    const DateSpan prev = m_previous;
    if (const int n = numberWordAt(i)) {
        if (m_t.at(i + 1).word.kind != WK::Unit || kw(i + 3, K::Than))
            return {};
        const bool later = kw(i + 2, K::Later);
        if (!later && !kw(i + 2, K::Earlier))
            return {};
        const int u = m_t.at(i + 1).word.value;
        const int k = later ? n : -n;
        c.end = i + 3;
        // A shift keeps the precision of what it shifts.
        c.precision = m_previousPrecision.isEmpty() ? u"range"_s : m_previousPrecision;
        c.resolve = [prev, u, k](QDate, Tense) {
            switch (u) {
            case DateWords::Year:
                return prev.addYears(k);
            case DateWords::Month:
                return prev.addMonths(k);
            case DateWords::Week:
                return prev.addDays(7 * k);
            case DateWords::Fortnight:
                return prev.addDays(14 * k);
            case DateWords::Day:
                return prev.addDays(k);
            default:
                return DateSpan();
            }
        };
        return c;
    }
    if (!kw(i, K::The))
        return {};
    if (kw(i + 1, K::Following) && m_t.at(i + 2).word.kind == WK::Unit) {
        const int u = m_t.at(i + 2).word.value;
        c.end = i + 3;
        c.resolve = [prev, u](QDate, Tense) {
            const QDate after = prev.last.addDays(1);
            switch (u) {
            case DateWords::Day:
                return DateSpan::day(after);
            case DateWords::Week:
                return DateSpan::days(after, after.addDays(6));
            case DateWords::Fortnight:
                return DateSpan::days(after, after.addDays(13));
            case DateWords::Month:
                return DateSpan::month(after.year(), after.month());
            case DateWords::Year:
                return DateSpan::year(after.year());
            default:
                return DateSpan();
            }
        };
        c.precision = u == DateWords::Fortnight ? u"week"_s : u"range"_s;
        return c;
    }
    if (unit(i + 1, DateWords::Day) && m_t.view(i + 1).size() == 3) {
        const DateSpan day = m_previousDay;
        if (kw(i + 2, K::Itself)) {
            c.end = i + 3;
        } else if (kw(i + 2, K::Of) && kw(i + 3, K::The) && kw(i + 4, K::Deadline)) {
            c.end = i + 5;
        } else {
            return {};
        }
        // "This year I get the day itself": that day in the year just named.
        if (day.isValid() && prev.unit == DateSpan::Unit::Year &&
            prev.first.year() != day.first.year()) {
            const QDate moved(prev.first.year(), day.first.month(), day.first.day());
            c.resolve = fixed(moved.isValid() ? DateSpan::day(moved) : day);
        } else {
            c.resolve = fixed(day);
        }
        c.precision = u"day"_s;
        return c;
    }
    return {};
}

// "within six weeks of the date of this letter": a deadline counted from the document date.
Core Reader::readDeadline(qsizetype i)
{
    Core c;
    const int n = numberWordAt(i);
    if (!n || !kw(i - 1, K::Within) || m_t.at(i + 1).word.kind != WK::Unit)
        return c;
    if (!(kw(i + 2, K::Of) && kw(i + 3, K::The) && kw(i + 4, K::Date) && kw(i + 5, K::Of) &&
          kw(i + 6, K::This)))
        return c;
    // "… of this letter", "… of this notice": the document's own word ends it.
    if (i + 7 >= m_t.size() || m_t.at(i + 7).kind != DateTokens::Kind::Word)
        return c;
    const int u = m_t.at(i + 1).word.value;
    c.begin = i;
    c.end = i + 8;
    c.relative = true;
    c.precision = u"by"_s;
    c.bound = Bound::By;
    c.resolve = [n, u](QDate d, Tense) {
        switch (u) {
        case DateWords::Day:
            return DateSpan::day(d.addDays(n));
        case DateWords::Week:
            return DateSpan::day(d.addDays(7 * n));
        case DateWords::Fortnight:
            return DateSpan::day(d.addDays(14 * n));
        case DateWords::Month:
            return DateSpan::day(d.addMonths(n));
        default:
            return DateSpan();
        }
    };
    return c;
}

Core Reader::readCore(qsizetype i)
{
    const auto &tok = m_t.at(i);
    if (tok.kind == DateTokens::Kind::Number) {
        if (Core c = readNumeric(i); c.ok())
            return c;
        if (Core c = readFinancial(i); c.ok())
            return c;
        if (Core c = readDayMonth(i); c.ok())
            return c;
        if (Core c = readYear(i); c.ok())
            return c;
        if (Core c = readDeadline(i); c.ok())
            return c;
        if (Core c = readPrevious(i); c.ok())
            return c;
        return {};
    }
    if (tok.kind != DateTokens::Kind::Word || tok.word.kind == WK::None)
        return {};
    if (Core c = readFinancial(i); c.ok())
        return c;
    if (Core c = readDayMonth(i); c.ok())
        return c;
    if (Core c = readWeek(i); c.ok())
        return c;
    if (Core c = readWeekday(i); c.ok())
        return c;
    if (Core c = readMonth(i); c.ok() || c.skip)
        return c;
    if (Core c = readSeason(i); c.ok())
        return c;
    if (Core c = readPrevious(i); c.ok())
        return c;
    if (Core c = readRelative(i); c.ok())
        return c;
    if (Core c = readDeadline(i); c.ok())
        return c;
    return {};
}

// "2020/21 to 2022/23", "5 September to 27 November 2016", "23 December – 3 January".
Core Reader::withRange(Core a)
{
    const qsizetype k = a.end;
    if (!(m_t.isDash(k) || kw(k, K::To)) || a.previous)
        return a;
    // "moved from 27 September to 30/09/2019": one date changed into another.
    for (qsizetype j = DateTense::sentenceStart(m_t, a.begin); j < a.begin; ++j)
        if (kw(j, K::Moved))
            return a;
    Core b = readCore(k + 1);
    if (!b.ok() || b.previous || kw(k + 1, K::The))
        return a;
    const bool aNoYear = a.shape == Core::Shape::DayNoYear || a.shape == Core::Shape::MonthNoYear;
    const bool bNoYear = b.shape == Core::Shape::DayNoYear || b.shape == Core::Shape::MonthNoYear;
    if (a.relative && !aNoYear)
        return a;
    Core r = a;
    r.end = b.end;
    r.precision = u"range"_s;
    r.shape = Core::Shape::Other;
    r.relative = a.relative || b.relative;
    r.inferred = a.inferred && b.inferred;
    const Resolve ra = a.resolve;
    const Resolve rb = b.resolve;
    const int am = a.month, ad = a.day, bm = b.month, bd = b.day;
    const auto ashape = a.shape, bshape = b.shape;
    auto make = [](Core::Shape shape, int y, int m, int d) {
        return shape == Core::Shape::DayNoYear ? DateSpan::day(QDate(y, m, d))
                                               : DateSpan::month(y, m);
    };
    if (aNoYear && !b.relative) {
        // The first end takes the year of the second: "29 February-2015" has none to take.
        const DateSpan second = rb(QDate(), Tense::Past);
        DateSpan first = make(ashape, second.first.year(), am, ad);
        if (first.isValid() && first.first > second.first)
            first = make(ashape, second.first.year() - 1, am, ad);
        if (!second.isValid() || !DateSpan::range(first, second).isValid())
            return a;
        r.inferred = false;
        r.relative = false;
        r.resolve = [rb, make, ashape, am, ad](QDate d, Tense t) {
            const DateSpan y = rb(d, t);
            DateSpan x = make(ashape, y.first.year(), am, ad);
            if (x.first > y.first)
                x = make(ashape, y.first.year() - 1, am, ad);
            return DateSpan::range(x, y);
        };
        return r;
    }
    if (aNoYear && bNoYear) {
        r.resolve = [ra, make, bshape, bm, bd](QDate d, Tense t) {
            const DateSpan x = ra(d, t);
            if (!x.isValid())
                return x;
            DateSpan y = make(bshape, x.first.year(), bm, bd);
            if (y.last < x.first)
                y = make(bshape, x.first.year() + 1, bm, bd);
            return DateSpan::range(x, y);
        };
        return r;
    }
    if (!a.relative && !b.relative) {
        // "2020/21 to 1970s" is two dates, not a range that ends before it begins.
        const DateSpan x = ra(QDate(), Tense::Past), y = rb(QDate(), Tense::Past);
        if (!DateSpan::range(x, y).isValid())
            return a;
        r.resolve = [ra, rb](QDate d, Tense t) { return DateSpan::range(ra(d, t), rb(d, t)); };
        return r;
    }
    return a;
}

// Thirds, halves and "the end of": "early March 2019", "mid-2019", "the end of January",
// "the start of 2020", "early in the new year", "the first half of the year".
Core Reader::readModified(qsizetype i)
{
    qsizetype j = i;
    int third = -1;
    if (kw(j, K::The) && kw(j + 2, K::Of) &&
        (kw(j + 1, K::End) || kw(j + 1, K::Start) || kw(j + 1, K::Beginning) ||
         kw(j + 1, K::Middle))) {
        third = kw(j + 1, K::End) ? 2 : kw(j + 1, K::Middle) ? 1 : 0;
        j += 3;
    } else if (kw(j, K::Early) || kw(j, K::Mid) || kw(j, K::Late)) {
        third = kw(j, K::Early) ? 0 : kw(j, K::Mid) ? 1 : 2;
        ++j;
        if (m_t.isDash(j) && m_t.joined(j))
            ++j;
        else if (kw(j, K::In))
            ++j;
    } else {
        return {};
    }
    Core inner = readCore(j);
    if (!inner.ok())
        return {};
    // "the end of Q4", "the end of next month"
    Core c = inner;
    c.begin = i;
    c.approximate = true;
    c.precision = u"third"_s;
    c.whole = inner.resolve;
    const Resolve r = inner.resolve;
    c.resolve = [r, third](QDate d, Tense t) {
        const DateSpan s = r(d, t);
        return s.isValid() ? s.third(third) : s;
    };
    return c;
}

Core Reader::read(qsizetype i)
{
    if (Core c = readModified(i); c.ok())
        return c;
    if (Core c = readCore(i); c.ok())
        return withRange(c);
    else if (c.skip)
        return c;
    // "between now and the end of March", "now until March"
    if (kw(i, K::Now) && (kw(i + 1, K::And) || kw(i + 1, K::Until))) {
        Core b = readModified(i + 2);
        if (!b.ok())
            b = readCore(i + 2);
        if (!b.ok())
            return {};
        Core c = b;
        c.begin = i;
        c.relative = true;
        c.ahead = true;
        c.approximate = false;
        c.precision = u"range"_s;
        const Resolve rb = b.resolve;
        c.resolve = [rb](QDate d, Tense) {
            const DateSpan e = rb(d, Tense::Future);
            return e.isValid() ? DateSpan::days(d, e.last) : e;
        };
        return c;
    }
    return {};
}

qsizetype Reader::codePoint(qsizetype utf16)
{
    if (utf16 < m_cpIndex) { // behind the last asked for: count again from the start
        m_cpIndex = 0;
        m_cpCount = 0;
    }
    while (m_cpIndex < utf16) {
        if (m_text[m_cpIndex].isHighSurrogate() && m_cpIndex + 1 < m_text.size() &&
            m_text[m_cpIndex + 1].isLowSurrogate())
            ++m_cpIndex;
        ++m_cpIndex;
        ++m_cpCount;
    }
    return m_cpCount;
}

// Whether a mention can begin with token i: a number, a date word, or one of the few
// keywords that open a time phrase ("the", "last", "early", …); not "in", "of", "will".
bool canBegin(const DateTokens &t, qsizetype i)
{
    const auto &tok = t[i];
    if (tok.kind == DateTokens::Kind::Number)
        return true;
    if (tok.kind != DateTokens::Kind::Word)
        return false;
    switch (tok.word.kind) {
    case WK::None:
    case WK::Future:
    case WK::Past:
        return false;
    case WK::Keyword:
        switch (tok.word.value) {
        case K::The:
        case K::Today:
        case K::Yesterday:
        case K::Tomorrow:
        case K::Last:
        case K::This:
        case K::Next:
        case K::Later:
        case K::Earlier:
        case K::Early:
        case K::Mid:
        case K::Late:
        case K::Christmas:
        case K::Now:
        case K::Fy:
        case K::Q:
        case K::W:
        case K::Financial:
            return true;
        default:
            return false;
        }
    default:
        return true;
    }
}

QList<DateMention> Reader::run()
{
    // A long text is read in parts that end at a blank line, which ends a sentence anyway, so
    // that the tokens of only one part are held at a time.
    constexpr qsizetype kPart = 1 << 15;
    QList<DateMention> out;
    for (qsizetype a = 0; a < m_text.size();) {
        qsizetype b = m_text.size();
        if (b - a > kPart) {
            const qsizetype blank = m_text.indexOf(u"\n\n", a + kPart);
            if (blank >= 0)
                b = blank + 2;
        }
        readPart(m_text.sliced(a, b - a), a, &out);
        a = b;
    }
    return out;
}

void Reader::readPart(QStringView part, qsizetype offset, QList<DateMention> *outList)
{
    QList<DateMention> &out = *outList;
    m_t = DateTokens(part);
    m_offset = offset;
    for (qsizetype i = 0; i < m_t.size();) {
        if (!canBegin(m_t, i)) {
            ++i;
            continue;
        }
        Core c = read(i);
        if (c.skip) {
            i = c.end;
            continue;
        }
        if (!c.ok()) {
            ++i;
            continue;
        }
        qsizetype end = c.end;
        // The bounding prepositions before, and "onwards" after.
        Bound bound = c.bound;
        // "since the 1970s": the article is not part of the mention.
        const qsizetype p = kw(c.begin - 1, K::The) ? c.begin - 2 : c.begin - 1;
        if (kw(p, K::By))
            bound = Bound::By;
        else if (kw(p, K::Before))
            bound = Bound::Before;
        else if (kw(p, K::After))
            bound = Bound::After;
        else if (kw(p, K::Since)) {
            bound = Bound::Since;
            // "the first 29 February since 29 February 2016": no bound.
            for (qsizetype j = p - 1; j >= p - 4 && j >= 0; --j)
                if (kw(j, K::First))
                    bound = Bound::None;
        }
        if (kw(end, K::Onwards)) {
            bound = Bound::Since;
            ++end;
        }
        Resolve resolve = c.resolve;
        bool approximate = c.approximate;
        QString precision = c.precision;
        // "by the end of October" bounds October; "before the end of January" too.
        if ((bound == Bound::By || bound == Bound::Before) && c.whole && kw(c.begin, K::The) &&
            kw(c.begin + 1, K::End)) {
            resolve = c.whole;
            approximate = false;
            bound = Bound::By;
        }
        // Dates that come round every year are not one date.
        if ((c.inferred || c.shape == Core::Shape::DayNoYear) && sentenceRepeatsEveryYear(i)) {
            i = end;
            continue;
        }
        if (kw(end, K::In) && kw(end + 1, K::Each) && unit(end + 2, DateWords::Year)) {
            i = end + 3;
            continue;
        }
        bool strongTense = false;
        Tense tense = DateTense::around(m_t, c.begin, end, &strongTense);
        // "the December meeting": a month naming a meeting or report is the next one.
        if (c.shape == Core::Shape::MonthNoYear && kw(c.begin - 1, K::The))
            tense = Tense::Present;
        if (tense == Tense::Present && (bound == Bound::By || bound == Bound::Before))
            tense = Tense::Future;
        if (bound == Bound::Since || bound == Bound::After)
            tense = Tense::Past;
        DateSpan span;
        // A document dated "c. June 2018" speaking of "14 June" means the one in June 2018.
        if (c.shape == Core::Shape::DayNoYear && m_anchor.isValid() &&
            m_anchor.firstDay() != m_anchor.lastDay()) {
            for (int y : {m_anchor.firstDay().year(), m_anchor.lastDay().year()}) {
                const QDate x(y, c.month, c.day);
                if (x.isValid() && x >= m_anchor.firstDay() && x <= m_anchor.lastDay())
                    span = DateSpan::day(x);
            }
        }
        if (!span.isValid()) {
            if (c.relative)
                span = m_anchor.over([&](QDate d) { return resolve(d, tense); });
            else
                span = resolve(QDate(), tense);
        }
        EventDate date;
        if (span.isValid()) {
            date = bound == Bound::None ? span.toEventDate() : span.toOpenEnded(bound);
            // A decade cannot bound a date: "since the 1970s" is about since 1970.
            if (bound != Bound::None && span.unit == DateSpan::Unit::Decade)
                approximate = true;
        }
        if (date.isValid()) {
            date.setApproximate(approximate);
            bool planned = tense == Tense::Future;
            if (m_anchor.isValid()) {
                if (date.last() < m_anchor.firstDay())
                    planned = false;
                else if (date.first() > m_anchor.lastDay())
                    planned = true;
                // A period that has begun is still to come only when the words say so:
                // "help people stay well this winter" is not planned.
                else if (span.first <= m_anchor.firstDay() && m_anchor.lastDay() <= span.last &&
                         !strongTense)
                    planned = false;
                // The document's own day is not still to come ("subject to approval today").
                else if (span.first == span.last && span.first == m_anchor.firstDay() &&
                         m_anchor.firstDay() == m_anchor.lastDay())
                    planned = false;
            }
            date.setPlanned(planned || (c.ahead && m_anchor.isValid()));
        }
        if (bound != Bound::None)
            precision = bound == Bound::By       ? u"by"_s
                        : bound == Bound::Before ? u"before"_s
                        : bound == Bound::After  ? u"after"_s
                                                 : u"since"_s;
        // Words that read as a date but name none, with nothing to count it from: no mention.
        if (!date.isValid() && !c.previous && !c.relative) {
            i = end;
            continue;
        }
        DateMention m;
        const qsizetype s16 = m_offset + m_t[c.begin].start;
        const qsizetype e16 = m_offset + m_t[end - 1].end;
        m.start = codePoint(s16);
        m.end = codePoint(e16);
        // Mentions are in order and never overlap: one that reaches back into the last is
        // the same words read twice.
        if (m.start >= m.end || (!out.isEmpty() && m.start < out.constLast().end)) {
            i = end;
            continue;
        }
        m.text = m_text.sliced(s16, e16 - s16).toString();
        m.date = date;
        m.precision = precision;
        m.anchor = c.previous   ? DateMention::Anchor::Previous
                   : c.relative ? DateMention::Anchor::Document
                                : DateMention::Anchor::None;
        m.inferred = c.inferred;
        out.append(m);
        if (span.isValid()) {
            m_previous = span;
            m_previousPrecision = c.precision;
            if (span.startPart().unit == DateSpan::Unit::FinancialYear)
                m_seenFinancialYear = true;
            if (span.first == span.last)
                m_previousDay = span;
        }
        i = end;
    }
}

} // namespace

QList<DateMention> DateMentionFinder::find(QStringView text, const EventDate &documentDate)
{
    return Reader(text, documentDate).run();
}

#include "financialyearform.h"

namespace {

bool isSlashOrDash(const DateTokens &t, qsizetype i)
{
    return t.isPunct(i, u'/') || t.isPunct(i, u'-') || t.isPunct(i, u'\u2013');
}

// Nothing glued on either side: no "/07" after it, no "CAB/" before it.
bool freeLeft(const DateTokens &t, qsizetype i)
{
    if (!t.joined(i))
        return true;
    const auto &p = t.at(i - 1);
    return p.kind == DateTokens::Kind::Punct && !t.isPunct(i - 1, u'/') &&
           !t.isPunct(i - 1, u'.') && !t.isPunct(i - 1, u'-');
}

bool freeRight(const DateTokens &t, qsizetype i)
{
    if (!t.joined(i + 1))
        return true;
    const auto &n = t.at(i + 1);
    if (n.kind != DateTokens::Kind::Punct)
        return false;
    if (t.isPunct(i + 1, u'/') || t.isPunct(i + 1, u'%'))
        return false;
    if ((t.isPunct(i + 1, u'-') || t.isPunct(i + 1, u'.')) && t.joined(i + 2) &&
        t.at(i + 2).kind == DateTokens::Kind::Number)
        return false;
    return true;
}

// "2018/19" or "2018/2019" at i.
qsizetype fourDigitForm(const DateTokens &t, qsizetype i, int *startYear)
{
    if (t.digits(i) != 4 || !isSlashOrDash(t, i + 1) || !t.joined(i + 1) || !t.joined(i + 2))
        return i;
    const int y = t[i].number;
    if (y < 1900 || y > 2098)
        return i;
    const qsizetype d = t.digits(i + 2);
    const int second = t.at(i + 2).number;
    if (!((d == 2 && second == (y + 1) % 100) || (d == 4 && second == y + 1)))
        return i;
    if (!freeRight(t, i + 2))
        return i;
    *startYear = y;
    return i + 3;
}

} // namespace

qsizetype FinancialYearForm::read(const DateTokens &t, qsizetype i, int *startYear)
{
    if (t.isKeyword(i, DateWords::Fy)) {
        if (!freeLeft(t, i))
            return i;
        // FY18/19
        if (t.joined(i + 1) && t.digits(i + 1) == 2 && isSlashOrDash(t, i + 2) && t.joined(i + 2) &&
            t.joined(i + 3) && t.digits(i + 3) == 2 &&
            t[i + 3].number == (t[i + 1].number + 1) % 100 && freeRight(t, i + 3)) {
            *startYear = 2000 + t[i + 1].number;
            return i + 4;
        }
        // FY 2018/19, FY2018/19
        const qsizetype e = fourDigitForm(t, i + 1, startYear);
        return e > i + 1 ? e : i;
    }
    if (!freeLeft(t, i))
        return i;
    return fourDigitForm(t, i, startYear);
}

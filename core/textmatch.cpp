#include "textmatch.h"

namespace {

bool isFoldTarget(QChar c)
{
    return c == u'\'' || c == u'"' || c == u' ' || c == u'-';
}

} // namespace

TextMatch::TextMatch(const QString &needle)
{
    const QString trimmed = needle.trimmed();
    m_needle.reserve(trimmed.size());
    m_plain = true;
    for (const QChar c : trimmed) {
        const QChar folded = fold(c);
        m_plain = m_plain && !isFoldTarget(folded);
        m_needle.append(folded);
    }
}

QChar TextMatch::fold(QChar c)
{
    switch (c.unicode()) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201B: // ‛
    case 0x2032: // ′
        return u'\'';
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2033: // ″
        return u'"';
    case 0x00A0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case u'\t':
    case u'\n':
        return u' ';
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // –
    case 0x2014: // —
    case 0x2212: // minus
        return u'-';
    default:
        return c.toCaseFolded();
    }
}

qsizetype TextMatch::indexIn(QStringView haystack, qsizetype from) const
{
    if (m_needle.isEmpty() || from < 0)
        return -1;
    // Without a character that folding makes, folding the haystack cannot create a match.
    if (m_plain)
        return haystack.indexOf(m_needle, from, Qt::CaseInsensitive);
    const qsizetype n = m_needle.size();
    const QChar first = m_needle.front();
    for (qsizetype at = from; at + n <= haystack.size(); ++at) {
        if (fold(haystack[at]) != first)
            continue;
        qsizetype i = 1;
        while (i < n && fold(haystack[at + i]) == m_needle[i])
            ++i;
        if (i == n)
            return at;
    }
    return -1;
}

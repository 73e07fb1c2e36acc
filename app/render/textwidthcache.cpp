#include "textwidthcache.h"

#include <cmath>
#include <limits>

namespace {

constexpr char16_t kEllipsis = u'\u2026';
constexpr char16_t kLastCached = 0x20CF; // through currency symbols

// Characters that are drawn one glyph each, whatever surrounds them: Latin letters with
// precomposed accents, general punctuation (dashes, curly quotes, ellipsis) and currency.
bool isSimple(char16_t c)
{
    return (c >= 0x20 && c < 0x0300) ||
           (c >= 0x2000 && c <= kLastCached && c != 0x200C && c != 0x200D);
}

} // namespace

TextWidthCache::TextWidthCache(const QFont &font)
    : m_metrics(font), m_advances(kLastCached + 1, std::numeric_limits<float>::quiet_NaN())
{
    m_ellipsis = m_metrics.horizontalAdvance(QChar(kEllipsis));
}

qreal TextWidthCache::advance(char16_t c) const
{
    if (!isSimple(c))
        return -1;
    float &a = m_advances[c];
    if (std::isnan(a))
        a = float(m_metrics.horizontalAdvance(QChar(c)));
    return a;
}

qreal TextWidthCache::width(QStringView text) const
{
    qreal total = 0;
    for (const QChar c : text) {
        const qreal a = advance(c.unicode());
        if (a < 0)
            return m_metrics.horizontalAdvance(text.toString());
        total += a;
    }
    return total;
}

QString TextWidthCache::elided(const QString &text, qreal maxWidth) const
{
    qreal total = 0;
    qsizetype fit = -1; // characters that fit with an ellipsis after them
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qreal a = advance(text.at(i).unicode());
        if (a < 0)
            return m_metrics.elidedText(text, Qt::ElideRight, maxWidth);
        if (fit < 0 && total + a + m_ellipsis > maxWidth)
            fit = i;
        total += a;
        if (total > maxWidth) {
            if (m_ellipsis > maxWidth)
                return {};
            // Cut at a word boundary, as people do; it also keeps the number of different
            // cuts of a title (each laid out and cached once) small.
            QStringView head = QStringView(text).left(std::max<qsizetype>(fit, 0));
            const qsizetype space = head.lastIndexOf(u' ');
            if (space > 0)
                head = head.left(space);
            while (head.endsWith(u' ') || head.endsWith(u',') || head.endsWith(u'.'))
                head.chop(1);
            return head.toString() + QChar(kEllipsis);
        }
    }
    return text;
}

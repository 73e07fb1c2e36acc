#include "inputlimits.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Limits are whole mebibytes.
QString size(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    return u"%1 bytes"_s.arg(bytes);
}

QString codePoint(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString InputLimits::tooLarge(qint64 bytes, qint64 maxBytes)
{
    return u"it is %1, more than the %2 allowed"_s.arg(size(bytes), size(maxBytes));
}

QString InputLimits::quoted(QStringView text, qsizetype limit)
{
    return u'\u201C' + shortened(text, limit) + u'\u201D';
}

QString InputLimits::shortened(QStringView text, qsizetype limit)
{
    QString shown;
    const bool cut = text.size() > limit;
    const QStringView head = cut ? text.left(limit - 1) : text;
    shown.reserve(head.size() + 2);
    for (qsizetype i = 0; i < head.size(); ++i) {
        const QChar c = head[i];
        if (c == u'\n')
            shown += u"\\n"_s;
        else if (c == u'\r')
            shown += u"\\r"_s;
        else if (c == u'\t')
            shown += u"\\t"_s;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F ||
                 (c.isHighSurrogate() && !(i + 1 < text.size() && text[i + 1].isLowSurrogate())) ||
                 (c.isLowSurrogate() && !(i > 0 && text[i - 1].isHighSurrogate())))
            shown += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        else if (cut && i == head.size() - 1 && c.isHighSurrogate())
            break; // never end on half a pair
        else
            shown += c;
    }
    if (cut)
        shown = shown.trimmed() + u'\u2026';
    return shown;
}

QString InputLimits::firstBadCharacter(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
#if defined(__SSE2__)
        // Eight units at a time. Taken as signed 16-bit numbers, every control character
        // and every unit from U+8000 up (the surrogates among them) is below 0x20, so a block
        // with none of those and no DEL is text: nearly every block of every file.
        if (i + 8 <= n) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
            const __m128i suspect = _mm_or_si128(_mm_cmplt_epi16(block, _mm_set1_epi16(0x20)),
                                                 _mm_cmpeq_epi16(block, _mm_set1_epi16(0x7F)));
            if (_mm_movemask_epi8(suspect) == 0) {
                i += 8;
                continue;
            }
        }
#endif
        // A block that may hold something, or the last few units: one at a time.
        for (const qsizetype end = std::min(n, i + 8); i < end; ++i) {
            const char16_t u = units[i];
            if (u >= 0x20 && u < 0xD800 && u != 0x7F)
                continue;
            if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F)
                return u"the control character "_s + codePoint(u);
            if (QChar::isHighSurrogate(u)) {
                if (i + 1 < n && QChar::isLowSurrogate(units[i + 1])) {
                    ++i; // the pair may end in the next block: that block then starts after it
                    continue;
                }
                return u"an unpaired surrogate "_s + codePoint(u);
            }
            if (QChar::isLowSurrogate(u))
                return u"an unpaired surrogate "_s + codePoint(u);
        }
    }
    return {};
}

#include "inputlimits.h"

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
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0xD800 && u != 0x7F) // nearly every unit: one test
            continue;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F)
            return u"the control character "_s + codePoint(u);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return u"an unpaired surrogate "_s + codePoint(u);
        }
        if (c.isLowSurrogate())
            return u"an unpaired surrogate "_s + codePoint(u);
    }
    return {};
}

#include "searchhighlight.h"

#include "textmatch.h"

QTextCharFormat SearchHighlight::format()
{
    QTextCharFormat format;
    format.setBackground(background());
    format.setForeground(foreground());
    return format;
}

QList<QTextLayout::FormatRange> SearchHighlight::ranges(const QString &text, const QString &needle)
{
    QList<QTextLayout::FormatRange> result;
    const TextMatch match(needle);
    if (match.isEmpty())
        return result;
    const QTextCharFormat matchFormat = format();
    for (qsizetype at = match.indexIn(text); at >= 0;
         at = match.indexIn(text, at + match.length())) {
        result.append({int(at), int(match.length()), matchFormat});
    }
    return result;
}

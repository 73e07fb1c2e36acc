#include "searchhighlight.h"

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
    const QString term = needle.trimmed();
    if (term.isEmpty())
        return result;
    const QTextCharFormat matchFormat = format();
    for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
        result.append({int(at), int(term.size()), matchFormat});
    }
    return result;
}

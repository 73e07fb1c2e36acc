#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextLayout>

// How search matches look wherever text is shown (the list, the source pane, the timeline):
// dark text on amber, which reads on light, dark and high-contrast palettes alike, and
// where the matches are (the same case-insensitive rule as EventFilter).
class SearchHighlight
{
public:
    static QColor background() { return QColor(0xff, 0xd5, 0x4f); }
    static QColor foreground() { return QColor(0x1a, 0x1a, 0x1a); }
    static QTextCharFormat format();

    // Every occurrence of needle (trimmed, case-insensitive) in text, as format ranges.
    static QList<QTextLayout::FormatRange> ranges(const QString &text, const QString &needle);
};

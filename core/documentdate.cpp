#include "documentdate.h"

#include "datementionfinder.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The line holding [start, end) of text (UTF-16), without its line break.
QStringView lineAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype a = start;
    while (a > 0 && text[a - 1] != u'\n')
        --a;
    qsizetype b = end;
    while (b < text.size() && text[b] != u'\n')
        ++b;
    return text.sliced(a, b - a).trimmed();
}

bool isShoutedOrShort(QStringView line)
{
    if (line.size() <= 60)
        return true;
    for (QChar c : line)
        if (c.isLower())
            return false;
    return true;
}

qsizetype toUtf16(QStringView text, qsizetype codePoint)
{
    qsizetype i = 0;
    for (qsizetype cp = 0; cp < codePoint && i < text.size(); ++cp)
        i += (text[i].isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

} // namespace

DocumentDate DocumentDate::find(QStringView text)
{
    DocumentDate result;
    const QList<DateMention> mentions = DateMentionFinder::find(text);
    // A heading, dateline or letter date: a whole day named near the top, on a short line
    // of its own or a shouted heading ("CABINET – 16 JULY 2019", "Date of meeting: …").
    int lines = 0;
    qsizetype scanned = 0;
    for (const DateMention &m : mentions) {
        const qsizetype s16 = toUtf16(text, m.start);
        for (qsizetype i = scanned; i < s16 && i < text.size(); ++i)
            if (text[i] == u'\n' && i + 1 < text.size() && text[i + 1] != u'\n')
                ++lines;
        scanned = s16;
        if (lines > 14)
            break;
        if (m.anchor != DateMention::Anchor::None || !m.date.isValid() || m.date.isOpenEnded() ||
            m.date.isRange() || m.date.start().precision() != DatePoint::Precision::Day)
            continue;
        const QStringView line = lineAround(text, s16, toUtf16(text, m.end));
        if (!isShoutedOrShort(line))
            continue;
        result.date = EventDate(m.date.start());
        result.fromHeading = true;
        result.basis = u"Dated by the line '%1' near its top."_s.arg(line.toString());
        return result;
    }
    // Otherwise bounded by what it cites: the latest day it speaks of as past, the earliest
    // it speaks of as still to come.
    QDate after, before;
    QString afterText, beforeText;
    for (const DateMention &m : mentions) {
        if (m.anchor != DateMention::Anchor::None || !m.date.isValid() || m.date.isOpenEnded())
            continue;
        if (m.date.isPlanned()) {
            if (!before.isValid() || m.date.first() < before) {
                before = m.date.first();
                beforeText = m.text;
            }
        } else if (!after.isValid() || m.date.last() > after) {
            after = m.date.last();
            afterText = m.text;
        }
    }
    if (before.isValid() && after.isValid() && before <= after)
        before = QDate();
    if (!after.isValid() && !before.isValid()) {
        result.basis = u"No heading date and no dated evidence."_s;
        return result;
    }
    QStringList why;
    if (after.isValid() && before.isValid()) {
        result.date = EventDate::openEnded(EventDate::Bound::Before, DatePoint::day(before),
                                           EventDate::Bound::After, DatePoint::day(after));
    } else if (after.isValid()) {
        result.date = EventDate::openEnded(EventDate::Bound::After, DatePoint::day(after));
    } else {
        result.date = EventDate::openEnded(EventDate::Bound::Before, DatePoint::day(before));
    }
    if (after.isValid())
        why << u"'%1' is past"_s.arg(afterText);
    if (before.isValid())
        why << u"'%1' is still to come"_s.arg(beforeText);
    result.basis = u"No heading date: "_s + why.join(u"; "_s) + u'.';
    return result;
}

#include "datetokens.h"

#include <QString>

DateTokens::DateTokens(QStringView text) : m_text(text)
{
    m_tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    bool space = false;
    int lines = 0;
    QString lower;
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            if (c == u'\n' && lines < 2)
                ++lines;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        t.spaceBefore = space;
        t.linesBefore = quint8(lines);
        space = false;
        lines = 0;
        if (c.isDigit() && c.unicode() < 128) {
            qsizetype j = i;
            qint64 value = 0;
            while (j < n && text[j].unicode() >= u'0' && text[j].unicode() <= u'9') {
                if (j - i < 9)
                    value = value * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            t.kind = Kind::Number;
            t.number = j - i <= 9 ? int(value) : -1;
            t.end = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && (text[j].isLetter() || text[j].isMark()))
                ++j;
            t.kind = Kind::Word;
            t.end = j;
            if (j - i <= 12) {
                lower.resize(j - i);
                for (qsizetype k = i; k < j; ++k)
                    lower[k - i] = text[k].toLower();
                t.word = DateWords::lookup(lower);
            }
        } else {
            t.kind = Kind::Punct;
            // A surrogate pair is one character.
            t.end =
                (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) ? i + 2 : i + 1;
        }
        i = t.end;
        m_tokens.append(t);
    }
}

bool DateTokens::isDash(qsizetype i) const
{
    if (at(i).kind != Kind::Punct || at(i).end <= at(i).start)
        return false;
    const char16_t c = m_text[at(i).start].unicode();
    return c == u'-' || c == u'\u2013' || c == u'\u2014';
}

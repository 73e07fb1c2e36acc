#pragma once

#include "datewords.h"

#include <QList>
#include <QStringView>

// A text cut into the pieces date mentions are made of: words (letters, with the date words
// looked up), runs of digits, and single other characters. Spaces are not tokens; each token
// records whether space or a line break came before it.
class DateTokens
{
public:
    enum class Kind : quint8 { Word, Number, Punct };
    struct Token
    {
        qsizetype start = 0; // UTF-16 index into the text, [start, end)
        qsizetype end = 0;
        Kind kind = Kind::Punct;
        bool spaceBefore = false;
        quint8 linesBefore = 0; // line breaks in the space before, at most 2
        DateWords::Info word;   // words only
        int number = -1;        // numbers of at most 9 digits
    };

    explicit DateTokens(QStringView text);

    QStringView text() const { return m_text; }
    qsizetype size() const { return m_tokens.size(); }
    const Token &operator[](qsizetype i) const { return m_tokens[i]; }
    QStringView view(qsizetype i) const
    {
        return m_text.sliced(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    // The token, when i is in range; an empty Punct token otherwise, so that rules can look
    // ahead without checking bounds.
    const Token &at(qsizetype i) const
    {
        return (i >= 0 && i < m_tokens.size()) ? m_tokens[i] : m_none;
    }
    bool isPunct(qsizetype i, QChar c) const
    {
        return at(i).kind == Kind::Punct && at(i).end > at(i).start && m_text[at(i).start] == c;
    }
    // A dash of any kind: hyphen, en dash, em dash.
    bool isDash(qsizetype i) const;
    bool isKeyword(qsizetype i, DateWords::Keyword k) const
    {
        return at(i).word.kind == DateWords::Kind::Keyword && at(i).word.value == k;
    }
    bool isKind(qsizetype i, DateWords::Kind k) const { return at(i).word.kind == k; }
    // No space between token i-1 and i.
    bool joined(qsizetype i) const { return i > 0 && i < size() && !m_tokens[i].spaceBefore; }
    // Digits of a number token (0 when not a number).
    qsizetype digits(qsizetype i) const
    {
        return at(i).kind == Kind::Number ? at(i).end - at(i).start : 0;
    }
    bool isCapitalised(qsizetype i) const
    {
        return at(i).kind == Kind::Word && m_text[at(i).start].isUpper();
    }

private:
    QStringView m_text;
    QList<Token> m_tokens;
    Token m_none;
};

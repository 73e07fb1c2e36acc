#pragma once

#include <QString>
#include <QStringView>

// Finds what an officer types in text the sources wrote: case-insensitively, and with the
// typographer's characters folded to what a keyboard gives, so that "England's" finds
// "England’s", "£400m gap" finds the non-breaking space in "£400m gap" and "2017-18"
// finds "2017–18". Folding maps one character to one, so a match's offset and length are
// the same in the original text and can be highlighted there.
class TextMatch
{
public:
    explicit TextMatch(const QString &needle); // trimmed; empty matches nothing
    bool isEmpty() const { return m_needle.isEmpty(); }
    qsizetype length() const { return m_needle.size(); }
    const QString &folded() const { return m_needle; }

    // The first match at or after from, or -1.
    qsizetype indexIn(QStringView haystack, qsizetype from = 0) const;
    bool matches(QStringView haystack) const { return indexIn(haystack) >= 0; }

    // The keyboard character for a typographer's one, case-folded.
    static QChar fold(QChar c);

private:
    QString m_needle; // folded
    bool m_plain;     // no character that folding makes: a plain case-insensitive search will do
};

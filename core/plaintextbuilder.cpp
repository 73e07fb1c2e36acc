#include "plaintextbuilder.h"

namespace {

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Characters no text keeps: controls (tab and line feed are handled before), the soft
// hyphen and zero-width space (invisible where the line does not break), and a lone surrogate.
bool isDropped(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xAD || u == 0x200B || u == 0xFEFF;
}

} // namespace

void PlainTextBuilder::append(QChar c)
{
    if (c.isHighSurrogate()) {
        m_out.append(c);
        return;
    }
    if (c.isLowSurrogate()) {
        // Kept only after its high surrogate; a lone one becomes the replacement character.
        if (!m_out.isEmpty() && m_out.back().isHighSurrogate())
            m_out.append(c);
        else
            m_out.append(QChar::ReplacementCharacter);
        return;
    }
    if (!m_out.isEmpty() && m_out.back().isHighSurrogate())
        m_out.back() = QChar::ReplacementCharacter;
    m_out.append(c);
}

void PlainTextBuilder::flushSpace()
{
    if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n') && !m_out.endsWith(u'\t') &&
        !m_out.endsWith(u' '))
        m_out.append(u' ');
    m_space = false;
}

void PlainTextBuilder::collapsed(QStringView text)
{
    for (QChar c : text) {
        if (isCollapsible(c)) {
            m_space = true;
        } else if (c == QChar(0xA0)) {
            flushSpace();
            append(u' ');
        } else if (!isDropped(c)) {
            flushSpace();
            append(c);
        }
    }
}

void PlainTextBuilder::literal(QStringView text)
{
    for (QChar c : text) {
        if (c == u'\n') {
            lineBreak();
        } else if (c == u'\t') {
            flushSpace();
            m_out.append(c);
        } else if (c == QChar(0xA0)) {
            flushSpace();
            m_out.append(u' ');
        } else if (!isDropped(c)) {
            flushSpace();
            append(c);
        }
    }
}

void PlainTextBuilder::trimLineEnd()
{
    while (!m_out.isEmpty() && (m_out.back() == u' ' || m_out.back() == u'\t'))
        m_out.chop(1);
}

void PlainTextBuilder::lineBreak()
{
    m_space = false;
    trimLineEnd();
    if (m_out.isEmpty() || m_out.endsWith(u"\n\n"))
        return;
    m_out.append(u'\n');
}

void PlainTextBuilder::paragraph()
{
    m_space = false;
    trimLineEnd();
    if (m_out.isEmpty())
        return;
    while (!m_out.endsWith(u"\n\n"))
        m_out.append(u'\n');
}

void PlainTextBuilder::cellSeparator()
{
    m_space = false;
    trimLineEnd();
    if (!m_out.isEmpty() && !m_out.endsWith(u'\n'))
        m_out.append(u'\t');
}

QString PlainTextBuilder::finish()
{
    while (!m_out.isEmpty() && m_out.back().isSpace())
        m_out.chop(1);
    if (!m_out.isEmpty() && m_out.back().isHighSurrogate())
        m_out.back() = QChar::ReplacementCharacter;
    m_space = false;
    return std::move(m_out);
}

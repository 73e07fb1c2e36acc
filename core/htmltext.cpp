#include "htmltext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// The named references TimelineJS authors and the editors they use write; others are kept.
const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> names = {
        {u"amp"_s, U'&'},         {u"lt"_s, U'<'},          {u"gt"_s, U'>'},
        {u"quot"_s, U'"'},        {u"apos"_s, U'\''},       {u"nbsp"_s, U'\u00A0'},
        {u"ndash"_s, U'\u2013'},  {u"mdash"_s, U'\u2014'},  {u"lsquo"_s, U'\u2018'},
        {u"rsquo"_s, U'\u2019'},  {u"ldquo"_s, U'\u201C'},  {u"rdquo"_s, U'\u201D'},
        {u"hellip"_s, U'\u2026'}, {u"pound"_s, U'\u00A3'},  {u"euro"_s, U'\u20AC'},
        {u"copy"_s, U'\u00A9'},   {u"bull"_s, U'\u2022'},   {u"middot"_s, U'\u00B7'},
        {u"eacute"_s, U'\u00E9'}, {u"egrave"_s, U'\u00E8'}, {u"uuml"_s, U'\u00FC'},
        {u"ouml"_s, U'\u00F6'},   {u"auml"_s, U'\u00E4'},   {u"shy"_s, U'\u00AD'},
    };
    return names;
}

bool isBlock(QStringView name)
{
    static const QStringList blocks = {u"p"_s,  u"div"_s, u"blockquote"_s, u"li"_s,   u"ul"_s,
                                       u"ol"_s, u"h1"_s,  u"h2"_s,         u"h3"_s,   u"h4"_s,
                                       u"h5"_s, u"h6"_s,  u"tr"_s,         u"table"_s};
    for (const QString &block : blocks) {
        if (name.compare(block, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A code point a text may hold: not a control character (but tab and line feed), not a
// surrogate, not beyond Unicode.
bool isWholeCharacter(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return true;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return false;
    return c <= 0x10FFFF && (c < 0xD800 || c > 0xDFFF);
}

// The text being built: white space collapsed, breaks of at most one blank line.
class PlainBuilder
{
public:
    void text(QStringView part)
    {
        for (QChar c : part) {
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f') {
                m_space = true;
                continue;
            }
            flushSpace();
            m_out.append(c);
        }
    }
    void character(char32_t c)
    {
        // A reference to white space (&#10;, &#32;) is white space, as a browser shows it.
        if (c == U' ' || c == U'\t' || c == U'\n') {
            m_space = true;
            return;
        }
        flushSpace();
        m_out.append(QString::fromUcs4(&c, 1));
    }
    void lineBreak() { breakLines(1); }
    void paragraph() { breakLines(2); }
    QString finish()
    {
        while (m_out.endsWith(u'\n'))
            m_out.chop(1);
        return m_out;
    }

private:
    void flushSpace()
    {
        if (m_space && !m_out.isEmpty() && !m_out.endsWith(u'\n'))
            m_out.append(u' ');
        m_space = false;
    }
    void breakLines(int lines)
    {
        m_space = false;
        if (m_out.isEmpty())
            return;
        while (m_out.endsWith(u' '))
            m_out.chop(1);
        qsizetype have = 0;
        while (have < m_out.size() && m_out.at(m_out.size() - 1 - have) == u'\n')
            ++have;
        for (; have < lines; ++have)
            m_out.append(u'\n');
    }

    QString m_out;
    bool m_space = false;
};

// The reference starting at html[at] ('&'): its character and length, or length 0.
std::pair<char32_t, qsizetype> reference(QStringView html, qsizetype at)
{
    const qsizetype semicolon = html.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 12)
        return {0, 0};
    const QStringView body = html.mid(at + 1, semicolon - at - 1);
    char32_t c = 0;
    if (body.startsWith(u'#')) {
        bool ok = false;
        const bool hex = body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X');
        const uint value = body.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return {0, 0};
        c = char32_t(value);
    } else {
        const auto found = namedReferences().constFind(body.toString());
        if (found == namedReferences().cend())
            return {0, 0};
        c = *found;
    }
    if (!isWholeCharacter(c))
        return {0, 0};
    return {c, semicolon - at + 1};
}

} // namespace

QString HtmlText::toPlainText(QStringView html)
{
    PlainBuilder out;
    qsizetype i = 0;
    qsizetype textStart = 0;
    auto flush = [&](qsizetype upTo) { out.text(html.mid(textStart, upTo - textStart)); };
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'&') {
            const auto [character, length] = reference(html, i);
            if (length == 0) {
                ++i;
                continue;
            }
            flush(i);
            out.character(character);
            i += length;
            textStart = i;
            continue;
        }
        if (c != u'<' || i + 1 >= html.size()) {
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            if (end < 0) {
                ++i;
                continue;
            }
            flush(i);
            i = end + 3;
            textStart = i;
            continue;
        }
        if (!next.isLetter() && next != u'/' && next != u'!') {
            ++i;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0) {
            ++i;
            continue;
        }
        flush(i);
        QStringView tag = html.mid(i + 1, close - i - 1);
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.mid(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && tag.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QStringView name = tag.left(nameEnd);
        i = close + 1;
        if (!closing && (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                         name.compare(u"style", Qt::CaseInsensitive) == 0)) {
            const QString endTag = u"</"_s + name.toString();
            const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            const qsizetype after = end < 0 ? -1 : html.indexOf(u'>', end);
            i = after < 0 ? html.size() : after + 1;
        } else if (name.compare(u"br", Qt::CaseInsensitive) == 0) {
            out.lineBreak();
        } else if (isBlock(name)) {
            out.paragraph();
        }
        textStart = i;
    }
    flush(html.size());
    return out.finish();
}

QString HtmlText::escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else
            out += c;
    }
    return out;
}

QString HtmlText::fromPlainText(QStringView text)
{
    const QStringList paragraphs = escaped(text).split(u"\n\n"_s, Qt::SkipEmptyParts);
    QString html;
    for (const QString &paragraph : paragraphs) {
        // Not trimmed: a paragraph may begin with a no-break space, which is text.
        QString body = paragraph;
        body.replace(u'\n', u"<br>"_s);
        html += u"<p>"_s + body + u"</p>"_s;
    }
    return html;
}

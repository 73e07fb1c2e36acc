#include "textdecoding.h"

#include "inputlimits.h"
#include "sourcedocument.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// Windows-1252's characters for the bytes 0x80 to 0x9F; 0 where it has none.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString hexByte(uchar b)
{
    return u"0x"_s + QString::number(uint(b), 16).toUpper().rightJustified(2, u'0');
}

// The first byte of a single-byte or UTF-8 text that is no text character: a zero byte or
// a control character other than tab, line feed, carriage return, form feed and vertical tab.
QString firstControlByte(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = from; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        if (b == 0)
            return u"byte %1 is a zero byte"_s.arg(i);
        if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v') ||
            b == 0x7F)
            return u"byte %1 is the control character U+%2"_s.arg(i).arg(
                QString::number(uint(b), 16).toUpper().rightJustified(4, u'0'));
    }
    return {};
}

// Form feeds (a page break in old text files) become a blank line, vertical tabs a line
// break, so that the text holds only what every later step accepts.
QString cleanBreaks(QString text)
{
    text = TextDecoding::normalizeLineEnds(std::move(text));
    if (text.contains(u'\f') || text.contains(u'\v')) {
        text.replace(u'\f', u"\n\n"_s);
        text.replace(u'\v', u'\n');
    }
    return text;
}

} // namespace

QString TextDecoding::normalizeLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

std::optional<DocumentText> TextDecoding::decode(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DocumentText> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() > kMaxTextBytes)
        return fail(u"it is too long for a text document: "_s +
                    InputLimits::tooLarge(bytes.size(), kMaxTextBytes));
    DocumentText out;
    // UTF-16 is only believed with its byte order mark: without one it looks like binary.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        if (bytes.size() % 2 != 0)
            return fail(u"it is not readable UTF-16: it has an odd number of bytes (%1)"_s.arg(
                bytes.size()));
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text = decoder(QByteArrayView(bytes).sliced(2));
        const QString bad = InputLimits::firstBadCharacter(
            QString(text).replace(u'\f', u' ').replace(u'\v', u' '));
        if (decoder.hasError() || !bad.isEmpty())
            return fail(u"it is not a text document: its UTF-16 text holds "_s +
                        (bad.isEmpty() ? u"bytes that are not characters"_s : bad));
        out.text = cleanBreaks(std::move(text));
        out.notes.append(little ? u"decoded as UTF-16 (little-endian)"_s
                                : u"decoded as UTF-16 (big-endian)"_s);
        return out;
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const qsizetype start = bom ? 3 : 0;
    const QString control = firstControlByte(bytes, start);
    if (!control.isEmpty())
        return fail(u"it is not a text document: "_s + control);
    const QByteArrayView body = QByteArrayView(bytes).sliced(start);
    const qsizetype malformed = SourceDocument::firstMalformedUtf8Byte(body.toByteArray());
    if (malformed < 0) {
        out.text = cleanBreaks(QString::fromUtf8(body));
        return out;
    }
    // A byte order mark says UTF-8: a malformed byte after it is damage, not another encoding.
    if (bom)
        return fail(u"byte %1: malformed UTF-8 (the file starts with a UTF-8 byte order mark)"_s
                        .arg(malformed + start));
    bool windows = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        if (b < 0x80 || b > 0x9F)
            continue;
        if (kWindows1252[b - 0x80] == 0)
            return fail(u"it is not a text document: byte %1 (%2) is neither UTF-8 nor a "
                        "Windows-1252 character"_s.arg(i)
                            .arg(hexByte(b)));
        windows = true;
    }
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        to[i] = b >= 0x80 && b <= 0x9F ? kWindows1252[b - 0x80] : char16_t(b);
    }
    out.text = cleanBreaks(std::move(text));
    // Latin-1 and Windows-1252 differ only in 0x80-0x9F: without those bytes it is said as
    // Latin-1, the narrower claim.
    out.notes.append(windows ? u"decoded as Windows-1252: the file is not UTF-8 (byte %1)"_s.arg(
                                   malformed)
                             : u"decoded as Latin-1 (ISO-8859-1): the file is not UTF-8 "
                               "(byte %1)"_s.arg(malformed));
    return out;
}

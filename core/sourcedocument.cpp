#include "sourcedocument.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or -1 when all of it is.
qsizetype firstMalformedByte(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char cc = p[i + k];
            const unsigned char low = k == 1 ? lo : 0x80;
            const unsigned char high = k == 1 ? hi : 0xBF;
            if (cc < low || cc > high)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

SourceDocument SourceDocument::fromUtf8(const QString &id, const QString &fileName,
                                        const QByteArray &bytes, QString *error)
{
    const qsizetype bad = firstMalformedByte(bytes);
    if (bad >= 0) {
        if (error)
            *error = u"%1: byte %2: malformed UTF-8"_s.arg(fileName).arg(bad);
        return {};
    }
    SourceDocument document;
    document.m_id = id;
    document.m_fileName = QFileInfo(fileName).fileName();
    document.m_text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < document.m_text.size(); ++i) {
        if (document.m_text.at(i).isHighSurrogate())
            document.m_surrogatePairs.append(i);
    }
    return document;
}

SourceDocument SourceDocument::load(const QString &id, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: cannot read: %2"_s.arg(path, file.errorString());
        return {};
    }
    return fromUtf8(id, path, file.readAll(), error);
}

qsizetype SourceDocument::codePointCount() const
{
    return m_text.size() - m_surrogatePairs.size();
}

qsizetype SourceDocument::toCodePoint(qsizetype utf16Index) const
{
    // Each surrogate pair before the index counts one code point, not two.
    const auto pairsBefore = std::lower_bound(m_surrogatePairs.cbegin(), m_surrogatePairs.cend(), utf16Index)
                             - m_surrogatePairs.cbegin();
    return utf16Index - pairsBefore;
}

qsizetype SourceDocument::toUtf16(qsizetype codePoint) const
{
    qsizetype index = codePoint;
    for (qsizetype pair : m_surrogatePairs) {
        if (pair >= index)
            break;
        ++index;
    }
    return index;
}

QString SourceDocument::slice(qsizetype start, qsizetype end) const
{
    const qsizetype from = toUtf16(start);
    const qsizetype to = toUtf16(end);
    return m_text.mid(from, to - from);
}

#include "sourcedocument.h"

#include "fileresolver.h"
#include "inputlimits.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

qsizetype SourceDocument::firstMalformedUtf8Byte(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: step over eight such bytes at a time.
        quint64 word;
        if (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) {
            i += 8;
            continue;
        }
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

SourceDocument SourceDocument::fromUtf8(const QString &id, const QString &fileName,
                                        const QByteArray &bytes, QString *error)
{
    const qsizetype bad = firstMalformedUtf8Byte(bytes);
    if (bad >= 0) {
        if (error)
            *error = u"%1: byte %2: malformed UTF-8"_s.arg(fileName, QString::number(bad));
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
    const FileResolver::Read read = FileResolver().read(path, InputLimits::kMaxDocumentBytes);
    if (!read.ok()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, read.error);
        return {};
    }
    return fromUtf8(id, path, read.data, error);
}

qsizetype SourceDocument::codePointCount() const
{
    return m_text.size() - m_surrogatePairs.size();
}

qsizetype SourceDocument::toCodePoint(qsizetype utf16Index) const
{
    // Each surrogate pair before the index counts one code point, not two.
    const auto pairsBefore =
        std::lower_bound(m_surrogatePairs.cbegin(), m_surrogatePairs.cend(), utf16Index) -
        m_surrogatePairs.cbegin();
    return utf16Index - pairsBefore;
}

qsizetype SourceDocument::toUtf16(qsizetype codePoint) const
{
    // The k-th pair (0-based) starts at UTF-16 index pair[k], which is code point pair[k] - k;
    // every pair starting before the wanted code point shifts it by one.
    qsizetype low = 0;
    qsizetype high = m_surrogatePairs.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_surrogatePairs.at(mid) - mid < codePoint)
            low = mid + 1;
        else
            high = mid;
    }
    return codePoint + low;
}

QString SourceDocument::slice(qsizetype start, qsizetype end) const
{
    const qsizetype count = codePointCount();
    start = std::clamp<qsizetype>(start, 0, count);
    end = std::clamp<qsizetype>(end, 0, count);
    if (end <= start)
        return {};
    const qsizetype from = toUtf16(start);
    return m_text.mid(from, toUtf16(end) - from);
}

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The text of one source document, decoded from UTF-8, with offsets counted in Unicode
// code points (what files and other tools exchange) mapped to QString's UTF-16 indexes.
class SourceDocument
{
public:
    SourceDocument() = default; // invalid

    // Decodes bytes as UTF-8. Malformed input gives an invalid document and sets *error to
    // "<fileName>: byte <offset>: malformed UTF-8" (offset counted from 0). A leading byte
    // order mark is not part of the text: offsets count from the character after it.
    static SourceDocument fromUtf8(const QString &id, const QString &fileName,
                                   const QByteArray &bytes, QString *error = nullptr);
    // Reads and decodes a file (also ":/…" resources): a regular file of at most
    // InputLimits::kMaxDocumentBytes. Errors name the path.
    static SourceDocument load(const QString &id, const QString &path, QString *error = nullptr);

    // Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms,
    // no surrogates, nothing above U+10FFFF), or -1 when all of it is.
    static qsizetype firstMalformedUtf8Byte(const QByteArray &bytes);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString fileName() const { return m_fileName; } // bare file name, as in seeds/
    const QString &text() const { return m_text; }

    qsizetype codePointCount() const;
    qsizetype toCodePoint(qsizetype utf16Index) const;
    qsizetype toUtf16(qsizetype codePoint) const;
    // The text between two code point offsets [start, end), clamped to the text; empty
    // when end <= start.
    QString slice(qsizetype start, qsizetype end) const;

private:
    QString m_id;
    QString m_fileName;
    QString m_text;
    QList<qsizetype> m_surrogatePairs; // UTF-16 indexes of high surrogates, ascending
};

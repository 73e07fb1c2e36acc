#pragma once

#include <QString>
#include <QStringView>

// The most the loaders accept, so that a damaged or hostile file gives a message rather than
// running the machine out of memory. core/README.md ("Reliability") states them for users.
struct InputLimits
{
    // A catalogue, event list (JSON or CSV) or stories file.
    static constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;
    // A source index, and each source document.
    static constexpr qint64 kMaxSourceIndexBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxDocumentBytes = 64 * 1024 * 1024;
    // One entry of a zipped spreadsheet (XLSX, ODS), uncompressed: what its header claims
    // does not count, reading stops there.
    static constexpr qint64 kMaxZipEntryBytes = 256 * 1024 * 1024;
    // One string in a JSON file or one CSV field, in UTF-16 units.
    static constexpr qsizetype kMaxStringLength = 1024 * 1024;
    // Arrays and objects inside one another (Qt's JSON parser refuses deeper nesting).
    static constexpr int kMaxNesting = 1024;
    // What a message quotes of the input before cutting it short.
    static constexpr qsizetype kMaxQuotedLength = 80;

    // "it is 300 MiB, more than the 256 MiB allowed"
    static QString tooLarge(qint64 bytes, qint64 maxBytes);
    // text as a message shows it: in curly quotes, line breaks and control characters
    // written as escapes, cut to about limit characters with an ellipsis.
    static QString quoted(QStringView text, qsizetype limit = kMaxQuotedLength);
    // The same without the quotes, for names shown in straight quotes ("event \"…\"").
    static QString shortened(QStringView text, qsizetype limit = kMaxQuotedLength);
    // The first thing in text that is not whole text: a lone surrogate or a control character
    // other than tab, line feed and carriage return, described ("the control character
    // U+0000", "an unpaired surrogate U+D800"); empty when there is none.
    static QString firstBadCharacter(QStringView text);
};

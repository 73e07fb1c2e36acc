#pragma once

#include "documenttext.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Turns the bytes of a plain text document into text: UTF-8 (a byte order mark dropped),
// UTF-16 with a byte order mark, otherwise Windows-1252 or Latin-1, said in a note. Line
// ends become \n, a form feed a blank line. Bytes that are not text (a zero byte, a control
// character) and text of more than kMaxTextBytes are refused.
class TextDecoding
{
public:
    static constexpr qint64 kMaxTextBytes = 50 * 1024 * 1024;

    // nullopt and *error ("it is not a text document: byte 12 is a zero byte") when the
    // bytes are not text; the error does not name the file, the caller does.
    static std::optional<DocumentText> decode(const QByteArray &bytes, QString *error);

    // \r\n and a lone \r become \n.
    static QString normalizeLineEnds(QString text);
};

#pragma once

#include "workbook.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>

// Reads CSV and TSV as spreadsheets save them: one sheet of text cells. Unlike CsvParser (our
// own event lists, strict RFC 4180) it takes what Excel and LibreOffice write and read: any
// of comma, semicolon or tab, line ends CRLF, LF or CR alone, empty lines as empty rows, and
// a stray quote inside a field as a character.
class DelimitedTextReader
{
public:
    static Workbook read(const QByteArray &data, const QString &fileName);

    // The text of the bytes: a UTF-8 or UTF-16 byte order mark is dropped and decides;
    // otherwise UTF-8 when the bytes are valid UTF-8 and Windows-1252 (what Excel writes as
    // "CSV" on Windows) when they are not, so no byte is ever lost or replaced.
    static QString decode(const QByteArray &data, QString *encoding = nullptr);

    // The separator the text uses: of comma, semicolon and tab, the one its first line has
    // (outside quotes) that most of the following lines have as often; comma when none.
    static QChar guessSeparator(QStringView text);
};

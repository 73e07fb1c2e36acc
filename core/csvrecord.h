#pragma once

#include <QString>
#include <QStringList>

// One CSV record as RFC 4180 writes it: a field holding the separator, a quote or a line
// break is quoted, inner quotes doubled; CRLF after the record, as spreadsheets expect.
class CsvRecord
{
public:
    static QString field(const QString &value, QChar separator = u',');
    static QString record(const QStringList &fields, QChar separator = u',');
};

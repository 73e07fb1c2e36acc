#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Splits RFC 4180 text into records: fields separated by commas, records by CRLF or LF; a
// field in double quotes may hold commas, line breaks and doubled quotes (""). Empty lines
// are not records. Fields are views as written, without trimming, valid until the next call
// and while the text lives: no copies, since event lists run to hundreds of thousands of rows.
class CsvParser
{
public:
    enum class Status { Record, Malformed, End };

    explicit CsvParser(QStringView text) : m_text(text) {}

    // Reads the next record into *fields. After Malformed, error() says why and reading
    // goes on at the next line.
    Status next(QList<QStringView> *fields);

    int line() const { return m_recordLine; } // where the record last read starts, 1-based
    QString error() const { return m_error; }

private:
    Status fail(const QString &why);
    bool atLineEnd(qsizetype i) const
    {
        return m_text[i] == u'\n' ||
               (m_text[i] == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n');
    }
    QStringView quotedField(qsizetype from, qsizetype quote);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    QList<QString> m_unquoted; // fields that had doubled quotes, as read
};

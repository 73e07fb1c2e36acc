#include "csvparser.h"

using namespace Qt::StringLiterals;

bool CsvParser::atLineEnd(qsizetype i) const
{
    return m_text[i] == u'\n' ||
           (m_text[i] == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n');
}

CsvParser::Status CsvParser::fail(const QString &why)
{
    m_error = why;
    // Go on at the next line.
    const qsizetype newline = m_text.indexOf(u'\n', m_pos);
    m_pos = newline < 0 ? m_text.size() : newline + 1;
    if (newline >= 0)
        ++m_line;
    return Status::Malformed;
}

CsvParser::Status CsvParser::next(QStringList *fields)
{
    fields->clear();
    m_error.clear();
    const qsizetype n = m_text.size();
    while (m_pos < n && atLineEnd(m_pos)) {
        m_pos += m_text[m_pos] == u'\r' ? 2 : 1;
        ++m_line;
    }
    if (m_pos >= n)
        return Status::End;
    m_recordLine = m_line;

    while (true) {
        if (m_pos < n && m_text[m_pos] == u'"') {
            QString value;
            qsizetype from = m_pos + 1;
            while (true) {
                const qsizetype quote = m_text.indexOf(u'"', from);
                if (quote < 0) {
                    m_pos = n;
                    m_error = u"a quoted field is not closed"_s;
                    return Status::Malformed;
                }
                const QStringView part = m_text.mid(from, quote - from);
                m_line += int(part.count(u'\n'));
                value += part;
                if (quote + 1 < n && m_text[quote + 1] == u'"') {
                    value += u'"';
                    from = quote + 2;
                    continue;
                }
                m_pos = quote + 1;
                break;
            }
            if (m_pos < n && m_text[m_pos] != u',' && !atLineEnd(m_pos))
                return fail(u"text after the closing quote of a field"_s);
            fields->append(value);
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text[m_pos] != u',' && !atLineEnd(m_pos)) {
                if (m_text[m_pos] == u'"')
                    return fail(u"a quote inside a field that does not start with one (put the "
                                "field in quotes and double the quote)"_s);
                ++m_pos;
            }
            fields->append(m_text.mid(start, m_pos - start).toString());
        }
        if (m_pos >= n)
            return Status::Record;
        if (m_text[m_pos] == u',') {
            ++m_pos;
            continue;
        }
        m_pos += m_text[m_pos] == u'\r' ? 2 : 1; // the line end
        ++m_line;
        return Status::Record;
    }
}

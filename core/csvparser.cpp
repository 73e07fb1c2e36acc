#include "csvparser.h"

using namespace Qt::StringLiterals;

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

CsvParser::Status CsvParser::next(QList<QStringView> *fields)
{
    fields->clear();
    m_unquoted.clear();
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
            // Without doubled quotes the field is a view of the text; with them, a copy.
            const qsizetype from = m_pos + 1;
            qsizetype quote = m_text.indexOf(u'"', from);
            QString copy;
            bool copied = false;
            while (quote >= 0 && quote + 1 < n && m_text[quote + 1] == u'"') {
                copy += m_text.mid(m_pos + 1, quote + 1 - (m_pos + 1));
                copied = true;
                m_pos = quote + 1;
                quote = m_text.indexOf(u'"', quote + 2);
            }
            if (quote < 0) {
                m_pos = n;
                m_error = u"a quoted field is not closed"_s;
                return Status::Malformed;
            }
            m_line += int(m_text.mid(from, quote - from).count(u'\n'));
            if (copied) {
                copy += m_text.mid(m_pos + 1, quote - (m_pos + 1));
                m_unquoted.append(copy);
                fields->append(m_unquoted.constLast());
            } else {
                fields->append(m_text.mid(from, quote - from));
            }
            m_pos = quote + 1;
            if (m_pos < n && m_text[m_pos] != u',' && !atLineEnd(m_pos))
                return fail(u"text after the closing quote of a field"_s);
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text[m_pos] != u',' && !atLineEnd(m_pos)) {
                if (m_text[m_pos] == u'"')
                    return fail(u"a quote inside a field that does not start with one (put the "
                                "field in quotes and double the quote)"_s);
                ++m_pos;
            }
            fields->append(m_text.mid(start, m_pos - start));
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

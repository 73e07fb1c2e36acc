#include "csvparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

CsvParser::CsvParser(QByteArrayView utf8, qsizetype pieceBytes)
    : m_utf8(utf8), m_ended(utf8.isEmpty()), m_pieceBytes(std::max<qsizetype>(1, pieceBytes)),
      m_decoder(QStringDecoder::Utf8)
{
}

CsvParser::CsvParser(ByteSource source, qsizetype pieceBytes)
    : m_source(std::move(source)), m_ended(false),
      m_pieceBytes(std::max<qsizetype>(1, pieceBytes)), m_decoder(QStringDecoder::Utf8)
{
}

CsvParser::Status CsvParser::next(QList<QStringView> *fields)
{
    while (true) {
        const qsizetype start = m_pos;
        const int line = m_line;
        const int recordLine = m_recordLine;
        const Status status = readRecord(fields);
        // Every decision made at the end of the decoded text (a field, a line end, a closing
        // quote, the end of the file) leaves the position there, and the next piece may change
        // it: the record is then read again with more of the text.
        if (m_ended || m_pos < m_text.size())
            return status;
        m_pos = start;
        m_line = line;
        m_recordLine = recordLine;
        decodeMore();
    }
}

void CsvParser::decodeMore()
{
    // The records read are let go; the one being read stays, at the start. Moved down by
    // hand: QString::remove(0, n) moves the string's start instead, and the resize below
    // would then allocate a new buffer (fresh pages) and copy, for every piece.
    std::copy(m_buffer.cbegin() + m_pos, m_buffer.cend(), m_buffer.begin());
    m_buffer.truncate(m_buffer.size() - m_pos);
    m_pos = 0;
    // Pieces grow with the record being read, so that a record longer than a piece is read
    // again a few times, not once per piece.
    qsizetype take = std::max(m_pieceBytes, m_buffer.size());
    QByteArrayView bytes;
    if (m_source) {
        m_bytes.resize(take);
        const qsizetype n = m_source(m_bytes.data(), take);
        m_failed = n < 0;
        m_ended = n <= 0;
        bytes = QByteArrayView(m_bytes).first(std::max<qsizetype>(n, 0));
    } else {
        take = std::min(m_utf8.size(), take);
        bytes = m_utf8.first(take);
        m_utf8 = m_utf8.sliced(take);
        m_ended = m_utf8.isEmpty();
    }
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(m_buffer.data() + kept, bytes);
    m_buffer.truncate(end - m_buffer.constData());
    m_text = m_buffer;
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

CsvParser::Status CsvParser::readRecord(QList<QStringView> *fields)
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

#include "delimitedtextreader.h"

#include "inputlimits.h"

#include <QFileInfo>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace {

// Windows-1252 for 0x80–0x9F; the rest of the code page is Latin-1. The five bytes it leaves
// undefined map to the C1 controls of the same value, as Windows and browsers decode them.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = uchar(c);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Splits the text into rows; reports what it had to guess at.
class Splitter
{
public:
    Splitter(QStringView text, QChar separator, const QString &fileName, Workbook *book)
        : m_text(text), m_separator(separator), m_fileName(fileName), m_book(book)
    {}

    void skipLine()
    {
        while (m_pos < m_text.size() && !isLineEnd(m_text[m_pos]))
            ++m_pos;
        lineEnd();
    }

    void run(Sheet *sheet)
    {
        while (m_pos < m_text.size()) {
            const int line = m_line;
            QStringList row = record();
            while (!row.isEmpty() && row.constLast().isEmpty())
                row.removeLast();
            sheet->rows.append(row);
            sheet->lines.append(line);
        }
        while (!sheet->rows.isEmpty() && sheet->rows.constLast().isEmpty()) {
            sheet->rows.removeLast();
            sheet->lines.removeLast();
        }
    }

private:
    int column(qsizetype at) const { return int(at - m_lineStart) + 1; }

    void problem(int line, int column, const QString &message)
    {
        m_book->problems.append({m_fileName, line, column, message});
    }

    // Moves past one line end (CRLF, LF or CR) at m_pos, if there is one.
    bool lineEnd()
    {
        if (m_pos >= m_text.size() || !isLineEnd(m_text[m_pos]))
            return false;
        const bool crlf =
            m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n';
        m_pos += crlf ? 2 : 1;
        ++m_line;
        m_lineStart = m_pos;
        return true;
    }

    QStringList record()
    {
        QStringList row;
        while (true) {
            row.append(field());
            if (m_pos < m_text.size() && m_text[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            lineEnd();
            return row;
        }
    }

    QString unquoted()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && !isLineEnd(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toString();
    }

    QString field()
    {
        const qsizetype start = m_pos;
        const int line = m_line;
        const int startColumn = column(start);
        QString value;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"')
            value = quoted(start, line, startColumn);
        else
            value = unquoted();
        if (value.size() > InputLimits::kMaxStringLength) {
            problem(line, startColumn,
                    u"a field of %1 characters is longer than the %2 allowed; it is read as "
                    "empty"_s.arg(value.size())
                        .arg(InputLimits::kMaxStringLength));
            value.clear();
        }
        return value;
    }

    QString quoted(qsizetype start, int line, int startColumn)
    {
        const qsizetype startLineStart = m_lineStart;
        QString value;
        ++m_pos;
        qsizetype from = m_pos;
        while (true) {
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            if (quote < 0) {
                // Read it again as a field without quotes, so the rest of the file is not one
                // cell.
                problem(line, startColumn,
                        u"a quoted field is not closed; it is read up to the end of its line, "
                        "quote included"_s);
                m_pos = start;
                m_line = line;
                m_lineStart = startLineStart;
                return unquoted();
            }
            for (qsizetype i = m_pos; i < quote; ++i) {
                if (m_text[i] == u'\n' ||
                    (m_text[i] == u'\r' && !(i + 1 < m_text.size() && m_text[i + 1] == u'\n'))) {
                    ++m_line;
                    m_lineStart = i + 1;
                }
            }
            if (quote + 1 < m_text.size() && m_text[quote + 1] == u'"') {
                value += m_text.sliced(from, quote + 1 - from);
                m_pos = from = quote + 2;
                continue;
            }
            value += m_text.sliced(from, quote - from);
            m_pos = quote + 1;
            break;
        }
        // A line break inside a cell is one character, whatever the file's line ends are.
        value.replace(u"\r\n"_s, u"\n"_s);
        value.replace(u'\r', u'\n');
        if (m_pos < m_text.size() && m_text[m_pos] != m_separator && !isLineEnd(m_text[m_pos])) {
            // Excel reads "a"b as ab: keep the text, and say it was odd.
            const int at = column(m_pos);
            value += unquoted();
            problem(m_line, at,
                    u"text after the closing quote of a field (put the whole field in quotes "
                    "and double the quotes inside it); it is kept"_s);
        }
        return value;
    }

    QStringView m_text;
    QChar m_separator;
    const QString &m_fileName;
    Workbook *m_book;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

// "sep=;" on the first line, as Excel writes and reads it: the separator, or a null QChar.
QChar declaredSeparator(QStringView text)
{
    if (!text.startsWith(u"sep="_s) || text.size() < 5)
        return {};
    if (text.size() > 5 && !isLineEnd(text[5]))
        return {};
    return text[4];
}

} // namespace

QString DelimitedTextReader::decode(const QByteArray &data, QString *encoding)
{
    const auto say = [encoding](const QString &name) {
        if (encoding)
            *encoding = name;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView rest = QByteArrayView(data).sliced(3);
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8(rest);
        if (!utf8.hasError()) {
            say(u"UTF-8"_s);
            return text;
        }
        say(u"Windows-1252"_s);
        return fromWindows1252(rest);
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        say(little ? u"UTF-16LE"_s : u"UTF-16BE"_s);
        return utf16(QByteArrayView(data).sliced(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        say(u"UTF-8"_s);
        return text;
    }
    say(u"Windows-1252"_s);
    return fromWindows1252(data);
}

QChar DelimitedTextReader::guessSeparator(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    constexpr int kLines = 20;
    // counts[r][k]: how often candidate k occurs outside quotes in record r.
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current = {0, 0, 0};
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kLines; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
            any = true;
        } else if (!inQuotes && isLineEnd(c)) {
            if (any)
                counts.append(current);
            current = {0, 0, 0};
            any = false;
        } else {
            any = true;
            if (!inQuotes) {
                for (int k = 0; k < 3; ++k) {
                    if (c == candidates[k])
                        ++current[k];
                }
            }
        }
    }
    if (any && counts.size() < kLines)
        counts.append(current);
    if (counts.isEmpty())
        return u',';
    // The header names every column, so it has the separator; the rows agree with it.
    int best = -1;
    int bestAgreeing = -1;
    for (int k = 0; k < 3; ++k) {
        const int inHeader = counts.constFirst()[k];
        if (inHeader == 0)
            continue;
        int agreeing = 0;
        for (const auto &record : std::as_const(counts)) {
            if (record[k] == inHeader)
                ++agreeing;
        }
        if (agreeing > bestAgreeing ||
            (agreeing == bestAgreeing && inHeader > counts.constFirst()[best])) {
            best = k;
            bestAgreeing = agreeing;
        }
    }
    return best < 0 ? QChar(u',') : QChar(candidates[best]);
}

Workbook DelimitedTextReader::read(const QByteArray &data, const QString &fileName)
{
    Workbook book;
    const QString text = decode(data);
    QStringView body = text;
    QChar separator = declaredSeparator(body);
    const bool declared = !separator.isNull();
    if (!declared)
        separator = guessSeparator(body);
    book.format = separator == u'\t' ? u"tsv"_s : u"csv"_s;

    Sheet sheet;
    sheet.name = QFileInfo(fileName).completeBaseName();
    if (sheet.name.isEmpty())
        sheet.name = u"Sheet1"_s;
    Splitter splitter(body, separator, fileName, &book);
    if (declared)
        splitter.skipLine();
    splitter.run(&sheet);
    book.sheets.append(sheet);
    return book;
}

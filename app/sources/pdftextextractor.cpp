#include "pdftextextractor.h"

#include <poppler-qt6.h>

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Word = PdfTextExtractor::Word;

struct Line
{
    QList<Word> words; // by x
    QRectF box;
    int column = -1; // -1: across the page's columns
};

// The value a quarter of the way up (quantile 4) or halfway (2).
double quantile(QList<double> values, int part)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / part);
}

// The text of a word as a line keeps it: ligatures spelled out, controls dropped.
QString wordText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFB00 && u <= 0xFB06) {
            out += QString(c).normalized(QString::NormalizationForm_KC);
        } else if (u == u'\t' || u == u'\n' || u == u'\r') {
            out += u' ';
        } else if (!(u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xFEFF)) {
            out += c;
        }
    }
    return out.trimmed();
}

// Words on one baseline: sorted by their vertical centre, a word joins the line whose first
// word's centre is within half a word height of its own (so lines do not chain into one).
QList<Line> buildLines(QList<Word> words)
{
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    QRectF anchor;
    for (Word &word : words) {
        const double centre = word.box.center().y();
        const double tolerance = 0.5 * std::max(word.box.height(), anchor.height());
        if (lines.isEmpty() || std::abs(centre - anchor.center().y()) > tolerance) {
            lines.append(Line{});
            anchor = word.box;
        }
        lines.back().words.append(std::move(word));
    }
    for (Line &line : lines) {
        std::sort(line.words.begin(), line.words.end(),
                  [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
        for (const Word &word : std::as_const(line.words))
            line.box = line.box.isNull() ? word.box : line.box.united(word.box);
    }
    return lines;
}

struct Gutter
{
    double left;
    double right;
};

// Vertical gutters between columns: x ranges, at least about a word's height wide, where the
// lines crossing them cover less than a third of what the page's best covered x has, with a
// good share of the words and of the text's width on either side. Coverage counts a line's
// words with the spaces between them, so that a full-width title does not leave holes.
QList<Gutter> findGutters(const QList<Line> &lines)
{
    QList<QRectF> segments; // runs of a line's words less than 0.6 of a word's height apart
    QList<double> heights;
    qsizetype wordCount = 0;
    for (const Line &line : lines) {
        for (const Word &word : line.words) {
            heights.append(word.box.height());
            ++wordCount;
            if (!segments.isEmpty() && &word != &line.words.front() &&
                word.box.left() - segments.back().right() < 0.6 * word.box.height())
                segments.back() = segments.back().united(word.box);
            else
                segments.append(word.box);
        }
    }
    if (wordCount < 8)
        return {};
    double x0 = segments.front().left(), x1 = segments.front().right();
    for (const QRectF &segment : std::as_const(segments)) {
        x0 = std::min(x0, segment.left());
        x1 = std::max(x1, segment.right());
    }
    const double width = x1 - x0;
    if (width <= 0 || !std::isfinite(width))
        return {};
    const int bins = int(std::clamp(width, 1.0, 2000.0));
    const double binWidth = width / bins;
    QList<double> coverage(bins, 0.0);
    for (const QRectF &segment : std::as_const(segments)) {
        const int from = std::clamp(int((segment.left() - x0) / binWidth), 0, bins - 1);
        const int to = std::clamp(int((segment.right() - x0) / binWidth), 0, bins - 1);
        for (int b = from; b <= to; ++b)
            coverage[b] += segment.height();
    }
    const double most = *std::max_element(coverage.cbegin(), coverage.cend());
    const double low = most / 3;
    const double minWidth = std::max(4.0, 0.8 * quantile(heights, 2));
    QList<Gutter> gutters;
    int b = 0;
    while (b < bins) {
        if (coverage[b] > low) {
            ++b;
            continue;
        }
        const int start = b;
        while (b < bins && coverage[b] <= low)
            ++b;
        if (start == 0 || b == bins)
            continue; // a margin, not between columns
        // The gutter proper is the widest stretch of the run that is least covered: the run
        // also holds the ends of a column's longer lines.
        const double least = *std::min_element(coverage.cbegin() + start, coverage.cbegin() + b);
        int bestStart = start, bestEnd = start;
        for (int i = start; i < b;) {
            if (coverage[i] > least + 0.01) {
                ++i;
                continue;
            }
            const int from = i;
            while (i < b && coverage[i] <= least + 0.01)
                ++i;
            if (i - from > bestEnd - bestStart) {
                bestStart = from;
                bestEnd = i;
            }
        }
        const Gutter gutter{x0 + bestStart * binWidth, x0 + bestEnd * binWidth};
        if (gutter.right - gutter.left < minWidth)
            continue;
        const double mid = (gutter.left + gutter.right) / 2;
        qsizetype left = 0, right = 0;
        for (const Line &line : lines) {
            for (const Word &word : line.words) {
                if (word.box.right() <= gutter.left + binWidth)
                    ++left;
                else if (word.box.left() >= gutter.right - binWidth)
                    ++right;
            }
        }
        const qsizetype share = std::max<qsizetype>(3, wordCount * 15 / 100);
        if (left >= share && right >= share && mid - x0 >= 0.15 * width &&
            x1 - mid >= 0.15 * width)
            gutters.append(gutter);
    }
    return gutters;
}

bool sameSize(const Line &a, const Line &b)
{
    const double ratio = b.box.height() / std::max(a.box.height(), 0.01);
    return ratio <= 1.25 && ratio >= 0.8;
}

bool endsParagraphBefore(const Line &previous, const Line &line, double usualGap, double left)
{
    const double height = std::min(previous.box.height(), line.box.height());
    const double gap = line.box.top() - previous.box.bottom();
    if (gap > usualGap + 0.4 * height)
        return true;
    if (!sameSize(previous, line))
        return true; // a heading and the text after it
    // A first-line indent after a line that starts at the block's left edge.
    const double indent = line.box.left() - left;
    return previous.box.left() - left < 0.5 * height && indent > height && indent < 8 * height;
}

QString lineText(const Line &line)
{
    QString out;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const Word &word = line.words[i];
        if (i > 0) {
            const Word &before = line.words[i - 1];
            const double gap = word.box.left() - before.box.right();
            if (before.spaceAfter || gap > 0.15 * word.box.height())
                out += u' ';
        }
        out += word.text;
    }
    return out;
}

bool startsLower(const QString &text)
{
    return !text.isEmpty() && text.front().isLower();
}

bool endsSentence(const QString &text)
{
    static const QString terminal = u".!?:;\u2026\"\u201D)"_s;
    return !text.isEmpty() && terminal.contains(text.back());
}

// The run of letters at the end (before a final hyphen) or the start of a line.
QString lastLetters(const QString &line)
{
    qsizetype i = line.size() - 1; // the hyphen
    while (i > 0 && line[i - 1].isLetter())
        --i;
    return line.mid(i, line.size() - 1 - i);
}

QString firstLetters(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isLetter())
        ++i;
    return line.left(i);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010) || c == QChar(0x00AD);
}

bool isDash(QChar c)
{
    return c == QChar(0x2013) || c == QChar(0x2011);
}

// What the document itself says about words: the words it has and its hyphenated words,
// leaving out the halves of words broken at a line's end (which prove nothing).
struct Vocabulary
{
    QSet<QString> words;
    QSet<QString> hyphenated;

    void add(const QString &line, bool skipFirst, bool skipLast)
    {
        // Tokens: letters and hyphens between letters.
        QStringList tokens;
        QString token;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            const QChar c = i < line.size() ? line[i] : QChar(u' ');
            if (c.isLetter() || (isHyphen(c) && !token.isEmpty() && i + 1 < line.size() &&
                                 line[i + 1].isLetter())) {
                token += c.toLower();
            } else if (!token.isEmpty()) {
                tokens.append(token);
                token.clear();
            }
        }
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if ((t == 0 && skipFirst) || (t == tokens.size() - 1 && skipLast))
                continue;
            const QString &word = tokens[t];
            if (word.contains(u'-')) {
                hyphenated.insert(word);
                for (const QString &part : word.split(u'-', Qt::SkipEmptyParts))
                    words.insert(part);
            } else {
                words.insert(word);
            }
        }
    }
};

bool endsWithBreakHyphen(const QString &line)
{
    return line.size() >= 2 && isHyphen(line.back()) && line[line.size() - 2].isLetter();
}

// Second halves so common in hyphenated English words that a break before them is taken for
// the word's own hyphen.
bool isCompoundEnding(const QString &word)
{
    static const QSet<QString> endings = {
        u"term"_s,    u"based"_s,   u"led"_s,     u"making"_s, u"being"_s,   u"up"_s,
        u"wide"_s,    u"level"_s,   u"scale"_s,   u"time"_s,   u"year"_s,    u"date"_s,
        u"going"_s,   u"related"_s, u"funded"_s,  u"owned"_s,  u"run"_s,     u"centred"_s,
        u"focused"_s, u"free"_s,    u"specific"_s, u"friendly"_s, u"like"_s, u"to"_s};
    return endings.contains(word);
}

QString joinLines(const QStringList &lines, const Vocabulary &vocabulary)
{
    QString out;
    for (const QString &line : lines) {
        if (out.isEmpty()) {
            out = line;
            continue;
        }
        const QChar last = out.back();
        if (endsWithBreakHyphen(out) && !line.isEmpty() && line.front().isLetter()) {
            const QString left = lastLetters(out).toLower();
            const QString right = firstLetters(line).toLower();
            bool keep;
            if (last == QChar(0x00AD))
                keep = false;
            else if (!startsLower(line))
                keep = true; // "Anglo-" "Saxon"
            else if (vocabulary.hyphenated.contains(left + u'-' + right))
                keep = true;
            else if (vocabulary.words.contains(left + right))
                keep = false;
            else
                keep = (vocabulary.words.contains(left) && vocabulary.words.contains(right)) ||
                       isCompoundEnding(right);
            if (!keep || last == QChar(0x00AD))
                out.chop(1);
            out += line;
        } else if ((isHyphen(last) || isDash(last)) && out.size() >= 2 && !out.at(out.size() - 2).isSpace()) {
            out += line; // "2018-" "19", "12–" "14 March"
        } else {
            out += u' ' + line;
        }
    }
    return out;
}

void silencePoppler()
{
    static const bool once = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(once);
}

} // namespace

PdfTextExtractor::Paragraphs PdfTextExtractor::pageParagraphs(QList<Word> words)
{
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](Word &word) {
                                   word.text = wordText(word.text);
                                   return word.text.isEmpty() || !word.box.isValid() ||
                                          !std::isfinite(word.box.left()) ||
                                          !std::isfinite(word.box.top()) ||
                                          !std::isfinite(word.box.width()) ||
                                          !std::isfinite(word.box.height());
                               }),
                words.end());
    if (words.isEmpty())
        return {};
    QList<Line> lines = buildLines(std::move(words));
    const QList<Gutter> gutters = findGutters(lines);

    // Lines split at the gutters; a line with a word across one stands across the columns.
    QList<Line> pieces;
    for (Line &line : lines) {
        const bool across = std::any_of(line.words.cbegin(), line.words.cend(), [&](const Word &w) {
            return std::any_of(gutters.cbegin(), gutters.cend(), [&](const Gutter &g) {
                return w.box.left() < g.right - 0.5 && w.box.right() > g.left + 0.5;
            });
        });
        if (across || gutters.isEmpty()) {
            line.column = gutters.isEmpty() ? 0 : -1;
            pieces.append(std::move(line));
            continue;
        }
        Line piece;
        for (Word &word : line.words) {
            int column = 0;
            while (column < gutters.size() && word.box.left() >= gutters[column].right - 0.5)
                ++column;
            if (!piece.words.isEmpty() && piece.column != column) {
                pieces.append(std::move(piece));
                piece = Line{};
            }
            piece.column = column;
            piece.box = piece.words.isEmpty() ? word.box : piece.box.united(word.box);
            piece.words.append(std::move(word));
        }
        if (!piece.words.isEmpty())
            pieces.append(std::move(piece));
    }

    // Bands down the page: full-width lines, and between them the columns, each read to its
    // end before the next.
    QList<QList<Line>> blocks;
    {
        QList<QList<Line>> columns(gutters.size() + 1);
        auto flushColumns = [&] {
            for (QList<Line> &column : columns) {
                if (!column.isEmpty())
                    blocks.append(std::move(column));
                column.clear();
            }
        };
        bool acrossOpen = false;
        for (Line &piece : pieces) {
            if (piece.column < 0) {
                flushColumns();
                if (!acrossOpen)
                    blocks.append(QList<Line>());
                acrossOpen = true;
                blocks.back().append(std::move(piece));
            } else {
                acrossOpen = false;
                columns[piece.column].append(std::move(piece));
            }
        }
        flushColumns();
    }

    QList<double> gaps;
    for (const QList<Line> &block : std::as_const(blocks)) {
        for (qsizetype i = 1; i < block.size(); ++i)
            gaps.append(std::max(0.0, block[i].box.top() - block[i - 1].box.bottom()));
    }
    // Most gaps are between the lines of a paragraph: the lower quartile is their gap even
    // on a page of a few lines.
    const double usualGap = quantile(gaps, 4);

    Paragraphs paragraphs;
    const Line *previous = nullptr;
    for (const QList<Line> &block : std::as_const(blocks)) {
        double left = block.front().box.left();
        for (const Line &line : block)
            left = std::min(left, line.box.left());
        for (qsizetype i = 0; i < block.size(); ++i) {
            const QString text = lineText(block[i]);
            bool newParagraph = paragraphs.isEmpty();
            if (!newParagraph && i > 0)
                newParagraph = endsParagraphBefore(block[i - 1], block[i], usualGap, left);
            else if (!newParagraph)
                // A new column or band goes on with a sentence left unfinished, in the same
                // size of type.
                newParagraph = endsSentence(paragraphs.back().back()) || !startsLower(text) ||
                               !sameSize(*previous, block[i]);
            if (newParagraph)
                paragraphs.append(QStringList());
            paragraphs.back().append(text);
            previous = &block[i];
        }
    }
    return paragraphs;
}

QString PdfTextExtractor::joinPages(const QList<Paragraphs> &pages)
{
    Vocabulary vocabulary;
    for (const Paragraphs &page : pages) {
        for (const QStringList &paragraph : page) {
            for (qsizetype i = 0; i < paragraph.size(); ++i) {
                const bool brokenBefore = i > 0 && endsWithBreakHyphen(paragraph[i - 1]);
                vocabulary.add(paragraph[i], brokenBefore, endsWithBreakHyphen(paragraph[i]) &&
                                                              i + 1 < paragraph.size());
            }
        }
    }
    QStringList parts;
    for (const Paragraphs &page : pages) {
        for (const QStringList &paragraph : page)
            parts.append(joinLines(paragraph, vocabulary));
    }
    return parts.join(u"\n\n"_s);
}

std::optional<DocumentText> PdfTextExtractor::extract(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DocumentText> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(u"it is not a readable PDF document"_s);
    if (document->isLocked())
        return fail(u"it is encrypted: it needs a password"_s);
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(u"it is not a readable PDF document: it has no pages"_s);
    QList<Paragraphs> pages;
    QList<int> empty;
    for (int p = 0; p < pageCount; ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        QList<Word> words;
        if (page) {
            for (const std::unique_ptr<Poppler::TextBox> &box : page->textList())
                words.append({box->boundingBox(), box->text(), box->hasSpaceAfter()});
        }
        Paragraphs paragraphs = pageParagraphs(std::move(words));
        if (paragraphs.isEmpty())
            empty.append(p + 1);
        else
            pages.append(std::move(paragraphs));
    }
    if (pages.isEmpty())
        return fail(u"it has no text to extract: it may be scanned images"_s);
    DocumentText out;
    out.text = joinPages(pages);
    out.title = document->info(u"Title"_s).simplified();
    if (!empty.isEmpty()) {
        QStringList numbers;
        for (int n : std::as_const(empty))
            numbers.append(QString::number(n));
        const QString list = numbers.size() > 20
                                 ? numbers.mid(0, 20).join(u", "_s) + u", …"_s
                                 : numbers.join(u", "_s);
        out.notes.append((empty.size() == 1 ? u"page %1 has no text: it may be a scanned image"_s
                                            : u"pages %1 have no text: they may be scanned images"_s)
                             .arg(list));
    }
    return out;
}

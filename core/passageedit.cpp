#include "passageedit.h"

#include "quoteresolver.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

QString inQuotes(QString text, qsizetype limit)
{
    text.replace(u'\n', u' ');
    if (text.size() > limit)
        text = text.left(limit - 1).trimmed() + u'\u2026';
    return u'\u201C' + text + u'\u201D';
}

QString documentName(const Catalogue &catalogue, const QString &sourceId)
{
    const SourceInfo *source = catalogue.source(sourceId);
    return source && !source->title.isEmpty() ? inQuotes(source->title, 80) : sourceId;
}

} // namespace

PassageEdit::Result PassageEdit::quoted(const Catalogue &catalogue, const QString &sourceId,
                                        const QString &quote, qsizetype near)
{
    Result result;
    const QString text = quote.trimmed();
    if (text.isEmpty()) {
        result.error = u"A passage needs a quote."_s;
        return result;
    }
    if (catalogue.sourceIndexPath().isEmpty() && !catalogue.document(sourceId)) {
        result.ok = true;
        result.link = {sourceId, 0, 0, text};
        return result;
    }
    const SourceDocument *document = catalogue.document(sourceId);
    if (!document) {
        result.error = u"The text of %1 could not be read, so the quote cannot be checked."_s.arg(
            documentName(catalogue, sourceId));
        return result;
    }
    const QuoteResolver::Result first = QuoteResolver::resolve(*document, text, 1);
    if (!first.found) {
        result.error = u"The quote does not occur word for word in %1."_s.arg(
            documentName(catalogue, sourceId));
        if (first.malformed)
            result.error = u"The quote holds half a character."_s;
        else if (!first.nearMatch.isEmpty())
            result.error += u" Closest: "_s + inQuotes(first.nearMatch, 240) +
                            (first.nearMatchDiffersOnlyInPunctuation
                                 ? u" (it differs only in quotation marks, dashes, spaces or "
                                   "letter case)"_s
                                 : QString());
        return result;
    }
    QuoteResolver::Result best = first;
    for (int occurrence = 2; occurrence <= first.occurrences; ++occurrence) {
        const QuoteResolver::Result next = QuoteResolver::resolve(*document, text, occurrence);
        if (std::abs(next.start - near) < std::abs(best.start - near))
            best = next;
    }
    result.ok = true;
    result.link = {sourceId, best.start, best.end, document->slice(best.start, best.end)};
    return result;
}

PassageEdit::Result PassageEdit::selected(const Catalogue &catalogue, const QString &sourceId,
                                          qsizetype start, qsizetype end)
{
    Result result;
    const SourceDocument *document = catalogue.document(sourceId);
    if (!document || start < 0 || end > document->codePointCount() || end <= start) {
        result.error = u"Select the words of the document to link."_s;
        return result;
    }
    const QString text = document->slice(start, end);
    qsizetype lead = 0;
    while (lead < text.size() && text.at(lead).isSpace())
        ++lead;
    qsizetype trail = 0;
    while (trail < text.size() - lead && text.at(text.size() - 1 - trail).isSpace())
        ++trail;
    if (lead == text.size()) {
        result.error = u"Select the words of the document to link."_s;
        return result;
    }
    // White space is one UTF-16 unit, so the counts are code points too.
    result.ok = true;
    result.link = {sourceId, start + lead, end - trail, text.mid(lead, text.size() - lead - trail)};
    return result;
}

// QuoteResolver: the input is a document (UTF-8), a NUL byte, then a quote as raw UTF-16
// units (so that unpaired surrogates are tried). A quote that is found is exactly the text at
// its offsets, and is whole text.
#include "fuzzcheck.h"
#include "inputlimits.h"
#include "quoteresolver.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\0');
    if (split < 0)
        return 0;
    const SourceDocument document = SourceDocument::fromUtf8(u"s"_s, u"s.txt"_s, bytes.left(split));
    if (!document.isValid())
        return 0;
    const QByteArray rest = bytes.mid(split + 1);
    const QString quote(reinterpret_cast<const QChar *>(rest.constData()), rest.size() / 2);
    const int occurrence = rest.size() % 2 ? rest.back() % 4 : 0;

    const QuoteResolver::Result result = QuoteResolver::resolve(document, quote, occurrence);
    if (result.found) {
        FUZZ_CHECK(InputLimits::firstBadCharacter(quote).isEmpty());
        FUZZ_CHECK(document.slice(result.start, result.end) == quote);
        FUZZ_CHECK(result.occurrences >= 1);
    }
    FUZZ_CHECK(!(result.found && result.malformed));
    return 0;
}

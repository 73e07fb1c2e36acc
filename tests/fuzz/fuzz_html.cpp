// HtmlDocumentReader (libxml2's HTML parser and the walk over its tree) on any bytes: it
// reads or refuses; what it reads is whole text in paragraphs, with a one-line title.
#include "documenttextcheck.h"
#include "htmldocumentreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<DocumentText> document = HtmlDocumentReader::read(bytes, &error);
    checkDocumentText(document, error);
    if (document)
        FUZZ_CHECK(!document->text.isEmpty());
    return 0;
}

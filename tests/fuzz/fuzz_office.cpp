// OfficeDocumentReader on any bytes (zip archives of DOCX and ODT, damaged or not): it reads
// or refuses with a message; what it reads is whole text in paragraphs.
#include "documenttextcheck.h"
#include "officedocumentreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<DocumentText> document = OfficeDocumentReader::read(bytes, &error);
    checkDocumentText(document, error);
    if (document)
        FUZZ_CHECK(!document->text.isEmpty());
    return 0;
}

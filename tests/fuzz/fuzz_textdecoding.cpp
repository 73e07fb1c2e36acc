// TextDecoding on any bytes: it decodes or refuses; what it decodes is whole text with \n line
// ends, and UTF-8 without controls decodes to what Qt's decoder gives.
#include "fuzzcheck.h"
#include "inputlimits.h"
#include "sourcedocument.h"
#include "textdecoding.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<DocumentText> decoded = TextDecoding::decode(bytes, &error);
    if (!decoded) {
        FUZZ_CHECK(!error.isEmpty() && error.size() < 1000);
        return 0;
    }
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(InputLimits::firstBadCharacter(decoded->text).isEmpty());
    FUZZ_CHECK(!decoded->text.contains(u'\r'));
    FUZZ_CHECK(decoded->notes.size() <= 1);
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && !bytes.startsWith("\xEF\xBB\xBF") &&
        SourceDocument::firstMalformedUtf8Byte(bytes) < 0 && !bytes.contains('\r') &&
        !bytes.contains('\f') && !bytes.contains('\v')) {
        FUZZ_CHECK(decoded->text == QString::fromUtf8(bytes));
        FUZZ_CHECK(decoded->notes.isEmpty());
    }
    // A single-byte encoding keeps one character per byte (line ends aside).
    if (!utf16 && !decoded->notes.isEmpty() && !bytes.contains('\r') && !bytes.contains('\f'))
        FUZZ_CHECK(decoded->text.size() == bytes.size());
    return 0;
}

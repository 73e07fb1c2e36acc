// JsonLocator on any bytes: positions agree with counting characters, lookups never crash,
// and repeated keys point at real keys.
#include "fuzzcheck.h"
#include "jsonlocator.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonLocator locator(bytes);
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || (uchar(bytes[i]) & 0xC0) != 0x80) {
            const JsonLocator::Position at = locator.position(i);
            FUZZ_CHECK(at.line == line && at.column == column);
        }
        if (i < bytes.size() && bytes[i] == '\n') {
            ++line;
            column = 1;
        } else if (i < bytes.size() && (uchar(bytes[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    for (const QString &name : {u"events"_s, u"lanes"_s, u"stories"_s, u"sources"_s}) {
        locator.rootMember(name);
        for (qsizetype index = 0; index < 4; ++index)
            locator.element(name, index, u"id"_s);
    }
    for (const JsonLocator::Repeat &repeat : JsonLocator::repeatedKeys(bytes)) {
        FUZZ_CHECK(repeat.firstOffset < repeat.offset);
        FUZZ_CHECK(bytes.at(repeat.offset) == '"' && bytes.at(repeat.firstOffset) == '"');
    }
    return 0;
}

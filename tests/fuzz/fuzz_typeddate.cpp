// TypedDateParser::parse on any text: what parses gives a label that parses back (through
// the typed parser and through EventDate::parse) to the same date; what does not parse says
// why, in a bounded message.
#include "fuzzcheck.h"
#include "typeddateparser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QString note;
    const EventDate date = TypedDateParser::parse(text, &error, &note);
    if (!date.isValid()) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(error.size() < 1000);
        return 0;
    }
    FUZZ_CHECK(date.first() <= date.last());
    const QString label = date.label();
    const EventDate typed = TypedDateParser::parse(label);
    FUZZ_CHECK(typed == date);
    FUZZ_CHECK(EventDate::parse(label) == date);
    return 0;
}

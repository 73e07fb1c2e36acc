// EventDate::parse on any text; whatever parses must give a label that parses back to the
// same date.
#include "eventdate.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const EventDate date = EventDate::parse(text, &error);
    if (!date.isValid()) {
        FUZZ_CHECK(!error.isEmpty());
        FUZZ_CHECK(error.size() < 1000); // messages quote a bounded part of the input
        return 0;
    }
    FUZZ_CHECK(date.first() <= date.last());
    const QString label = date.label();
    QString again;
    const EventDate reparsed = EventDate::parse(label, &again);
    FUZZ_CHECK(reparsed.isValid());
    FUZZ_CHECK(reparsed.label() == label);
    FUZZ_CHECK(reparsed.first() == date.first() && reparsed.last() == date.last());
    FUZZ_CHECK(reparsed.isApproximate() == date.isApproximate());
    FUZZ_CHECK(reparsed.isPlanned() == date.isPlanned());
    return 0;
}

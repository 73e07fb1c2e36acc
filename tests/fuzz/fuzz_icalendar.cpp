// iCalendar files read by ICalendarReader (libical), then written by ICalendarWriter. Oracles:
// every problem names the file and says something; what reads without problems is written
// (every event) and read back with no problems and the same events: ids, titles and the days
// and precision of their dates.
#include "fuzzcheck.h"
#include "icalendarreader.h"
#include "icalendarwriter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CatalogueLoadResult result = ICalendarReader::read(bytes, u"t/calendar.ics"_s);
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(!problem.file.isEmpty() && !problem.message.isEmpty());
    for (const TimelineEvent &event : result.catalogue.events())
        FUZZ_CHECK(event.date.isValid() && !event.title.isEmpty() && !event.id.isEmpty());

    if (!result.ok())
        return 0;
    const QByteArray written =
        ICalendarWriter::toIcs(result.catalogue, ICalendarWriter::Events::All);
    const CatalogueLoadResult again = ICalendarReader::read(written, u"t/written.ics"_s);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.catalogue.events().size() == result.catalogue.events().size());
    for (const TimelineEvent &a : result.catalogue.events()) {
        const TimelineEvent *b = again.catalogue.event(a.id);
        FUZZ_CHECK(b);
        FUZZ_CHECK(a.title == b->title);
        FUZZ_CHECK(a.date.first() == b->date.first() && a.date.last() == b->date.last() &&
                   a.date.precisionName() == b->date.precisionName());
    }
    return 0;
}

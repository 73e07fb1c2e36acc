// vis-timeline item arrays and {"items","groups"} objects read by VisTimelineReader. There is
// no vis-timeline writer, so the oracles are on what is read: every problem names the file and
// says something, and every event has an id of its own, a title, a valid date and a lane the
// catalogue has.
#include "fuzzcheck.h"
#include "vistimelinereader.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CatalogueLoadResult result = VisTimelineReader::read(bytes, u"t/items.json"_s);
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(!problem.file.isEmpty() && !problem.message.isEmpty());
    QSet<QString> ids;
    for (const TimelineEvent &event : result.catalogue.events()) {
        FUZZ_CHECK(!event.id.isEmpty() && !ids.contains(event.id));
        ids.insert(event.id);
        FUZZ_CHECK(!event.title.isEmpty() && event.date.isValid());
        FUZZ_CHECK(event.date.first() <= event.date.last());
        FUZZ_CHECK(result.catalogue.lane(event.laneId));
    }
    return 0;
}

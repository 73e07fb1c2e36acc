// JSON event lists: the fast reader and the general one must agree. Whatever the fast one
// accepts, the general one must read with no problem and to the same events; whatever the
// general one reads, it must not crash on, and its problems must be placed in the file.
#include "eventlistreader.h"
#include "fuzzcheck.h"
#include "jsonfile.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

QStringList summary(const Catalogue &catalogue)
{
    QStringList lines{catalogue.title()};
    for (const TimelineEvent &event : catalogue.events())
        lines.append(event.id + u'|' + event.date.label() + u'|' + event.title + u'|' +
                     event.laneId + u'|' + event.tagIds.join(u','));
    for (const Lane &lane : catalogue.lanes())
        lines.append(u"lane "_s + lane.id + u'|' + lane.name);
    for (const Tag &tag : catalogue.tags())
        lines.append(u"tag "_s + tag.id + u'|' + tag.name);
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Catalogue> fast = EventListReader::readPlainJson(bytes, u"fuzz.json"_s);

    ProblemList problems;
    JsonFile file(u"fuzz.json"_s, bytes, &problems);
    if (!file.isValid()) {
        FUZZ_CHECK(!fast);
        FUZZ_CHECK(!problems.isEmpty());
        return 0;
    }
    const Catalogue general = EventListReader::readJson(file);
    const int lines = int(bytes.count('\n')) + 1;
    for (const Problem &problem : problems) {
        FUZZ_CHECK(problem.line >= 0 && problem.line <= lines);
        FUZZ_CHECK(problem.message.size() < 1000);
    }
    if (fast) {
        FUZZ_CHECK(problems.isEmpty());
        FUZZ_CHECK(summary(*fast) == summary(general));
    }
    return 0;
}

// Stories files, checked against a small catalogue: never a crash, problems placed in the
// file, and stories that load are written out and read back the same.
#include "catalogue.h"
#include "fuzzcheck.h"
#include "storystore.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

const Catalogue &catalogue()
{
    static const Catalogue known = [] {
        Catalogue c;
        TimelineEvent a;
        a.id = u"a"_s;
        a.title = u"A"_s;
        a.date = EventDate::parse(u"2017"_s);
        TimelineEvent b = a;
        b.id = u"b"_s;
        c.setEvents({a, b});
        return c;
    }();
    return known;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const StoryLoadResult result = StoryStore::parse(bytes, u"fuzz.stories.json"_s, &catalogue());
    const int lines = int(bytes.count('\n')) + 1;
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(problem.line >= 0 && problem.line <= lines && !problem.message.isEmpty());
    if (result.ok()) {
        const StoryLoadResult again =
            StoryStore::parse(StoryStore::toJson(result.stories), u"again.json"_s, &catalogue());
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.stories.size() == result.stories.size());
        for (qsizetype i = 0; i < again.stories.size(); ++i) {
            FUZZ_CHECK(again.stories.at(i).id == result.stories.at(i).id);
            FUZZ_CHECK(again.stories.at(i).title == result.stories.at(i).title);
            FUZZ_CHECK(again.stories.at(i).eventIds == result.stories.at(i).eventIds);
        }
    }
    return 0;
}

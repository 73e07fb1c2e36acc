// The event listing `--list-events --format json` prints, read back by the loader, and the
// catalogue format written from what it read. Oracles: every problem names the file and says
// something; what loads is written (CatalogueWriter) and, without documents, read back with
// the same events in the same order.
#include "catalogueloader.h"
#include "cataloguewriter.h"
#include "fileresolver.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = u"l/listing.json"_s;
    const CatalogueLoadResult result =
        CatalogueLoader::load(path, bytes, FileResolver::inMemory({{path, bytes}}));
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(!problem.file.isEmpty() && !problem.message.isEmpty());
    if (!result.ok() || !result.problems.isEmpty())
        return 0;

    const QByteArray written = CatalogueWriter::write(result.catalogue);
    const QString savedPath = u"l/saved.json"_s;
    const CatalogueLoadResult again =
        CatalogueLoader::load(savedPath, written, FileResolver::inMemory({{savedPath, written}}));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.catalogue.events().size() == result.catalogue.events().size());
    for (qsizetype i = 0; i < again.catalogue.events().size(); ++i) {
        const TimelineEvent &a = result.catalogue.events().at(i);
        const TimelineEvent &b = again.catalogue.events().at(i);
        FUZZ_CHECK(a.id == b.id && a.title == b.title && a.date == b.date);
    }
    return 0;
}

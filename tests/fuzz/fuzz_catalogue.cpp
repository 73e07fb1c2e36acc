// A catalogue with its source index and documents, all from the one input: the parts are
// separated by lines of "-----" and kept in memory as c/catalogue.json, c/sources.json and
// c/1.txt, c/2.txt, … (so a catalogue naming "sources.json" and an index naming "1.txt" find
// them). Every problem names a file and says something; the excerpts of a catalogue that
// loads are its documents' text at the links' offsets. A catalogue read a batch of events at
// a time (the batch's size taken from the input's) is the catalogue read whole, with the same
// problems.
#include "../core/samecatalogue.h"
#include "../problemtext.h"
#include "catalogueloader.h"
#include "cataloguereader.h"
#include "fileresolver.h"
#include "fuzzcheck.h"
#include "jsonfile.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = bytes.indexOf("\n-----\n", from);
        parts.append(bytes.mid(from, at < 0 ? -1 : at - from));
        if (at < 0)
            break;
        from = at + 7;
    }
    QHash<QString, QByteArray> files;
    const QString catalogue = u"c/catalogue.json"_s;
    files.insert(catalogue, parts.value(0));
    if (parts.size() > 1)
        files.insert(u"c/sources.json"_s, parts.at(1));
    for (qsizetype i = 2; i < parts.size(); ++i)
        files.insert(u"c/%1.txt"_s.arg(i - 1), parts.at(i));

    const FileResolver resolver = FileResolver::inMemory(files);
    const CatalogueLoadResult result = CatalogueLoader::load(catalogue, parts.value(0), resolver);
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(!problem.file.isEmpty() && !problem.message.isEmpty());
    if (result.ok()) {
        // Every link's excerpt is the document's text at its offsets.
        for (const TimelineEvent &event : result.catalogue.events()) {
            for (const SourceLink &link : event.sources()) {
                const SourceDocument *document = result.catalogue.document(link.sourceId);
                FUZZ_CHECK(document);
                FUZZ_CHECK(document->slice(link.start, link.end) == link.excerpt);
            }
        }
    }

    const std::optional<CatalogueLoadResult> batched = CatalogueReader::readInBatches(
        catalogue, parts.value(0), resolver, 1 + qsizetype(size % 512));
    if (batched) {
        CatalogueLoadResult whole;
        JsonFile file(catalogue, parts.value(0), &whole.problems);
        FUZZ_CHECK(file.isValid());
        whole.catalogue = CatalogueReader::read(file, &whole.problems, resolver, &whole.warnings);
        FUZZ_CHECK(TestProblems::text(batched->problems) == TestProblems::text(whole.problems));
        FUZZ_CHECK(TestProblems::text(batched->warnings) == TestProblems::text(whole.warnings));
        FUZZ_CHECK(catalogueDifference(batched->catalogue, whole.catalogue).isEmpty());
    }
    return 0;
}

// TimelineJS files read by TimelineJsReader, then written by TimelineJsWriter. Oracles: every
// problem names the file and says something; what reads without problems is written and read
// back with the same events (id, period and precision, title, text, lane) and no problems, and
// the plain text of any slide text survives HtmlText's way back to HTML.
#include "fuzzcheck.h"
#include "htmltext.h"
#include "timelinejsreader.h"
#include "timelinejswriter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CatalogueLoadResult result = TimelineJsReader::read(bytes, u"t/timeline.json"_s);
    for (const Problem &problem : result.problems)
        FUZZ_CHECK(!problem.file.isEmpty() && !problem.message.isEmpty());

    // Any text, read as HTML: its plain text is the same after a way back to HTML.
    const QString plain = HtmlText::toPlainText(QString::fromUtf8(bytes));
    FUZZ_CHECK(HtmlText::toPlainText(HtmlText::fromPlainText(plain)) == plain);

    if (!result.ok())
        return 0;
    const QByteArray written = TimelineJsWriter::toJson(result.catalogue);
    const CatalogueLoadResult again = TimelineJsReader::read(written, u"t/written.json"_s);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.catalogue.events().size() == result.catalogue.events().size());
    for (qsizetype i = 0; i < again.catalogue.events().size(); ++i) {
        const TimelineEvent &a = result.catalogue.events().at(i);
        const TimelineEvent &b = again.catalogue.events().at(i);
        FUZZ_CHECK(a.id == b.id && a.title == b.title && a.summary() == b.summary() &&
                   a.laneId == b.laneId);
        FUZZ_CHECK(a.date.first() == b.date.first() && a.date.last() == b.date.last() &&
                   a.date.precisionName() == b.date.precisionName());
    }
    return 0;
}

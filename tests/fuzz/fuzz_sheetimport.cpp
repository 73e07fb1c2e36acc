// Any bytes through WorkbookReader, the guessed mapping and SheetImporter: nothing crashes,
// every imported event has a valid date and a title, every row is either imported or
// reported, and every problem names the file and a row.
#include "columnmapping.h"
#include "fuzzcheck.h"
#include "sheetimport.h"
#include "workbookreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzz.csv");
    const Workbook workbook = WorkbookReader::read(bytes, fileName);
    for (const Sheet &sheet : workbook.sheets) {
        const ColumnMapping mapping = ColumnMapping::guess(sheet.rows.value(0));
        const SheetImportResult result = SheetImporter::import(sheet, mapping, fileName);
        qsizetype imported = 0;
        for (const SheetImportRow &row : result.rows) {
            FUZZ_CHECK(row.row >= 2 && row.row <= sheet.rows.size());
            FUZZ_CHECK(row.imported || !row.problems.isEmpty() ||
                       SheetImporter::isTimelineJsTemplate(sheet.rows.value(0)));
            imported += row.imported ? 1 : 0;
        }
        FUZZ_CHECK(imported == result.catalogue.events().size());
        for (const TimelineEvent &event : result.catalogue.events()) {
            FUZZ_CHECK(event.date.isValid());
            FUZZ_CHECK(!event.title.isEmpty());
            FUZZ_CHECK(!event.id.isEmpty());
            FUZZ_CHECK(result.catalogue.lane(event.laneId) != nullptr);
        }
        for (const Problem &problem : result.problems)
            FUZZ_CHECK(problem.file == fileName && problem.line >= 1);
    }
    return 0;
}

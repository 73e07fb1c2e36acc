// Spreadsheet files of every format WorkbookReader knows (CSV/TSV, and XLSX and ODS zips):
// it must not crash, problems name the file, and sheets are as Sheet promises: no trailing
// empty rows or cells, within the grid's limits, text lines in order for delimited text.
#include "fuzzcheck.h"
#include "sheetgrid.h"
#include "workbookreader.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Workbook book = WorkbookReader::read(bytes, u"fuzz"_s);
    for (const Problem &problem : book.problems) {
        FUZZ_CHECK(problem.file == u"fuzz"_s);
        FUZZ_CHECK(!problem.message.isEmpty() && problem.message.size() < 1000);
        FUZZ_CHECK(problem.line >= 0 && problem.column >= 0);
    }
    FUZZ_CHECK(!book.problems.isEmpty() || !book.sheets.isEmpty());
    const bool delimited = !WorkbookReader::isZip(bytes);
    const int textLines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    qsizetype cells = 0;
    for (const Sheet &sheet : book.sheets) {
        FUZZ_CHECK(sheet.rows.size() <= SheetGrid::kMaxRows);
        FUZZ_CHECK(sheet.rows.isEmpty() || !sheet.rows.constLast().isEmpty());
        for (const QStringList &row : sheet.rows) {
            FUZZ_CHECK(row.isEmpty() || !row.constLast().isEmpty());
            cells += row.size();
        }
        if (delimited) {
            FUZZ_CHECK(sheet.lines.size() == sheet.rows.size());
            for (qsizetype r = 0; r < sheet.lines.size(); ++r) {
                FUZZ_CHECK(sheet.lines[r] >= 1 && sheet.lines[r] <= textLines);
                FUZZ_CHECK(r == 0 || sheet.lines[r] > sheet.lines[r - 1]);
            }
        } else {
            FUZZ_CHECK(sheet.lines.isEmpty());
        }
    }
    if (!delimited)
        FUZZ_CHECK(cells <= SheetGrid::kMaxCells);
    return 0;
}

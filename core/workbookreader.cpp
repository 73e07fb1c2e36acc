#include "workbookreader.h"

#include "delimitedtextreader.h"
#include "inputlimits.h"
#include "odsreader.h"
#include "xlsxreader.h"
#include "zipreader.h"

using namespace Qt::StringLiterals;

bool WorkbookReader::isZip(const QByteArray &data)
{
    // A local file header, or the end record of an empty archive.
    return data.startsWith("PK\x03\x04") || data.startsWith("PK\x05\x06");
}

Workbook WorkbookReader::read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > InputLimits::kMaxFileBytes) {
        Workbook book;
        book.problems.append(
            {fileName, 0, 0, InputLimits::tooLarge(data.size(), InputLimits::kMaxFileBytes)});
        return book;
    }
    if (data.isEmpty()) {
        Workbook book;
        book.problems.append({fileName, 0, 0, u"the file is empty"_s});
        return book;
    }
    if (isZip(data)) {
        const ZipReader zip(data);
        if (!zip.isOpen()) {
            Workbook book;
            book.problems.append({fileName, 0, 0, zip.error()});
            return book;
        }
        if (XlsxReader::isXlsx(zip))
            return XlsxReader::read(zip, fileName);
        if (OdsReader::isOds(zip))
            return OdsReader::read(zip, fileName);
        Workbook book;
        book.problems.append({fileName, 0, 0,
                              u"it is a zip archive but not a spreadsheet: it has neither "
                              "xl/workbook.xml (XLSX) nor the OpenDocument spreadsheet mimetype "
                              "(ODS)"_s});
        return book;
    }
    return DelimitedTextReader::read(data, fileName);
}

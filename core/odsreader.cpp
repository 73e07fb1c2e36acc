#include "odsreader.h"

#include "cellvalue.h"
#include "inputlimits.h"
#include "sheetgrid.h"
#include "zipreader.h"

#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;

int count(const QXmlStreamAttributes &attributes, const QString &name)
{
    bool ok = false;
    const int n = attributes.value(kTable, name).toInt(&ok);
    return ok && n > 0 ? n : 1;
}

// The text inside a text:p (or a span or link in it): spaces, tabs and line breaks written
// as elements, notes and annotations left out.
QString paragraphText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            return text;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"s") {
                bool ok = false;
                const int n = xml.attributes().value(kText, u"c"_s).toInt(&ok);
                text += QString(ok && n > 0 ? qMin(n, 1024) : 1, u' ');
                xml.skipCurrentElement();
            } else if (name == u"tab") {
                text += u'\t';
                xml.skipCurrentElement();
            } else if (name == u"line-break") {
                text += u'\n';
                xml.skipCurrentElement();
            } else if (name == u"note" || name == u"annotation" || name == u"bookmark" ||
                       name == u"soft-page-break") {
                xml.skipCurrentElement();
            } else {
                text += paragraphText(xml); // span, a, and other inline elements
            }
        }
    }
    return text;
}

struct Cell
{
    int column;
    int repeat;
    QString text;
    int rowsSpanned;
    int columnsSpanned;
};

// One table-cell or covered-table-cell, read to its end.
Cell readCell(QXmlStreamReader &xml, int column)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    Cell cell{column,
              count(attributes, u"number-columns-repeated"_s),
              {},
              count(attributes, u"number-rows-spanned"_s),
              count(attributes, u"number-columns-spanned"_s)};
    QStringList paragraphs;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"p" || xml.name() == u"h")
            paragraphs.append(paragraphText(xml));
        else
            xml.skipCurrentElement(); // annotations, drawings
    }
    const QStringView type = attributes.value(kOffice, u"value-type"_s);
    QString typed;
    if (type == u"float" || type == u"percentage" || type == u"currency") {
        bool ok = false;
        const double value = attributes.value(kOffice, u"value"_s).toDouble(&ok);
        if (ok)
            typed = CellValue::number(value);
    } else if (type == u"date") {
        typed = OdsReader::dateText(attributes.value(kOffice, u"date-value"_s));
    } else if (type == u"time") {
        typed = OdsReader::timeText(attributes.value(kOffice, u"time-value"_s));
    } else if (type == u"boolean") {
        const QStringView value = attributes.value(kOffice, u"boolean-value"_s);
        typed = value == u"true" ? u"TRUE"_s : value == u"false" ? u"FALSE"_s : QString();
    }
    // What the cell shows when its typed value cannot be read, or it has none.
    cell.text = typed.isEmpty() ? paragraphs.join(u'\n') : typed;
    return cell;
}

// Reads one table:table into the grid; false when the grid is full.
bool readTable(QXmlStreamReader &xml, SheetGrid *grid)
{
    int row = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"table")
            return true;
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"table-row") {
            const int rows = count(xml.attributes(), u"number-rows-repeated"_s);
            QList<Cell> cells;
            int column = 0;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell") {
                    Cell cell = readCell(xml, column);
                    column =
                        int(qMin<qint64>(qint64(column) + cell.repeat, SheetGrid::kMaxColumns));
                    if (!cell.text.isEmpty())
                        cells.append(std::move(cell));
                } else {
                    xml.skipCurrentElement();
                }
            }
            // An empty row repeated to the end of the sheet makes nothing; one that has
            // cells is there as often as it says, within the grid's limits.
            const int times = cells.isEmpty() ? 0 : qMin(rows, SheetGrid::kMaxRows - row);
            for (int r = 0; r < times; ++r) {
                for (const Cell &cell : std::as_const(cells)) {
                    const int repeat = qMin(cell.repeat, SheetGrid::kMaxColumns - cell.column);
                    for (int c = 0; c < repeat; ++c) {
                        if (!grid->set(row + r, cell.column + c, cell.text))
                            return false;
                        if (cell.rowsSpanned > 1 || cell.columnsSpanned > 1)
                            grid->merge(row + r, cell.column + c, cell.rowsSpanned,
                                        cell.columnsSpanned);
                    }
                }
            }
            row = int(qMin<qint64>(qint64(row) + rows, SheetGrid::kMaxRows));
        } else if (name == u"table-column" || name == u"table-columns" ||
                   name == u"table-header-columns" || name == u"table-column-group" ||
                   name == u"shapes" || name == u"named-expressions") {
            xml.skipCurrentElement();
        }
        // Row groups and header rows hold rows: go on into them.
    }
    return true;
}

} // namespace

bool OdsReader::isOds(const ZipReader &zip)
{
    if (!zip.contains(u"mimetype"_s))
        return false;
    QString error;
    const std::optional<QByteArray> type = zip.read(u"mimetype"_s, 256, &error);
    return type && type->trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet");
}

QString OdsReader::dateText(QStringView value)
{
    const QDate date = QDate::fromString(value.left(10).toString(), Qt::ISODate);
    if (!date.isValid() || (value.size() > 10 && value[10] != u'T'))
        return {};
    int minutes = 0;
    if (value.size() > 10) {
        static const QRegularExpression time(u"^T(\\d\\d):(\\d\\d)(?::(\\d\\d(?:\\.\\d+)?))?"_s);
        const QRegularExpressionMatch match = time.match(value.sliced(10).toString());
        if (!match.hasMatch())
            return {};
        const int hours = match.capturedView(1).toInt();
        const int mins = match.capturedView(2).toInt();
        const double seconds = match.capturedView(3).toDouble();
        if (hours > 23 || mins > 59)
            return {};
        minutes = hours * 60 + mins + (seconds >= 30 ? 1 : 0);
        if (minutes == 24 * 60)
            return CellValue::dateTime(date.addDays(1), 0);
    }
    return CellValue::dateTime(date, minutes);
}

QString OdsReader::timeText(QStringView value)
{
    static const QRegularExpression duration(
        u"^-?PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"_s);
    const QRegularExpressionMatch match = duration.match(value.toString());
    if (!match.hasMatch() || value.size() <= 2)
        return {};
    qint64 minutes = match.capturedView(1).toLongLong() * 60 + match.capturedView(2).toLongLong();
    if (match.capturedView(3).toDouble() >= 30)
        ++minutes;
    if (minutes > 1000000)
        return {};
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

Workbook OdsReader::read(const ZipReader &zip, const QString &fileName)
{
    Workbook book;
    book.format = u"ods"_s;
    const QString part = u"content.xml"_s;
    QString error;
    const std::optional<QByteArray> content =
        zip.read(part, InputLimits::kMaxZipEntryBytes, &error);
    if (!content) {
        book.problems.append({fileName, 0, 0, error});
        return book;
    }
    QXmlStreamReader xml(*content);
    qsizetype cellsLeft = SheetGrid::kMaxCells;
    bool full = false;
    while (!xml.atEnd() && !full) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"table" || xml.namespaceUri() != kTable)
            continue;
        const QString name = xml.attributes().value(kTable, u"name"_s).toString();
        SheetGrid grid(cellsLeft);
        full = !readTable(xml, &grid);
        Sheet sheet = grid.take(name.isEmpty() ? u"Sheet%1"_s.arg(book.sheets.size() + 1) : name);
        if (full || grid.full()) {
            full = true;
            book.problems.append(
                {fileName, 0, 0,
                 u"its sheet %1 has more cells than the %2 allowed in a "
                 "workbook; the rest is not read"_s.arg(InputLimits::quoted(sheet.name))
                     .arg(SheetGrid::kMaxCells)});
        }
        cellsLeft -= grid.cells();
        book.sheets.append(std::move(sheet));
    }
    if (xml.hasError()) {
        book.problems.append(
            {fileName, 0, 0,
             u"its entry %1 is not well-formed XML at line %2, column %3: %4"_s.arg(
                 part, QString::number(xml.lineNumber()), QString::number(xml.columnNumber()),
                 xml.errorString())});
    }
    if (book.sheets.isEmpty() && book.problems.isEmpty())
        book.problems.append({fileName, 0, 0, u"its content has no sheets"_s});
    return book;
}

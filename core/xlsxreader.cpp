#include "xlsxreader.h"

#include "cellvalue.h"
#include "inputlimits.h"
#include "sheetgrid.h"
#include "zipreader.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString workbookPart()
{
    return u"xl/workbook.xml"_s;
}

struct SheetEntry
{
    QString name;
    QString relationship;
};

// What reading one workbook needs to hand around, and where its problems go.
class XlsxFile
{
public:
    XlsxFile(const ZipReader &zip, const QString &fileName, Workbook *book)
        : m_zip(zip), m_fileName(fileName), m_book(book)
    {}

    void problem(const QString &message) { m_book->problems.append({m_fileName, 0, 0, message}); }

    // An entry's bytes; a problem when it cannot be read (and, if required, when it is absent).
    std::optional<QByteArray> entry(const QString &name, bool required)
    {
        if (!required && !m_zip.contains(name))
            return std::nullopt;
        QString error;
        std::optional<QByteArray> bytes = m_zip.read(name, InputLimits::kMaxZipEntryBytes, &error);
        if (!bytes)
            problem(error);
        return bytes;
    }

    // One problem for XML that is not well-formed, with the entry and the place in it.
    bool xmlFailed(const QXmlStreamReader &xml, const QString &entryName)
    {
        if (!xml.hasError())
            return false;
        problem(u"its entry %1 is not well-formed XML at line %2, column %3: %4"_s.arg(
            entryName, QString::number(xml.lineNumber()), QString::number(xml.columnNumber()),
            xml.errorString()));
        return true;
    }

private:
    const ZipReader &m_zip;
    const QString &m_fileName;
    Workbook *m_book;
};

// The r:id of <sheet>, in the transitional or the strict relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships"))
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// The text of the <t> elements inside the current element (a shared string's <si> or an
// inline string's <is>), without the phonetic guides (<rPh>) Japanese files carry.
QString richText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"r")
            text += richText(xml);
        else
            xml.skipCurrentElement();
    }
    return text;
}

QStringList readSharedStrings(QXmlStreamReader &xml)
{
    QStringList strings;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(richText(xml));
    }
    return strings;
}

// For each cell format (the s attribute of a cell), whether it shows a date.
QList<bool> readDateStyles(QXmlStreamReader &xml)
{
    QHash<int, QString> codes;
    QList<bool> dates;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt") {
                codes.insert(attributes.value(u"numFmtId"_s).toInt(),
                             attributes.value(u"formatCode"_s).toString());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = attributes.value(u"numFmtId"_s).toInt();
                dates.append(XlsxReader::isDateFormat(id, codes.value(id)));
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return dates;
}

// "A1:C2" → the grid's merge.
void mergeRange(QStringView ref, SheetGrid *grid)
{
    const qsizetype colon = ref.indexOf(u':');
    int row1 = 0, column1 = 0, row2 = 0, column2 = 0;
    if (colon < 0 || !XlsxReader::cellPosition(ref.left(colon), &row1, &column1) ||
        !XlsxReader::cellPosition(ref.sliced(colon + 1), &row2, &column2))
        return;
    if (row2 < row1)
        std::swap(row1, row2);
    if (column2 < column1)
        std::swap(column1, column2);
    grid->merge(row1, column1, row2 - row1 + 1, column2 - column1 + 1);
}

struct CellContext
{
    const QStringList &sharedStrings;
    const QList<bool> &dateStyles;
    bool date1904;
};

// The text of one <c>, read to its end.
QString cellText(QXmlStreamReader &xml, const CellContext &context, QString *problem)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QString type = attributes.value(u"t"_s).toString();
    const int style = attributes.value(u"s"_s).toInt();
    QString value;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"is")
            inlineText = richText(xml);
        else
            xml.skipCurrentElement(); // <f>, the formula: its value is in <v>
    }
    if (type == u"inlineStr")
        return inlineText;
    if (type == u"s") {
        if (value.isEmpty())
            return {}; // a styled cell with nothing in it
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (ok && index >= 0 && index < context.sharedStrings.size())
            return context.sharedStrings[index];
        *problem = u"refers to shared string %1, which the workbook does not have"_s.arg(
            InputLimits::quoted(value));
        return {};
    }
    if (type == u"b")
        return value.isEmpty() ? QString() : isTrue(value.trimmed()) ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"str" || type == u"e" || type == u"d")
        return value;
    if (value.isEmpty())
        return {};
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value; // not a number after all: keep what is there
    if (style >= 0 && style < context.dateStyles.size() && context.dateStyles[style]) {
        const QString date = CellValue::serialDate(number, context.date1904);
        if (!date.isEmpty())
            return date;
    }
    return CellValue::number(number);
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

void readSheet(QXmlStreamReader &xml, const CellContext &context, SheetGrid *grid,
               QStringList *cellProblems)
{
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(u"r"_s).toInt(&ok);
            row = ok && r > 0 ? r - 1 : row + 1;
            column = -1;
        } else if (xml.name() == u"c") {
            int cellRow = 0, cellColumn = 0;
            if (XlsxReader::cellPosition(xml.attributes().value(u"r"_s), &cellRow, &cellColumn)) {
                row = cellRow;
                column = cellColumn;
            } else {
                row = qMax(row, 0);
                ++column;
            }
            QString problem;
            const QString text = cellText(xml, context, &problem);
            if (!problem.isEmpty() && cellProblems->size() < 100)
                cellProblems->append(
                    u"cell %1%2 %3"_s.arg(columnName(column)).arg(row + 1).arg(problem));
            if (!grid->set(row, column, text))
                return;
        } else if (xml.name() == u"mergeCell") {
            mergeRange(xml.attributes().value(u"ref"_s), grid);
        }
    }
}

// The part a relationship target names, from the folder of the part that names it.
QString partPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(u"xl/"_s + target);
}

} // namespace

bool XlsxReader::isXlsx(const ZipReader &zip)
{
    return zip.contains(workbookPart());
}

bool XlsxReader::cellPosition(QStringView reference, int *row, int *column)
{
    qsizetype i = 0;
    qint64 c = 0;
    // "$A$1" is an absolute reference to the same cell.
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype lettersFrom = i;
    for (; i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128; ++i) {
        c = c * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (c > SheetGrid::kMaxColumns)
            return false;
    }
    if (i == lettersFrom)
        return false;
    if (i < reference.size() && reference[i] == u'$')
        ++i;
    const qsizetype digitsFrom = i;
    qint64 r = 0;
    for (; i < reference.size() && reference[i] >= u'0' && reference[i] <= u'9'; ++i) {
        r = r * 10 + (reference[i].unicode() - u'0');
        if (r > SheetGrid::kMaxRows)
            return false;
    }
    if (i == digitsFrom || i != reference.size() || r == 0)
        return false;
    *row = int(r - 1);
    *column = int(c - 1);
    return true;
}

bool XlsxReader::isDateFormat(int id, QStringView code)
{
    if (code.isEmpty())
        return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            if (close < 0)
                return false;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else {
            const QChar lower = c.toLower();
            if (lower == u'd' || lower == u'm' || lower == u'y' || lower == u'h')
                return true;
        }
    }
    return false;
}

Workbook XlsxReader::read(const ZipReader &zip, const QString &fileName)
{
    Workbook book;
    book.format = u"xlsx"_s;
    XlsxFile file(zip, fileName, &book);

    const std::optional<QByteArray> workbookXml = file.entry(workbookPart(), true);
    if (!workbookXml)
        return book;
    QList<SheetEntry> entries;
    bool date1904 = false;
    {
        QXmlStreamReader xml(*workbookXml);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr")
                date1904 = isTrue(xml.attributes().value(u"date1904"_s));
            else if (xml.name() == u"sheet")
                entries.append({xml.attributes().value(u"name"_s).toString(),
                                relationshipId(xml.attributes())});
        }
        if (file.xmlFailed(xml, workbookPart()))
            return book;
    }
    if (entries.isEmpty()) {
        file.problem(u"its workbook lists no sheets"_s);
        return book;
    }

    // Relationship id → the sheet's part, and which ids are worksheets (not charts).
    QHash<QString, QString> targets;
    QHash<QString, bool> worksheets;
    const QString relsName = u"xl/_rels/workbook.xml.rels"_s;
    if (const std::optional<QByteArray> rels = file.entry(relsName, true)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = xml.attributes();
                const QString id = attributes.value(u"Id"_s).toString();
                targets.insert(id, partPath(attributes.value(u"Target"_s).toString()));
                worksheets.insert(id, attributes.value(u"Type"_s).endsWith(u"/worksheet"));
            }
        }
        if (file.xmlFailed(xml, relsName))
            return book;
    } else {
        return book;
    }

    QStringList sharedStrings;
    const QString sharedName = u"xl/sharedStrings.xml"_s;
    if (const std::optional<QByteArray> bytes = file.entry(sharedName, false)) {
        QXmlStreamReader xml(*bytes);
        sharedStrings = readSharedStrings(xml);
        file.xmlFailed(xml, sharedName);
    }
    QList<bool> dateStyles;
    const QString stylesName = u"xl/styles.xml"_s;
    if (const std::optional<QByteArray> bytes = file.entry(stylesName, false)) {
        QXmlStreamReader xml(*bytes);
        dateStyles = readDateStyles(xml);
        file.xmlFailed(xml, stylesName);
    }

    const CellContext context{sharedStrings, dateStyles, date1904};
    qsizetype cellsLeft = SheetGrid::kMaxCells;
    for (const SheetEntry &entry : std::as_const(entries)) {
        const QString shown = InputLimits::quoted(entry.name);
        if (!targets.contains(entry.relationship)) {
            file.problem(u"its sheet %1 names a part the workbook does not list (%2)"_s.arg(
                shown, InputLimits::quoted(entry.relationship)));
            continue;
        }
        if (!worksheets.value(entry.relationship))
            continue; // a chart sheet: no cells
        const QString part = targets.value(entry.relationship);
        const std::optional<QByteArray> bytes = file.entry(part, true);
        if (!bytes)
            continue;
        SheetGrid grid(cellsLeft);
        QStringList cellProblems;
        QXmlStreamReader xml(*bytes);
        readSheet(xml, context, &grid, &cellProblems);
        for (const QString &problem : std::as_const(cellProblems))
            file.problem(u"its sheet %1: %2"_s.arg(shown, problem));
        file.xmlFailed(xml, part);
        Sheet sheet = grid.take(entry.name);
        if (grid.full())
            file.problem(u"its sheet %1 has more cells than the %2 allowed in a workbook; the "
                         "rest is not read"_s.arg(shown)
                             .arg(SheetGrid::kMaxCells));
        cellsLeft -= grid.cells();
        book.sheets.append(std::move(sheet));
    }
    if (book.sheets.isEmpty() && book.problems.isEmpty())
        file.problem(u"its workbook has no sheets with cells (only charts)"_s);
    return book;
}

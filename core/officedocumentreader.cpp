#include "officedocumentreader.h"

#include "inputlimits.h"
#include "plaintextbuilder.h"
#include "zipreader.h"

#include <QList>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kWordMain = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;
const QString kWordStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main"_s;
const QString kMarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006"_s;
const QString kDublinCore = u"http://purl.org/dc/elements/1.1/"_s;
const QString kOdfText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString kOdfOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString kOdfTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString kOdfDrawing = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s;

const QString kOdtMimetype = u"application/vnd.oasis.opendocument.text"_s;

QString xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return u"its entry %1 is not well-formed XML at line %2, column %3: %4"_s.arg(
        part, QString::number(xml.lineNumber()), QString::number(xml.columnNumber()),
        xml.errorString());
}

// Where the paragraphs being read are: the body, a table row or a table cell. Paragraphs in
// a cell are lines of one row's paragraph; cells are separated by a tab.
struct Container
{
    enum Kind { Body, Row, Cell } kind = Body;
    int children = 0; // paragraphs in a cell, cells in a row
};

class Layout
{
public:
    void startParagraph()
    {
        Container &top = m_stack.back();
        if (m_join) {
            m_join = false;
            return;
        }
        if (top.kind == Container::Cell) {
            if (top.children++ > 0)
                m_out.lineBreak();
        } else {
            m_out.paragraph();
        }
    }
    void endParagraph(bool joinNext = false)
    {
        if (joinNext)
            m_join = true;
        else if (m_stack.back().kind != Container::Cell)
            m_out.paragraph();
    }
    void startRow()
    {
        m_join = false;
        m_out.paragraph();
        m_stack.append(Container{Container::Row});
    }
    void startCell()
    {
        if (m_stack.back().kind == Container::Row && m_stack.back().children++ > 0)
            m_out.cellSeparator();
        m_stack.append(Container{Container::Cell});
    }
    // A text box inside a paragraph: its paragraphs stand on their own.
    void startBox()
    {
        m_out.paragraph();
        m_stack.append(Container{Container::Body});
    }
    void end()
    {
        const Container::Kind kind = m_stack.back().kind;
        if (m_stack.size() > 1)
            m_stack.removeLast();
        if (kind != Container::Cell)
            m_out.paragraph();
    }
    PlainTextBuilder &out() { return m_out; }

private:
    PlainTextBuilder m_out;
    QList<Container> m_stack = {Container{}};
    bool m_join = false; // the last paragraph's mark was deleted: the next one goes on
};

// The text of the first dc:title in a metadata part, or empty.
QString dublinCoreTitle(const ZipReader &zip, const QString &part)
{
    if (!zip.contains(part))
        return {};
    QString error;
    const std::optional<QByteArray> bytes = zip.read(part, 4 * 1024 * 1024, &error);
    if (!bytes)
        return {};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"title" && xml.namespaceUri() == kDublinCore) {
            PlainTextBuilder title;
            title.collapsed(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            return title.finish();
        }
    }
    return {};
}

bool isWord(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns == kWordMain || ns == kWordStrict;
}

// A run's properties: whether its text is hidden (w:vanish that is not switched off).
bool readRunHidden(QXmlStreamReader &xml)
{
    bool hidden = false;
    while (xml.readNextStartElement()) {
        if (isWord(xml) && (xml.name() == u"vanish" || xml.name() == u"specVanish")) {
            const QStringView value = xml.attributes().value(xml.namespaceUri().toString(), u"val"_s);
            hidden = !(value == u"0" || value == u"false" || value == u"off");
        }
        xml.skipCurrentElement();
    }
    return hidden;
}

// A paragraph's properties: whether its mark is a deleted tracked change (w:rPr/w:del),
// which joins it to the next paragraph.
bool readParagraphMarkDeleted(QXmlStreamReader &xml)
{
    bool deleted = false;
    while (xml.readNextStartElement()) {
        if (isWord(xml) && xml.name() == u"rPr") {
            while (xml.readNextStartElement()) {
                if (isWord(xml) && (xml.name() == u"del" || xml.name() == u"moveFrom"))
                    deleted = true;
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return deleted;
}

std::optional<QString> docxText(const QByteArray &bytes, QString *error)
{
    const QString part = u"word/document.xml"_s;
    QXmlStreamReader xml(bytes);
    Layout layout;
    PlainTextBuilder &out = layout.out();
    // Per open w:p: whether its mark was deleted. Per open w:r: whether it is hidden.
    QList<bool> paragraphs;
    bool hidden = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.namespaceUri() == kMarkupCompatibility) {
                // The same content for older readers: read the choice, skip the fallback.
                if (xml.name() == u"Fallback")
                    xml.skipCurrentElement();
                continue;
            }
            if (!isWord(xml))
                continue;
            const QStringView name = xml.name();
            if (name == u"p") {
                layout.startParagraph();
                paragraphs.append(false);
            } else if (name == u"pPr") {
                const bool deleted = readParagraphMarkDeleted(xml);
                if (!paragraphs.isEmpty())
                    paragraphs.back() = deleted;
            } else if (name == u"r") {
                hidden = false;
            } else if (name == u"rPr") {
                hidden = readRunHidden(xml);
            } else if (name == u"t") {
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (!hidden)
                    out.literal(text);
            } else if (name == u"tab") {
                if (!hidden)
                    out.literal(u"\t");
                xml.skipCurrentElement();
            } else if (name == u"br" || name == u"cr") {
                if (!hidden)
                    out.lineBreak();
                xml.skipCurrentElement();
            } else if (name == u"noBreakHyphen") {
                if (!hidden)
                    out.literal(u"-");
                xml.skipCurrentElement();
            } else if (name == u"del" || name == u"moveFrom" || name == u"delText" ||
                       name == u"instrText" || name == u"delInstrText" ||
                       name == u"footnoteReference" || name == u"endnoteReference" ||
                       name == u"commentReference" || name == u"sectPr" || name == u"tblPr" ||
                       name == u"tblGrid" || name == u"trPr" || name == u"tcPr") {
                xml.skipCurrentElement();
            } else if (name == u"tr") {
                layout.startRow();
            } else if (name == u"tc") {
                layout.startCell();
            } else if (name == u"txbxContent") {
                layout.startBox();
            } else if (name == u"tbl") {
                out.paragraph();
            }
        } else if (xml.isEndElement() && isWord(xml)) {
            const QStringView name = xml.name();
            if (name == u"p") {
                const bool joinNext = !paragraphs.isEmpty() && paragraphs.takeLast();
                layout.endParagraph(joinNext);
            } else if (name == u"tr" || name == u"tc" || name == u"txbxContent") {
                layout.end();
            } else if (name == u"r") {
                hidden = false;
            } else if (name == u"tbl") {
                out.paragraph();
            }
        }
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml);
        return std::nullopt;
    }
    return out.finish();
}

std::optional<QString> odtText(const QByteArray &bytes, QString *error)
{
    const QString part = u"content.xml"_s;
    QXmlStreamReader xml(bytes);
    Layout layout;
    PlainTextBuilder &out = layout.out();
    int inParagraph = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            if (inParagraph > 0)
                out.collapsed(xml.text());
            continue;
        }
        if (xml.isStartElement()) {
            const QStringView ns = xml.namespaceUri();
            const QStringView name = xml.name();
            if (ns == kOdfText) {
                if (name == u"p" || name == u"h") {
                    layout.startParagraph();
                    ++inParagraph;
                } else if (name == u"s") {
                    bool ok = false;
                    const int n = xml.attributes().value(kOdfText, u"c"_s).toInt(&ok);
                    out.literal(QString(ok && n > 0 ? qMin(n, 1024) : 1, u' '));
                    xml.skipCurrentElement();
                } else if (name == u"tab") {
                    out.literal(u"\t");
                    xml.skipCurrentElement();
                } else if (name == u"line-break") {
                    out.lineBreak();
                    xml.skipCurrentElement();
                } else if (name == u"tracked-changes" || name == u"note" ||
                           name == u"soft-page-break" || name == u"sequence-decls" ||
                           name == u"variable-decls" || name == u"user-field-decls" ||
                           name == u"table-of-content" || name == u"alphabetical-index" ||
                           name == u"illustration-index" || name == u"table-index" ||
                           name == u"object-index" || name == u"user-index" ||
                           name == u"bibliography" || name == u"ruby-text") {
                    xml.skipCurrentElement();
                }
            } else if (ns == kOdfTable) {
                if (name == u"table-row")
                    layout.startRow();
                else if (name == u"table-cell")
                    layout.startCell();
                else if (name == u"covered-table-cell" || name == u"table-columns" ||
                         name == u"table-column" || name == u"table-header-columns")
                    xml.skipCurrentElement();
                else if (name == u"table")
                    out.paragraph();
            } else if (ns == kOdfOffice) {
                if (name == u"annotation" || name == u"forms" || name == u"automatic-styles" ||
                    name == u"font-face-decls" || name == u"scripts" ||
                    name == u"event-listeners")
                    xml.skipCurrentElement();
            } else if (ns == kOdfDrawing) {
                if (name == u"text-box")
                    layout.startBox();
                else if (name == u"image" || name == u"object" || name == u"object-ole")
                    xml.skipCurrentElement();
            } else {
                // svg:title and svg:desc of a frame, and anything of another vocabulary
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement()) {
            const QStringView ns = xml.namespaceUri();
            const QStringView name = xml.name();
            if (ns == kOdfText && (name == u"p" || name == u"h")) {
                --inParagraph;
                layout.endParagraph();
            } else if (ns == kOdfTable && (name == u"table-row" || name == u"table-cell")) {
                layout.end();
            } else if (ns == kOdfTable && name == u"table") {
                out.paragraph();
            } else if (ns == kOdfDrawing && name == u"text-box") {
                layout.end();
            }
        }
    }
    if (xml.hasError()) {
        *error = xmlError(part, xml);
        return std::nullopt;
    }
    return out.finish();
}

} // namespace

OfficeDocumentReader::Format OfficeDocumentReader::format(const ZipReader &zip)
{
    if (zip.contains(u"word/document.xml"_s))
        return Format::Docx;
    if (zip.contains(u"mimetype"_s)) {
        QString error;
        const std::optional<QByteArray> type = zip.read(u"mimetype"_s, 256, &error);
        if (type && QString::fromLatin1(type->trimmed()).startsWith(kOdtMimetype))
            return Format::Odt;
    }
    return Format::None;
}

std::optional<DocumentText> OfficeDocumentReader::read(const ZipReader &zip, Format format,
                                                       QString *error)
{
    QString why;
    auto fail = [&](const QString &message) -> std::optional<DocumentText> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!zip.isOpen())
        return fail(zip.error());
    if (format == Format::None)
        return fail(u"it is a zip archive but not a DOCX or ODT document"_s);
    const bool docx = format == Format::Docx;
    const QString part = docx ? u"word/document.xml"_s : u"content.xml"_s;
    if (!docx && zip.contains(u"META-INF/manifest.xml"_s)) {
        // ODF encrypts the entries' contents itself: the zip entries are not marked.
        const std::optional<QByteArray> manifest =
            zip.read(u"META-INF/manifest.xml"_s, 4 * 1024 * 1024, &why);
        if (manifest && manifest->contains("encryption-data"))
            return fail(u"it is encrypted: it needs a password (save it without one)"_s);
    }
    if (!zip.contains(part))
        return fail(u"it is an %1 document without its text: there is no entry %2"_s.arg(
            docx ? u"DOCX"_s : u"ODT"_s, part));
    const std::optional<QByteArray> bytes = zip.read(part, InputLimits::kMaxZipEntryBytes, &why);
    if (!bytes)
        return fail(why);
    const std::optional<QString> text = docx ? docxText(*bytes, &why) : odtText(*bytes, &why);
    if (!text)
        return fail(why);
    if (text->isEmpty())
        return fail(u"it has no text to extract"_s);
    DocumentText out;
    out.text = *text;
    out.title = dublinCoreTitle(zip, docx ? u"docProps/core.xml"_s : u"meta.xml"_s);
    return out;
}

std::optional<DocumentText> OfficeDocumentReader::read(const QByteArray &bytes, QString *error)
{
    const ZipReader zip(bytes);
    if (!zip.isOpen()) {
        if (error)
            *error = zip.error();
        return std::nullopt;
    }
    return read(zip, format(zip), error);
}

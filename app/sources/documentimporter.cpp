#include "documentimporter.h"

#include "htmldocumentreader.h"
#include "inputlimits.h"
#include "officedocumentreader.h"
#include "pdftextextractor.h"
#include "textdecoding.h"
#include "zipreader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// PDF readers accept a header within the first kilobyte, after other bytes.
bool isPdf(const QByteArray &bytes)
{
    const qsizetype at = bytes.left(1024).indexOf("%PDF-");
    return at >= 0;
}

bool isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

// An OLE compound file: an old .doc, or a DOCX saved with a password, which Office wraps in one.
bool isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

bool isHtml(const QString &fileName, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return true;
    QByteArray head = bytes.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed().toLower();
    if (head.startsWith("<?xml") || head.startsWith("<!--")) {
        const qsizetype tag = head.indexOf("<html");
        return tag >= 0;
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

// The text as a source keeps it: nothing a source document may not hold.
QString wholeText(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(u) || (u < 0x20 && u != u'\t' && u != u'\n') || u == 0x7F)
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

std::optional<ExtractedDocument> DocumentImporter::extract(const QString &fileName,
                                                           const QByteArray &bytes,
                                                           QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ExtractedDocument> {
        if (error)
            *error = fileName + QLatin1String(": ") + why;
        return std::nullopt;
    };
    if (bytes.isEmpty())
        return fail(u"the file is empty"_s);
    ExtractedDocument extracted;
    std::optional<DocumentText> document;
    QString why;
    if (isPdf(bytes)) {
        extracted.format = u"pdf"_s;
        document = PdfTextExtractor::extract(bytes, &why);
    } else if (isZip(bytes)) {
        const ZipReader zip(bytes);
        if (!zip.isOpen())
            return fail(zip.error());
        const OfficeDocumentReader::Format format = OfficeDocumentReader::format(zip);
        if (format == OfficeDocumentReader::Format::None)
            return fail(u"it is a zip archive but not a DOCX or ODT document"_s);
        extracted.format = format == OfficeDocumentReader::Format::Docx ? u"docx"_s : u"odt"_s;
        document = OfficeDocumentReader::read(zip, format, &why);
    } else if (isCompoundFile(bytes)) {
        return fail(u"it is an encrypted Office document or an old Word (.doc) file: save it "
                    "as DOCX or ODT without a password"_s);
    } else if (bytes.startsWith("{\\rtf")) {
        return fail(u"it is an RTF document, which cannot be read: save it as DOCX, ODT or PDF"_s);
    } else if (isHtml(fileName, bytes)) {
        extracted.format = u"html"_s;
        document = HtmlDocumentReader::read(bytes, &why);
    } else {
        extracted.format = u"text"_s;
        document = TextDecoding::decode(bytes, &why);
        if (document && document->text.trimmed().isEmpty())
            return fail(u"it has no text: it is only white space"_s);
    }
    if (!document)
        return fail(why);
    // The limit on text holds for the text of every format, as it is kept.
    const qsizetype utf8Bytes = document->text.toUtf8().size();
    if (utf8Bytes > TextDecoding::kMaxTextBytes)
        return fail(u"its text is too long: "_s +
                    InputLimits::tooLarge(utf8Bytes, TextDecoding::kMaxTextBytes));
    extracted.text = wholeText(std::move(document->text));
    extracted.title = document->title.left(500);
    extracted.notes = document->notes;
    return extracted;
}

std::optional<ExtractedDocument> DocumentImporter::extractFile(const QString &path,
                                                               QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        if (error)
            *error = path + QLatin1String(": there is no such file");
        return std::nullopt;
    }
    if (info.size() > InputLimits::kMaxDocumentBytes) {
        if (error)
            *error = path + QLatin1String(": ")
                     + InputLimits::tooLarge(info.size(), InputLimits::kMaxDocumentBytes);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QLatin1String(": ") + file.errorString();
        return std::nullopt;
    }
    return extract(path, file.readAll(), error);
}

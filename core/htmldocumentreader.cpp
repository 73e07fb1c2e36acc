#include "htmldocumentreader.h"

#include "plaintextbuilder.h"
#include "sourcedocument.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Deeper than this the page is not a document: the rest is left out, said in a note.
constexpr int kMaxDepth = 512;

bool is(const xmlNode *node, const char *name)
{
    return node->name && std::strcmp(reinterpret_cast<const char *>(node->name), name) == 0;
}

QString text(const xmlChar *utf8)
{
    return utf8 ? QString::fromUtf8(reinterpret_cast<const char *>(utf8)) : QString();
}

const QSet<QByteArray> &droppedElements()
{
    static const QSet<QByteArray> names = {
        "script", "style",  "noscript", "nav",    "header", "footer",   "aside",
        "form",   "template", "svg",    "math",   "iframe", "object",   "embed",
        "canvas", "button", "select",   "textarea", "audio", "video",   "map",
        "head",   "dialog"};
    return names;
}

const QSet<QByteArray> &blockElements()
{
    static const QSet<QByteArray> names = {
        "p",       "div",        "h1",      "h2",      "h3",     "h4",      "h5",
        "h6",      "li",         "blockquote", "tr",   "table",  "ul",      "ol",
        "dl",      "dt",         "dd",      "section", "article", "main",   "pre",
        "figure",  "figcaption", "address", "hr",      "caption", "details", "summary",
        "center",  "fieldset",   "legend",  "body",    "html",   "thead",   "tbody",
        "tfoot"};
    return names;
}

bool isHidden(xmlNode *node)
{
    if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")))
        return true;
    auto attribute = [&](const char *name) {
        xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
        QString out = text(value).toLower();
        xmlFree(value);
        return out;
    };
    if (attribute("aria-hidden") == u"true")
        return true;
    const QString style = attribute("style").remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s);
}

// Walks the tree once: the text, and the title from <title> (in the head) or the first <h1>.
class Walker
{
public:
    void walk(xmlNode *parent, int depth)
    {
        if (depth > kMaxDepth) {
            m_tooDeep = true;
            return;
        }
        int cells = 0;
        for (xmlNode *node = parent->children; node; node = node->next) {
            if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
                const QString part = text(node->content);
                if (m_pre > 0)
                    m_out.literal(part);
                else
                    m_out.collapsed(part);
                if (m_inH1)
                    m_h1 += part;
                continue;
            }
            if (node->type != XML_ELEMENT_NODE || !node->name)
                continue;
            const QByteArray name(reinterpret_cast<const char *>(node->name));
            if (name == "head") {
                findTitle(node, depth + 1);
                continue;
            }
            if (name == "title") { // a title outside the head, as a forgiving parser keeps it
                if (m_title.isEmpty())
                    m_title = collapse(allText(node));
                continue;
            }
            if (droppedElements().contains(name) || isHidden(node))
                continue;
            if (name == "br") {
                m_out.lineBreak();
                continue;
            }
            if ((name == "td" || name == "th") && is(parent, "tr") && cells++ > 0)
                m_out.cellSeparator();
            const bool block = blockElements().contains(name);
            if (block)
                m_out.paragraph();
            const bool pre = name == "pre" || name == "textarea" || name == "listing";
            const bool h1 = name == "h1" && m_h1.isEmpty() && !m_inH1;
            m_pre += pre ? 1 : 0;
            m_inH1 = m_inH1 || h1;
            walk(node, depth + 1);
            m_pre -= pre ? 1 : 0;
            if (h1) {
                m_inH1 = false;
                m_h1 = collapse(m_h1);
                if (m_h1.isEmpty())
                    m_h1 = QString(); // an empty h1 does not count: the next one may
            }
            if (block)
                m_out.paragraph();
        }
    }

    QString finishText() { return m_out.finish(); }
    QString title() const { return m_title.isEmpty() ? m_h1 : m_title; }
    bool tooDeep() const { return m_tooDeep; }

private:
    void findTitle(xmlNode *head, int depth)
    {
        if (depth > kMaxDepth)
            return;
        for (xmlNode *node = head->children; node; node = node->next) {
            if (node->type != XML_ELEMENT_NODE)
                continue;
            if (is(node, "title") && m_title.isEmpty())
                m_title = collapse(allText(node));
            else if (!droppedElements().contains(QByteArray(
                         reinterpret_cast<const char *>(node->name))))
                findTitle(node, depth + 1);
        }
    }

    static QString allText(xmlNode *node)
    {
        xmlChar *content = xmlNodeGetContent(node);
        QString out = text(content);
        xmlFree(content);
        return out;
    }

    static QString collapse(const QString &s)
    {
        PlainTextBuilder builder;
        builder.collapsed(s);
        return builder.finish();
    }

    PlainTextBuilder m_out;
    QString m_title;
    QString m_h1;
    int m_pre = 0;
    bool m_inH1 = false;
    bool m_tooDeep = false;
};

// Whether the page says its encoding itself: a byte order mark, a meta charset or an XML
// declaration with one, near its start (where the HTML standard looks for it).
bool declaresEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
        bytes.startsWith("\xFE\xFF"))
        return true;
    const QByteArray head = bytes.left(4096).toLower();
    return head.contains("charset") || (head.startsWith("<?xml") && head.contains("encoding"));
}

} // namespace

std::optional<DocumentText> HtmlDocumentReader::read(const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DocumentText> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    DocumentText out;
    const char *encoding = nullptr;
    if (!declaresEncoding(bytes)) {
        const qsizetype malformed = SourceDocument::firstMalformedUtf8Byte(bytes);
        if (malformed < 0) {
            encoding = "UTF-8";
        } else {
            encoding = "windows-1252";
            out.notes.append(u"decoded as Windows-1252: the page declares no encoding and is "
                             "not UTF-8 (byte %1)"_s.arg(malformed));
        }
    }
    xmlInitParser();
    htmlDocPtr document = htmlReadMemory(
        bytes.constData(), int(qMin<qsizetype>(bytes.size(), INT_MAX)), nullptr, encoding,
        HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER |
            HTML_PARSE_NOIMPLIED);
    if (!document)
        return fail(u"it is not a readable HTML page"_s);
    Walker walker;
    walker.walk(reinterpret_cast<xmlNode *>(document), 0);
    xmlFreeDoc(document);
    out.text = walker.finishText();
    out.title = walker.title();
    if (walker.tooDeep())
        out.notes.append(u"elements nested more than %1 deep are left out"_s.arg(kMaxDepth));
    if (out.text.isEmpty())
        return fail(u"the page has no text to extract"_s);
    return out;
}

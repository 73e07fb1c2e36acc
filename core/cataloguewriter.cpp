#include "cataloguewriter.h"

#include <QStringBuilder>

using namespace Qt::StringLiterals;

namespace {

// The JSON text of the file, written member by member so the key order is the file's.
class JsonText
{
public:
    void beginObject() { open(u'{'); }
    void endObject() { close(u'}'); }
    void beginArray() { open(u'['); }
    void endArray() { close(u']'); }

    void key(QStringView name)
    {
        separate();
        string(name);
        m_text += u": "_s;
        m_afterKey = true;
    }
    void value(const QString &text)
    {
        separate();
        string(text);
    }
    void value(bool flag)
    {
        separate();
        m_text += flag ? u"true"_s : u"false"_s;
    }
    void value(int number)
    {
        separate();
        m_text += QString::number(number);
    }
    void member(QStringView name, const QString &text)
    {
        key(name);
        value(text);
    }
    void member(QStringView name, bool flag)
    {
        key(name);
        value(flag);
    }
    void strings(QStringView name, const QStringList &list)
    {
        key(name);
        beginArray();
        for (const QString &item : list)
            value(item);
        endArray();
    }

    QByteArray finish() { return (m_text + u'\n').toUtf8(); }

private:
    // Before a value or key: a comma after the previous item, then a new indented line;
    // nothing after a key.
    void separate()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        if (m_items.last() > 0)
            m_text += u',';
        ++m_items.last();
        newline();
    }
    void open(QChar bracket)
    {
        separate();
        m_text += bracket;
        ++m_depth;
        m_items.append(0);
    }
    // Empty containers stay on one line ("[]"), as Python's json module writes them.
    void close(QChar bracket)
    {
        const bool empty = m_items.takeLast() == 0;
        --m_depth;
        if (!empty)
            newline();
        m_text += bracket;
    }
    void newline()
    {
        m_text += u'\n';
        m_text += QString(2 * m_depth, u' ');
    }
    void string(QStringView text)
    {
        m_text += u'"';
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"':
                m_text += u"\\\""_s;
                break;
            case u'\\':
                m_text += u"\\\\"_s;
                break;
            case u'\n':
                m_text += u"\\n"_s;
                break;
            case u'\r':
                m_text += u"\\r"_s;
                break;
            case u'\t':
                m_text += u"\\t"_s;
                break;
            case u'\b':
                m_text += u"\\b"_s;
                break;
            case u'\f':
                m_text += u"\\f"_s;
                break;
            default:
                if (c.unicode() < 0x20)
                    m_text += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
                else
                    m_text += c;
            }
        }
        m_text += u'"';
    }

    QString m_text;
    int m_depth = 0;
    QList<int> m_items; // items written so far in each open container
    bool m_afterKey = false;
};

void writeLinks(JsonText &json, const Catalogue &catalogue, const QList<SourceLink> &links)
{
    json.key(u"sources");
    json.beginArray();
    for (const SourceLink &link : links) {
        const CatalogueWriter::Quote quote = CatalogueWriter::quoteOf(catalogue, link);
        json.beginObject();
        json.member(u"source", link.sourceId);
        json.member(u"quote", quote.text);
        if (quote.occurrence > 0) {
            json.key(u"occurrence");
            json.value(quote.occurrence);
        }
        json.endObject();
    }
    json.endArray();
}

void writeEvent(JsonText &json, const Catalogue &catalogue, const TimelineEvent &event)
{
    json.beginObject();
    json.member(u"id", event.id);
    json.member(u"title", event.title);
    json.member(u"summary", event.summary());
    json.member(u"date", CatalogueWriter::dateText(event.date));
    json.member(u"approximate", event.date.isApproximate());
    json.member(u"planned", event.date.isPlanned());
    if (!event.dateBasis().isEmpty())
        json.member(u"dateBasis", event.dateBasis());
    json.member(u"lane", event.laneId);
    json.strings(u"actors", event.actorIds());
    json.strings(u"tags", event.tagIds());
    writeLinks(json, catalogue, event.sources());
    json.endObject();
}

// The qualifier and a period only when there is one, as hand-written figures leave them out.
void writeFigure(JsonText &json, const Catalogue &catalogue, const Figure &figure)
{
    json.beginObject();
    json.member(u"id", figure.id);
    json.member(u"measure", figure.measure);
    json.member(u"label", figure.label);
    json.member(u"amount", figure.written);
    if (figure.amount.qualifier != FigureAmount::Qualifier::None)
        json.member(u"qualifier", FigureAmount::qualifierName(figure.amount.qualifier));
    json.member(u"approximate", figure.amount.approximate);
    if (figure.period.isValid())
        json.member(u"period", figure.period.label());
    json.member(u"event", figure.eventId);
    writeLinks(json, catalogue, figure.sources);
    json.endObject();
}

} // namespace

QString CatalogueWriter::dateText(const EventDate &date)
{
    if (!date.isValid())
        return {};
    if (date.isOpenEnded()) {
        // "by June 2018": approximate and planned are members of their own in the file.
        EventDate bare = date;
        bare.setApproximate(false);
        bare.setPlanned(false);
        return bare.label();
    }
    return date.isRange() ? date.start().label() + u" \u2013 "_s + date.end().label()
                          : date.start().label();
}

CatalogueWriter::Quote CatalogueWriter::quoteOf(const Catalogue &catalogue, const SourceLink &link)
{
    const SourceDocument *document = catalogue.document(link.sourceId);
    if (!document || !document->isValid() || link.start < 0 || link.end <= link.start ||
        link.end > document->codePointCount())
        return {link.excerpt, 0};
    Quote quote{document->slice(link.start, link.end), 0};
    // Counted as the loader counts: every start, overlapping ones too.
    const QString &text = document->text();
    const qsizetype wanted = document->toUtf16(link.start);
    int count = 0;
    int which = 0;
    for (qsizetype at = text.indexOf(quote.text); at >= 0; at = text.indexOf(quote.text, at + 1)) {
        ++count;
        if (at == wanted)
            which = count;
    }
    if (count > 1)
        quote.occurrence = which;
    return quote;
}

QByteArray CatalogueWriter::writeSourceIndex(const QList<SourceInfo> &sources)
{
    JsonText json;
    json.beginObject();
    json.key(u"sources");
    json.beginArray();
    for (const SourceInfo &source : sources) {
        json.beginObject();
        json.member(u"id", source.id);
        json.member(u"file", source.file);
        json.member(u"title", source.title);
        json.member(u"publisher", source.publisher);
        json.member(u"kind", source.kind);
        json.strings(u"authors", source.authors);
        json.member(u"date", dateText(source.date));
        json.member(u"approximate", source.date.isApproximate());
        json.member(u"basis", source.basis);
        // An added document's members; the seeds have none, so their index is unchanged.
        if (source.isAddedDocument()) {
            json.member(u"originalFile", source.originalFile);
            json.member(u"format", source.format);
            json.member(u"sha256", source.sha256);
            if (source.added.isValid())
                json.member(u"added", source.added.toString(Qt::ISODate));
            if (!source.notes.isEmpty())
                json.strings(u"notes", source.notes);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

QByteArray CatalogueWriter::write(const Catalogue &catalogue)
{
    JsonText json;
    json.beginObject();
    json.member(u"title", catalogue.title());
    json.member(u"sourceIndex", catalogue.sourceIndexPath());

    json.key(u"lanes");
    json.beginArray();
    for (const Lane &lane : catalogue.lanes()) {
        json.beginObject();
        json.member(u"id", lane.id);
        json.member(u"name", lane.name);
        json.member(u"description", lane.description);
        json.endObject();
    }
    json.endArray();

    json.key(u"tags");
    json.beginArray();
    for (const Tag &tag : catalogue.tags()) {
        json.beginObject();
        json.member(u"id", tag.id);
        json.member(u"name", tag.name);
        json.endObject();
    }
    json.endArray();

    json.key(u"actors");
    json.beginArray();
    for (const Actor &actor : catalogue.actors()) {
        json.beginObject();
        json.member(u"id", actor.id);
        json.member(u"name", actor.name);
        json.member(u"kind", actor.kind);
        json.member(u"role", actor.role);
        json.member(u"affiliation", actor.affiliation);
        json.member(u"place", actor.place);
        json.endObject();
    }
    json.endArray();

    json.key(u"events");
    json.beginArray();
    for (const QString &id : catalogue.fileOrder()) {
        if (const TimelineEvent *event = catalogue.event(id))
            writeEvent(json, catalogue, *event);
    }
    json.endArray();

    if (!catalogue.figures().isEmpty()) {
        json.key(u"figures");
        json.beginArray();
        for (const Figure &figure : catalogue.figures())
            writeFigure(json, catalogue, figure);
        json.endArray();
    }

    if (!catalogue.stories().isEmpty()) {
        json.key(u"stories");
        json.beginArray();
        for (const Story &story : catalogue.stories()) {
            json.beginObject();
            json.member(u"id", story.id);
            json.member(u"title", story.title);
            json.strings(u"events", story.eventIds);
            json.endObject();
        }
        json.endArray();
    }
    json.endObject();
    return json.finish();
}

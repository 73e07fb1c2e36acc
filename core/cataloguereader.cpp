#include "cataloguereader.h"

#include "domjson.h"
#include "figurefinder.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"
#include "jsonoutline.h"
#include "quoteindex.h"
#include "quoteresolver.h"
#include "sourceindexreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

using Need = DomObjectReader::Need;
using Object = DomJson::Object;
using Array = DomJson::Array;
using Element = simdjson::dom::element;

// A passage as a message shows it: in curly quotes, line breaks written as in JSON, and cut
// short when a limit is given.
QString shown(QString text, qsizetype limit = 0)
{
    text.replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    if (limit > 0 && text.size() > limit)
        text = text.left(limit - 1).trimmed() + u'\u2026';
    return u'\u201C' + text + u'\u201D';
}

// Reports the problems of one element of a top-level array, prefixed with what it is
// ("event \"fyfv-published\"", or "event 3" until its id is known) at the line of its "id".
class ElementProblems
{
public:
    // What it is called is made only when there is a problem: most elements have none.
    ElementProblems(JsonFile &file, const QString &arrayName, const QString &kind, qsizetype index)
        : m_file(file), m_arrayName(arrayName), m_kind(kind), m_index(index)
    {}

    void setId(const QString &id) { m_id = id; }
    void report(const QString &message) const
    {
        const QString what = m_id.isEmpty()
                                 ? u"%1 %2"_s.arg(m_kind).arg(m_index + 1)
                                 : u"%1 \"%2\""_s.arg(m_kind, InputLimits::shortened(m_id));
        m_file.reportAtElement(m_arrayName, m_index, what + u": "_s + message);
    }
    DomObjectReader::Sink sink() const
    {
        return [this](const QString &, const QString &message) { report(message); };
    }

private:
    JsonFile &m_file;
    QString m_arrayName;
    QString m_kind;
    qsizetype m_index;
    QString m_id;
};

// Reads the objects of one array that all have a unique "id" (recorded in *ids, whether
// the item is kept or not) into *items; fill reads the rest of each and says whether it is
// whole enough to keep. Items with a missing or repeated id are reported and left out. The
// array's first element is the file's element firstIndex (one batch of a longer array).
template <typename T, typename Fill>
void readItems(JsonFile &file, const Array &array, const QString &arrayName, const QString &kind,
               QSet<QString> *ids, Fill fill, qsizetype firstIndex, QList<T> *items)
{
    ids->reserve(ids->size() + array.size());
    qsizetype i = firstIndex - 1;
    for (const Element element : array) {
        ++i;
        ElementProblems problems(file, arrayName, kind, i);
        Object object;
        if (element.get_object().get(object)) {
            problems.report(u"expected an object with an \"id\""_s);
            continue;
        }
        DomObjectReader reader(object, problems.sink());
        T item;
        item.id = reader.text("id"_L1);
        bool keep = !item.id.isEmpty();
        if (keep) {
            problems.setId(item.id);
            if (ids->contains(item.id)) {
                problems.report(u"the id is used by an earlier %1 too"_s.arg(kind));
                keep = false;
            }
            ids->insert(item.id);
        }
        keep = fill(reader, object, problems, item) && keep;
        reader.finish();
        if (keep)
            items->append(item);
    }
}

template <typename T, typename Fill>
QList<T> readItems(JsonFile &file, const Array &array, const QString &arrayName,
                   const QString &kind, QSet<QString> *ids, Fill fill)
{
    QList<T> items;
    items.reserve(array.size());
    readItems(file, array, arrayName, kind, ids, fill, 0, &items);
    return items;
}

// Each of ids must name something known, and only once.
template <typename Known>
void checkIds(const QStringList &ids, const QString &kind, const ElementProblems &problems,
              Known known)
{
    // An event's lists are short: searching what came before costs less than a set each.
    // A story's may be long.
    constexpr qsizetype kShort = 16;
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        bool repeated = false;
        if (ids.size() <= kShort) {
            repeated = std::find(ids.cbegin(), ids.cbegin() + i, id) != ids.cbegin() + i;
        } else {
            repeated = seen.contains(id);
            seen.insert(id);
        }
        if (!known(id))
            problems.report(u"unknown %1 \"%2\""_s.arg(kind, InputLimits::shortened(id)));
        else if (repeated)
            problems.report(u"names %1 \"%2\" twice"_s.arg(kind, InputLimits::shortened(id)));
    }
}

// The raw text of consecutive events of a catalogue's "events" array, as JsonOutline found
// them, with the commas between them, and how many.
struct EventBatch
{
    std::string_view text;
    qsizetype count = 0;
};

class Reader
{
public:
    // With batches, the events are read from them, not from the file's DOM, which then holds
    // none.
    Reader(JsonFile &file, ProblemList *problems, const FileResolver &files, ProblemList *warnings,
           const QList<EventBatch> *batches = nullptr)
        : m_file(file), m_problems(problems), m_warnings(warnings), m_files(files),
          m_batches(batches)
    {}

    Catalogue read();
    // Whether a batch was not what the outline promised (simdjson refused it, or it names a
    // member twice): what was read is then to be dropped, and the file read whole.
    bool declined() const { return m_declined; }

private:
    void readEvents(const Array &events);
    void readSources(const QString &sourceIndex);
    bool readEvent(DomObjectReader &reader, const Object &object,
                   const ElementProblems &problems, TimelineEvent *event);
    void readLink(Element value, int number, const ElementProblems &problems,
                  QList<SourceLink> *links);
    bool readFigure(DomObjectReader &reader, const Object &object,
                    const ElementProblems &problems, Figure *figure);
    QList<Story> readStories(const Array &array);

    JsonFile &m_file;
    ProblemList *m_problems;
    ProblemList *m_warnings; // may be null
    const FileResolver &m_files;
    const QList<EventBatch> *m_batches; // may be null
    bool m_declined = false;
    Catalogue m_catalogue;
    QSet<QString> m_eventIds;   // every event id the file gives, kept or not
    bool m_sourcesRead = false; // when false, that is reported once, not for every quote
    std::map<QString, std::unique_ptr<QuoteIndex>> m_quoteIndexes; // by source id
    // The events' actor and tag lists, one of each: a catalogue names a few dozen
    // combinations for thousands of events, and a list of its own each is memory touched for
    // nothing.
    QSet<QStringList> m_idLists;
    QStringList shared(const QStringList &ids)
    {
        if (ids.isEmpty())
            return ids;
        auto known = m_idLists.constFind(ids);
        if (known == m_idLists.cend())
            known = m_idLists.insert(ids);
        return *known;
    }
};

Catalogue Reader::read()
{
    const Object *dom = m_file.dom();
    if (!dom) {
        m_file.reportNoDom();
        return m_catalogue;
    }
    DomObjectReader root(*dom, [this](const QString &key, const QString &message) {
        m_file.reportAtMember(key, message);
    });
    m_catalogue.setTitle(root.string("title"_L1));
    const QString sourceIndex = root.string("sourceIndex"_L1, Need::Required);
    const Array lanes = root.array("lanes"_L1, Need::Required);
    const Array tags = root.array("tags"_L1);
    const Array actors = root.array("actors"_L1);
    const Array events = root.array("events"_L1, Need::Required);
    const Array figures = root.array("figures"_L1);
    const Array stories = root.array("stories"_L1);
    root.finish();
    m_catalogue.setSourceIndexPath(sourceIndex);

    if (!sourceIndex.isEmpty())
        readSources(sourceIndex);

    QSet<QString> laneIds, tagIds, actorIds;
    m_catalogue.setLanes(readItems<Lane>(
        m_file, lanes, u"lanes"_s, u"lane"_s, &laneIds,
        [](DomObjectReader &reader, const Object &, const ElementProblems &, Lane &lane) {
            lane.name = reader.text("name"_L1);
            lane.description = reader.string("description"_L1);
            return true;
        }));
    m_catalogue.setTags(readItems<Tag>(
        m_file, tags, u"tags"_s, u"tag"_s, &tagIds,
        [](DomObjectReader &reader, const Object &, const ElementProblems &, Tag &tag) {
            tag.name = reader.text("name"_L1);
            return true;
        }));
    const QList<Actor> actorList = readItems<Actor>(
        m_file, actors, u"actors"_s, u"actor"_s, &actorIds,
        [](DomObjectReader &reader, const Object &, const ElementProblems &, Actor &actor) {
            actor.name = reader.text("name"_L1);
            actor.kind = reader.string("kind"_L1);
            actor.role = reader.string("role"_L1);
            actor.affiliation = reader.string("affiliation"_L1);
            actor.place = reader.string("place"_L1);
            return true;
        });
    m_catalogue.setActors(actorList);
    qsizetype i = -1;
    for (const Element element : actors) {
        ++i;
        Object actor;
        if (element.get_object().get(actor))
            continue;
        const QString id = DomJson::toString(DomJson::find(actor, "id"_L1));
        const QString affiliation = DomJson::toString(DomJson::find(actor, "affiliation"_L1));
        if (!affiliation.isEmpty() && !m_catalogue.actor(affiliation)) {
            ElementProblems problems(m_file, u"actors"_s, u"actor"_s, i);
            problems.setId(id);
            problems.report(u"\"affiliation\" names unknown actor \"%1\""_s.arg(
                InputLimits::shortened(affiliation)));
        }
    }

    readEvents(events);
    if (m_declined)
        return m_catalogue;
    QSet<QString> figureIds;
    m_catalogue.setFigures(readItems<Figure>(
        m_file, figures, u"figures"_s, u"figure"_s, &figureIds,
        [this](DomObjectReader &reader, const Object &object, const ElementProblems &problems,
               Figure &figure) { return readFigure(reader, object, problems, &figure); }));
    m_catalogue.setStories(readStories(stories));
    return m_catalogue;
}

void Reader::readEvents(const Array &events)
{
    const auto fill = [this](DomObjectReader &reader, const Object &object,
                             const ElementProblems &problems, TimelineEvent &event) {
        return readEvent(reader, object, problems, &event);
    };
    if (!m_batches) {
        m_catalogue.setEvents(
            readItems<TimelineEvent>(m_file, events, u"events"_s, u"event"_s, &m_eventIds, fill));
        return;
    }
    qsizetype total = 0;
    size_t longest = 0;
    for (const EventBatch &batch : *m_batches) {
        total += batch.count;
        longest = std::max(longest, batch.text.size());
    }
    QList<TimelineEvent> read;
    read.reserve(total);
    // One parser and buffer for every batch: the DOM's memory is made once and used again.
    simdjson::dom::parser parser;
    std::string text;
    text.reserve(longest + 2 + simdjson::SIMDJSON_PADDING);
    qsizetype first = 0;
    for (const EventBatch &batch : *m_batches) {
        text.assign(1, '[').append(batch.text).append(1, ']');
        Element document;
        simdjson::dom::array array;
        if (parser.parse(text.data(), text.size(), false).get(document) ||
            document.get_array().get(array) || qsizetype(array.size()) != batch.count ||
            JsonFile::repeatsAKey(document)) {
            m_declined = true;
            return;
        }
        readItems(m_file, Array(array), u"events"_s, u"event"_s, &m_eventIds, fill, first, &read);
        first += batch.count;
    }
    m_catalogue.setEvents(read);
}

void Reader::readSources(const QString &sourceIndex)
{
    const FileResolver::Read read = m_files.resolve(FileResolver::catalogue(m_file.path()),
                                                    sourceIndex, InputLimits::kMaxSourceIndexBytes);
    if (read.missing) {
        m_file.reportAtMember(
            u"sourceIndex"_s,
            u"the source index %1 does not exist, so no quote can be checked"_s.arg(read.path()));
        return;
    }
    if (!read.ok()) {
        m_file.reportAtMember(
            u"sourceIndex"_s,
            (read.refused ? u"the source index %1 is refused: %2"_s : u"the source index %1: %2"_s)
                    .arg(InputLimits::quoted(sourceIndex), read.error) +
                u"; so no quote can be checked"_s);
        return;
    }
    const SourceIndexReader::Result index =
        SourceIndexReader::parse(read.location, read.data, m_files);
    m_problems->append(index.problems);
    if (m_warnings)
        m_warnings->append(index.warnings);
    m_sourcesRead = index.readable;
    m_catalogue.setSources(index.sources);
    for (const SourceDocument &document : index.documents)
        m_catalogue.addDocument(document);
}

bool Reader::readEvent(DomObjectReader &reader, const Object &object,
                       const ElementProblems &problems, TimelineEvent *event)
{
    event->title = reader.text("title"_L1);
    event->setSummary(reader.string("summary"_L1));
    const QString date = reader.text("date"_L1);
    const bool approximate = reader.boolean("approximate"_L1);
    const bool planned = reader.boolean("planned"_L1);
    event->setDateBasis(reader.string("dateBasis"_L1));
    event->laneId = reader.text("lane"_L1);
    event->setActorIds(shared(reader.ids("actors"_L1)));
    event->setTagIds(shared(reader.ids("tags"_L1)));
    const Array links = reader.array("sources"_L1, Need::Required);

    // In the order of the fields in the file.
    if (!date.isEmpty()) {
        QString error;
        event->date = EventDate::parse(date, &error);
        if (event->date.isValid()) {
            event->date.setApproximate(event->date.isApproximate() || approximate);
            event->date.setPlanned(event->date.isPlanned() || planned);
        } else {
            problems.report(u"\"date\": "_s + error);
        }
    }
    if (!event->laneId.isEmpty()) {
        if (const Lane *lane = m_catalogue.lane(event->laneId))
            event->laneId = lane->id; // the lane's own string, not a copy per event
        else
            problems.report(u"unknown lane \"%1\""_s.arg(InputLimits::shortened(event->laneId)));
    }
    checkIds(event->actorIds(), u"actor"_s, problems,
             [this](const QString &id) { return m_catalogue.actor(id) != nullptr; });
    checkIds(event->tagIds(), u"tag"_s, problems,
             [this](const QString &id) { return m_catalogue.tag(id) != nullptr; });
    // A catalogue saved from an event list has no documents, so nothing to quote.
    const bool quotable = !m_catalogue.sourceIndexPath().isEmpty();
    if (quotable && links.isEmpty() && DomJson::isArray(DomJson::find(object, "sources"_L1)))
        problems.report(u"\"sources\" is empty: every event needs a quoted source"_s);
    int number = 0;
    for (const Element link : links)
        readLink(link, ++number, problems, &event->editDetails().sources);
    return event->date.isValid();
}

void Reader::readLink(Element value, int number, const ElementProblems &problems,
                      QList<SourceLink> *links)
{
    const auto prefix = [number] { return u"source %1: "_s.arg(number); };
    Object object;
    if (value.get_object().get(object)) {
        problems.report(prefix() + u"expected an object with \"source\" and \"quote\""_s);
        return;
    }
    DomObjectReader reader(object, [&](const QString &, const QString &message) {
        problems.report(prefix() + message);
    });
    const QString sourceId = reader.text("source"_L1);
    const QString quote = reader.string("quote"_L1, Need::Required);
    const int occurrence = reader.positiveInteger("occurrence"_L1);
    reader.finish();
    if (quote.isEmpty() && DomJson::isString(DomJson::find(object, "quote"_L1)) &&
        DomJson::toString(DomJson::find(object, "quote"_L1)).isEmpty())
        problems.report(prefix() + u"\"quote\" is empty"_s);
    if (!sourceId.isEmpty() && !quote.isEmpty() && m_catalogue.sourceIndexPath().isEmpty()) {
        links->append({sourceId, 0, 0, quote}); // no documents: the quote as it stands
        return;
    }
    if (sourceId.isEmpty() || quote.isEmpty() || !m_sourcesRead)
        return;

    const SourceInfo *source = m_catalogue.source(sourceId);
    if (!source) {
        problems.report(u"unknown source \"%1\""_s.arg(InputLimits::shortened(sourceId)));
        return;
    }
    const SourceDocument *document = m_catalogue.document(sourceId);
    if (!document) {
        problems.report(
            u"cannot check the quote %1: the text of source \"%2\" could not be read"_s.arg(
                shown(quote, 60), sourceId));
        return;
    }
    // Each document is indexed once, when it is first quoted: a catalogue quotes it many times.
    std::unique_ptr<QuoteIndex> &index = m_quoteIndexes[sourceId];
    if (!index)
        index = std::make_unique<QuoteIndex>(document->text());
    const QuoteResolver::Result found =
        QuoteResolver::resolve(*document, quote, occurrence, index.get());
    if (found.found) {
        // Found verbatim: the quote is the passage's text. It and the source's id are shared
        // rather than copied for each event.
        links->append({source->id, found.start, found.end, quote});
        return;
    }
    const QString where = u"%1 (%2)"_s.arg(sourceId, document->fileName());
    if (found.occurrences == 0) {
        QString message =
            u"the quote %1 did not occur verbatim in %2"_s.arg(shown(quote, 80), where);
        if (found.nearMatch.isEmpty()) {
            message += u"; nothing in it is close"_s;
        } else {
            // Long enough to correct a sentence or two by; not a page of the document.
            message += u"; closest: "_s + shown(found.nearMatch, 240);
            if (found.nearMatchDiffersOnlyInPunctuation)
                message +=
                    u" (it differs only in quotation marks, dashes, spaces or letter case)"_s;
        }
        problems.report(message);
    } else if (occurrence == 0) {
        problems.report(
            u"the quote %1 occurs %2 times in %3; add \"occurrence\" (1 to %2) to "
            "say which"_s.arg(shown(quote, 80), QString::number(found.occurrences), where));
    } else {
        problems.report(u"\"occurrence\" is %1, but the quote %2 occurs %3 times in %4"_s.arg(
            QString::number(occurrence), shown(quote, 80), QString::number(found.occurrences),
            where));
    }
}

// The amount is written as the passage writes it and read with FigureFinder, so that a
// figure can only say what its passage says: each passage must give that amount.
bool Reader::readFigure(DomObjectReader &reader, const Object &object,
                        const ElementProblems &problems, Figure *figure)
{
    figure->measure = reader.text("measure"_L1);
    figure->label = reader.text("label"_L1);
    figure->written = reader.text("amount"_L1);
    const QString qualifier = reader.string("qualifier"_L1);
    const bool approximate = reader.boolean("approximate"_L1);
    const QString period = reader.string("period"_L1);
    figure->eventId = reader.text("event"_L1);
    const Array links = reader.array("sources"_L1, Need::Required);

    bool amountOk = false;
    if (!figure->written.isEmpty()) {
        const QList<FigureMention> read = FigureFinder::find(figure->written);
        if (read.size() == 1 && read.first().start == 0 &&
            read.first().text == figure->written) {
            figure->amount = read.first().figure;
            amountOk = true;
        } else {
            problems.report(u"\"amount\": %1 is not one amount as a passage writes it "
                            "(\"£399m\", \"£1.3 million\", \"4.0 FTE\", \"52 per cent\")"_s.arg(
                                shown(figure->written, 80)));
        }
    }
    if (const auto parsed = FigureAmount::qualifierFromName(qualifier))
        figure->amount.qualifier = *parsed;
    else
        problems.report(u"\"qualifier\": %1 is not one of \"about\", \"up to\", \"more than\", "
                        "\"at least\", \"less than\""_s.arg(shown(qualifier, 80)));
    figure->amount.approximate = approximate;
    if (!period.isEmpty()) {
        QString error;
        figure->period = EventDate::parse(period, &error);
        if (!figure->period.isValid())
            problems.report(u"\"period\": "_s + error);
    }
    if (!figure->eventId.isEmpty() && !m_catalogue.event(figure->eventId))
        problems.report(u"unknown event \"%1\""_s.arg(InputLimits::shortened(figure->eventId)));

    const bool quotable = !m_catalogue.sourceIndexPath().isEmpty();
    if (quotable && links.isEmpty() && DomJson::isArray(DomJson::find(object, "sources"_L1)))
        problems.report(u"\"sources\" is empty: every figure needs a quoted source"_s);
    qsizetype k = -1;
    for (const Element value : links) {
        ++k;
        const qsizetype before = figure->sources.size();
        readLink(value, int(k + 1), problems, &figure->sources);
        if (!amountOk || figure->sources.size() == before)
            continue;
        const SourceLink &link = figure->sources.constLast();
        QStringList given;
        bool found = false;
        for (const FigureMention &mention : FigureFinder::find(link.excerpt)) {
            const FigureAmount &a = mention.figure;
            const FigureAmount &b = figure->amount;
            found = found || (mention.text == figure->written && a.unit == b.unit &&
                              a.amount == b.amount && a.amountTo == b.amountTo &&
                              a.step == b.step);
            given.append(shown(mention.text));
        }
        if (!found)
            problems.report(u"source %1: the amount %2 does not occur in the quoted passage %3; "
                            "%4"_s.arg(QString::number(k + 1), shown(figure->written),
                                       shown(link.excerpt, 80),
                                       given.isEmpty() ? u"it gives no amount"_s
                                                       : u"it gives "_s + given.join(u", "_s)));
    }
    return amountOk;
}

QList<Story> Reader::readStories(const Array &array)
{
    QSet<QString> storyIds;
    return readItems<Story>(m_file, array, u"stories"_s, u"story"_s, &storyIds,
                            [this](DomObjectReader &reader, const Object &object,
                                   const ElementProblems &problems, Story &story) {
                                story.title = reader.text("title"_L1);
                                story.eventIds = reader.ids("events"_L1);
                                if (story.eventIds.isEmpty() &&
                                    DomJson::isArray(DomJson::find(object, "events"_L1)))
                                    problems.report(u"\"events\" is empty"_s);
                                checkIds(
                                    story.eventIds, u"event"_s, problems,
                                    [this](const QString &id) { return m_eventIds.contains(id); });
                                return true;
                            });
}

} // namespace

std::optional<CatalogueLoadResult> CatalogueReader::readInBatches(const QString &path,
                                                                  const QByteArray &data,
                                                                  const FileResolver &files,
                                                                  qsizetype batchBytes)
{
    QList<EventBatch> batches;
    JsonOutline outline(
        std::string_view(data.constData(), size_t(data.size())), JsonOutline::Members::Any,
        [&batches](std::string_view text, qsizetype count) {
            batches.append({text, count});
            return true;
        },
        batchBytes);
    if (!outline.read())
        return std::nullopt;
    const QByteArray skeleton =
        data.left(qsizetype(outline.eventsOpen()) + 1) + data.mid(qsizetype(outline.eventsClose()));
    CatalogueLoadResult result;
    std::optional<JsonFile> file = JsonFile::withSkeleton(path, data, skeleton, &result.problems);
    if (!file || !(file->rootHas("lanes"_L1) || file->rootHas("sourceIndex"_L1)))
        return std::nullopt;
    Reader reader(*file, &result.problems, files, &result.warnings, &batches);
    result.catalogue = reader.read();
    if (reader.declined())
        return std::nullopt;
    return result;
}

Catalogue CatalogueReader::read(JsonFile &file, ProblemList *problems, const FileResolver &files,
                                ProblemList *warnings)
{
    return Reader(file, problems, files, warnings).read();
}

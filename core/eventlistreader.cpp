#include "eventlistreader.h"

#include "bytesearch.h"
#include "csvparser.h"
#include "eventidmap.h"
#include "eventlistjsonparser.h"
#include "hugepages.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"
#include "stringpool.h"

#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The columns, in the order the benchmark generator and other tools write them.
const std::array<QLatin1String, 6> kColumns = {"id"_L1,    "start"_L1, "end"_L1,
                                               "title"_L1, "group"_L1, "category"_L1};

QString what(const QString &id, const QString &fallback)
{
    return id.isEmpty() ? fallback : u"event \"%1\""_s.arg(InputLimits::shortened(id));
}

// Doubles hold every whole number below 2^53 exactly; above it, neighbours merge.
constexpr double kLargestExactId = 9007199254740992.0; // 2^53

// How many rows to make room for: an estimate from the size, but never more than the text
// could hold (a 1 GB line is one row, not 25 million).
qsizetype rowEstimate(const QByteArray &data, qsizetype bytesPerRow, char perRow)
{
    return std::min<qsizetype>(data.size() / bytesPerRow, ByteSearch::count(data, perRow) + 1);
}

// The rows of an event list, whatever its format, checked and turned into a catalogue.
// Built for hundreds of thousands of rows: no regular expressions for ISO days, no hashing of
// ids numbered in order, one hash lookup per lane and tag, and lane and tag ids shared rather
// than copied.
class EventListBuilder
{
public:
    // Says where row `where` (a line, or an index) is, for "also used on line 3".
    explicit EventListBuilder(std::function<QString(int where)> describe)
        : m_describe(std::move(describe))
    {}

    void reserve(qsizetype rows)
    {
        m_events.reserve(rows);
        HugePages::advise(m_events.data(), m_events.capacity() * qsizetype(sizeof(TimelineEvent)));
    }

    // Appends what is wrong with the row to *problems; keeps the row when nothing is.
    void add(QStringView id, QStringView start, QStringView end, QStringView title,
             QStringView group, QStringView category, int where, QStringList *problems);

    Catalogue finish(const QString &title) const;

private:
    EventDate date(QStringView start, QStringView end, QStringList *problems) const;

    std::function<QString(int)> m_describe;
    StringPool m_strings; // ids and titles: a million of them are most of what a list holds
    EventIdMap m_ids; // id -> where it was first used
    QList<TimelineEvent> m_events;
    QList<Lane> m_lanes;
    QHash<QStringView, qsizetype> m_laneIndex; // views of the lanes' own ids
    QList<Tag> m_tags;
    QList<TimelineEvent> m_tagged; // for each tag, an event of that tag alone: its events share
                                   // its details
    QHash<QStringView, qsizetype> m_tagIndex;
};

EventDate EventListBuilder::date(QStringView start, QStringView end, QStringList *problems) const
{
    if (start.trimmed().isEmpty()) {
        problems->append(u"there is no start date"_s);
        return {};
    }
    QString error;
    const EventDate first = EventDate::parse(start, &error);
    if (!first.isValid()) {
        problems->append(u"\"start\": "_s + error);
        return {};
    }
    if (end.trimmed().isEmpty())
        return first;
    const EventDate last = EventDate::parse(end, &error);
    if (!last.isValid()) {
        problems->append(u"\"end\": "_s + error);
        return {};
    }
    if (first.isRange() || last.isRange()) {
        problems->append(u"\"start\" and \"end\" must each be one date, not a range"_s);
        return {};
    }
    if (last.last() < first.first()) {
        problems->append(
            u"the end (%1) is before the start (%2)"_s.arg(last.label(), first.label()));
        return {};
    }
    EventDate result =
        first.start() == last.start() ? first : EventDate(first.start(), last.start());
    result.setApproximate(first.isApproximate() || last.isApproximate());
    result.setPlanned(first.isPlanned() || last.isPlanned());
    return result;
}

void EventListBuilder::add(QStringView idText, QStringView start, QStringView end,
                           QStringView titleText, QStringView groupText, QStringView categoryText,
                           int where, QStringList *problems)
{
    const QString id = m_strings.add(idText.trimmed());
    bool keep = true;
    // Text that is too long or not whole text is refused before anything else looks at it.
    const std::array<std::pair<QStringView, QLatin1String>, 6> fields = {
        {{idText, "id"_L1},
         {start, "start"_L1},
         {end, "end"_L1},
         {titleText, "title"_L1},
         {groupText, "group"_L1},
         {categoryText, "category"_L1}}};
    for (const auto &[text, name] : fields) {
        if (const QString problem = JsonObjectReader::problemWith(text); !problem.isEmpty()) {
            problems->append(u"\"%1\" "_s.arg(name) + problem);
            return;
        }
    }
    if (id.isEmpty()) {
        problems->append(u"there is no id"_s);
        keep = false;
    } else {
        if (const std::optional<int> firstUse = m_ids.insert(id, where)) {
            problems->append(u"the id is used on %1 too"_s.arg(m_describe(*firstUse)));
            keep = false;
        }
    }
    const EventDate date = this->date(start, end, problems);
    const QStringView title = titleText.trimmed();
    if (title.isEmpty())
        problems->append(u"the title is empty"_s);
    if (!keep || !date.isValid() || title.isEmpty())
        return;

    TimelineEvent event;
    event.id = id;
    event.title = m_strings.add(title);
    event.date = date;
    const QStringView group = groupText.trimmed();
    auto lane = m_laneIndex.constFind(group);
    if (lane == m_laneIndex.cend()) {
        m_lanes.append(
            {group.toString(), group.isEmpty() ? u"No group"_s : group.toString(), QString()});
        lane = m_laneIndex.insert(m_lanes.constLast().id, m_lanes.size() - 1);
    }
    event.laneId = m_lanes.at(*lane).id;
    if (const QStringView category = categoryText.trimmed(); !category.isEmpty()) {
        auto tag = m_tagIndex.constFind(category);
        if (tag == m_tagIndex.cend()) {
            m_tags.append({category.toString(), category.toString()});
            TimelineEvent tagged;
            tagged.setTagIds({m_tags.constLast().id});
            m_tagged.append(tagged);
            tag = m_tagIndex.insert(m_tags.constLast().id, m_tags.size() - 1);
        }
        event.shareDetails(m_tagged.at(*tag));
    }
    m_events.append(std::move(event));
}

Catalogue EventListBuilder::finish(const QString &title) const
{
    Catalogue catalogue;
    catalogue.setTitle(title);
    catalogue.setLanes(m_lanes);
    catalogue.setTags(m_tags);
    catalogue.setEvents(m_events);
    return catalogue;
}

// The fast reader's rows into a catalogue: parse(title, sink) runs EventListJsonParser, and
// estimate(first row) says how many rows to make room for.
template <typename Parse, typename Estimate>
std::optional<Catalogue> readPlain(const QString &fileName, Parse parse, Estimate estimate)
{
    EventListBuilder builder([](int) { return QString(); });
    QStringList problems;
    int index = 0;
    QString title;
    const bool read = parse(&title, [&](const EventListJsonParser::Row &row) {
        if (index == 0) // not before: most JSON that is not a plain list is declined at once
            builder.reserve(estimate(row));
        builder.add(row.id, row.start, row.end, row.title, row.group, row.category, index++,
                    &problems);
        return problems.isEmpty();
    });
    if (!read)
        return std::nullopt;
    return builder.finish(title.isEmpty() ? QFileInfo(fileName).completeBaseName() : title);
}

} // namespace

std::optional<Catalogue> EventListReader::readPlainJson(const QByteArray &data,
                                                        const QString &fileName)
{
    return readPlain(
        fileName,
        [&](QString *title, const EventListJsonParser::RowSink &sink) {
            return EventListJsonParser::parse(data, title, sink);
        },
        [&](const EventListJsonParser::Row &) { return rowEstimate(data, 80, '{'); });
}

std::optional<Catalogue> EventListReader::readPlainJson(QIODevice *device,
                                                        const QString &fileName)
{
    qint64 total = 0;
    const EventListJsonParser::ByteSource source = [&](char *into, qsizetype most) -> qsizetype {
        const qint64 n = device->read(into, most);
        total += std::max<qint64>(n, 0);
        return total > InputLimits::kMaxFileBytes ? -1 : qsizetype(n);
    };
    // The text is not held, so the rows are estimated from the first: no fewer bytes than its
    // fields and the shortest keys. Room reserved and never filled costs address space only.
    const qint64 size = device->size();
    auto estimate = [size](const EventListJsonParser::Row &row) {
        const qsizetype least = 24 + row.id.size() + row.start.size() + row.end.size() +
                                row.title.size() + row.group.size() + row.category.size();
        return qsizetype(std::clamp<qint64>(size / least, 1, size));
    };
    return readPlain(
        fileName,
        [&](QString *title, const EventListJsonParser::RowSink &sink) {
            return EventListJsonParser::parse(source, title, sink);
        },
        estimate);
}

namespace {

// What readCsv checks of the whole text before it reads a record, and how many rows to make
// room for.
struct CsvFacts
{
    qsizetype malformedByte = -1; // the first byte that is not UTF-8
    int malformedLine = 0;
    bool lineFeeds = false;
    bool carriageReturns = false;
    qsizetype rows = 0;
};

CatalogueLoadResult readCsvRecords(CsvParser &csv, const CsvFacts &facts,
                                   const QString &fileName);

} // namespace

CatalogueLoadResult EventListReader::readCsv(const QByteArray &data, const QString &fileName)
{
    CsvFacts facts;
    facts.malformedByte = SourceDocument::firstMalformedUtf8Byte(data);
    if (facts.malformedByte >= 0)
        facts.malformedLine = int(data.left(facts.malformedByte).count('\n')) + 1;
    facts.lineFeeds = data.contains('\n');
    facts.carriageReturns = data.contains('\r');
    facts.rows = rowEstimate(data, 40, '\n');
    CsvParser csv{QByteArrayView(data)}; // decoded as it is read, not whole
    return readCsvRecords(csv, facts, fileName);
}

CatalogueLoadResult EventListReader::readCsv(QIODevice *device, const QString &fileName)
{
    CatalogueLoadResult result;
    auto unreadable = [&] {
        result.problems.append({fileName, 0, 0, u"cannot read: "_s + device->errorString()});
        return result;
    };
    auto tooLarge = [&](qint64 bytes) {
        result.problems.append(
            {fileName, 0, 0, InputLimits::tooLarge(bytes, InputLimits::kMaxFileBytes)});
        return result;
    };
    // First the facts, from the bytes a piece at a time. A piece may end inside a character:
    // its last few bytes are then checked again with the next piece.
    CsvFacts facts;
    qint64 offset = 0; // of text's first byte in the file
    qsizetype lineFeeds = 0;
    QByteArray text;
    while (true) {
        const qsizetype carried = text.size();
        text.resize(carried + CsvParser::kPieceBytes);
        const qint64 n = device->read(text.data() + carried, CsvParser::kPieceBytes);
        if (n < 0)
            return unreadable();
        text.resize(carried + qsizetype(n));
        if (offset + text.size() > InputLimits::kMaxFileBytes)
            return tooLarge(offset + text.size());
        const bool atEnd = n == 0;
        if (const qsizetype bad = SourceDocument::firstMalformedUtf8Byte(text); bad >= 0) {
            const QByteArrayView before = QByteArrayView(text).first(bad);
            if (atEnd || text.size() - bad >= 4) {
                facts.malformedByte = offset + bad;
                facts.malformedLine = int(lineFeeds + before.count('\n')) + 1;
                break;
            }
            lineFeeds += before.count('\n');
            facts.carriageReturns = facts.carriageReturns || before.contains('\r');
            offset += bad;
            // Moved down rather than removed, which would make the next resize reallocate.
            std::memmove(text.data(), text.constData() + bad, size_t(text.size() - bad));
            text.truncate(text.size() - bad);
            continue;
        }
        lineFeeds += text.count('\n');
        facts.carriageReturns = facts.carriageReturns || text.contains('\r');
        offset += text.size();
        text.truncate(0); // keeps the buffer: clear() would free it, and each piece fault in anew
        if (atEnd)
            break;
    }
    facts.lineFeeds = lineFeeds > 0;
    facts.rows = std::min<qsizetype>(qsizetype(offset / 40), lineFeeds + 1);
    if (facts.malformedByte < 0 && !device->seek(0))
        return unreadable();

    // Then the records, the bytes read again.
    qint64 total = 0;
    CsvParser csv([&](char *into, qsizetype most) -> qsizetype {
        const qint64 n = device->read(into, most);
        total += std::max<qint64>(n, 0);
        return total > InputLimits::kMaxFileBytes ? -1 : qsizetype(n);
    });
    result = readCsvRecords(csv, facts, fileName);
    if (csv.failed()) {
        result = CatalogueLoadResult();
        return total > InputLimits::kMaxFileBytes ? tooLarge(total) : unreadable();
    }
    return result;
}

namespace {

CatalogueLoadResult readCsvRecords(CsvParser &csv, const CsvFacts &facts,
                                   const QString &fileName)
{
    CatalogueLoadResult result;
    auto problem = [&](int line, const QString &message) {
        result.problems.append({fileName, line, 0, message});
    };
    if (facts.malformedByte >= 0) {
        problem(facts.malformedLine, u"byte %1: malformed UTF-8"_s.arg(facts.malformedByte));
        return result;
    }
    if (!facts.lineFeeds && facts.carriageReturns) {
        problem(0, u"the lines end in CR alone (as on old Macs); save the file with LF or CR LF "
                   "line endings"_s);
        return result;
    }
    QList<QStringView> fields;

    const QString expected = u"id,start,end,title,group,category"_s;
    CsvParser::Status status = csv.next(&fields);
    if (status == CsvParser::Status::End) {
        problem(0, u"the file is empty: expected the header "_s + expected);
        return result;
    }
    if (status == CsvParser::Status::Malformed) {
        problem(csv.line(), u"the header: "_s + csv.error());
        return result;
    }
    std::array<qsizetype, kColumns.size()> column;
    column.fill(-1);
    QStringList headerProblems;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toString().toLower();
        const auto known = std::find(kColumns.cbegin(), kColumns.cend(), name);
        if (known == kColumns.cend())
            headerProblems.append(u"unknown column \"%1\" in the header; expected %2"_s.arg(
                InputLimits::shortened(fields.at(i)), expected));
        else if (column[known - kColumns.cbegin()] >= 0)
            headerProblems.append(u"the header names the column \"%1\" twice"_s.arg(name));
        else
            column[known - kColumns.cbegin()] = i;
    }
    if (std::all_of(column.cbegin(), column.cend(), [](qsizetype c) { return c < 0; })) {
        // Not a header at all: say so once rather than for every column.
        problem(csv.line(), u"the first line must be the header %1"_s.arg(expected));
        return result;
    }
    for (size_t c = 0; c < kColumns.size(); ++c) {
        if (column[c] < 0)
            headerProblems.append(
                u"the header has no \"%1\" column; expected %2"_s.arg(kColumns[c], expected));
    }
    for (const QString &message : std::as_const(headerProblems))
        problem(csv.line(), message);
    if (!headerProblems.isEmpty())
        return result;

    EventListBuilder builder([](int line) { return u"line %1"_s.arg(line); });
    builder.reserve(facts.rows);
    QStringList messages;
    while ((status = csv.next(&fields)) != CsvParser::Status::End) {
        if (status == CsvParser::Status::Malformed) {
            problem(csv.line(), csv.error());
            continue;
        }
        if (fields.size() != qsizetype(kColumns.size())) {
            problem(csv.line(),
                    u"expected %1 fields, found %2"_s.arg(kColumns.size()).arg(fields.size()));
            continue;
        }
        messages.clear();
        builder.add(fields.at(column[0]), fields.at(column[1]), fields.at(column[2]),
                    fields.at(column[3]), fields.at(column[4]), fields.at(column[5]), csv.line(),
                    &messages);
        if (messages.isEmpty())
            continue;
        const QString id = fields.at(column[0]).trimmed().toString();
        for (const QString &message : std::as_const(messages))
            problem(csv.line(), what(id, u"the event"_s) + u": "_s + message);
    }
    result.catalogue = builder.finish(QFileInfo(fileName).completeBaseName());
    return result;
}

} // namespace

CatalogueLoadResult EventListReader::readJson(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    if (std::optional<Catalogue> plain = readPlainJson(data, fileName)) {
        result.catalogue = std::move(*plain);
        return result;
    }
    JsonFile file(fileName, data, &result.problems);
    if (file.isValid())
        result.catalogue = readJson(file);
    return result;
}

Catalogue EventListReader::readJson(JsonFile &file)
{
    JsonObjectReader root(file.root(), [&file](const QString &key, const QString &message) {
        file.reportAtMember(key, message);
    });
    const QString title = root.string("title"_L1);
    const QJsonArray events = root.array("events"_L1, JsonObjectReader::Need::Required);
    root.finish();

    EventListBuilder builder([&file](int index) {
        return u"line %1"_s.arg(file.locator().element(u"events"_s, index, u"id"_s).line);
    });
    builder.reserve(events.size());
    QStringList messages;
    auto messageSink = [&messages](const QString &, const QString &message) {
        messages.append(message);
    };
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonValue value = events.at(i);
        if (!value.isObject()) {
            file.reportAtElement(u"events"_s, i,
                                 u"event %1: expected an object with \"id\", \"start\" and "
                                 "\"title\""_s.arg(i + 1));
            continue;
        }
        const QJsonObject object = value.toObject();
        messages.clear();
        JsonObjectReader reader(object, messageSink);
        // Generated lists number their events; ids are strings everywhere else.
        QString id;
        const QJsonValue idValue = reader.value("id"_L1);
        if (idValue.isString()) {
            id = idValue.toString().trimmed();
        } else if (idValue.isDouble()) {
            // Compared as doubles first: converting one out of qint64's range is undefined.
            const double number = idValue.toDouble();
            if (std::abs(number) >= kLargestExactId)
                messages.append(u"\"id\" is too large to keep exactly as a number (at most "
                                "9007199254740991); write large ids as strings"_s);
            else if (number != std::trunc(number))
                messages.append(u"\"id\" must be a whole number or a string"_s);
            else
                id = QString::number(qint64(number));
        } else if (!idValue.isUndefined()) {
            messages.append(u"\"id\" must be a whole number or a string"_s);
        }
        const QString start = reader.string("start"_L1);
        QString end;
        const QJsonValue endValue = reader.value("end"_L1);
        if (endValue.isString())
            end = endValue.toString();
        else if (!endValue.isNull() && !endValue.isUndefined())
            messages.append(u"\"end\" must be a date or null"_s);
        const QString eventTitle = reader.string("title"_L1);
        const QString group = reader.string("group"_L1);
        const QString category = reader.string("category"_L1);
        reader.finish();
        builder.add(id, start, end, eventTitle, group, category, int(i), &messages);
        if (messages.isEmpty())
            continue;
        // A member of the wrong type is reported as such, not again as missing.
        // So is a string refused as too long or not whole text.
        auto wrongType = [&object](QLatin1String key) {
            const QJsonValue member = object.value(key);
            return !member.isUndefined() &&
                   (!member.isString() ||
                    !JsonObjectReader::problemWith(member.toString()).isEmpty());
        };
        if (!idValue.isUndefined() && !idValue.isString() && id.isEmpty())
            messages.removeAll(u"there is no id"_s);
        if (wrongType("start"_L1))
            messages.removeAll(u"there is no start date"_s);
        if (wrongType("title"_L1))
            messages.removeAll(u"the title is empty"_s);
        const QString prefix = what(id, u"event %1"_s.arg(i + 1)) + u": "_s;
        for (const QString &message : std::as_const(messages))
            file.reportAtElement(u"events"_s, i, prefix + message);
    }
    return builder.finish(title.isEmpty() ? QFileInfo(file.path()).completeBaseName() : title);
}

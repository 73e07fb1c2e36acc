#include "eventlistreader.h"

#include "csvparser.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The columns, in the order the benchmark generator and other tools write them.
const std::array<QLatin1String, 6> kColumns = {"id"_L1,    "start"_L1, "end"_L1,
                                               "title"_L1, "group"_L1, "category"_L1};

QString what(const QString &id, const QString &fallback)
{
    return id.isEmpty() ? fallback : u"event \"%1\""_s.arg(id);
}

// The rows of an event list, whatever its format, checked and turned into a catalogue.
// Built for hundreds of thousands of rows: no per-row regular expressions, one hash lookup
// per id, lane and tag, and lane and tag ids shared rather than copied.
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
        m_rows.reserve(rows);
    }

    // Appends what is wrong with the row to *problems; keeps the row when nothing is.
    void add(const QString &id, QStringView start, QStringView end, const QString &title,
             const QString &group, const QString &category, int where, QStringList *problems);

    Catalogue finish(const QString &title) const;

private:
    EventDate date(QStringView start, QStringView end, QStringList *problems) const;

    std::function<QString(int)> m_describe;
    QHash<QString, int> m_rows; // id -> where it was first used
    QList<TimelineEvent> m_events;
    QList<Lane> m_lanes;
    QHash<QString, qsizetype> m_laneIndex;
    QList<Tag> m_tags;
    QList<QStringList> m_tagLists; // {tag id} for each tag, shared by its events
    QHash<QString, qsizetype> m_tagIndex;
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

void EventListBuilder::add(const QString &id, QStringView start, QStringView end,
                           const QString &title, const QString &group, const QString &category,
                           int where, QStringList *problems)
{
    bool keep = true;
    if (id.isEmpty()) {
        problems->append(u"there is no id"_s);
        keep = false;
    } else if (const auto it = m_rows.constFind(id); it != m_rows.cend()) {
        problems->append(u"the id is used on %1 too"_s.arg(m_describe(*it)));
        keep = false;
    } else {
        m_rows.insert(id, where);
    }
    const EventDate date = this->date(start, end, problems);
    if (title.isEmpty())
        problems->append(u"the title is empty"_s);
    if (!keep || !date.isValid() || title.isEmpty())
        return;

    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = date;
    auto lane = m_laneIndex.constFind(group);
    if (lane == m_laneIndex.cend()) {
        lane = m_laneIndex.insert(group, m_lanes.size());
        m_lanes.append({group, group.isEmpty() ? u"No group"_s : group, QString()});
    }
    event.laneId = m_lanes.at(*lane).id;
    if (!category.isEmpty()) {
        auto tag = m_tagIndex.constFind(category);
        if (tag == m_tagIndex.cend()) {
            tag = m_tagIndex.insert(category, m_tags.size());
            m_tags.append({category, category});
            m_tagLists.append(QStringList{category});
        }
        event.tagIds = m_tagLists.at(*tag);
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

} // namespace

CatalogueLoadResult EventListReader::readCsv(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    auto problem = [&](int line, const QString &message) {
        result.problems.append({fileName, line, 0, message});
    };
    if (const qsizetype bad = SourceDocument::firstMalformedUtf8Byte(data); bad >= 0) {
        problem(int(data.left(bad).count('\n')) + 1, u"byte %1: malformed UTF-8"_s.arg(bad));
        return result;
    }
    const QString text = QString::fromUtf8(data);
    CsvParser csv(text);
    QStringList fields;

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
    const qsizetype problemsBefore = result.problems.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed().toLower();
        const auto known = std::find(kColumns.cbegin(), kColumns.cend(), name);
        if (known == kColumns.cend())
            problem(csv.line(), u"unknown column \"%1\" in the header; expected %2"_s.arg(
                                    fields.at(i), expected));
        else if (column[known - kColumns.cbegin()] >= 0)
            problem(csv.line(), u"the header names the column \"%1\" twice"_s.arg(name));
        else
            column[known - kColumns.cbegin()] = i;
    }
    for (size_t c = 0; c < kColumns.size(); ++c) {
        if (column[c] < 0)
            problem(csv.line(),
                    u"the header has no \"%1\" column; expected %2"_s.arg(kColumns[c], expected));
    }
    if (result.problems.size() > problemsBefore)
        return result;

    EventListBuilder builder([](int line) { return u"line %1"_s.arg(line); });
    builder.reserve(data.count('\n'));
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
        const QString id = fields.at(column[0]).trimmed();
        messages.clear();
        builder.add(id, fields.at(column[1]), fields.at(column[2]), fields.at(column[3]).trimmed(),
                    fields.at(column[4]).trimmed(), fields.at(column[5]).trimmed(), csv.line(),
                    &messages);
        for (const QString &message : std::as_const(messages))
            problem(csv.line(), what(id, u"the event"_s) + u": "_s + message);
    }
    result.catalogue = builder.finish(QFileInfo(fileName).completeBaseName());
    return result;
}

CatalogueLoadResult EventListReader::readJson(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
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
            const double number = idValue.toDouble();
            if (number == double(qint64(number)))
                id = QString::number(qint64(number));
            else
                messages.append(u"\"id\" must be a whole number or a string"_s);
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
        const QString eventTitle = reader.string("title"_L1).trimmed();
        const QString group = reader.string("group"_L1).trimmed();
        const QString category = reader.string("category"_L1).trimmed();
        reader.finish();
        builder.add(id, start, end, eventTitle, group, category, int(i), &messages);
        const QString prefix = what(id, u"event %1"_s.arg(i + 1)) + u": "_s;
        for (const QString &message : std::as_const(messages))
            file.reportAtElement(u"events"_s, i, prefix + message);
    }
    return builder.finish(title.isEmpty() ? QFileInfo(file.path()).completeBaseName() : title);
}

#include "vistimelinereader.h"

#include "catalogueedit.h"
#include "htmltext.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonlocator.h"
#include "jsonobjectreader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kNoGroupLane = u"No group"_s;
const QString kBackgroundLane = u"Background"_s;

// A start or end: the day, and the time of day when one was given.
struct Moment
{
    QDate day;
    QTime time;     // invalid for a date alone
    EventDate date; // what the text says, for a date alone ("2017-08" is a month)
};

// An id or group: a string, or a whole number written as one.
QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
    }
    return QString();
}

std::optional<Moment> moment(const QJsonValue &value, const QString &member, QStringList *messages)
{
    Moment result;
    if (value.isDouble()) {
        const double ms = value.toDouble();
        if (ms != std::trunc(ms) || std::abs(ms) > 3.0e14) {
            messages->append(u"\"%1\" must be whole milliseconds since 1970"_s.arg(member));
            return std::nullopt;
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
        result.day = at.date();
        if (at.time() != QTime(0, 0))
            result.time = at.time();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        // 2017-08-03T09:30, 2017-08-03 09:30:00.000Z, …+01:00: the day and time as written.
        static const QRegularExpression dateTime(
            u"^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
            "(Z|[+-]\\d{2}:?\\d{2})?$"_s);
        const QRegularExpressionMatch match = dateTime.match(text);
        if (match.hasMatch()) {
            result.day = QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                               match.captured(3).toInt());
            result.time = QTime(match.captured(4).toInt(), match.captured(5).toInt(),
                                match.captured(6).toInt());
            if (!result.day.isValid() || !result.time.isValid()) {
                messages->append(
                    u"\"%1\": %2 is not a date and time"_s.arg(member, InputLimits::quoted(text)));
                return std::nullopt;
            }
            if (result.time == QTime(0, 0))
                result.time = QTime();
        } else {
            QString why;
            result.date = EventDate::parse(text, &why);
            if (!result.date.isValid() || result.date.isRange() || result.date.isOpenEnded()) {
                messages->append(u"\"%1\": %2 is not a date (such as 2017-08-03 or "
                                 "2017-08-03T09:30)"_s.arg(member, InputLimits::quoted(text)));
                return std::nullopt;
            }
            result.day = result.date.first();
        }
    } else {
        messages->append(u"\"%1\" must be a date string or milliseconds since 1970"_s.arg(member));
        return std::nullopt;
    }
    if (result.day.year() < 1 || result.day.year() > 9998) {
        messages->append(u"\"%1\": the year is out of range (1 to 9998)"_s.arg(member));
        return std::nullopt;
    }
    return result;
}

QString timeText(QTime time)
{
    return time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

struct Item
{
    qsizetype index = 0;
    QString id;
    TimelineEvent event;
};

using Report = std::function<void(const QString &arrayName, qsizetype index, const QString &key,
                                  const QString &message)>;

Catalogue readItems(const QJsonArray &items, const QString &itemsName, const QJsonArray &groups,
                    const QString &title, const Report &report)
{
    // Groups: id -> name, in the order given.
    QHash<QString, QString> groupNames;
    QStringList groupOrder;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QStringList messages;
        const QJsonObject group = groups.at(g).toObject();
        JsonObjectReader reader(
            group, [&](const QString &, const QString &message) { messages.append(message); });
        const QString id = idText(reader.value("id"_L1));
        const QString content = HtmlText::toPlainText(reader.string("content"_L1)).simplified();
        for (QLatin1String key :
             {"className"_L1, "style"_L1, "order"_L1, "title"_L1, "visible"_L1, "nestedGroups"_L1,
              "showNested"_L1, "subgroupOrder"_L1, "subgroupStack"_L1, "treeLevel"_L1})
            reader.value(key);
        reader.finish();
        if (!groups.at(g).isObject())
            messages.append(u"expected a group object with \"id\" and \"content\""_s);
        else if (id.isEmpty())
            messages.append(u"the group has no \"id\""_s);
        else if (groupNames.contains(id))
            messages.append(u"the group id \"%1\" is used twice"_s.arg(InputLimits::shortened(id)));
        if (messages.isEmpty()) {
            groupNames.insert(id, content.isEmpty() ? id : content);
            groupOrder.append(id);
        }
        for (const QString &message : std::as_const(messages))
            report(u"groups"_s, g, u"id"_s, u"group %1: "_s.arg(g + 1) + message);
    }

    QList<Item> read;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QStringList messages;
        const QJsonValue value = items.at(i);
        QString content;
        if (!value.isObject()) {
            messages.append(u"expected an item object with \"content\" and \"start\""_s);
        } else {
            const QJsonObject object = value.toObject();
            JsonObjectReader reader(
                object, [&](const QString &, const QString &message) { messages.append(message); });
            const QJsonValue idValue = reader.value("id"_L1);
            content = HtmlText::toPlainText(reader.string("content"_L1)).simplified();
            const QString tooltip = HtmlText::toPlainText(reader.string("title"_L1));
            const QJsonValue start = reader.value("start"_L1);
            const QJsonValue end = reader.value("end"_L1);
            const QJsonValue groupValue = reader.value("group"_L1);
            const QString type = reader.string("type"_L1).trimmed();
            // Presentation only: how the item looks or behaves, not what it says.
            for (QLatin1String key : {"className"_L1, "style"_L1, "editable"_L1, "selectable"_L1,
                                      "subgroup"_L1, "align"_L1, "limitSize"_L1})
                reader.value(key);
            reader.finish();

            if (content.isEmpty())
                messages.append(u"the item has no \"content\""_s);
            if (!type.isEmpty() && type != u"point"_s && type != u"box"_s && type != u"range"_s &&
                type != u"background"_s)
                messages.append(u"\"type\" must be point, box, range or background, not %1"_s.arg(
                    InputLimits::quoted(type)));
            const QString group = idText(groupValue);
            if (!groupValue.isUndefined() && !groupValue.isNull() && group.isEmpty() &&
                !(groupValue.isString()))
                messages.append(u"\"group\" must be a group's id (a string or a number)"_s);
            else if (!group.isEmpty() && !groups.isEmpty() && !groupNames.contains(group))
                messages.append(
                    u"the group \"%1\" is not in \"groups\""_s.arg(InputLimits::shortened(group)));
            if (!idValue.isUndefined() && !idValue.isNull() && idText(idValue).isEmpty() &&
                !idValue.isString())
                messages.append(u"\"id\" must be a string or a whole number"_s);

            std::optional<Moment> first;
            std::optional<Moment> last;
            if (start.isUndefined() || start.isNull())
                messages.append(u"there is no \"start\""_s);
            else
                first = moment(start, u"start"_s, &messages);
            // A point or a box is drawn at its start; vis-timeline ignores its end.
            const bool hasEnd = type != u"point"_s && type != u"box"_s;
            if (hasEnd && !end.isUndefined() && !end.isNull())
                last = moment(end, u"end"_s, &messages);

            EventDate date;
            QStringList basis;
            if (first && messages.isEmpty()) {
                date = first->time.isValid() || !first->date.isValid()
                           ? EventDate::fromDays(first->day)
                           : first->date;
                if (last) {
                    const QDateTime from(first->day,
                                         first->time.isValid() ? first->time : QTime(0, 0));
                    const QDateTime to(last->day, last->time.isValid() ? last->time : QTime(0, 0));
                    if (to < from) {
                        messages.append(u"the end (%1) is before the start (%2)"_s.arg(
                            last->day.toString(Qt::ISODate), first->day.toString(Qt::ISODate)));
                    } else {
                        // An end is an instant: midnight ends the day before.
                        QDate lastDay = last->day;
                        if (!last->time.isValid() && lastDay > first->day)
                            lastDay = lastDay.addDays(-1);
                        if (lastDay > date.last())
                            date = EventDate::fromDays(first->day, lastDay);
                    }
                }
                if (first->time.isValid() || (last && last->time.isValid()))
                    basis.append(
                        last && last->time.isValid()
                            ? u"The file gives the times %1 and %2."_s.arg(
                                  first->time.isValid() ? timeText(first->time) : u"00:00"_s,
                                  timeText(last->time))
                            : u"The file gives the time %1."_s.arg(timeText(first->time)));
            }
            if (messages.isEmpty()) {
                Item item;
                item.index = i;
                item.id = idText(idValue);
                item.event.title = content;
                item.event.setSummary(tooltip);
                item.event.date = date;
                item.event.setDateBasis(basis.join(u' '));
                item.event.laneId = type == u"background"_s ? kBackgroundLane
                                    : group.isEmpty()       ? kNoGroupLane
                                                            : group;
                read.append(item);
                continue;
            }
        }
        const QString prefix =
            content.isEmpty() ? u"item %1"_s.arg(i + 1)
                              : u"item %1 \"%2\""_s.arg(i + 1).arg(InputLimits::shortened(content));
        for (const QString &message : std::as_const(messages))
            report(itemsName, i, u"id"_s, prefix + u": "_s + message);
    }

    // Ids: the item's id where it is unique; a repeat is reported and made from the content.
    QHash<QString, qsizetype> firstUse;
    QSet<QString> taken;
    for (Item &item : read) {
        if (item.id.isEmpty())
            continue;
        if (firstUse.contains(item.id)) {
            report(itemsName, item.index, u"id"_s,
                   u"item %1: the id \"%2\" is used by item %3 too; its id is made from its "
                   "content"_s.arg(item.index + 1)
                       .arg(InputLimits::shortened(item.id))
                       .arg(firstUse.value(item.id) + 1));
            item.id.clear();
        } else {
            firstUse.insert(item.id, item.index);
            taken.insert(item.id);
        }
    }
    QList<TimelineEvent> events;
    QList<Lane> lanes;
    QSet<QString> laneIds;
    // Lanes in the order of "groups", then in order of first use.
    for (const QString &id : std::as_const(groupOrder)) {
        lanes.append({id, groupNames.value(id), QString()});
        laneIds.insert(id);
    }
    for (Item &item : read) {
        if (item.id.isEmpty()) {
            const QString base = CatalogueEdit::newItemId(item.event.title, {});
            QString id = base;
            for (int n = 2; taken.contains(id); ++n)
                id = base + u'-' + QString::number(n);
            item.id = id;
        }
        taken.insert(item.id);
        item.event.id = item.id;
        if (!laneIds.contains(item.event.laneId)) {
            laneIds.insert(item.event.laneId);
            lanes.append({item.event.laneId, item.event.laneId, QString()});
        }
        events.append(std::move(item.event));
    }
    Catalogue catalogue;
    catalogue.setTitle(title);
    catalogue.setLanes(lanes);
    catalogue.setEvents(events);
    return catalogue;
}

} // namespace

bool VisTimelineReader::isVisTimeline(const QJsonObject &root)
{
    return root.value("items"_L1).isArray();
}

bool VisTimelineReader::isVisTimeline(const QJsonArray &items)
{
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (object.contains("content"_L1) && object.contains("start"_L1))
            return true;
    }
    return false;
}

CatalogueLoadResult VisTimelineReader::read(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    qsizetype first = 0;
    while (first < data.size() && QChar::isSpace(uchar(data.at(first))))
        ++first;
    if (first >= data.size() || data.at(first) != '[') {
        JsonFile file(fileName, data, &result.problems);
        if (file.isValid())
            result.catalogue = read(file);
        return result;
    }
    // A root array: JsonFile holds objects only.
    std::optional<JsonLocator> locator;
    auto place = [&](qsizetype offset) {
        if (!locator)
            locator.emplace(data);
        return locator->position(offset);
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const JsonLocator::Position at = place(error.offset);
        result.problems.append(
            {fileName, at.line, at.column, u"malformed JSON: "_s + error.errorString()});
        return result;
    }
    for (const JsonLocator::Repeat &repeat : JsonLocator::repeatedKeys(data)) {
        const JsonLocator::Position at = place(repeat.offset);
        result.problems.append(
            {fileName, at.line, at.column,
             u"\"%1\" is written twice in the same object (also on line %2); write it once"_s.arg(
                 InputLimits::shortened(repeat.key),
                 QString::number(place(repeat.firstOffset).line))});
    }
    result.catalogue = readItems(
        document.array(), QString(), {}, QFileInfo(fileName).completeBaseName(),
        [&](const QString &, qsizetype index, const QString &key, const QString &message) {
            if (!locator)
                locator.emplace(data);
            const JsonLocator::Position at = locator->element(QString(), index, key);
            result.problems.append({fileName, at.line, at.column, message});
        });
    return result;
}

Catalogue VisTimelineReader::read(JsonFile &file)
{
    JsonObjectReader root(file.root(), [&file](const QString &key, const QString &message) {
        file.reportAtMember(key, message);
    });
    const QJsonArray items = root.array("items"_L1, JsonObjectReader::Need::Required);
    const QJsonArray groups = root.array("groups"_L1);
    // The timeline's options say how it is drawn.
    root.value("options"_L1);
    root.finish();
    return readItems(
        items, u"items"_s, groups, QFileInfo(file.path()).completeBaseName(),
        [&file](const QString &arrayName, qsizetype index, const QString &,
                const QString &message) { file.reportAtElement(arrayName, index, message); });
}

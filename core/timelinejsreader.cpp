#include "timelinejsreader.h"

#include "catalogueedit.h"
#include "htmltext.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kErasLane = u"Eras"_s;
const QString kNoGroupLane = u"No group"_s;

// A part of a date: a whole number, or a string holding one, as spreadsheets export them.
// An empty string is a part not given.
struct Part
{
    bool given = false;
    int value = 0;
};

// Reports into messages, which the caller places at the slide.
class SlideReader
{
public:
    explicit SlideReader(QStringList *messages) : m_messages(messages) {}

    std::optional<EventDate> date(const QJsonValue &value, const QString &member,
                                  QString *time) const;
    Part part(const QJsonObject &date, QLatin1String key, const QString &member) const;

private:
    QStringList *m_messages;
};

Part SlideReader::part(const QJsonObject &date, QLatin1String key, const QString &member) const
{
    const QJsonValue value = date.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        number = text.toDouble(&ok);
        if (!ok) {
            m_messages->append(u"\"%1\".\"%2\" must be a whole number, not %3"_s.arg(
                member, key, InputLimits::quoted(text)));
            return {false, -1};
        }
    } else {
        m_messages->append(u"\"%1\".\"%2\" must be a whole number"_s.arg(member, key));
        return {false, -1};
    }
    if (number != std::trunc(number) || std::abs(number) > 1e9) {
        m_messages->append(u"\"%1\".\"%2\" must be a whole number"_s.arg(member, key));
        return {false, -1};
    }
    return {true, int(number)};
}

// The date a start_date or end_date object gives, at the precision of the parts written.
std::optional<EventDate> SlideReader::date(const QJsonValue &value, const QString &member,
                                           QString *time) const
{
    if (!value.isObject()) {
        m_messages->append(
            u"\"%1\" must be an object with \"year\" (and \"month\", \"day\")"_s.arg(member));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    const qsizetype before = m_messages->size();
    JsonObjectReader reader(object, [&](const QString &key, const QString &message) {
        Q_UNUSED(key);
        m_messages->append(u"in \"%1\": "_s.arg(member) + message);
    });
    for (QLatin1String key : {"year"_L1, "month"_L1, "day"_L1, "hour"_L1, "minute"_L1, "second"_L1,
                              "millisecond"_L1, "format"_L1})
        reader.value(key);
    reader.string("display_date"_L1);
    reader.finish();
    const Part year = part(object, "year"_L1, member);
    const Part month = part(object, "month"_L1, member);
    const Part day = part(object, "day"_L1, member);
    const Part hour = part(object, "hour"_L1, member);
    const Part minute = part(object, "minute"_L1, member);
    if (m_messages->size() > before)
        return std::nullopt;
    if (!year.given) {
        m_messages->append(u"\"%1\" has no \"year\""_s.arg(member));
        return std::nullopt;
    }
    if (year.value < 1 || year.value > 9998) {
        m_messages->append(u"\"%1\": the year is out of range (1 to 9998)"_s.arg(member));
        return std::nullopt;
    }
    if (day.given && !month.given) {
        m_messages->append(u"\"%1\" gives a day without a month"_s.arg(member));
        return std::nullopt;
    }
    if (month.given && (month.value < 1 || month.value > 12)) {
        m_messages->append(u"\"%1\": there is no month %2"_s.arg(member).arg(month.value));
        return std::nullopt;
    }
    if (day.given && !QDate::isValid(year.value, month.value, day.value)) {
        m_messages->append(u"\"%1\": %2-%3-%4 is not a day"_s.arg(member)
                               .arg(year.value, 4, 10, QChar(u'0'))
                               .arg(month.value, 2, 10, QChar(u'0'))
                               .arg(day.value, 2, 10, QChar(u'0')));
        return std::nullopt;
    }
    if (hour.given && day.given)
        *time = u"%1:%2"_s.arg(hour.value, 2, 10, QChar(u'0'))
                    .arg(minute.given ? minute.value : 0, 2, 10, QChar(u'0'));
    if (day.given)
        return EventDate(DatePoint::day(year.value, month.value, day.value));
    if (month.given)
        return EventDate(DatePoint::month(year.value, month.value));
    return EventDate(DatePoint::year(year.value));
}

// "Events in Leicester, 2017" -> "events-in-leicester-2017".
QString idFromHeadline(const QString &headline)
{
    QString id;
    for (QChar c : headline.toLower()) {
        if (c.isLetterOrNumber())
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.left(60);
}

struct Slide
{
    qsizetype index = 0;
    QString uniqueId;
    TimelineEvent event;
};

} // namespace

bool TimelineJsReader::isTimelineJs(const QJsonObject &root)
{
    const QJsonValue events = root.value("events"_L1);
    if (!events.isArray())
        return false;
    const QJsonArray array = events.toArray();
    for (const QJsonValue &event : array) {
        if (event.toObject().value("start_date"_L1).isObject())
            return true;
    }
    return false;
}

CatalogueLoadResult TimelineJsReader::read(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    JsonFile file(fileName, data, &result.problems);
    if (file.isValid())
        result.catalogue = read(file);
    return result;
}

Catalogue TimelineJsReader::read(JsonFile &file)
{
    JsonObjectReader root(file.root(), [&file](const QString &key, const QString &message) {
        file.reportAtMember(key, message);
    });
    const QJsonValue titleSlide = root.value("title"_L1);
    const QJsonArray events = root.array("events"_L1, JsonObjectReader::Need::Required);
    const QJsonArray eras = root.array("eras"_L1);
    const QString scale = root.string("scale"_L1);
    root.finish();
    if (!scale.isEmpty() && scale != u"human"_s)
        file.reportAtMember(u"scale"_s,
                            u"only the \"human\" scale (dates in years 1 to 9998) can be read"_s);

    QString title;
    if (titleSlide.isObject()) {
        const QJsonObject text = titleSlide.toObject().value("text"_L1).toObject();
        title = HtmlText::toPlainText(text.value("headline"_L1).toString()).simplified();
    } else if (!titleSlide.isUndefined()) {
        file.reportAtMember(u"title"_s, u"\"title\" must be a slide object"_s);
    }

    QList<Slide> slides;
    auto readSlides = [&](const QJsonArray &array, const QString &arrayName, bool isEra) {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString what = u"%1 %2"_s.arg(isEra ? u"era"_s : u"event"_s).arg(i + 1);
            QStringList messages;
            QString messageKey;
            const QJsonValue value = array.at(i);
            if (!value.isObject()) {
                messages.append(u"expected a slide object with \"start_date\" and \"text\""_s);
            } else {
                const QJsonObject object = value.toObject();
                SlideReader dates(&messages);
                JsonObjectReader reader(object, [&](const QString &, const QString &message) {
                    messages.append(message);
                });
                const QJsonValue start = reader.value("start_date"_L1);
                const QJsonValue end = reader.value("end_date"_L1);
                const QJsonValue text = reader.value("text"_L1);
                const QJsonValue media = isEra ? QJsonValue() : reader.value("media"_L1);
                const QString group = isEra ? QString() : reader.string("group"_L1);
                const QString displayDate = reader.string("display_date"_L1);
                const QString uniqueId = reader.string("unique_id"_L1);
                // Presentation only: how the slide looks, not what it says.
                reader.value("background"_L1);
                reader.value("autolink"_L1);
                reader.finish();

                Slide slide;
                slide.index = i;
                slide.uniqueId = uniqueId.trimmed();
                TimelineEvent &event = slide.event;
                QStringList basis;
                QString startTime;
                QString endTime;
                std::optional<EventDate> date;
                if (start.isUndefined()) {
                    messages.append(u"there is no \"start_date\""_s);
                } else if ((date = dates.date(start, u"start_date"_s, &startTime))) {
                    if (!end.isUndefined() && !end.isNull()) {
                        if (const std::optional<EventDate> last =
                                dates.date(end, u"end_date"_s, &endTime)) {
                            if (last->last() < date->first()) {
                                messages.append(u"the end (%1) is before the start (%2)"_s.arg(
                                    last->label(), date->label()));
                                date.reset();
                            } else if (!(last->start() == date->start())) {
                                date = EventDate(date->start(), last->start());
                            }
                        } else {
                            date.reset();
                        }
                    }
                }
                if (date && !displayDate.trimmed().isEmpty()) {
                    // Our own writer names a financial year, a season or a hedged date so.
                    const EventDate shown = EventDate::parse(displayDate.trimmed());
                    if (shown.isValid() && shown.first() == date->first() &&
                        shown.last() == date->last())
                        date = shown;
                    else
                        basis.append(u"The file shows the date as \u201C%1\u201D."_s.arg(
                            displayDate.trimmed()));
                }
                if (!startTime.isEmpty() || !endTime.isEmpty())
                    basis.append(endTime.isEmpty()
                                     ? u"The file gives the time %1."_s.arg(startTime)
                                     : u"The file gives the times %1 and %2."_s.arg(
                                           startTime.isEmpty() ? u"(none)"_s : startTime, endTime));

                QString headline;
                QString body;
                if (text.isObject()) {
                    const QJsonObject textObject = text.toObject();
                    JsonObjectReader textReader(textObject,
                                                [&](const QString &, const QString &message) {
                                                    messages.append(u"in \"text\": "_s + message);
                                                });
                    headline = HtmlText::toPlainText(textReader.string("headline"_L1)).simplified();
                    body = HtmlText::toPlainText(textReader.string("text"_L1));
                    textReader.finish();
                } else if (!text.isUndefined()) {
                    messages.append(u"\"text\" must be an object with \"headline\" and \"text\""_s);
                }
                if (headline.isEmpty())
                    messages.append(u"the slide has no \"text\".\"headline\""_s);

                if (media.isObject()) {
                    const QJsonObject mediaObject = media.toObject();
                    JsonObjectReader mediaReader(mediaObject,
                                                 [&](const QString &, const QString &message) {
                                                     messages.append(u"in \"media\": "_s + message);
                                                 });
                    const QString url = mediaReader.string("url"_L1).simplified();
                    const QString caption =
                        HtmlText::toPlainText(mediaReader.string("caption"_L1)).simplified();
                    const QString credit =
                        HtmlText::toPlainText(mediaReader.string("credit"_L1)).simplified();
                    for (QLatin1String key :
                         {"thumbnail"_L1, "alt"_L1, "title"_L1, "link"_L1, "link_target"_L1})
                        mediaReader.value(key);
                    mediaReader.finish();
                    QStringList line;
                    if (!url.isEmpty())
                        line.append(url);
                    if (!caption.isEmpty())
                        line.append(caption);
                    if (!credit.isEmpty())
                        line.append(u"credit: "_s + credit);
                    if (!line.isEmpty())
                        body += (body.isEmpty() ? u""_s : u"\n\n"_s) + u"Media: "_s +
                                line.join(u" \u2014 "_s);
                } else if (!media.isUndefined() && !media.isNull()) {
                    messages.append(u"\"media\" must be an object with \"url\""_s);
                }
                if (messages.isEmpty() && date) {
                    event.title = headline;
                    event.setSummary(body);
                    event.date = *date;
                    event.setDateBasis(basis.join(u' '));
                    // A catalogue's lanes need ids: slides without a group share one.
                    event.laneId = isEra                       ? kErasLane
                                   : group.trimmed().isEmpty() ? kNoGroupLane
                                                               : group.trimmed();
                    slides.append(slide);
                    continue;
                }
                if (!headline.isEmpty())
                    messageKey = headline;
            }
            const QString prefix =
                messageKey.isEmpty() ? what
                                     : u"%1 \"%2\""_s.arg(what, InputLimits::shortened(messageKey));
            for (const QString &message : std::as_const(messages))
                file.reportAtElement(arrayName, i, prefix + u": "_s + message);
        }
    };
    readSlides(events, u"events"_s, false);
    const qsizetype eventSlides = slides.size();
    readSlides(eras, u"eras"_s, true);

    // Ids: unique_id where it is unique; a repeat is reported and made from the headline.
    QHash<QString, qsizetype> firstUse;
    QSet<QString> taken;
    for (qsizetype s = 0; s < slides.size(); ++s) {
        const QString &uniqueId = slides.at(s).uniqueId;
        if (uniqueId.isEmpty())
            continue;
        if (firstUse.contains(uniqueId)) {
            const Slide &first = slides.at(firstUse.value(uniqueId));
            const bool firstIsEra = firstUse.value(uniqueId) >= eventSlides;
            file.reportAtElement(
                s < eventSlides ? u"events"_s : u"eras"_s, slides.at(s).index,
                u"%1 %2: the unique_id \"%3\" is used by %4 %5 too; its id is made from its "
                "headline"_s.arg(s < eventSlides ? u"event"_s : u"era"_s)
                    .arg(slides.at(s).index + 1)
                    .arg(InputLimits::shortened(uniqueId), firstIsEra ? u"era"_s : u"event"_s)
                    .arg(first.index + 1));
            slides[s].uniqueId.clear();
        } else {
            firstUse.insert(uniqueId, s);
            taken.insert(uniqueId);
        }
    }
    QList<TimelineEvent> timelineEvents;
    QList<Lane> lanes;
    QSet<QString> laneIds;
    for (Slide &slide : slides) {
        TimelineEvent &event = slide.event;
        if (slide.uniqueId.isEmpty()) {
            QString base = idFromHeadline(event.title);
            if (base.isEmpty())
                base = u"event"_s;
            QString id = base;
            for (int n = 2; taken.contains(id); ++n)
                id = u"%1-%2"_s.arg(base).arg(n);
            event.id = id;
        } else {
            event.id = slide.uniqueId;
        }
        taken.insert(event.id);
        if (!laneIds.contains(event.laneId)) {
            laneIds.insert(event.laneId);
            lanes.append({event.laneId, event.laneId, QString()});
        }
        timelineEvents.append(std::move(event));
    }
    Catalogue catalogue;
    catalogue.setTitle(title.isEmpty() ? QFileInfo(file.path()).completeBaseName() : title);
    catalogue.setLanes(lanes);
    catalogue.setEvents(timelineEvents);
    return catalogue;
}

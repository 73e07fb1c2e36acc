#include "icalendarwriter.h"

#include "icalendarreader.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

icaltimetype dateValue(QDate day)
{
    icaltimetype value = icaltime_null_date();
    value.year = day.year();
    value.month = day.month();
    value.day = day.day();
    return value;
}

QString description(const Catalogue &catalogue, const TimelineEvent &event)
{
    QStringList paragraphs;
    // The days alone say a plain day or range of days; anything else is in our label.
    if (!(EventDate::fromDays(event.date.first(), event.date.last()) == event.date))
        paragraphs.append(u"Date: "_s + event.date.label());
    if (!event.summary().isEmpty())
        paragraphs.append(event.summary());
    for (const SourceLink &link : event.sources()) {
        const SourceInfo *source = catalogue.source(link.sourceId);
        const QString citation = source ? source->citation() : link.sourceId;
        paragraphs.append(u"\u201C%1\u201D \u2014 %2"_s.arg(link.excerpt, citation));
    }
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

QByteArray ICalendarWriter::toIcs(const Catalogue &catalogue, Events which,
                                  const QList<int> &eventIndexes, const QDateTime &stamp)
{
    QList<int> indexes = eventIndexes;
    if (indexes.isEmpty()) {
        for (int i = 0; i < catalogue.events().size(); ++i)
            indexes.append(i);
    }
    const std::unique_ptr<icalcomponent, ComponentDeleter> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Civic Timeline//civic-timeline//EN"));
    if (!catalogue.title().isEmpty()) {
        icalproperty *name = icalproperty_new_x(catalogue.title().toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }
    const QDateTime utc = stamp.toUTC();
    icaltimetype dtstamp = icaltime_null_time();
    dtstamp.year = utc.date().year();
    dtstamp.month = utc.date().month();
    dtstamp.day = utc.date().day();
    dtstamp.hour = utc.time().hour();
    dtstamp.minute = utc.time().minute();
    dtstamp.second = utc.time().second();
    dtstamp = icaltime_set_timezone(&dtstamp, icaltimezone_get_utc_timezone());

    for (int index : std::as_const(indexes)) {
        if (index < 0 || index >= catalogue.events().size())
            continue;
        const TimelineEvent &event = catalogue.events().at(index);
        if (which == Events::Planned && !event.isPlanned())
            continue;
        // Nor what libical cannot write: its DTEND, the day after the last, is after 3000.
        if (!event.date.isValid() || event.date.first().year() < 1 ||
            event.date.last().addDays(1).year() > ICalendarReader::kLastYear)
            continue;
        icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(
            vevent, icalproperty_new_uid((event.id + u"@civic-timeline"_s).toUtf8().constData()));
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(dtstamp));
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(dateValue(event.date.first())));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_dtend(dateValue(event.date.last().addDays(1))));
        icalcomponent_add_property(vevent,
                                   icalproperty_new_summary(event.title.toUtf8().constData()));
        const QString text = description(catalogue, event);
        if (!text.isEmpty())
            icalcomponent_add_property(vevent,
                                       icalproperty_new_description(text.toUtf8().constData()));
        QStringList categories;
        if (const Lane *lane = catalogue.lane(event.laneId); lane && !lane->name.isEmpty())
            categories.append(lane->name);
        for (const QString &tagId : event.tagIds()) {
            const Tag *tag = catalogue.tag(tagId);
            const QString name = tag && !tag->name.isEmpty() ? tag->name : tagId;
            if (!categories.contains(name))
                categories.append(name);
        }
        for (const QString &name : std::as_const(categories))
            icalcomponent_add_property(vevent,
                                       icalproperty_new_categories(name.toUtf8().constData()));
        icalcomponent_add_component(calendar.get(), vevent);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

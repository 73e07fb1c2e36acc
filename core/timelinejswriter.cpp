#include "timelinejswriter.h"

#include "htmltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The parts TimelineJS has for a point of this precision; false for the others.
bool hasParts(const DatePoint &point)
{
    const DatePoint::Precision precision = point.precision();
    return precision == DatePoint::Precision::Day || precision == DatePoint::Precision::Month ||
           precision == DatePoint::Precision::Year;
}

QJsonObject parts(const DatePoint &point)
{
    QJsonObject object{{u"year"_s, point.first().year()}};
    if (point.precision() != DatePoint::Precision::Year)
        object.insert(u"month"_s, point.first().month());
    if (point.precision() == DatePoint::Precision::Day)
        object.insert(u"day"_s, point.first().day());
    return object;
}

QJsonObject dayParts(QDate day)
{
    return {{u"year"_s, day.year()}, {u"month"_s, day.month()}, {u"day"_s, day.day()}};
}

void writeDate(const EventDate &date, QJsonObject *slide)
{
    const bool closed = !date.isOpenEnded();
    if (closed && hasParts(date.start()) && (!date.isRange() || hasParts(date.end()))) {
        slide->insert(u"start_date"_s, parts(date.start()));
        if (date.isRange())
            slide->insert(u"end_date"_s, parts(date.end()));
        // The parts alone give the plain date (a range only when its ends differ); what they
        // cannot say (approximate, planned, a range of equal ends) is in our label.
        const EventDate fromParts = date.isRange() && !(date.end() == date.start())
                                        ? EventDate(date.start(), date.end())
                                        : EventDate(date.start());
        if (!(fromParts == date))
            slide->insert(u"display_date"_s, date.label());
        return;
    }
    slide->insert(u"start_date"_s, dayParts(date.first()));
    if (date.last() != date.first())
        slide->insert(u"end_date"_s, dayParts(date.last()));
    slide->insert(u"display_date"_s, date.label());
}

QString slideText(const Catalogue &catalogue, const TimelineEvent &event)
{
    QString html = HtmlText::fromPlainText(event.summary());
    for (const SourceLink &link : event.sources()) {
        const SourceInfo *source = catalogue.source(link.sourceId);
        const QString citation = source ? source->citation() : link.sourceId;
        html += u"<blockquote>"_s + HtmlText::fromPlainText(link.excerpt) + u"</blockquote>"_s;
        html += u"<p>\u2014 "_s + HtmlText::escaped(citation) + u"</p>"_s;
    }
    return html;
}

} // namespace

QByteArray TimelineJsWriter::toJson(const Catalogue &catalogue, const QList<int> &eventIndexes)
{
    QList<int> indexes = eventIndexes;
    if (indexes.isEmpty()) {
        for (int i = 0; i < catalogue.events().size(); ++i)
            indexes.append(i);
    }
    QJsonArray slides;
    for (int index : std::as_const(indexes)) {
        const TimelineEvent &event = catalogue.events().at(index);
        QJsonObject slide;
        writeDate(event.date, &slide);
        slide.insert(u"text"_s, QJsonObject{{u"headline"_s, HtmlText::escaped(event.title)},
                                            {u"text"_s, slideText(catalogue, event)}});
        if (!event.laneId.isEmpty()) {
            const Lane *lane = catalogue.lane(event.laneId);
            slide.insert(u"group"_s, lane ? lane->name : event.laneId);
        }
        slide.insert(u"unique_id"_s, event.id);
        slides.append(slide);
    }
    QJsonObject root{{u"events"_s, slides}};
    if (!catalogue.title().isEmpty())
        root.insert(u"title"_s,
                    QJsonObject{{u"text"_s, QJsonObject{{u"headline"_s,
                                                         HtmlText::escaped(catalogue.title())}}}});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

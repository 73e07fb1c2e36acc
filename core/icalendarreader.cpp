#include "icalendarreader.h"

#include "catalogueedit.h"
#include "inputlimits.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <libical/ical.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kDefaultLane = u"Calendar"_s;
// ICalendarWriter's UIDs: the event id and this, so that ids come back as they were.
const QString kUidSuffix = u"@civic-timeline"_s;

// Where each component directly inside a VCALENDAR begins, and its properties' lines: libical
// keeps no positions. Folded lines (a leading space or tab) belong to the line before.
struct Block
{
    int line = 0;
    QList<std::pair<QString, int>> properties; // upper-case name, line
};

class LineIndex
{
public:
    explicit LineIndex(const QByteArray &text);

    int calendarLine() const { return m_calendarLine; }
    // The nth (0-based) component of this kind ("VEVENT"); nullptr when it was not found.
    const Block *block(const QString &kind, qsizetype n) const
    {
        const auto found = m_blocks.constFind(kind);
        return found != m_blocks.constEnd() && n < found->size() ? &found->at(n) : nullptr;
    }
    int propertyLine(const Block *block, const QString &name) const
    {
        if (!block)
            return 0;
        for (const auto &[property, line] : block->properties) {
            if (property == name)
                return line;
        }
        return block->line;
    }

private:
    int m_calendarLine = 0;
    QHash<QString, QList<Block>> m_blocks;
};

LineIndex::LineIndex(const QByteArray &text)
{
    int lineNumber = 0;
    int depth = 0; // 1 inside VCALENDAR, 2 inside one of its components
    Block *current = nullptr;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        QByteArray line = text.mid(start, end - start);
        start = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t'))
            continue;
        qsizetype nameEnd = 0;
        while (nameEnd < line.size() && line.at(nameEnd) != ':' && line.at(nameEnd) != ';')
            ++nameEnd;
        const QString name = QString::fromLatin1(line.left(nameEnd)).trimmed().toUpper();
        const QString value = QString::fromLatin1(line.mid(nameEnd + 1)).trimmed().toUpper();
        if (name == u"BEGIN"_s) {
            ++depth;
            if (depth == 1 && value == u"VCALENDAR"_s && m_calendarLine == 0)
                m_calendarLine = lineNumber;
            if (depth == 2) {
                QList<Block> &blocks = m_blocks[value];
                blocks.append(Block{lineNumber, {}});
                current = &blocks.last();
            }
        } else if (name == u"END"_s) {
            if (depth == 2)
                current = nullptr;
            depth = qMax(0, depth - 1);
        } else if (depth == 2 && current) {
            current->properties.append({name, lineNumber});
        }
    }
}

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

// A value as text, without control characters other than tab and line breaks: they cannot be
// seen, and libical drops some of them when it writes, so they would not survive a save.
QString text(const char *utf8)
{
    QString value = utf8 ? QString::fromUtf8(utf8) : QString();
    value.removeIf([](QChar c) {
        return c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r';
    });
    return value;
}

// A DTSTART or DTEND as written: the day, and the time of day unless it is a date.
struct Moment
{
    QDate day;
    bool isDate = false;
    QTime time;
    QString zone; // "UTC", a TZID, or empty for floating time
};

std::optional<Moment> moment(icaltimetype value, icalproperty *property)
{
    if (icaltime_is_null_time(value) || !QDate::isValid(value.year, value.month, value.day) ||
        value.year < 1 || value.year > ICalendarReader::kLastYear)
        return std::nullopt;
    Moment result;
    result.day = QDate(value.year, value.month, value.day);
    result.isDate = value.is_date;
    if (!result.isDate) {
        result.time = QTime(value.hour, value.minute, value.second);
        if (icaltime_is_utc(value)) {
            result.zone = u"UTC"_s;
        } else if (icalparameter *tzid =
                       icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
            result.zone = text(icalparameter_get_tzid(tzid));
        }
    }
    return result;
}

QString timeText(const Moment &moment)
{
    return moment.time.toString(moment.time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

struct Event
{
    int line = 0;
    QString uid;
    int uidLine = 0;
    TimelineEvent event;
};

class CalendarReader
{
public:
    CalendarReader(const QString &fileName, const LineIndex &lines, ProblemList *problems)
        : m_fileName(fileName), m_lines(lines), m_problems(problems)
    {}

    void readCalendar(icalcomponent *calendar);
    Catalogue catalogue();

private:
    void report(int line, const QString &message)
    {
        m_problems->append({m_fileName, line, 0, message});
    }
    void readErrors(icalcomponent *component, int line, const QString &prefix);
    void readEvent(icalcomponent *component, const Block *block, qsizetype n);
    QString tagId(const QString &name);

    QString m_fileName;
    const LineIndex &m_lines;
    ProblemList *m_problems;
    QString m_calendarName;
    QList<Event> m_events;
    QList<Tag> m_tags;
    QHash<QString, QString> m_tagIds; // name -> id
    QSet<QString> m_takenTagIds;
    QHash<QString, qsizetype> m_seen; // component kind -> how many so far
};

void CalendarReader::readErrors(icalcomponent *component, int line, const QString &prefix)
{
    QStringList errors;
    for (icalproperty *property =
             icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY);
         property; property = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors.append(text(icalproperty_get_xlicerror(property)).simplified());
    for (const QString &error : std::as_const(errors))
        report(line, prefix + InputLimits::shortened(error, 200));
}

QString CalendarReader::tagId(const QString &name)
{
    if (const auto found = m_tagIds.constFind(name); found != m_tagIds.constEnd())
        return *found;
    QString base = CatalogueEdit::newItemId(name, {});
    QString id = base;
    for (int n = 2; m_takenTagIds.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_takenTagIds.insert(id);
    m_tagIds.insert(name, id);
    m_tags.append({id, name});
    return id;
}

void CalendarReader::readCalendar(icalcomponent *calendar)
{
    readErrors(calendar, m_lines.calendarLine(), QString());
    if (m_calendarName.isEmpty()) {
        for (icalproperty *property = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY);
             property; property = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
            if (qstricmp(icalproperty_get_x_name(property), "X-WR-CALNAME") == 0) {
                m_calendarName = text(icalproperty_get_x(property)).simplified();
                break;
            }
        }
    }
    QList<icalcomponent *> components;
    for (icalcomponent *component = icalcomponent_get_first_component(calendar, ICAL_ANY_COMPONENT);
         component; component = icalcomponent_get_next_component(calendar, ICAL_ANY_COMPONENT))
        components.append(component);
    for (icalcomponent *component : std::as_const(components)) {
        const icalcomponent_kind kind = icalcomponent_isa(component);
        const QString kindName = text(icalcomponent_kind_to_string(kind));
        const qsizetype n = m_seen[kindName]++;
        const Block *block = m_lines.block(kindName, n);
        const int line = block ? block->line : 0;
        if (kind == ICAL_VEVENT_COMPONENT)
            readEvent(component, block, n);
        else if (kind == ICAL_VTODO_COMPONENT || kind == ICAL_VJOURNAL_COMPONENT)
            report(line, u"a %1 is not read: only events (VEVENT) are"_s.arg(kindName));
        else if (kind != ICAL_VTIMEZONE_COMPONENT)
            readErrors(component, line, kindName + u": "_s);
    }
}

void CalendarReader::readEvent(icalcomponent *component, const Block *block, qsizetype n)
{
    const int line = block ? block->line : 0;
    QString what = u"event %1"_s.arg(n + 1);
    const QString summary =
        text(icalcomponent_get_summary(component)).simplified(); // unescaped by libical
    if (!summary.isEmpty())
        what += u" \"%1\""_s.arg(InputLimits::shortened(summary));
    const qsizetype before = m_problems->size();
    readErrors(component, line, what + u": "_s);
    auto lineOf = [&](const char *name) {
        return m_lines.propertyLine(block, QString::fromLatin1(name));
    };

    icalproperty *startProperty =
        icalcomponent_get_first_property(component, ICAL_DTSTART_PROPERTY);
    if (!startProperty) {
        report(line, what + u": there is no DTSTART, so it has no date"_s);
        return;
    }
    const std::optional<Moment> start =
        moment(icalproperty_get_dtstart(startProperty), startProperty);
    if (!start) {
        report(lineOf("DTSTART"), what + u": DTSTART is not a date in the years 1 to 3000"_s);
        return;
    }
    std::optional<Moment> end;
    int endLine = 0;
    if (icalproperty *endProperty =
            icalcomponent_get_first_property(component, ICAL_DTEND_PROPERTY)) {
        endLine = lineOf("DTEND");
        end = moment(icalproperty_get_dtend(endProperty), endProperty);
        if (!end) {
            report(endLine, what + u": DTEND is not a date in the years 1 to 3000"_s);
            return;
        }
    } else if (icalproperty *duration =
                   icalcomponent_get_first_property(component, ICAL_DURATION_PROPERTY)) {
        endLine = lineOf("DURATION");
        const icaldurationtype length = icalproperty_get_duration(duration);
        if (length.is_neg) {
            report(endLine, what + u": the DURATION is negative"_s);
            return;
        }
        icaltimetype startValue = icalproperty_get_dtstart(startProperty);
        end = moment(icaltime_add(startValue, length), startProperty);
        if (!end) {
            report(endLine, what + u": DTSTART + DURATION is not a date in the years 1 to 3000"_s);
            return;
        }
    }

    // DTEND is exclusive: a date, or midnight, ends the day before.
    QDate last = start->day;
    if (end) {
        const QDateTime startAt(start->day, start->isDate ? QTime(0, 0) : start->time);
        const QDateTime endAt(end->day, end->isDate ? QTime(0, 0) : end->time);
        if (endAt < startAt) {
            report(endLine,
                   what + u": the end (%1) is before the start (%2)"_s.arg(
                              end->day.toString(Qt::ISODate), start->day.toString(Qt::ISODate)));
            return;
        }
        last = end->day;
        if (last > start->day && (end->isDate || end->time == QTime(0, 0)))
            last = last.addDays(-1);
    }
    EventDate date = EventDate::fromDays(start->day, last);

    QStringList basis;
    if (!start->isDate) {
        const QString zone = start->zone.isEmpty() ? u"floating, no time zone"_s : start->zone;
        if (end && !end->isDate && !(end->day == start->day && end->time == start->time))
            basis.append(u"The file gives the times %1 and %2 (%3)."_s.arg(timeText(*start),
                                                                           timeText(*end), zone));
        else
            basis.append(u"The file gives the time %1 (%2)."_s.arg(timeText(*start), zone));
    }

    QString description = text(icalcomponent_get_description(component));
    description.replace(u"\r\n"_s, u"\n"_s);
    description = description.trimmed();
    // ICalendarWriter names a period that is not a plain day or range of days so.
    if (description.startsWith(u"Date: "_s)) {
        const qsizetype lineEnd = description.indexOf(u'\n');
        const QString label = description.mid(6, lineEnd < 0 ? -1 : lineEnd - 6).trimmed();
        const EventDate shown = EventDate::parse(label);
        if (shown.isValid() && shown.first() == date.first() && shown.last() == date.last()) {
            date = shown;
            description = lineEnd < 0 ? QString() : description.mid(lineEnd + 1).trimmed();
        }
    }
    QStringList paragraphs;
    if (!description.isEmpty())
        paragraphs.append(description);
    const QString location = text(icalcomponent_get_location(component)).simplified();
    if (!location.isEmpty())
        paragraphs.append(u"Location: "_s + location);
    if (icalproperty *url = icalcomponent_get_first_property(component, ICAL_URL_PROPERTY)) {
        const QString link = text(icalproperty_get_url(url)).simplified();
        if (!link.isEmpty())
            paragraphs.append(u"Link: "_s + link);
    }
    if (summary.isEmpty())
        report(line, what + u": there is no SUMMARY, so it has no title"_s);
    if (m_problems->size() > before)
        return;
    for (icalproperty *property = icalcomponent_get_first_property(component, ICAL_RRULE_PROPERTY);
         property; property = icalcomponent_get_next_property(component, ICAL_RRULE_PROPERTY)) {
        icalrecurrencetype rule = icalproperty_get_rrule(property);
        report(lineOf("RRULE"),
               what + u": it repeats (RRULE:%1); only its first occurrence, %2, is read"_s.arg(
                          InputLimits::shortened(text(icalrecurrencetype_as_string(&rule))),
                          date.label()));
    }
    if (icalcomponent_get_first_property(component, ICAL_RDATE_PROPERTY))
        report(lineOf("RDATE"),
               what + u": it repeats (RDATE); only its first occurrence, %1, is read"_s.arg(
                          date.label()));

    Event event;
    event.line = line;
    event.uid = text(icalcomponent_get_uid(component)).trimmed();
    // text() keeps tabs and line breaks, which an id written back as it is could not hold.
    event.uid.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    event.uidLine = lineOf("UID");
    if (event.uid.endsWith(kUidSuffix) && event.uid.size() > kUidSuffix.size())
        event.uid.chop(kUidSuffix.size());
    TimelineEvent &timelineEvent = event.event;
    timelineEvent.title = summary;
    timelineEvent.setSummary(paragraphs.join(u"\n\n"_s));
    timelineEvent.date = date;
    timelineEvent.setDateBasis(basis.join(u' '));
    QStringList categories;
    for (icalproperty *property =
             icalcomponent_get_first_property(component, ICAL_CATEGORIES_PROPERTY);
         property;
         property = icalcomponent_get_next_property(component, ICAL_CATEGORIES_PROPERTY)) {
        // libical splits a list into one property per value; commas that remain were escaped.
        const QString name = text(icalproperty_get_categories(property)).simplified();
        if (!name.isEmpty() && !categories.contains(name))
            categories.append(name);
    }
    for (const QString &name : std::as_const(categories)) {
        const QString id = tagId(name);
        if (!timelineEvent.tagIds().contains(id))
            timelineEvent.editDetails().tagIds.append(id);
    }
    m_events.append(std::move(event));
}

Catalogue CalendarReader::catalogue()
{
    const QString laneName = m_calendarName.isEmpty() ? kDefaultLane : m_calendarName;
    // Ids: the UID where it is unique; a repeat is reported and made from the summary.
    QHash<QString, qsizetype> firstUse;
    QSet<QString> taken;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        Event &event = m_events[i];
        if (event.uid.isEmpty())
            continue;
        if (firstUse.contains(event.uid)) {
            report(event.uidLine,
                   u"the UID \"%1\" is used by the event at line %2 too; its id is made from its "
                   "SUMMARY"_s.arg(InputLimits::shortened(event.uid))
                       .arg(m_events.at(firstUse.value(event.uid)).line));
            event.uid.clear();
        } else {
            firstUse.insert(event.uid, i);
            taken.insert(event.uid);
        }
    }
    QList<TimelineEvent> events;
    events.reserve(m_events.size());
    for (Event &event : m_events) {
        if (event.uid.isEmpty()) {
            const QString base = CatalogueEdit::newItemId(event.event.title, {});
            QString id = base;
            for (int n = 2; taken.contains(id); ++n)
                id = base + u'-' + QString::number(n);
            event.uid = id;
        }
        taken.insert(event.uid);
        event.event.id = event.uid;
        event.event.laneId = laneName;
        events.append(std::move(event.event));
    }
    Catalogue catalogue;
    catalogue.setTitle(m_calendarName.isEmpty() ? QFileInfo(m_fileName).completeBaseName()
                                                : m_calendarName);
    catalogue.setLanes({{laneName, laneName, QString()}});
    catalogue.setTags(m_tags);
    catalogue.setEvents(events);
    return catalogue;
}

// Malformed UTF-8 and NUL bytes are reported with their line: libical would read past
// neither faithfully.
bool checkText(const QByteArray &data, const QString &fileName, ProblemList *problems)
{
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        const QByteArray line = data.mid(start, end - start);
        start = end + 1;
        if (line.contains('\0')) {
            problems->append({fileName, lineNumber, int(line.indexOf('\0')) + 1,
                              u"the file holds a NUL byte: it is not text"_s});
            return false;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder(line);
        Q_UNUSED(decoded);
        if (decoder.hasError()) {
            problems->append({fileName, lineNumber, 0, u"the line is not valid UTF-8"_s});
            return false;
        }
    }
    return true;
}

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

} // namespace

bool ICalendarReader::isICalendar(const QByteArray &data)
{
    const QByteArray text = withoutBom(data.left(4096)).trimmed();
    return text.left(15).toUpper() == "BEGIN:VCALENDAR";
}

CatalogueLoadResult ICalendarReader::read(const QByteArray &data, const QString &fileName)
{
    CatalogueLoadResult result;
    const QByteArray text = withoutBom(data);
    if (text.trimmed().isEmpty()) {
        result.problems.append({fileName, 0, 0, u"the file is empty"_s});
        return result;
    }
    if (!checkText(text, fileName, &result.problems))
        return result;
    if (!isICalendar(text)) {
        result.problems.append(
            {fileName, 1, 0, u"an iCalendar file begins with BEGIN:VCALENDAR"_s});
        return result;
    }
    icalerror_set_errors_are_fatal(0);
    // libical reads a NUL-terminated string: QByteArray keeps one after its data.
    const std::unique_ptr<icalcomponent, ComponentDeleter> root(
        icalparser_parse_string(text.constData()));
    icalerror_clear_errno();
    const LineIndex lines(text);
    if (!root) {
        result.problems.append({fileName, 1, 0, u"the calendar could not be read"_s});
        return result;
    }
    CalendarReader reader(fileName, lines, &result.problems);
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        reader.readCalendar(root.get());
    } else {
        for (icalcomponent *calendar =
                 icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
             calendar;
             calendar = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            reader.readCalendar(calendar);
    }
    result.catalogue = reader.catalogue();
    return result;
}

#include "sheetimport.h"

#include "catalogueedit.h"
#include "htmltext.h"
#include "inputlimits.h"
#include "typeddateparser.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A catalogue's lanes need ids: events without a lane share one.
const QString kNoLane = u"No lane"_s;
const QString kNoGroup = u"No group"_s; // as the TimelineJS reader names it
const QString kEras = u"Eras"_s;

// Names made into lanes, actors or tags, with ids in first-seen order.
class NamedItems
{
public:
    QString idFor(const QString &name)
    {
        if (const auto found = m_idByName.constFind(name); found != m_idByName.cend())
            return *found;
        const QString base = CatalogueEdit::newItemId(name, {});
        QString id = base;
        for (int n = 2; m_ids.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_ids.insert(id);
        m_idByName.insert(name, id);
        m_items.append({id, name});
        return id;
    }
    const QList<std::pair<QString, QString>> &items() const { return m_items; }

private:
    QHash<QString, QString> m_idByName;
    QSet<QString> m_ids;
    QList<std::pair<QString, QString>> m_items; // id, name
};

QStringList splitList(const QString &cell)
{
    static const QRegularExpression separators(u"[;,]"_s);
    QStringList names;
    for (const QString &part : cell.split(separators)) {
        const QString name = part.simplified();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

// The error values Excel and LibreOffice show in a cell whose formula failed.
bool isSpreadsheetError(const QString &text)
{
    static const QStringList errors{u"#N/A"_s,   u"#REF!"_s,  u"#VALUE!"_s, u"#DIV/0!"_s,
                                    u"#NAME?"_s, u"#NULL!"_s, u"#NUM!"_s,   u"#SPILL!"_s,
                                    u"#CALC!"_s, u"Err:502"_s, u"Err:504"_s, u"Err:522"_s};
    return errors.contains(text.trimmed());
}

// An event read from a row, before ids are given out.
struct PendingEvent
{
    qsizetype row = 0; // index into the result's rows
    TimelineEvent event;
    QString laneName;
    QStringList actorNames;
    QStringList tagNames;
    QString wantedId;
    int idColumn = -1;
};

class Import
{
public:
    Import(const Sheet &sheet, const ColumnMapping &mapping, const QString &fileName)
        : m_sheet(sheet), m_mapping(mapping), m_fileName(fileName),
          m_header(sheet.rows.value(mapping.headerRow()))
    {}

    SheetImportResult run();

private:
    QString cell(int r, int c) const { return c < 0 ? QString() : m_sheet.rows.at(r).value(c); }
    QString columnName(int c) const
    {
        const QString name = m_header.value(c).simplified();
        return name.isEmpty() ? u"column %1"_s.arg(c + 1) : name;
    }
    int line(int r) const
    {
        return m_sheet.lines.isEmpty() ? r + 1 : m_sheet.lines.value(r, r + 1);
    }
    // The cells as a report quotes them, so that a row not imported is not lost.
    QString rowText(int r) const
    {
        QStringList cells;
        for (const QString &text : m_sheet.rows.at(r))
            cells.append(text.simplified());
        return InputLimits::quoted(cells.join(u" | "_s), 200);
    }
    void report(SheetImportRow &row, int r, int c, const QString &message, bool refused)
    {
        QString text = u"row %1"_s.arg(r + 1);
        if (c >= 0)
            text += u", %1"_s.arg(columnName(c));
        text += u": "_s + message;
        if (refused)
            text += u"; the row is not imported: "_s + rowText(r);
        row.problems.append({m_fileName, line(r), c >= 0 ? c + 1 : 0, text});
    }
    // "Header: value" for each cell of columns the event has no field for.
    QStringList keptCells(int r, const QSet<int> &used) const
    {
        QStringList lines;
        const QStringList &cells = m_sheet.rows.at(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            if (value.isEmpty() || used.contains(int(c)) || m_mapping.isIgnored(int(c)))
                continue;
            lines.append(columnName(int(c)) + u": "_s + value);
        }
        return lines;
    }
    static QString withLines(const QString &summary, const QStringList &lines)
    {
        if (lines.isEmpty())
            return summary;
        return summary + (summary.isEmpty() ? u""_s : u"\n\n"_s) + lines.join(u'\n');
    }

    std::optional<PendingEvent> mappedRow(int r, SheetImportRow &row);
    std::optional<PendingEvent> templateRow(int r, SheetImportRow &row);
    std::optional<DatePoint> templateDate(int r, SheetImportRow &row, int yearC, int monthC,
                                          int dayC, bool required);

    const Sheet &m_sheet;
    const ColumnMapping &m_mapping;
    const QString m_fileName;
    const QStringList m_header;
    QHash<QString, int> m_template; // headerKey → column, for a TimelineJS template
    QString m_title;
};

std::optional<PendingEvent> Import::mappedRow(int r, SheetImportRow &row)
{
    const int startC = m_mapping.column(ImportField::Start);
    const int endC = m_mapping.column(ImportField::End);
    const int titleC = m_mapping.column(ImportField::Title);
    QSet<int> used;
    for (ImportField field :
         {ImportField::Start, ImportField::End, ImportField::Title, ImportField::Summary,
          ImportField::Lane, ImportField::Actors, ImportField::Tags, ImportField::Id})
        used.insert(m_mapping.column(field));

    // A spreadsheet's error value (#N/A, #REF! …) is where a formula gave nothing: neither a
    // title nor a date nor text to keep. The row is refused rather than imported as "#N/A".
    QList<int> mapped(used.cbegin(), used.cend());
    std::sort(mapped.begin(), mapped.end());
    bool readable = true;
    for (int c : std::as_const(mapped)) {
        if (c >= 0 && isSpreadsheetError(cell(r, c))) {
            report(row, r, c,
                   u"the cell holds the spreadsheet error %1, where a formula gave no value"_s.arg(
                       cell(r, c).trimmed()),
                   true);
            readable = false;
        }
    }
    if (!readable)
        return std::nullopt;
    QString error;
    QString note;
    EventDate date = TypedDateParser::parse(cell(r, startC), &error, &note);
    row.start = date;
    if (!date.isValid()) {
        report(row, r, startC, error, true);
        readable = false;
    } else if (const QString endText = cell(r, endC).trimmed(); !endText.isEmpty()) {
        QString endNote;
        const EventDate end = TypedDateParser::parse(endText, &error, &endNote);
        if (date.isRange() || date.isOpenEnded()) {
            report(row, r, endC,
                   u"the start cell holds the whole date, so the end \u201C%1\u201D is kept in "
                   "the summary"_s.arg(InputLimits::shortened(endText)),
                   false);
            used.remove(endC);
        } else if (!end.isValid()) {
            report(row, r, endC, error, true);
            readable = false;
        } else if (end.isOpenEnded()) {
            report(row, r, endC, u"the end cannot be open-ended (%1)"_s.arg(end.label()), true);
            readable = false;
        } else {
            const DatePoint last = end.isRange() ? end.end() : end.start();
            if (last.last() < date.start().first()) {
                report(row, r, endC,
                       u"the end (%1) is before the start (%2)"_s.arg(end.label(), date.label()),
                       true);
                readable = false;
            } else {
                const bool approximate = date.isApproximate() || end.isApproximate();
                const bool planned = date.isPlanned() || end.isPlanned();
                if (!(last == date.start()))
                    date = EventDate(date.start(), last);
                date.setApproximate(approximate);
                date.setPlanned(planned);
                row.start = date;
                if (!endNote.isEmpty())
                    note += (note.isEmpty() ? u""_s : u"; "_s) + endNote;
            }
        }
    }
    const QString title = cell(r, titleC).simplified();
    if (title.isEmpty()) {
        report(row, r, titleC,
               titleC < 0 ? u"no column is mapped to the title"_s : u"the title is empty"_s, true);
        readable = false;
    }
    if (!readable)
        return std::nullopt;

    PendingEvent pending;
    pending.event.title = title;
    pending.event.date = date;
    if (!note.isEmpty())
        pending.event.setDateBasis(u"The sheet gives the date as \u201C%1\u201D (%2)."_s.arg(
            cell(r, startC).simplified(), note));
    pending.event.setSummary(
        withLines(cell(r, m_mapping.column(ImportField::Summary)).trimmed(), keptCells(r, used)));
    pending.laneName = cell(r, m_mapping.column(ImportField::Lane)).simplified();
    pending.actorNames = splitList(cell(r, m_mapping.column(ImportField::Actors)));
    pending.tagNames = splitList(cell(r, m_mapping.column(ImportField::Tags)));
    pending.idColumn = m_mapping.column(ImportField::Id);
    pending.wantedId = cell(r, pending.idColumn).trimmed();
    return pending;
}

std::optional<DatePoint> Import::templateDate(int r, SheetImportRow &row, int yearC, int monthC,
                                              int dayC, bool required)
{
    const QString yearText = cell(r, yearC).trimmed();
    const QString monthText = cell(r, monthC).trimmed();
    const QString dayText = cell(r, dayC).trimmed();
    if (yearText.isEmpty() && monthText.isEmpty() && dayText.isEmpty() && !required)
        return DatePoint();
    auto number = [&](const QString &text, int c, int low, int high, const QString &what) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < low || value > high) {
            report(row, r, c,
                   u"%1 \u201C%2\u201D is not a whole number from %3 to %4"_s
                       .arg(what, InputLimits::shortened(text))
                       .arg(low)
                       .arg(high),
                   true);
            return -1;
        }
        return value;
    };
    if (yearText.isEmpty()) {
        report(row, r, yearC, u"there is no year"_s, true);
        return std::nullopt;
    }
    const int year = number(yearText, yearC, 1, 9998, u"the year"_s);
    if (year < 0)
        return std::nullopt;
    if (monthText.isEmpty()) {
        if (!dayText.isEmpty()) {
            report(row, r, dayC, u"a day is given without a month"_s, true);
            return std::nullopt;
        }
        return DatePoint::year(year);
    }
    const int month = number(monthText, monthC, 1, 12, u"the month"_s);
    if (month < 0)
        return std::nullopt;
    if (dayText.isEmpty())
        return DatePoint::month(year, month);
    const int day = number(dayText, dayC, 1, 31, u"the day"_s);
    if (day < 0)
        return std::nullopt;
    const DatePoint point = DatePoint::day(year, month, day);
    if (!point.isValid()) {
        report(row, r, dayC, u"that day does not exist"_s, true);
        return std::nullopt;
    }
    return point;
}

std::optional<PendingEvent> Import::templateRow(int r, SheetImportRow &row)
{
    auto col = [this](QStringView key) { return m_template.value(key.toString(), -1); };
    QSet<int> used;
    for (const int c : std::as_const(m_template))
        used.insert(c);

    const QString type = cell(r, col(u"type")).trimmed().toLower();
    const QString headline = HtmlText::toPlainText(cell(r, col(u"headline"))).simplified();
    if (type == u"title"_s) {
        m_title = headline;
        return std::nullopt;
    }
    const std::optional<DatePoint> start =
        templateDate(r, row, col(u"year"), col(u"month"), col(u"day"), true);
    const std::optional<DatePoint> end =
        start ? templateDate(r, row, col(u"endyear"), col(u"endmonth"), col(u"endday"), false)
              : std::nullopt;
    std::optional<EventDate> date;
    if (start && end) {
        if (end->isValid() && end->last() < start->first()) {
            report(row, r, col(u"endyear"),
                   u"the end (%1) is before the start (%2)"_s.arg(end->label(), start->label()),
                   true);
        } else {
            date =
                end->isValid() && !(*end == *start) ? EventDate(*start, *end) : EventDate(*start);
        }
    }
    QStringList basis;
    if (date) {
        const QString shownText = cell(r, col(u"displaydate")).simplified();
        if (!shownText.isEmpty()) {
            const EventDate shown = TypedDateParser::parse(shownText);
            if (shown.isValid() && shown.first() == date->first() && shown.last() == date->last())
                date = shown;
            else
                basis.append(u"The sheet shows the date as \u201C%1\u201D."_s.arg(shownText));
        }
        const QString startTime = cell(r, col(u"time")).trimmed();
        const QString endTime = cell(r, col(u"endtime")).trimmed();
        if (!startTime.isEmpty() || !endTime.isEmpty())
            basis.append(endTime.isEmpty()
                             ? u"The sheet gives the time %1."_s.arg(startTime)
                             : u"The sheet gives the times %1 and %2."_s.arg(
                                   startTime.isEmpty() ? u"(none)"_s : startTime, endTime));
        row.start = *date;
    }
    if (headline.isEmpty())
        report(row, r, col(u"headline"), u"the headline is empty"_s, true);
    if (!date || headline.isEmpty())
        return std::nullopt;

    QString body = HtmlText::toPlainText(cell(r, col(u"text")));
    QStringList media;
    for (const char16_t *key : {u"media", u"mediacaption", u"mediacredit"}) {
        const QString value = HtmlText::toPlainText(cell(r, col(key))).simplified();
        if (!value.isEmpty())
            media.append(QStringView(key) == u"mediacredit" ? u"credit: "_s + value : value);
    }
    if (!media.isEmpty())
        body += (body.isEmpty() ? u""_s : u"\n\n"_s) + u"Media: "_s + media.join(u" \u2014 "_s);

    PendingEvent pending;
    pending.event.title = headline;
    pending.event.date = *date;
    pending.event.setDateBasis(basis.join(u' '));
    pending.event.setSummary(withLines(body, keptCells(r, used)));
    const QString group = cell(r, col(u"group")).simplified();
    pending.laneName = type == u"era"_s ? kEras : group.isEmpty() ? kNoGroup : group;
    return pending;
}

SheetImportResult Import::run()
{
    SheetImportResult result;
    const bool isTemplate = SheetImporter::isTimelineJsTemplate(m_header);
    if (isTemplate) {
        for (qsizetype c = 0; c < m_header.size(); ++c) {
            const QString key = ColumnMapping::headerKey(m_header.at(c));
            static const QSet<QString> known = {
                u"year"_s,        u"month"_s,        u"day"_s,
                u"time"_s,        u"endyear"_s,      u"endmonth"_s,
                u"endday"_s,      u"endtime"_s,      u"displaydate"_s,
                u"headline"_s,    u"text"_s,         u"media"_s,
                u"mediacredit"_s, u"mediacaption"_s, u"mediathumbnail"_s,
                u"type"_s,        u"group"_s,        u"background"_s};
            if (known.contains(key) && !m_template.contains(key))
                m_template.insert(key, int(c));
        }
    }

    QList<PendingEvent> pending;
    for (int r = m_mapping.headerRow() + 1; r < m_sheet.rows.size(); ++r) {
        const QStringList &cells = m_sheet.rows.at(r);
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &text) { return text.trimmed().isEmpty(); }))
            continue;
        SheetImportRow row;
        row.row = r + 1;
        std::optional<PendingEvent> event = isTemplate ? templateRow(r, row) : mappedRow(r, row);
        if (event) {
            event->row = result.rows.size();
            row.imported = true;
            pending.append(std::move(*event));
        }
        result.problems.append(row.problems);
        result.rows.append(std::move(row));
    }

    // Ids: the id column's where it is unique; the rest made from titles, as the TimelineJS
    // reader makes them from headlines.
    QSet<QString> taken;
    for (PendingEvent &p : pending) {
        if (p.wantedId.isEmpty())
            continue;
        if (taken.contains(p.wantedId)) {
            SheetImportRow &row = result.rows[p.row];
            const int r = row.row - 1;
            report(row, r, p.idColumn,
                   u"the id \u201C%1\u201D is used by an earlier row; this row's id is made from "
                   "its title"_s.arg(InputLimits::shortened(p.wantedId)),
                   false);
            p.wantedId.clear();
        } else {
            taken.insert(p.wantedId);
        }
    }
    NamedItems lanes;
    NamedItems actors;
    NamedItems tags;
    QList<TimelineEvent> events;
    events.reserve(pending.size());
    for (PendingEvent &p : pending) {
        TimelineEvent &event = p.event;
        if (p.wantedId.isEmpty()) {
            const QString base = CatalogueEdit::newItemId(event.title, {}).left(60);
            QString id = base;
            for (int n = 2; taken.contains(id); ++n)
                id = base + u'-' + QString::number(n);
            event.id = id;
            taken.insert(id);
        } else {
            event.id = p.wantedId;
        }
        event.laneId = lanes.idFor(p.laneName.isEmpty() ? kNoLane : p.laneName);
        for (const QString &name : std::as_const(p.actorNames))
            event.editDetails().actorIds.append(actors.idFor(name));
        for (const QString &name : std::as_const(p.tagNames))
            event.editDetails().tagIds.append(tags.idFor(name));
        events.append(std::move(event));
    }
    // Problems in row order, the id repeats with their rows.
    result.problems.clear();
    for (const SheetImportRow &row : std::as_const(result.rows))
        result.problems.append(row.problems);

    QList<Lane> laneList;
    for (const auto &[id, name] : lanes.items())
        laneList.append({id, name, QString()});
    QList<Actor> actorList;
    for (const auto &[id, name] : actors.items()) {
        Actor actor;
        actor.id = id;
        actor.name = name;
        actorList.append(actor);
    }
    QList<Tag> tagList;
    for (const auto &[id, name] : tags.items())
        tagList.append({id, name});

    Catalogue &catalogue = result.catalogue;
    const QString fallback =
        m_sheet.name.isEmpty() ? QFileInfo(m_fileName).completeBaseName() : m_sheet.name;
    catalogue.setTitle(m_title.isEmpty() ? fallback : m_title);
    catalogue.setLanes(laneList);
    catalogue.setActors(actorList);
    catalogue.setTags(tagList);
    catalogue.setEvents(events);
    return result;
}

} // namespace

SheetImportResult SheetImporter::import(const Sheet &sheet, const ColumnMapping &mapping,
                                        const QString &fileName)
{
    return Import(sheet, mapping, fileName).run();
}

bool SheetImporter::isTimelineJsTemplate(const QStringList &header)
{
    bool year = false;
    bool headline = false;
    for (const QString &name : header) {
        const QString key = ColumnMapping::headerKey(name);
        if (key == u"date"_s)
            return false;
        year = year || key == u"year"_s;
        headline = headline || key == u"headline"_s;
    }
    return year && headline;
}

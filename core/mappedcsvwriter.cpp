#include "mappedcsvwriter.h"

#include "csvrecord.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

template <typename Item>
QString namesOf(const QStringList &ids, const QList<Item> &items)
{
    QStringList names;
    for (const QString &id : ids) {
        const auto found = std::find_if(items.cbegin(), items.cend(),
                                        [&](const Item &item) { return item.id == id; });
        names.append(found == items.cend() ? id : found->name);
    }
    return names.join(u"; "_s);
}

// A closed range split over a start and an end column keeps its hedges on both halves.
EventDate half(const EventDate &date, const DatePoint &point)
{
    EventDate out(point);
    out.setApproximate(date.isApproximate());
    out.setPlanned(date.isPlanned());
    return out;
}

QString value(const Catalogue &catalogue, const TimelineEvent &event, ImportField field,
              bool splitRange)
{
    const bool closedRange = event.date.isRange() && !event.date.isOpenEnded();
    switch (field) {
    case ImportField::Start:
        return splitRange && closedRange ? half(event.date, event.date.start()).label()
                                         : event.date.label();
    case ImportField::End:
        return splitRange && closedRange ? half(event.date, event.date.end()).label() : QString();
    case ImportField::Title:
        return event.title;
    case ImportField::Summary:
        return event.summary();
    case ImportField::Lane:
        return namesOf(QStringList{event.laneId}, catalogue.lanes());
    case ImportField::Actors:
        return namesOf(event.actorIds(), catalogue.actors());
    case ImportField::Tags:
        return namesOf(event.tagIds(), catalogue.tags());
    case ImportField::Source: {
        QStringList titles;
        for (const SourceLink &link : event.sources()) {
            const SourceInfo *source = nullptr;
            for (const SourceInfo &each : catalogue.sources())
                source = each.id == link.sourceId ? &each : source;
            const QString title = source ? source->title : link.sourceId;
            if (!titles.contains(title))
                titles.append(title);
        }
        return titles.join(u"; "_s);
    }
    case ImportField::Quote: {
        QStringList quotes;
        for (const SourceLink &link : event.sources())
            quotes.append(link.excerpt);
        return quotes.join(u"\n"_s);
    }
    case ImportField::Url:
        return {}; // events keep no link of their own
    case ImportField::Id:
        return event.id;
    }
    return {};
}

} // namespace

std::optional<QList<MappedCsvWriter::Column>> MappedCsvWriter::columnsFromSpec(QStringView spec,
                                                                               QString *error)
{
    QList<Column> columns;
    for (QStringView part : spec.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        const QStringView key = (equals < 0 ? part : part.left(equals)).trimmed();
        const QString header = equals < 0 ? QString() : part.mid(equals + 1).trimmed().toString();
        if (key.compare(u"ignore", Qt::CaseInsensitive) == 0)
            continue;
        const std::optional<ImportField> field = importFieldFromKey(key);
        QString why;
        if (!field)
            why = u"unknown field \"%1\" in the mapping"_s.arg(key);
        else if (header.isEmpty())
            why = u"the field \"%1\" has no column name (write %1=Name)"_s.arg(key);
        else if (std::any_of(columns.cbegin(), columns.cend(),
                             [&](const Column &c) { return c.field == *field; }))
            why = u"the mapping names the field \"%1\" twice"_s.arg(key);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        columns.append({*field, header});
    }
    if (columns.isEmpty()) {
        if (error)
            *error = u"the mapping names no column"_s;
        return std::nullopt;
    }
    return columns;
}

QList<MappedCsvWriter::Column> MappedCsvWriter::columnsFrom(const ColumnMapping &mapping,
                                                           const QStringList &header)
{
    QList<std::pair<int, ImportField>> byColumn;
    for (ImportField field : allImportFields()) {
        if (const int column = mapping.column(field); column >= 0)
            byColumn.append({column, field});
    }
    std::sort(byColumn.begin(), byColumn.end());
    QList<Column> columns;
    for (const auto &[column, field] : std::as_const(byColumn)) {
        const QString name = header.value(column).simplified();
        columns.append({field, name.isEmpty() ? u"Column %1"_s.arg(column + 1) : name});
    }
    return columns;
}

QByteArray MappedCsvWriter::toCsv(const Catalogue &catalogue, const QList<Column> &columns,
                                  const QList<int> &eventIndexes)
{
    QStringList header;
    bool splitRange = false;
    for (const Column &column : columns) {
        header.append(column.header);
        splitRange = splitRange || column.field == ImportField::End;
    }
    QString csv = CsvRecord::record(header);
    QList<int> indexes = eventIndexes;
    if (indexes.isEmpty()) {
        indexes.resize(catalogue.events().size());
        std::iota(indexes.begin(), indexes.end(), 0);
    }
    for (int index : std::as_const(indexes)) {
        if (index < 0 || index >= catalogue.events().size())
            continue;
        const TimelineEvent &event = catalogue.events().at(index);
        QStringList fields;
        for (const Column &column : columns)
            fields.append(value(catalogue, event, column.field, splitRange));
        csv += CsvRecord::record(fields);
    }
    return csv.toUtf8();
}

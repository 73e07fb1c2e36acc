#include "columnmapping.h"

#include "inputlimits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct FieldNames
{
    ImportField field;
    QStringList names; // as headerKey() gives them
};

const QList<FieldNames> &fieldNames()
{
    static const QList<FieldNames> names = {
        {ImportField::Start, {u"date"_s, u"when"_s, u"start"_s, u"startdate"_s, u"from"_s}},
        {ImportField::End, {u"end"_s, u"enddate"_s, u"until"_s, u"to"_s}},
        {ImportField::Title, {u"event"_s, u"headline"_s, u"title"_s, u"what"_s}},
        {ImportField::Summary,
         {u"notes"_s, u"description"_s, u"summary"_s, u"text"_s, u"details"_s}},
        {ImportField::Lane, {u"group"_s, u"lane"_s, u"category"_s, u"theme"_s}},
        {ImportField::Actors, {u"actors"_s, u"who"_s, u"organisation"_s, u"organization"_s}},
        {ImportField::Tags, {u"tags"_s, u"keywords"_s}},
        {ImportField::Source, {u"source"_s, u"sources"_s, u"document"_s, u"reference"_s}},
        {ImportField::Quote, {u"quote"_s, u"excerpt"_s, u"passage"_s}},
        {ImportField::Url, {u"url"_s, u"link"_s, u"media"_s}},
        {ImportField::Id, {u"id"_s}},
    };
    return names;
}

int indexOf(const QStringList &header, const QString &normalisedName)
{
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (ColumnMapping::headerKey(header.at(c)) == normalisedName)
            return int(c);
    }
    return -1;
}

} // namespace

// "Start date", "start_date" and "START-DATE" are one name.
QString ColumnMapping::headerKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace() && c != u'_' && c != u'-')
            key += c.toLower();
    }
    return key;
}

ColumnMapping::ColumnMapping() : m_columns(allImportFields().size(), -1) {}

int ColumnMapping::column(ImportField field) const
{
    return m_columns.value(qsizetype(field), -1);
}

void ColumnMapping::setColumn(ImportField field, int column)
{
    m_columns[qsizetype(field)] = column < 0 ? -1 : column;
}

std::optional<ImportField> ColumnMapping::field(int column) const
{
    if (column < 0)
        return std::nullopt;
    for (ImportField f : allImportFields()) {
        if (m_columns.at(qsizetype(f)) == column)
            return f;
    }
    return std::nullopt;
}

void ColumnMapping::setIgnored(int column, bool ignored)
{
    if (column < 0)
        return;
    const auto at = std::lower_bound(m_ignored.begin(), m_ignored.end(), column);
    const bool present = at != m_ignored.end() && *at == column;
    if (ignored && !present)
        m_ignored.insert(at, column);
    else if (!ignored && present)
        m_ignored.erase(at);
}

bool ColumnMapping::isUsable(QString *why) const
{
    QStringList missing;
    if (column(ImportField::Start) < 0)
        missing.append(u"start (the date)"_s);
    if (column(ImportField::Title) < 0)
        missing.append(u"title"_s);
    if (missing.isEmpty())
        return true;
    if (why)
        *why = u"no column is mapped to %1"_s.arg(missing.join(u" or "_s));
    return false;
}

ColumnMapping ColumnMapping::guess(const QStringList &header)
{
    ColumnMapping mapping;
    QList<bool> taken(header.size(), false);
    auto take = [&](ImportField field, int c) {
        if (c < 0 || taken.at(c) || mapping.column(field) >= 0)
            return;
        mapping.setColumn(field, c);
        taken[c] = true;
    };

    // Our own listing: the label holds the whole date; start, end, precision, approximate and
    // status say it again.
    const int label = indexOf(header, u"label"_s);
    if (label >= 0 && indexOf(header, u"id"_s) >= 0 && indexOf(header, u"precision"_s) >= 0) {
        take(ImportField::Start, label);
        for (const QString &name :
             {u"start"_s, u"end"_s, u"precision"_s, u"approximate"_s, u"status"_s}) {
            if (const int c = indexOf(header, name); c >= 0 && !taken.at(c)) {
                mapping.setIgnored(c, true);
                taken[c] = true;
            }
        }
    }
    // The TimelineJS template: its Year column stands for the date parts, read together.
    if (indexOf(header, u"year"_s) >= 0 && indexOf(header, u"headline"_s) >= 0)
        take(ImportField::Start, indexOf(header, u"year"_s));

    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = ColumnMapping::headerKey(header.at(c));
        if (name.isEmpty())
            continue;
        for (const FieldNames &entry : fieldNames()) {
            if (entry.names.contains(name)) {
                take(entry.field, int(c));
                break;
            }
        }
    }
    return mapping;
}

std::optional<ColumnMapping> ColumnMapping::fromSpec(QStringView spec, const QStringList &header,
                                                     QString *error)
{
    auto failed = [error](const QString &why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ColumnMapping mapping;
    QList<bool> taken(header.size(), false);
    const QList<QStringView> parts = spec.split(u',');
    for (QStringView part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0)
            return failed(u"%1 is not field=column"_s.arg(InputLimits::quoted(part)));
        const QStringView key = part.left(equals).trimmed();
        const QStringView value = part.mid(equals + 1).trimmed();
        const bool ignore = key.compare(u"ignore", Qt::CaseInsensitive) == 0;
        const std::optional<ImportField> field = importFieldFromKey(key);
        if (!field && !ignore) {
            QStringList keys;
            for (ImportField f : allImportFields())
                keys.append(importFieldKey(f));
            return failed(u"unknown field %1; the fields are %2 (and ignore)"_s.arg(
                InputLimits::quoted(key), keys.join(u", "_s)));
        }
        // A header name first, so that a column headed "2017" is that column; else a number.
        int column = -1;
        for (qsizetype c = 0; c < header.size() && column < 0; ++c) {
            if (header.at(c).trimmed().compare(value, Qt::CaseInsensitive) == 0)
                column = int(c);
        }
        if (column < 0) {
            bool isNumber = false;
            const int number = value.toInt(&isNumber);
            if (isNumber && number >= 1 && number <= header.size())
                column = number - 1;
        }
        if (column < 0) {
            return failed(u"%1 for %2 is not a column: the header has %3"_s.arg(
                InputLimits::quoted(value), key.toString(),
                header.isEmpty() ? u"no columns"_s
                                 : InputLimits::shortened(header.join(u", "_s), 200)));
        }
        if (taken.at(column))
            return failed(u"column %1 (%2) is given twice"_s.arg(column + 1)
                              .arg(InputLimits::quoted(header.at(column))));
        taken[column] = true;
        if (ignore) {
            mapping.setIgnored(column, true);
            continue;
        }
        if (mapping.column(*field) >= 0)
            return failed(u"%1 is mapped twice"_s.arg(importFieldKey(*field)));
        mapping.setColumn(*field, column);
    }
    return mapping;
}

QString ColumnMapping::toSpec(const QStringList &header) const
{
    // A name that a column holds once and is not a number reads back as that column.
    auto name = [&header](int column) {
        const QString text = column < header.size() ? header.at(column).trimmed() : QString();
        bool isNumber = false;
        static_cast<void>(text.toInt(&isNumber));
        if (!text.isEmpty() && !isNumber && !text.contains(u',')) {
            int same = 0;
            for (const QString &other : header)
                same += other.trimmed().compare(text, Qt::CaseInsensitive) == 0 ? 1 : 0;
            if (same == 1)
                return text;
        }
        return QString::number(column + 1);
    };
    QStringList parts;
    for (ImportField f : allImportFields()) {
        if (const int c = column(f); c >= 0)
            parts.append(importFieldKey(f) + u'=' + name(c));
    }
    for (int c : m_ignored)
        parts.append(u"ignore="_s + name(c));
    return parts.join(u',');
}

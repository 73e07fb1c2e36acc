#pragma once

#include "catalogue.h"
#include "columnmapping.h"
#include "importfield.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

// The timeline as CSV in someone else's columns: the header names and fields of a mapping
// ("start=Date,title=Event,summary=Notes,lane=Lane", as --map takes and the import dialog
// remembers), in that order, so that the rows go back into the officer's own spreadsheet in
// the layout they came from. Dates are our labels at their precision ("3 August 2017",
// "September 2017", "2018/19", "c. spring 2017", "2018/19 (planned)"), which the importer reads
// back to the same dates; lanes, actors and tags by name.
class MappedCsvWriter
{
public:
    struct Column
    {
        ImportField field;
        QString header;
        friend bool operator==(const Column &, const Column &) = default;
    };

    // The columns of a spec, in its order ("ignore=…" entries, which only matter when
    // reading, are passed over); std::nullopt and *error on an unknown field, a missing name
    // or a field named twice.
    static std::optional<QList<Column>> columnsFromSpec(QStringView spec, QString *error);
    // The mapped columns of a sheet, in the sheet's order, under its header's names.
    static QList<Column> columnsFrom(const ColumnMapping &mapping, const QStringList &header);

    // eventIndexes empty: every event, in the catalogue's order.
    static QByteArray toCsv(const Catalogue &catalogue, const QList<Column> &columns,
                            const QList<int> &eventIndexes = {});
};

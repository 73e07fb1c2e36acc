#pragma once

#include <QString>
#include <QStringList>

// Remembers, per spreadsheet file, how its columns were mapped the last time it was imported
// (sheet, header row and the mapping as ColumnMapping::toSpec() writes it), so that importing
// the next version of the same file is one click and the timeline can be written back in the
// file's own columns. Kept in the application's settings.
class ImportMappingStore
{
public:
    struct Entry
    {
        QString sheet; // the sheet's name
        int headerRow = 0;
        QString spec;       // "start=Date,title=Event,…"
        QStringList header; // the header row's names, for writing the file's columns back
        bool isValid() const { return !spec.isEmpty(); }
    };

    static Entry load(const QString &path);
    static void save(const QString &path, const Entry &entry);
};

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// What a spreadsheet column can hold for an imported event. Id is the listing's own id
// column (--list-events --format csv), so that our CSV reads back with the same ids.
enum class ImportField { Start, End, Title, Summary, Lane, Actors, Tags, Source, Quote, Url, Id };

// "start", "end", "title", "summary", "lane", "actors", "tags", "source", "quote", "url", "id":
// the names a --map spec uses.
QString importFieldKey(ImportField field);
std::optional<ImportField> importFieldFromKey(QStringView key);
QList<ImportField> allImportFields();

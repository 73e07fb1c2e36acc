#include "importfield.h"

using namespace Qt::StringLiterals;

QString importFieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Start:
        return u"start"_s;
    case ImportField::End:
        return u"end"_s;
    case ImportField::Title:
        return u"title"_s;
    case ImportField::Summary:
        return u"summary"_s;
    case ImportField::Lane:
        return u"lane"_s;
    case ImportField::Actors:
        return u"actors"_s;
    case ImportField::Tags:
        return u"tags"_s;
    case ImportField::Source:
        return u"source"_s;
    case ImportField::Quote:
        return u"quote"_s;
    case ImportField::Url:
        return u"url"_s;
    case ImportField::Id:
        return u"id"_s;
    }
    return {};
}

std::optional<ImportField> importFieldFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (ImportField field : allImportFields()) {
        if (trimmed.compare(importFieldKey(field), Qt::CaseInsensitive) == 0)
            return field;
    }
    return std::nullopt;
}

QList<ImportField> allImportFields()
{
    return {ImportField::Start, ImportField::End,    ImportField::Title, ImportField::Summary,
            ImportField::Lane,  ImportField::Actors, ImportField::Tags,  ImportField::Source,
            ImportField::Quote, ImportField::Url,    ImportField::Id};
}

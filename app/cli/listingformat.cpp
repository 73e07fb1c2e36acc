#include "listingformat.h"

#include "applicationidentity.h"
#include "commandlineoptions.h"

using namespace Qt::StringLiterals;

const QString &ListingFormat::optionName()
{
    static const QString name = u"format"_s;
    return name;
}

std::optional<ListingFormat::Kind> ListingFormat::read(const CommandLineOptions &options,
                                                       QTextStream &err)
{
    if (!options.isSet(optionName()))
        return Kind::Json;
    const QString format = options.value(optionName()).toLower();
    if (format == u"json"_s)
        return Kind::Json;
    if (format == u"csv"_s)
        return Kind::Csv;
    err << ApplicationIdentity::name() << u": "_s
        << tr("unknown format \u201C%1\u201D for --format; use json or csv")
               .arg(options.value(optionName()))
        << Qt::endl;
    return std::nullopt;
}

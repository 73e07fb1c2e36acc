#include "catalogueloader.h"

#include "cataloguereader.h"
#include "eventlistingreader.h"
#include "eventlistreader.h"
#include "jsonfile.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// {"events": [{"start": …}, …]}, as the benchmark generator and other tools write.
bool isEventList(const QJsonObject &root)
{
    const QJsonValue events = root.value("events"_L1);
    if (!events.isArray())
        return false;
    const QJsonArray array = events.toArray();
    return array.isEmpty() || array.at(0).toObject().contains("start"_L1);
}

} // namespace

QString CatalogueLoader::builtInPath()
{
    return u":/resources/catalogue.json"_s;
}

CatalogueLoadResult CatalogueLoader::loadBuiltIn()
{
    return load(builtInPath());
}

CatalogueLoadResult CatalogueLoader::load(const QString &path)
{
    CatalogueLoadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append({path, 0, 0, u"cannot read: "_s + file.errorString()});
        return result;
    }
    const QByteArray data = file.readAll();
    if (path.endsWith(".csv"_L1, Qt::CaseInsensitive))
        return EventListReader::readCsv(data, path);

    if (std::optional<Catalogue> list = EventListReader::readPlainJson(data, path)) {
        result.catalogue = std::move(*list);
        return result;
    }
    JsonFile json(path, data, &result.problems);
    if (!json.isValid())
        return result;
    const QJsonObject &root = json.root();
    if (root.contains("lanes"_L1) || root.contains("sourceIndex"_L1))
        result.catalogue = CatalogueReader::read(json, &result.problems);
    else if (EventListingReader::isListing(root))
        result.catalogue = EventListingReader::read(json);
    else if (isEventList(root))
        result.catalogue = EventListReader::readJson(json);
    else
        json.report(u"neither a catalogue (with \"sourceIndex\" and \"lanes\") nor an event list "
                    "(with \"events\" that have a \"start\")"_s);
    return result;
}

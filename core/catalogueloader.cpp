#include "catalogueloader.h"

#include "cataloguereader.h"
#include "eventlistingreader.h"
#include "eventlistreader.h"
#include "icalendarreader.h"
#include "inputfile.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "timelinejsreader.h"
#include "vistimelinereader.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <new>

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

QString notEnoughMemory(qint64 bytes)
{
    return u"there is not enough memory to load it (%1 bytes); see the limits in the "
           "documentation"_s.arg(bytes);
}

// Whether the fast reader of plain event lists has declined the file already.
enum class Plain { NotTried, Declined };

CatalogueLoadResult loadBytes(const QString &path, const QByteArray &data,
                              const FileResolver &files, Plain plain)
{
    CatalogueLoadResult result;
    if (data.size() > InputLimits::kMaxFileBytes) {
        result.problems.append(
            {path, 0, 0, InputLimits::tooLarge(data.size(), InputLimits::kMaxFileBytes)});
        return result;
    }
    if (path.endsWith(".ics"_L1, Qt::CaseInsensitive) || ICalendarReader::isICalendar(data))
        return ICalendarReader::read(data, path);
    if (path.endsWith(".csv"_L1, Qt::CaseInsensitive))
        return EventListReader::readCsv(data, path);

    if (plain == Plain::NotTried) {
        if (std::optional<Catalogue> list = EventListReader::readPlainJson(data, path)) {
            result.catalogue = std::move(*list);
            return result;
        }
    }
    if (QByteArrayView(data).trimmed().startsWith('[') &&
        VisTimelineReader::isVisTimeline(QJsonDocument::fromJson(data).array()))
        return VisTimelineReader::read(data, path);
    // A catalogue's events are read in batches, so that its DOM is small; one that is not
    // read so is read whole, which explains why.
    if (std::optional<CatalogueLoadResult> batched =
            CatalogueReader::readInBatches(path, data, files))
        return std::move(*batched);
    JsonFile json(path, data, &result.problems);
    if (!json.isValid())
        return result;
    // Catalogues are read from the DOM; only other formats need the QJsonObject made.
    if (json.rootHas("lanes"_L1) || json.rootHas("sourceIndex"_L1)) {
        result.catalogue = CatalogueReader::read(json, &result.problems, files, &result.warnings);
        return result;
    }
    const QJsonObject &root = json.root();
    if (EventListingReader::isListing(root))
        result.catalogue = EventListingReader::read(json);
    else if (TimelineJsReader::isTimelineJs(root))
        result.catalogue = TimelineJsReader::read(json);
    else if (VisTimelineReader::isVisTimeline(root))
        result.catalogue = VisTimelineReader::read(json);
    else if (isEventList(root))
        result.catalogue = EventListReader::readJson(json);
    else
        json.report(
            u"neither a catalogue (with \"sourceIndex\" and \"lanes\") nor an event list "
            "(with \"events\" that have a \"start\") nor a TimelineJS file (with "
            "\"events\" that have a \"start_date\") nor vis-timeline data (with \"items\")"_s);
    return result;
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
    // CSV, and JSON event lists of the common shape, are read from the file a piece at a
    // time, so that a large list is never held whole beside its events; anything else (and
    // a JSON list the fast reader declines) is read whole.
    if (!path.endsWith(".ics"_L1, Qt::CaseInsensitive)) {
        CatalogueLoadResult result;
        InputFile::Opened opened = InputFile::open(path, InputLimits::kMaxFileBytes);
        if (!opened.ok()) {
            result.problems.append({path, 0, 0, opened.error});
            return result;
        }
        try {
            if (path.endsWith(".csv"_L1, Qt::CaseInsensitive))
                return EventListReader::readCsv(opened.file.get(), path);
            if (std::optional<Catalogue> list =
                    EventListReader::readPlainJson(opened.file.get(), path)) {
                result.catalogue = std::move(*list);
                return result;
            }
        } catch (const std::bad_alloc &) {
            result.problems.append({path, 0, 0, notEnoughMemory(opened.file->size())});
            return result;
        }
    }
    const FileResolver files;
    const FileResolver::Read read = files.read(path, InputLimits::kMaxFileBytes);
    if (!read.ok()) {
        CatalogueLoadResult result;
        result.problems.append({path, 0, 0, read.error});
        return result;
    }
    try {
        return loadBytes(path, read.data, files, Plain::Declined);
    } catch (const std::bad_alloc &) {
        CatalogueLoadResult result;
        result.problems.append({path, 0, 0, notEnoughMemory(read.data.size())});
        return result;
    }
}

CatalogueLoadResult CatalogueLoader::load(const QString &path, const QByteArray &data,
                                          const FileResolver &files)
{
    try {
        return loadData(path, data, files);
    } catch (const std::bad_alloc &) {
        CatalogueLoadResult result;
        result.problems.append({path, 0, 0, notEnoughMemory(data.size())});
        return result;
    }
}

CatalogueLoadResult CatalogueLoader::loadData(const QString &path, const QByteArray &data,
                                              const FileResolver &files)
{
    return loadBytes(path, data, files, Plain::NotTried);
}

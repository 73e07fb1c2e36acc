#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

// Reads JSON event lists, {"title": …, "events":[{"id": 1 or "…", "start":"…", "end":…|null,
// "title":"…", "group":"…", "category":"…"}]} with members in any order, straight from the
// UTF-8 bytes with simdjson: several times faster than QJsonDocument, and no copy of the
// whole text as UTF-16. The events go to simdjson a batch at a time, so its index of the text
// stays small at a million events; read from a stream, the text is never held whole either. It declines anything else, valid or not (other members,
// other types, numbers that are not whole, syntax errors, malformed UTF-8), so that the
// caller can fall back to the general reader, which explains problems.
class EventListJsonParser
{
public:
    struct Row
    {
        QStringView id; // digits of a number, or a string
        QStringView start;
        QStringView end; // empty for null or absent
        QStringView title;
        QStringView group;
        QStringView category;
    };
    // Return false to stop: parse() then declines.
    using RowSink = std::function<bool(const Row &row)>;

    // Reads up to `most` bytes of the text into `into`: how many, 0 at its end, -1 on an error.
    using ByteSource = std::function<qsizetype(char *into, qsizetype most)>;

    // Views passed to sink are valid during the call only. False: declined.
    static bool parse(QByteArrayView utf8, QString *title, const RowSink &sink);
    // The same for text read a piece at a time (a source that fails: declined).
    static bool parse(const ByteSource &source, QString *title, const RowSink &sink);
};

#pragma once

#include <QString>

// A passage of a source document that reports an event. Offsets are Unicode code points
// into the document text, [start, end); excerpt is exactly that slice.
struct SourceLink
{
    QString sourceId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString excerpt;

    bool operator==(const SourceLink &other) const = default;
};

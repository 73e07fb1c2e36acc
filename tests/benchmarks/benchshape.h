#pragma once

#include <QFileInfo>
#include <QString>
#include <QStringList>

// The shape of a benchmark file, from the name make_variants.py gives it: events_N.SHAPE.json
// gives SHAPE, events_N.csv "csv" and events_N.json the generator's own, "generator".
inline QString benchShape(const QString &path)
{
    using namespace Qt::StringLiterals;
    const QFileInfo info(path);
    const QStringList parts = info.completeBaseName().split(u'.');
    if (parts.size() > 1)
        return parts.last();
    return info.suffix().compare("csv"_L1, Qt::CaseInsensitive) == 0 ? u"csv"_s : u"generator"_s;
}

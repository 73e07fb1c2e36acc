#include "csvrecord.h"

using namespace Qt::StringLiterals;

QString CsvRecord::field(const QString &value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvRecord::record(const QStringList &fields, QChar separator)
{
    QStringList encoded;
    encoded.reserve(fields.size());
    for (const QString &value : fields)
        encoded.append(field(value, separator));
    return encoded.join(separator) + u"\r\n"_s;
}

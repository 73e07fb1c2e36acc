#include "importmappingstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// A settings key may not hold the slashes of a path: the key is a hash of the absolute path.
QString groupFor(const QString &path)
{
    const QByteArray absolute = QFileInfo(path).absoluteFilePath().toUtf8();
    return u"importMappings/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

ImportMappingStore::Entry ImportMappingStore::load(const QString &path)
{
    QSettings settings;
    settings.beginGroup(groupFor(path));
    // The path itself is kept to tell two files apart whose hashes collide.
    if (settings.value("path"_L1).toString() != QFileInfo(path).absoluteFilePath())
        return {};
    Entry entry;
    entry.sheet = settings.value("sheet"_L1).toString();
    entry.headerRow = settings.value("headerRow"_L1, 0).toInt();
    entry.spec = settings.value("mapping"_L1).toString();
    entry.header = settings.value("header"_L1).toStringList();
    return entry;
}

void ImportMappingStore::save(const QString &path, const Entry &entry)
{
    QSettings settings;
    settings.beginGroup(groupFor(path));
    settings.setValue("path"_L1, QFileInfo(path).absoluteFilePath());
    settings.setValue("sheet"_L1, entry.sheet);
    settings.setValue("headerRow"_L1, entry.headerRow);
    settings.setValue("mapping"_L1, entry.spec);
    settings.setValue("header"_L1, entry.header);
}

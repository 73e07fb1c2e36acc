#include "fileresolver.h"

#include "hugepages.h"
#include "inputfile.h"
#include "inputlimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString folderOf(const QString &file)
{
    const qsizetype slash = file.lastIndexOf(u'/');
    if (slash < 0)
        return u"."_s;
    return slash == 0 ? u"/"_s : file.left(slash);
}

bool isInside(const QString &path, const QString &root)
{
    return path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

} // namespace

FileResolver::FileResolver() = default;

FileResolver FileResolver::inMemory(const QHash<QString, QByteArray> &files)
{
    FileResolver resolver;
    resolver.m_files = std::make_shared<const QHash<QString, QByteArray>>(files);
    return resolver;
}

FileResolver::Location FileResolver::catalogue(const QString &path)
{
    const QString folder = folderOf(QDir::cleanPath(path));
    // Any name: only the depth below top matters to the rule.
    return {QDir::cleanPath(path), QDir::cleanPath(folder + u"/.."_s), {u"catalogue"_s}};
}

FileResolver::Location FileResolver::locate(const Location &from, const QString &reference,
                                            QString *why)
{
    auto refuse = [why](const QString &message) {
        *why = message;
        return Location();
    };
    if (reference.isEmpty())
        return refuse(u"the path is empty"_s);
    for (const QChar c : reference) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return refuse(u"the path holds a control character"_s);
    }
    if (reference.startsWith(u'/') || reference.startsWith(u':') || reference.startsWith(u'~') ||
        reference.contains(u'\\'))
        return refuse(u"it is not a relative path with / between folders; write it relative to "
                      "the folder of the file that names it"_s);

    const QString outside = u"it leads out of the catalogue's folder and the folders beside it, "
                            "which is all a catalogue may name (as in \"../seeds/sources.json\")"_s;
    QStringList folders = from.folders;
    const QStringList parts = reference.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part == u"."_s)
            continue;
        if (part == u".."_s) {
            if (folders.isEmpty())
                return refuse(outside);
            folders.removeLast();
            continue;
        }
        if (part.startsWith(u'.'))
            return refuse(u"it names a hidden file or folder (\"%1\")"_s.arg(part));
        if (i + 1 < parts.size())
            folders.append(part);
        else if (folders.isEmpty())
            return refuse(outside); // a file in the folder above the catalogue's
    }
    if (parts.isEmpty() || parts.constLast() == u".."_s || parts.constLast() == u"."_s)
        return refuse(u"it names a folder, not a file"_s);
    return {QDir::cleanPath(folderOf(from.path) + u'/' + reference), from.top, folders};
}

FileResolver::Read FileResolver::resolve(const Location &from, const QString &reference,
                                         qint64 maxBytes) const
{
    QString why;
    const Location location = locate(from, reference, &why);
    if (location.path.isEmpty()) {
        Read refused;
        refused.location = {reference, from.top, {}};
        refused.error = why;
        refused.refused = true;
        return refused;
    }
    if (!m_files && !location.path.startsWith(u':')) {
        // A symbolic link inside the tree must not lead out of it.
        const QString canonical = QFileInfo(location.path).canonicalFilePath();
        const QString canonicalTop = QFileInfo(location.top).canonicalFilePath();
        if (!canonical.isEmpty() && !canonicalTop.isEmpty() && !isInside(canonical, canonicalTop)) {
            Read refused;
            refused.location = location;
            refused.error = u"a symbolic link leads it out of the catalogue's folder and the "
                            "folders beside it"_s;
            refused.refused = true;
            return refused;
        }
    }
    Read result = read(location.path, maxBytes);
    result.location = location;
    return result;
}

FileResolver::Read FileResolver::read(const QString &path, qint64 maxBytes) const
{
    if (!m_files)
        return readFromDisk(path, maxBytes);
    Read result;
    result.location = catalogue(path);
    const auto it = m_files->constFind(QDir::cleanPath(path));
    if (it == m_files->cend()) {
        result.error = u"cannot read: No such file or directory"_s;
        result.missing = true;
    } else if (it->size() > maxBytes) {
        result.error = InputLimits::tooLarge(it->size(), maxBytes);
        result.refused = true;
    } else {
        result.data = *it;
    }
    return result;
}

FileResolver::Read FileResolver::readFromDisk(const QString &path, qint64 maxBytes) const
{
    Read result;
    result.location = catalogue(path);
    InputFile::Opened opened = InputFile::open(path, maxBytes);
    if (!opened.ok()) {
        result.error = opened.error;
        result.missing = opened.missing;
        result.refused = opened.refused;
        return result;
    }
    QFile &file = *opened.file;
    // In pieces, and never more than one piece past the cap, whatever size the file claims
    // (files in /proc say 0); straight into the array, with room after the end for what a
    // parser may read past it (simdjson reads up to 64 bytes on, so it need not copy).
    result.data.reserve(qsizetype(std::clamp<qint64>(file.size(), 0, maxBytes)) + kReadPadding);
    HugePages::advise(result.data.data(), result.data.capacity()); // a large file, fewer faults
    while (true) {
        const qsizetype at = result.data.size();
        const qsizetype room = result.data.capacity() - at - kReadPadding;
        qint64 n = 0;
        if (room > 0) {
            result.data.resize(at + room);
            n = file.read(result.data.data() + at, room);
            result.data.resize(at + std::max<qint64>(n, 0));
        } else { // past the size the file claimed, or at its end
            char buffer[64 * 1024];
            n = file.read(buffer, sizeof buffer);
            if (n > 0)
                result.data.append(buffer, qsizetype(n));
        }
        if (n < 0) {
            result.error = u"cannot read: "_s + file.errorString();
            result.data.clear();
            break;
        }
        if (n == 0)
            break;
        if (result.data.size() > maxBytes) {
            result.error = InputLimits::tooLarge(result.data.size(), maxBytes);
            result.refused = true;
            result.data.clear();
            break;
        }
    }
    return result;
}

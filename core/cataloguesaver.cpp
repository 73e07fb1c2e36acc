#include "cataloguesaver.h"

#include "cataloguewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Where index (as a catalogue at file names it) is.
QString resolved(const QString &file, const QString &index)
{
    if (QDir::isAbsolutePath(index))
        return QDir::cleanPath(index);
    return QDir::cleanPath(QFileInfo(file).absolutePath() + u'/' + index);
}

bool isResource(const QString &path)
{
    return path.startsWith(u':');
}

// The same file, or two files with the same bytes (a copy of the index beside a copy of
// the catalogue finds the same documents).
bool sameFile(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    return fa.size() == fb.size() && fa.readAll() == fb.readAll();
}

} // namespace

QString CatalogueSaver::sourceIndexFor(const Catalogue &catalogue, const QString &readFrom,
                                       const QString &path)
{
    const QString index = catalogue.sourceIndexPath();
    if (index.isEmpty() || readFrom.isEmpty())
        return index;
    const QString original = resolved(readFrom, index);
    if (sameFile(resolved(path, index), original))
        return index;
    if (isResource(original))
        return original;
    return QFileInfo(path).absoluteDir().relativeFilePath(QFileInfo(original).absoluteFilePath());
}

CatalogueSaver::Result CatalogueSaver::save(const Catalogue &catalogue, const QString &readFrom,
                                            const QString &path)
{
    Catalogue placed = catalogue; // shares its data: only the index name may differ
    placed.setSourceIndexPath(sourceIndexFor(catalogue, readFrom, path));
    const QByteArray bytes = CatalogueWriter::write(placed);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, u"cannot write %1: %2"_s.arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return {false, u"cannot write %1: %2"_s.arg(path, reason)};
    }
    if (!file.commit())
        return {false, u"cannot write %1: %2"_s.arg(path, file.errorString())};
    return {true, {}};
}

#include "cataloguesaver.h"

#include "cataloguewriter.h"
#include "fileresolver.h"
#include "sourceindexreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Where reference, as the file at from names it, is under the path rule; empty if refused.
QString located(const QString &from, const QString &reference)
{
    QString why;
    return FileResolver::locate(FileResolver::catalogue(from), reference, &why).path;
}

// Writes bytes to to, unless it holds them already. A different file there is never
// overwritten: it may be the user's.
QString placeFile(const QByteArray &bytes, const QString &to)
{
    if (QFileInfo::exists(to)) {
        if (contents(to) == bytes)
            return {};
        return u"cannot copy the sources to %1: a different file is there already"_s.arg(to);
    }
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return u"cannot create the folder %1"_s.arg(QFileInfo(to).absolutePath());
    return CatalogueSaver::writeFile(to, bytes);
}

QString copyFile(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(from, source.errorString());
    return placeFile(source.readAll(), to);
}

// The source index as the catalogue has it, when its sources were edited (a headline, a
// date …) since the index at original was read; empty when they were not, or when that
// index cannot be read (it is then left alone). An index not there yet (the catalogue had
// none before a document was added) is written whole.
QByteArray editedIndex(const Catalogue &catalogue, const QString &original)
{
    const QByteArray now = CatalogueWriter::writeSourceIndex(catalogue.sources());
    if (!original.startsWith(u':') && !QFileInfo::exists(original))
        return now;
    const SourceIndexReader::Result read = SourceIndexReader::read(original);
    if (!read.readable || CatalogueWriter::writeSourceIndex(read.sources) == now)
        return {};
    return now;
}

// The text of each document added since the index was written, written once beside the
// index at indexPath: a text file that is there already is never rewritten (passages point
// into it). Before the index, so it never names a text that is not there.
QString placeAddedTexts(const Catalogue &catalogue, const QString &indexPath)
{
    for (const SourceInfo &source : catalogue.sources()) {
        const SourceDocument *document = catalogue.document(source.id);
        if (!source.isAddedDocument() || !document)
            continue;
        const QString to = located(indexPath, source.file);
        if (to.isEmpty())
            return u"cannot write the text of %1 (%2): its path leads out of the index's folder"_s
                .arg(source.id, source.file);
        if (QFileInfo::exists(to))
            continue;
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return u"cannot create the folder %1"_s.arg(QFileInfo(to).absolutePath());
        if (QString error = CatalogueSaver::writeFile(to, document->text().toUtf8());
            !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

QString CatalogueSaver::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return u"cannot write %1: %2"_s.arg(path, reason);
    }
    if (!file.commit())
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    return {};
}

CatalogueSaver::Result CatalogueSaver::saveUnplaced(const Catalogue &catalogue,
                                                    const QString &path)
{
    const QString error = writeFile(path, CatalogueWriter::write(catalogue));
    return {error.isEmpty(), error, catalogue.sourceIndexPath()};
}

CatalogueSaver::Result CatalogueSaver::save(const Catalogue &catalogue, const QString &readFrom,
                                            const QString &path)
{
    const QString index = catalogue.sourceIndexPath();
    if (index.isEmpty())
        return saveUnplaced(catalogue, path);
    if (readFrom.isEmpty()) {
        // A new catalogue with documents added: its index and their texts go beside it,
        // never over a different file that is there.
        const QString there = located(path, index);
        const bool added = std::any_of(catalogue.sources().cbegin(), catalogue.sources().cend(),
                                       [](const SourceInfo &s) { return s.isAddedDocument(); });
        if (!added)
            return saveUnplaced(catalogue, path);
        if (there.isEmpty())
            return {false,
                    u"cannot save: the source index %1 is not where %2 may name it"_s.arg(index,
                                                                                       path),
                    {}};
        if (QString error = placeAddedTexts(catalogue, there); !error.isEmpty())
            return {false, error, {}};
        if (QString error =
                placeFile(CatalogueWriter::writeSourceIndex(catalogue.sources()), there);
            !error.isEmpty())
            return {false, error, {}};
        return saveUnplaced(catalogue, path);
    }
    const QString original = located(readFrom, index);
    if (original.isEmpty())
        return {false, u"cannot save: the source index %1 is not where %2 may name it"_s.arg(index, readFrom), {}};

    // The same index (same bytes) where the new file would look for it: keep its name, and
    // write the edited sources there first, so the file never names an index without them.
    const QString there = located(path, index);
    const QByteArray originalBytes = contents(original);
    const QByteArray edited = editedIndex(catalogue, original);
    if (!there.isEmpty() &&
        (QFileInfo(there).absoluteFilePath() == QFileInfo(original).absoluteFilePath() ||
         (QFileInfo::exists(there) && contents(there) == originalBytes))) {
        if (QString error = placeAddedTexts(catalogue, there); !error.isEmpty())
            return {false, error, {}};
        if (!edited.isEmpty()) {
            if (!QDir().mkpath(QFileInfo(there).absolutePath()))
                return {false,
                        u"cannot create the folder %1"_s.arg(QFileInfo(there).absolutePath()),
                        {}};
            if (QString error = writeFile(there, edited); !error.isEmpty())
                return {false, error, {}};
        }
        return saveUnplaced(catalogue, path);
    }

    // Otherwise copy the index and every document it names beside the new file, into a
    // folder of our own only when the folder the user chose exists.
    if (!QFileInfo(path).absoluteDir().exists())
        return {false, u"cannot write %1: the folder does not exist"_s.arg(path), {}};
    const QString folder = QFileInfo(path).completeBaseName() + u"-sources"_s;
    const QString indexName = QFileInfo(original).fileName();
    const QString newIndex = folder + u'/' + indexName;
    const QString base = QFileInfo(path).absolutePath() + u'/';
    if (QString error = edited.isEmpty() ? copyFile(original, base + newIndex)
                                         : placeFile(edited, base + newIndex);
        !error.isEmpty())
        return {false, error, {}};
    for (const SourceInfo &source : catalogue.sources()) {
        const QString document = located(original, source.file);
        const QString copied = located(base + newIndex, source.file);
        if (document.isEmpty() || copied.isEmpty())
            return {false,
                    u"cannot copy the source %1 (%2): its path leads out of the index's folder"_s
                        .arg(source.id, source.file),
                    {}};
        // An added document not saved yet has its text only in memory.
        const SourceDocument *text = catalogue.document(source.id);
        if (source.isAddedDocument() && text && !QFileInfo::exists(document)) {
            if (QString error = placeFile(text->text().toUtf8(), copied); !error.isEmpty())
                return {false, error, {}};
            continue;
        }
        if (QString error = copyFile(document, copied); !error.isEmpty())
            return {false, error, {}};
    }
    Catalogue placed = catalogue; // shares its data: only the index name differs
    placed.setSourceIndexPath(newIndex);
    return saveUnplaced(placed, path);
}

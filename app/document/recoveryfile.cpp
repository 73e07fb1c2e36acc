#include "recoveryfile.h"

#include "cataloguesaver.h"
#include "cataloguewriter.h"
#include "fileresolver.h"
#include "inputlimits.h"
#include "sourceindexreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// A file name for a document path: its hash (an untitled document has one of its own).
QString keyOf(const QString &documentPath)
{
    const QString path = documentPath.isEmpty() || documentPath.startsWith(u':')
                             ? documentPath
                             : QFileInfo(documentPath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(20));
}

} // namespace

RecoveryFile::RecoveryFile(const QString &documentPath)
    : m_documentPath(documentPath), m_base(folder() + u'/' + keyOf(documentPath))
{}

RecoveryFile::~RecoveryFile() = default;

QString RecoveryFile::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryFile::path() const
{
    return m_base + u".json"_s;
}

QString RecoveryFile::sourcesPath() const
{
    return m_base + u".sources().json"_s;
}

QString RecoveryFile::textsPath() const
{
    return m_base + u".texts"_s;
}

QString RecoveryFile::lockPath() const
{
    return m_base + u".lock"_s;
}

bool RecoveryFile::lock()
{
    if (isLocked())
        return true;
    QDir().mkpath(folder());
    auto lock = std::make_unique<QLockFile>(lockPath());
    lock->setStaleLockTime(0); // only a dead process's lock is stale, however old
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

bool RecoveryFile::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

bool RecoveryFile::exists() const
{
    return QFileInfo::exists(path());
}

QDateTime RecoveryFile::savedAt() const
{
    return QFileInfo(path()).lastModified();
}

bool RecoveryFile::write(const Catalogue &catalogue, QString *error)
{
    QDir().mkpath(folder());
    // The source index stays named as the document names it: read() reads it from there.
    const CatalogueSaver::Result saved = CatalogueSaver::saveUnplaced(catalogue, path());
    if (!saved.ok) {
        if (error)
            *error = saved.error;
        return false;
    }
    // The sources beside it, in the index format, so an edit of a source's headline or date
    // is recovered too.
    if (catalogue.sources().isEmpty()) {
        QDir(textsPath()).removeRecursively();
        QFile::remove(sourcesPath());
        return true;
    }
    if (QString written = writeAddedTexts(catalogue); !written.isEmpty()) {
        if (error)
            *error = written;
        return false;
    }
    const QString written = CatalogueSaver::writeFile(
        sourcesPath(), CatalogueWriter::writeSourceIndex(catalogue.sources()));
    if (!written.isEmpty() && error)
        *error = written;
    return written.isEmpty();
}

QString RecoveryFile::writeAddedTexts(const Catalogue &catalogue) const
{
    // Where the document's index is; an untitled document's texts are all unsaved.
    QString why;
    const FileResolver::Location index =
        m_documentPath.isEmpty()
            ? FileResolver::Location{}
            : FileResolver::locate(FileResolver::catalogue(m_documentPath),
                                   catalogue.sourceIndexPath(), &why);
    QStringList kept;
    for (const SourceInfo &source : catalogue.sources()) {
        const SourceDocument *document = catalogue.document(source.id);
        if (!source.isAddedDocument() || !document)
            continue;
        if (!index.path.isEmpty()) {
            const QString saved = FileResolver::locate(index, source.file, &why).path;
            if (!saved.isEmpty() && QFileInfo::exists(saved))
                continue;
        }
        // Named by its hash: one there already holds the same text, so a large document is
        // written once, not at every autosave.
        const QString name = source.sha256 + u".txt"_s;
        kept.append(name);
        if (QFileInfo::exists(textsPath() + u'/' + name))
            continue;
        if (!QDir().mkpath(textsPath()))
            return u"cannot create the folder %1"_s.arg(textsPath());
        const QString written =
            CatalogueSaver::writeFile(textsPath() + u'/' + name, document->text().toUtf8());
        if (!written.isEmpty())
            return written;
    }
    // Texts of documents since undone or saved.
    QDir texts(textsPath());
    for (const QString &name : texts.entryList(QDir::Files)) {
        if (!kept.contains(name))
            texts.remove(name);
    }
    if (kept.isEmpty())
        texts.removeRecursively();
    return {};
}

CatalogueLoadResult RecoveryFile::read() const
{
    // Read as if it were the document, so the index it names is found beside the document.
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogueLoadResult failed;
        failed.problems.append(Problem{path(), 0, 0, file.errorString()});
        return failed;
    }
    // (A CSV document's recovery names no index; read it as the JSON it is.)
    const bool csv = m_documentPath.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const QString as = m_documentPath.isEmpty() || csv ? path() : m_documentPath;
    const QByteArray data = file.readAll();
    if (QDir(textsPath()).exists())
        return readWithAddedTexts(as, data);
    CatalogueLoadResult result = CatalogueLoader::load(as, data, FileResolver());
    QFile sources(sourcesPath());
    if (!result.ok() || result.catalogue.sourceIndexPath().isEmpty() ||
        !sources.open(QIODevice::ReadOnly))
        return result;
    // The edited sources, read as if they stood where the document's index does (their
    // files are named from there).
    QString why;
    const FileResolver::Location index = FileResolver::locate(
        FileResolver::catalogue(as), result.catalogue.sourceIndexPath(), &why);
    if (index.path.isEmpty())
        return result;
    const SourceIndexReader::Result edited =
        SourceIndexReader::parse(index, sources.readAll(), FileResolver());
    if (!edited.readable) {
        result.problems.append(
            Problem{sourcesPath(), 0, 0, u"the edited sources cannot be read"_s});
        return result;
    }
    result.catalogue.setSources(edited.sources);
    return result;
}

CatalogueLoadResult RecoveryFile::readWithAddedTexts(const QString &as,
                                                    const QByteArray &data) const
{
    // Documents were added and not saved: their texts are here, not beside the index. Read
    // the catalogue from a copy in memory of what the saved files will be (the index as
    // edited, each text from disk or from here), so passages into them resolve as on disk.
    QHash<QString, QByteArray> files;
    const QString indexName =
        QJsonDocument::fromJson(data).object().value("sourceIndex"_L1).toString();
    QString why;
    const FileResolver::Location index =
        FileResolver::locate(FileResolver::catalogue(as), indexName, &why);
    QFile sources(sourcesPath());
    if (index.path.isEmpty() || !sources.open(QIODevice::ReadOnly)) {
        CatalogueLoadResult failed;
        failed.problems.append(
            Problem{sourcesPath(), 0, 0, u"the added documents' sources cannot be read"_s});
        return failed;
    }
    const QByteArray sourceBytes = sources.readAll();
    files.insert(index.path, sourceBytes);
    const FileResolver disk;
    const SourceIndexReader::Result listed =
        SourceIndexReader::parse(index, sourceBytes, FileResolver::inMemory({}));
    for (const SourceInfo &source : listed.sources) {
        const FileResolver::Location at = FileResolver::locate(index, source.file, &why);
        if (at.path.isEmpty())
            continue;
        QFile text(textsPath() + u'/' + source.sha256 + u".txt"_s);
        const FileResolver::Read saved = disk.resolve(index, source.file,
                                                      InputLimits::kMaxDocumentBytes);
        if (saved.ok())
            files.insert(at.path, saved.data);
        else if (source.isAddedDocument() && text.open(QIODevice::ReadOnly))
            files.insert(at.path, text.readAll());
    }
    return CatalogueLoader::load(as, data, FileResolver::inMemory(files));
}

void RecoveryFile::remove()
{
    QFile::remove(path());
    QFile::remove(sourcesPath());
    QDir(textsPath()).removeRecursively();
}

#include "recoveryfile.h"

#include "cataloguesaver.h"
#include "cataloguewriter.h"
#include "fileresolver.h"
#include "sourceindexreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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
    return m_base + u".sources.json"_s;
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
        QFile::remove(sourcesPath());
        return true;
    }
    const QString written = CatalogueSaver::writeFile(
        sourcesPath(), CatalogueWriter::writeSourceIndex(catalogue.sources()));
    if (!written.isEmpty() && error)
        *error = written;
    return written.isEmpty();
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
    CatalogueLoadResult result = CatalogueLoader::load(as, file.readAll(), FileResolver());
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

void RecoveryFile::remove()
{
    QFile::remove(path());
    QFile::remove(sourcesPath());
}

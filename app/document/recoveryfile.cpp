#include "recoveryfile.h"

#include "cataloguesaver.h"

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
    const CatalogueSaver::Result saved = CatalogueSaver::save(catalogue, m_documentPath, path());
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

CatalogueLoadResult RecoveryFile::read() const
{
    return CatalogueLoader::load(path());
}

void RecoveryFile::remove()
{
    QFile::remove(path());
}

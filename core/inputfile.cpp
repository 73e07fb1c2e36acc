#include "inputfile.h"

#include "inputlimits.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

InputFile::Opened InputFile::open(const QString &path, qint64 maxBytes)
{
    Opened result;
    auto file = std::make_unique<QFile>();
    if (path.startsWith(u':')) {
        // Compiled into the program.
        file->setFileName(path);
        if (!file->open(QIODevice::ReadOnly)) {
            result.missing = !file->exists();
            result.error = u"cannot read: "_s + file->errorString();
            return result;
        }
    } else {
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            result.missing = errno == ENOENT;
            result.error = u"cannot read: "_s + QString::fromLocal8Bit(std::strerror(errno));
            return result;
        }
        struct stat status;
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            result.error = u"it is not a regular file (a folder, device, pipe or socket)"_s;
            result.refused = true;
            return result;
        }
        if (status.st_size > maxBytes) {
            ::close(fd);
            result.error = InputLimits::tooLarge(status.st_size, maxBytes);
            result.refused = true;
            return result;
        }
        if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            result.error = u"cannot read: "_s + file->errorString();
            return result;
        }
    }
    if (file->size() > maxBytes) {
        result.error = InputLimits::tooLarge(file->size(), maxBytes);
        result.refused = true;
        return result;
    }
    result.file = std::move(file);
    return result;
}

#include "zipreader.h"

#include "inputlimits.h"

#include <zip.h>

using namespace Qt::StringLiterals;

namespace {

QString zipError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// "256 MiB", or bytes when it is not whole mebibytes.
QString size(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return u"%1 MiB"_s.arg(bytes / (1024 * 1024));
    return u"%1 bytes"_s.arg(bytes);
}

} // namespace

ZipReader::ZipReader(const QByteArray &data)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    if (source) {
        m_archive = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!m_archive)
            zip_source_free(source);
    }
    if (!m_archive)
        m_error = u"it is not a readable zip archive ("_s +
                  QString::fromUtf8(zip_error_strerror(&error)).toLower() + u')';
    zip_error_fini(&error);
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes,
                                          QString *error) const
{
    if (!m_archive) {
        *error = m_error;
        return std::nullopt;
    }
    const zip_int64_t index = zip_name_locate(m_archive, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0) {
        *error = u"there is no entry %1"_s.arg(name);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) != 0) {
        *error = u"its entry %1 cannot be read (%2)"_s.arg(
            name, QString::fromUtf8(zip_strerror(m_archive)).toLower());
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *error = u"its entry %1 is encrypted (save the file without a password)"_s.arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_COMP_METHOD) &&
        !zip_compression_method_supported(stat.comp_method, 0)) {
        *error =
            u"its entry %1 is compressed with a method that cannot be read (%2)"_s.arg(name).arg(
                stat.comp_method);
        return std::nullopt;
    }
    // The header's size is only a claim: stop reading at the limit whatever it says.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(maxBytes)) {
        *error = u"its entry %1 is too large: %2"_s.arg(
            name,
            InputLimits::tooLarge(qint64(qMin<zip_uint64_t>(stat.size, 1ULL << 62)), maxBytes));
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = u"its entry %1 cannot be read (%2)"_s.arg(
            name, QString::fromUtf8(zip_strerror(m_archive)).toLower());
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(qMin<zip_uint64_t>(stat.size, 16 * 1024 * 1024)));
    char buffer[64 * 1024];
    while (true) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            *error = u"its entry %1 is damaged (%2)"_s.arg(
                name, QString::fromUtf8(zip_file_strerror(file)).toLower());
            zip_fclose(file);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            *error = u"its entry %1 is too large: it is more than the %2 allowed "
                     "uncompressed"_s.arg(name, size(maxBytes));
            zip_fclose(file);
            return std::nullopt;
        }
        bytes.append(buffer, qsizetype(n));
    }
    const int closed = zip_fclose(file);
    if (closed != 0) {
        *error = u"its entry %1 is damaged (%2)"_s.arg(name, zipError(closed).toLower());
        return std::nullopt;
    }
    return bytes;
}

#include "hugepages.h"

#include <QList>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif
#if defined(__GLIBC__)
#include <gnu/libc-version.h>
#endif

namespace {

constexpr char kTunable[] = "glibc.malloc.hugetlb";

bool sanitized()
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) ||                         \
    __has_feature(memory_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace

void HugePages::advise(void *data, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    const auto [first, last] = wholePages(reinterpret_cast<quintptr>(data), bytes);
    if (first < last) // a failure only means small pages, as without the advice
        madvise(reinterpret_cast<void *>(first), size_t(last - first), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

std::pair<quintptr, quintptr> HugePages::wholePages(quintptr data, qsizetype bytes)
{
    if (bytes <= 0)
        return {data, data};
    const quintptr first = (data + kSize - 1) & ~(kSize - 1);
    const quintptr last = (data + quintptr(bytes)) & ~(kSize - 1);
    return first < last ? std::pair{first, last} : std::pair{first, first};
}

QByteArray HugePages::tunablesForRestart(const QByteArray &tunables, const QByteArray &mode,
                                         const QByteArray &glibcVersion)
{
    if (tunables.contains(kTunable))
        return {}; // set already: by the restart, or by the user
    // "[never]" is the mode chosen; with "[madvise]" or "[always]", memory that is advised
    // gets huge pages.
    if (!mode.contains("[madvise]") && !mode.contains("[always]"))
        return {};
    const QList<QByteArray> parts = glibcVersion.split('.');
    bool majorOk = false, minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    if (!majorOk || !minorOk || major < 2 || (major == 2 && minor < 35))
        return {}; // an older glibc does not know the tunable: a restart would change nothing
    const QByteArray setting = QByteArray(kTunable) + "=1";
    return tunables.isEmpty() ? setting : tunables + ':' + setting;
}

QByteArray HugePages::restartTunables(const QByteArray &tunables)
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    if (sanitized())
        return {}; // a sanitizer's allocator is not glibc's
    if (access("/proc/self/exe", X_OK) != 0)
        return {}; // no /proc (a bare chroot): the program cannot start itself again
    QByteArray mode;
    if (FILE *file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r")) {
        char line[128] = {};
        if (std::fgets(line, sizeof line, file))
            mode = line;
        std::fclose(file);
    }
    return tunablesForRestart(tunables, mode, QByteArray(gnu_get_libc_version()));
#else
    Q_UNUSED(tunables);
    return {};
#endif
}

void HugePages::restartWithHugePageMalloc(char **argv)
{
#if defined(Q_OS_LINUX)
    if (!argv || !argv[0])
        return;
    const QByteArray tunables = restartTunables(qgetenv("GLIBC_TUNABLES"));
    if (tunables.isEmpty() || setenv("GLIBC_TUNABLES", tunables.constData(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Only when the restart failed: go on as the program is, with small pages.
#else
    Q_UNUSED(argv);
#endif
}

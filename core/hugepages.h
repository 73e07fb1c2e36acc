#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <utility>

// Asks the system to back a large buffer that is about to be filled with huge pages (Linux
// transparent huge pages, 2 MiB); elsewhere, or when they are switched off, nothing changes.
// Each 4 KiB page is otherwise faulted in on first touch, and on virtual machines the faults
// for the 25 MB of 100,000 events cost more than reading them.
class HugePages
{
public:
    static constexpr quintptr kSize = quintptr(2) * 1024 * 1024;

    // Advises the whole huge pages inside [data, data + bytes); the ends keep small pages.
    static void advise(void *data, qsizetype bytes);
    // The addresses [first, last) of those whole pages; first == last when there are none.
    static std::pair<quintptr, quintptr> wholePages(quintptr data, qsizetype bytes);

    // Called first in main(): asks the C library to back all that malloc takes from the
    // system with huge pages. glibc (2.35 and later) does that only when its tunable
    // glibc.malloc.hugetlb is set in the environment as the program starts, so the program
    // starts itself again (execv) with it set, once. It returns at once when the tunable is
    // already set (glibc.malloc.hugetlb=0 keeps small pages), when the system offers no huge
    // pages, under a sanitizer, and on other systems; and when the restart fails.
    static void restartWithHugePageMalloc(char **argv);
    // What that restart would set GLIBC_TUNABLES to, given its value now, on this system and
    // in this build (empty: no restart).
    static QByteArray restartTunables(const QByteArray &tunables);
    // Whether that restart is worth making: the value GLIBC_TUNABLES is to have for it
    // (empty: no restart), from the variable as it is, the kernel's huge page mode
    // ("always [madvise] never") and the C library's version ("2.36").
    static QByteArray tunablesForRestart(const QByteArray &tunables, const QByteArray &mode,
                                         const QByteArray &glibcVersion);
};

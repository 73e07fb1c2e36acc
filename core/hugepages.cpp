#include "hugepages.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

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

#pragma once

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
};

#include "bytesearch.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

const char *byMemmem(const char *from, const char *end, QByteArrayView needle)
{
    return static_cast<const char *>(
        memmem(from, size_t(end - from), needle.data(), size_t(needle.size())));
}

} // namespace

const char *ByteSearch::find(const char *from, const char *end, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return from;
    if (end - from < n)
        return nullptr;
    if (n == 1)
        return static_cast<const char *>(std::memchr(from, needle[0], size_t(end - from)));
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[n - 1]);
    const char *p = from;
    // Both loads stay inside the text: the second reads 16 bytes from p + n - 1.
    for (; end - p >= n - 1 + 16; p += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n - 1));
        unsigned mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(p + bit + 1, needle.data() + 1, size_t(n - 2)) == 0)
                return p + bit;
            mask &= mask - 1;
        }
    }
    return byMemmem(p, end, needle); // the last few positions
#else
    return byMemmem(from, end, needle);
#endif
}

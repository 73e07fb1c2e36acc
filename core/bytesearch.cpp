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

qsizetype ByteSearch::count(QByteArrayView text, char byte)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    qsizetype total = 0;
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(byte);
    const __m128i zero = _mm_setzero_si128();
    while (end - p >= 16) {
        // Up to 255 blocks counted in sixteen byte-wide counters (a match is -1, so it is
        // subtracted), then summed before any counter can overflow.
        __m128i counters = zero;
        for (int blocks = 0; blocks < 255 && end - p >= 16; ++blocks, p += 16) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            counters = _mm_sub_epi8(counters, _mm_cmpeq_epi8(block, wanted));
        }
        const __m128i sums = _mm_sad_epu8(counters, zero); // two 64-bit sums of eight
        total += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
#endif
    for (; p < end; ++p)
        total += *p == byte;
    return total;
}

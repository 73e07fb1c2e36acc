// FigureFinder::find on any text: figures are in order, do not overlap, lie inside the text
// and are its words at their offsets; every amount is whole and non-negative, a range rises,
// the step is positive, and the value formats.
#include "figurefinder.h"
#include "fuzzcheck.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<FigureMention> mentions = FigureFinder::find(text);
    // Code point offsets back to UTF-16 indexes, to check the words.
    QList<qsizetype> utf16;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            utf16.append(i);
    }
    utf16.append(text.size());
    qsizetype previousEnd = 0;
    for (const FigureMention &m : mentions) {
        FUZZ_CHECK(m.start >= previousEnd);
        FUZZ_CHECK(m.start < m.end);
        FUZZ_CHECK(m.end < utf16.size());
        const qsizetype begin = utf16[m.start];
        FUZZ_CHECK(text.sliced(begin, utf16[m.end] - begin) == m.text);
        const FigureAmount &f = m.figure;
        FUZZ_CHECK(f.amount >= 0);
        FUZZ_CHECK(f.step >= 1);
        FUZZ_CHECK(!f.amountTo || *f.amountTo > f.amount);
        FUZZ_CHECK(f.qualifier != FigureAmount::Qualifier::About || f.approximate);
        FUZZ_CHECK(!FigureAmount::format(f).isEmpty());
        previousEnd = m.end;
    }
    return 0;
}

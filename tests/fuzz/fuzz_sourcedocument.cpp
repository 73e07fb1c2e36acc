// SourceDocument's UTF-8 check and code point offsets: the check agrees with Qt's decoder, and
// offsets convert both ways for every character.
#include "fuzzcheck.h"
#include "sourcedocument.h"

#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype bad = SourceDocument::firstMalformedUtf8Byte(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    FUZZ_CHECK((bad >= 0) == decoder.hasError());
    FUZZ_CHECK(bad < bytes.size());
    if (bad >= 0)
        FUZZ_CHECK(SourceDocument::firstMalformedUtf8Byte(bytes.left(bad)) == -1);

    QString error;
    const SourceDocument document = SourceDocument::fromUtf8(u"s"_s, u"s.txt"_s, bytes, &error);
    FUZZ_CHECK(document.isValid() == (bad < 0));
    if (!document.isValid()) {
        FUZZ_CHECK(error.contains(u"malformed UTF-8"_s));
        return 0;
    }
    const QString &text = document.text();
    FUZZ_CHECK(document.codePointCount() == text.toUcs4().size());
    qsizetype codePoint = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i).isLowSurrogate())
            continue;
        FUZZ_CHECK(document.toCodePoint(i) == codePoint);
        FUZZ_CHECK(document.toUtf16(codePoint) == i);
        ++codePoint;
    }
    FUZZ_CHECK(document.slice(0, document.codePointCount()) == text);
    return 0;
}

// DocumentImporter on any bytes, PDF above all (poppler-qt6 and the reading order of its
// words): it extracts or refuses with one message naming the file; what it extracts is whole
// text, in paragraphs for every format but plain text (kept as written), in a format it names.
#include "documentimporter.h"
#include "documenttextcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<ExtractedDocument> document =
        DocumentImporter::extract(u"fuzz.pdf"_s, bytes, &error);
    if (!document) {
        FUZZ_CHECK(error.startsWith(u"fuzz.pdf: "_s));
        checkDocumentText(std::nullopt, error);
        return 0;
    }
    static const QStringList formats = {u"text"_s, u"html"_s, u"pdf"_s, u"docx"_s, u"odt"_s};
    FUZZ_CHECK(formats.contains(document->format));
    if (document->format == u"text") {
        // Plain text is kept as written (line ends aside): only whole text is promised.
        FUZZ_CHECK(InputLimits::firstBadCharacter(document->text).isEmpty());
        FUZZ_CHECK(!document->text.contains(u'\r'));
        return 0;
    }
    checkDocumentText(DocumentText{document->text, document->title, document->notes}, error);
    return 0;
}

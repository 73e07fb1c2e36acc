// CSV event lists: the RFC 4180 splitter on its own, then the whole reader. Neither may crash,
// every problem must name the file and a line within it, and messages stay short. Text read
// in pieces (from a source, from a device) must give what the whole text gives.
#include "csvparser.h"
#include "eventlistreader.h"
#include "fuzzcheck.h"
#include "sourcedocument.h"

#include <QBuffer>
#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    CsvParser csv(text);
    QList<QStringView> fields;
    int records = 0;
    int lastLine = 0;
    for (CsvParser::Status status; (status = csv.next(&fields)) != CsvParser::Status::End;) {
        FUZZ_CHECK(csv.line() >= lastLine); // it always moves on
        lastLine = csv.line();
        FUZZ_CHECK(++records <= text.size() + 1);
        if (status == CsvParser::Status::Malformed)
            FUZZ_CHECK(!csv.error().isEmpty());
    }

    // Well-formed UTF-8 read a few bytes at a time gives the records of the whole text.
    if (SourceDocument::firstMalformedUtf8Byte(bytes) < 0) {
        const QString decoded = QStringDecoder(QStringDecoder::Utf8)(bytes);
        CsvParser whole(decoded);
        CsvParser pieces(QByteArrayView(bytes), 1 + qsizetype(size % 7));
        // And from a source that hands over a few bytes at a time, as a file may.
        qsizetype at = 0;
        CsvParser streamed(
            [&](char *into, qsizetype most) -> qsizetype {
                const qsizetype n = std::min({most, 1 + qsizetype(size % 5), bytes.size() - at});
                std::memcpy(into, bytes.constData() + at, size_t(n));
                at += n;
                return n;
            },
            1 + qsizetype(size % 3));
        QList<QStringView> pieceFields;
        QList<QStringView> streamedFields;
        CsvParser::Status status;
        do {
            status = whole.next(&fields);
            FUZZ_CHECK(pieces.next(&pieceFields) == status);
            FUZZ_CHECK(pieces.line() == whole.line());
            FUZZ_CHECK(pieces.error() == whole.error());
            FUZZ_CHECK(pieceFields == fields);
            FUZZ_CHECK(streamed.next(&streamedFields) == status);
            FUZZ_CHECK(streamed.line() == whole.line());
            FUZZ_CHECK(streamed.error() == whole.error());
            FUZZ_CHECK(streamedFields == fields);
        } while (status != CsvParser::Status::End);
        FUZZ_CHECK(!streamed.failed());
    }

    const CatalogueLoadResult result = EventListReader::readCsv(bytes, u"fuzz.csv"_s);
    // Read from a device, as a file is opened, it gives the same.
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    const CatalogueLoadResult fromDevice = EventListReader::readCsv(&device, u"fuzz.csv"_s);
    FUZZ_CHECK(fromDevice.problems.size() == result.problems.size());
    for (qsizetype i = 0; i < result.problems.size(); ++i)
        FUZZ_CHECK(fromDevice.problems.at(i).toString() == result.problems.at(i).toString());
    FUZZ_CHECK(fromDevice.catalogue.events().size() == result.catalogue.events().size());
    const int lines = int(bytes.count('\n')) + 1;
    for (const Problem &problem : result.problems) {
        FUZZ_CHECK(problem.file == u"fuzz.csv"_s);
        FUZZ_CHECK(problem.line >= 0 && problem.line <= lines);
        FUZZ_CHECK(!problem.message.isEmpty() && problem.message.size() < 1000);
    }
    return 0;
}

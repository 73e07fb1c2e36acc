// civic-timeline-dates-bench [SEEDS_DIR]
//
// Date-mention extraction throughput: the five seed documents (seeds/*.txt) concatenated, over
// and over, until the text is at least 20 MB, then DateMentionFinder::find over the whole of
// it with a document date, three times. Prints
//   bytes=… mentions=… best_ms=… mb_per_s=… (and the same for DocumentDate::find)
// MB is 10^6 bytes of UTF-8 input; the best of three runs counts (wall-clock).
#include "datementionfinder.h"
#include "documentdate.h"
#include "hugepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <limits>

int main(int argc, char **argv)
{
    HugePages::restartWithHugePageMalloc(argv); // as the application does
    QCoreApplication app(argc, argv);
    const QString folder =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(CIVIC_SOURCE_DIR "/seeds");
    const QDir dir(folder);
    QByteArray seeds;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        seeds += file.readAll() + "\n\n";
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seeds/*.txt in %s\n", qPrintable(folder));
        return 1;
    }
    QByteArray bytes;
    while (bytes.size() < 20 * 1000 * 1000)
        bytes += seeds;
    const QString text = QString::fromUtf8(bytes);
    const EventDate documentDate = EventDate::parse(u"10 April 2018");

    auto measure = [&](const char *what, auto run) {
        qint64 best = std::numeric_limits<qint64>::max();
        qsizetype count = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            count = run();
            best = std::min(best, timer.elapsed());
        }
        const double mbPerS = best > 0 ? (bytes.size() / 1e6) / (best / 1000.0) : 0;
        std::printf("%s bytes=%lld mentions=%lld best_ms=%lld mb_per_s=%.1f\n", what,
                    qint64(bytes.size()), qint64(count), best, mbPerS);
    };
    measure("find", [&] { return DateMentionFinder::find(text, documentDate).size(); });
    measure("document-date", [&] { return qsizetype(DocumentDate::find(text).date.isValid()); });
    return 0;
}

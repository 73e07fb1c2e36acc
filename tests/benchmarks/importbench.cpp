// civic-timeline-import-bench [PAGES]: writes a report PDF of PAGES pages (200), two columns
// under a full-width heading on each page, with QPdfWriter into a temporary folder, then
// times DocumentImporter::extractFile on it (the best of three runs, each reading the file),
// and prints one line:
//   pages=200 bytes=… write_ms=… extract_ms=… pages_per_s=… chars=…
// The target is under 3 s for 200 pages.
#include "documentimporter.h"
#include "hugepages.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList kWords = {
    u"council"_s,  u"budget"_s,   u"adult"_s,       u"social"_s,   u"care"_s,     u"services"_s,
    u"funding"_s,  u"2019/20"_s,  u"the"_s,         u"board"_s,    u"agreed"_s,   u"that"_s,
    u"health"_s,   u"and"_s,      u"wellbeing"_s,   u"of"_s,       u"residents"_s, u"in"_s,
    u"March"_s,    u"plan"_s,     u"transformation"_s, u"for"_s,   u"with"_s,     u"savings"_s};

void writeReport(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setTitle(u"Benchmark report"_s);
    QPainter painter(&writer);
    QFont heading(u"DejaVu Sans"_s);
    heading.setPixelSize(16);
    QFont body(u"DejaVu Sans"_s);
    body.setPixelSize(9);
    quint32 seed = 1;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(heading);
        painter.drawText(QPointF(50, 60), u"Section %1: budget monitoring 2019/20"_s.arg(p + 1));
        painter.setFont(body);
        for (int column = 0; column < 2; ++column) {
            double y = 90;
            for (int line = 0; line < 62; ++line, y += 11.5) {
                if (next() % 9 == 0) {
                    y += 6; // a paragraph gap
                    continue;
                }
                QString text;
                while (text.size() < 42)
                    text += kWords[next() % kWords.size()] + u' ';
                painter.drawText(QPointF(50 + column * 260, y), text.trimmed());
            }
        }
        painter.drawText(QPointF(280, 820), u"Page %1"_s.arg(p + 1));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::restartWithHugePageMalloc(argv); // as the application does
    QGuiApplication app(argc, argv);
    const int pages = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    if (pages <= 0) {
        std::fprintf(stderr, "usage: civic-timeline-import-bench [PAGES]\n");
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return 1;
    }
    const QString path = dir.filePath(u"report.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    writeReport(path, pages);
    const double writeMs = timer.nsecsElapsed() / 1e6;

    double best = -1;
    qsizetype chars = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        QString error;
        const std::optional<ExtractedDocument> document =
            DocumentImporter::extractFile(path, &error);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        chars = document->text.size();
        if (best < 0 || ms < best)
            best = ms;
    }
    std::printf("pages=%d bytes=%lld write_ms=%.0f extract_ms=%.0f pages_per_s=%.0f chars=%lld\n",
                pages, QFileInfo(path).size(), writeMs, best, pages / (best / 1000.0),
                qlonglong(chars));
    return 0;
}

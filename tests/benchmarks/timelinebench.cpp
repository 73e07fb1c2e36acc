// civic-timeline-bench FILE...
//
// For each file (any the application opens), in a process of its own so that peak memory is
// its own, prints
//   N=… shape=… load_ms=… full_ms=… year_ms=… week_ms=… zoom_ms=… pan_ms=… peak_mb=… [extras]
// shape:    what kind of file it is, from its name (README.md): events_N.SHAPE.json gives
//           SHAPE, events_N.csv "csv" and events_N.json "generator"
// load_ms:  loading the file as the application does (CatalogueLoader: reading, parsing, for
//           a catalogue its source index, documents and quotes) and indexing it for drawing
// full_ms, year_ms, week_ms: the median full repaint of a 1600x900 image (layout for a new
//           range, then paint) at the whole span, a one-year and a one-week window
// zoom_ms:  the median of 20 steps zooming in by 1.25 around the centre from the whole span
// pan_ms:   the median of 20 steps panning by 10% of a one-year window
// peak_mb:  the process's peak resident memory (VmHWM)
// Extras: index_ms (the part of load_ms spent indexing for drawing), pan_month_ms (panning a
// one-month window, where labels are stacked) and cached_ms (a repaint that keeps the layout,
// as when the pointer hovers), edit_ms (the median of 20 date edits of one event through the
// document's undo stack, each moving it a month: the catalogue re-ordered and re-numbered
// where it changed) and edit_views_ms (the same edit followed by what the timeline does on a
// change: the drawing index follows the event's move, and the one-year window is repainted),
// search_ms (the median time to make the shown-events mask for a search typed one letter at a
// time, "c" to "council": what one keystroke in the search box costs before any repaint) and
// search_first_ms (the first of those keystrokes, which also lays out the catalogue's search
// text), read_peak_mb (the peak once the file is loaded, before anything else) and held_mb
// (the resident memory then: the loaded events, with Qt).
// Times are wall-clock. With --cpu-time they are the thread's CPU time instead, which a busy
// machine disturbs less (the repaints are single-threaded).

#include "benchshape.h"
#include "catalogueloader.h"
#include "eventfilter.h"
#include "eventmasks.h"
#include "hugepages.h"
#include "timelinedocument.h"
#include "timelinerenderer.h"
#include "timelinezoom.h"
#include "timescale.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWidth = 1600;
constexpr int kHeight = 900;
constexpr int kRepeats = 21;
constexpr int kSteps = 20;

bool useCpuTime = false;

// Milliseconds on the chosen clock.
double now()
{
    timespec ts;
    clock_gettime(useCpuTime ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// A figure of /proc/self/status in MB: VmHWM (the peak) or VmRSS (now).
double statusMegabytes(const char *field = "VmHWM:")
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() /
                   1024.0;
    }
    return 0;
}

double peakMegabytes()
{
    return statusMegabytes();
}

class Bench
{
public:
    explicit Bench(TimelineRenderer &renderer)
        : m_renderer(renderer), m_image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied)
    {}

    // One full repaint, as the widget does it: a painter, the layout, the drawing.
    double repaint(qint64 start, qint64 end)
    {
        const double began = now();
        QPainter painter(&m_image);
        m_renderer.paint(&painter, m_renderer.layout(m_image.rect(), start, end));
        painter.end();
        return now() - began;
    }

    // The median repaint of a window of span around centre. Each repaint is a new range (one
    // millisecond on), so that the layout is computed every time.
    double window(qint64 centre, qint64 span)
    {
        std::vector<double> times;
        for (int i = 0; i < kRepeats; ++i)
            times.push_back(repaint(centre - span / 2 + i, centre + span / 2 + i));
        return median(times);
    }

    double steps(TimelineZoom &zoom, const std::function<void()> &step)
    {
        std::vector<double> times;
        for (int i = 0; i < kSteps; ++i) {
            step();
            times.push_back(repaint(zoom.rangeStart(), zoom.rangeEnd()));
        }
        return median(times);
    }

private:
    TimelineRenderer &m_renderer;
    QImage m_image;
};

int runOne(const QString &path)
{
    const double began = now();
    CatalogueLoadResult loaded = CatalogueLoader::load(path);
    const double readPeakMb = peakMegabytes();
    const double heldMb = statusMegabytes("VmRSS:");
    for (const Problem &problem : loaded.problems.mid(0, 5))
        std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
    if (loaded.problems.size() > 5)
        std::fprintf(stderr, "%s: %lld problems in all\n", qPrintable(path),
                     qlonglong(loaded.problems.size()));
    // As the window opens a file: the document takes the only copy of the events (so that an
    // edit changes them in place), then the timeline indexes them, once.
    TimelineDocument document;
    document.reset(loaded.catalogue, path);
    loaded.catalogue = Catalogue();
    TimelineRenderer renderer;
    renderer.setTheme(TimelineTheme::screen(QPalette()));
    const double indexing = now();
    renderer.setCatalogue(&document.catalogue());
    const double indexMs = now() - indexing;
    const double loadMs = now() - began;

    Bench bench(renderer);
    const auto [first, last] = renderer.fullRange();
    const qint64 centre = first + (last - first) / 2;
    const qint64 day = TimeScale::kDay;
    bench.repaint(first, last); // the first paint loads fonts and glyphs: not counted

    const double fullMs = bench.window(centre, last - first);
    const double yearMs = bench.window(centre, 365 * day);
    const double weekMs = bench.window(centre, 7 * day);

    TimelineZoom zoom;
    zoom.setRange(first, last);
    const double zoomMs = bench.steps(zoom, [&] { zoom.zoomAround(centre, 1 / 1.25); });
    zoom.setRange(centre - 365 * day / 2, centre + 365 * day / 2);
    const double panMs = bench.steps(zoom, [&] { zoom.pan(zoom.rangeSpan() / 10); });
    zoom.setRange(centre - 15 * day, centre + 15 * day);
    const double panMonthMs = bench.steps(zoom, [&] { zoom.pan(zoom.rangeSpan() / 10); });
    std::vector<double> cached;
    for (int i = 0; i < kRepeats; ++i)
        cached.push_back(bench.repaint(zoom.rangeStart(), zoom.rangeEnd()));

    // Edits of the event in the middle, a month later each time.
    const qsizetype eventCount = document.catalogue().events().size();
    Catalogue::EventMove move;
    QObject::connect(&document, &TimelineDocument::changed, [&move](const CatalogueChange &change) {
        move = change.moves.value(0);
    });
    std::vector<double> edits, editsWithViews;
    for (int i = 0; i < kSteps && !document.catalogue().events().isEmpty(); ++i) {
        const qsizetype middle = document.catalogue().events().size() / 2;
        TimelineEvent event = document.catalogue().events().at(middle);
        const QDate later = event.date.first().addMonths(1);
        event.date = EventDate::fromDays(later, later);
        const double editBegan = now();
        document.changeEvent(event, EventField::Date);
        edits.push_back(now() - editBegan);
        renderer.followMove(move.from, move.to); // as the timeline follows an edit
        bench.repaint(centre - 365 * day / 2, centre + 365 * day / 2);
        editsWithViews.push_back(now() - editBegan);
    }

    // A search typed a letter at a time: each keystroke makes the mask again.
    std::vector<double> searches;
    const QString word = u"council"_s;
    for (qsizetype letters = 1; letters <= word.size(); ++letters) {
        EventFilter filter;
        filter.text = word.left(letters);
        const double searchBegan = now();
        const QBitArray shown = EventMasks::visible(document.catalogue(), filter);
        searches.push_back(now() - searchBegan);
    }

    std::printf("N=%lld shape=%s load_ms=%.1f full_ms=%.2f year_ms=%.2f week_ms=%.2f zoom_ms=%.2f "
                "pan_ms=%.2f peak_mb=%.1f index_ms=%.1f pan_month_ms=%.2f cached_ms=%.2f "
                "edit_ms=%.2f edit_views_ms=%.2f search_ms=%.2f search_first_ms=%.2f read_peak_mb=%.1f "
                "held_mb=%.1f\n",
                qlonglong(eventCount), qPrintable(benchShape(path)), loadMs,
                fullMs, yearMs, weekMs, zoomMs, panMs, peakMegabytes(), indexMs, panMonthMs,
                median(cached), median(edits), median(editsWithViews), median(searches),
                searches.empty() ? 0.0 : searches.front(), readPeakMb, heldMb);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::restartWithHugePageMalloc(argv); // as the application does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    useCpuTime = files.removeAll(u"--cpu-time"_s) > 0;
    if (files.size() == 2 && files.first() == u"--one"_s)
        return runOne(files.last());
    if (files.isEmpty()) {
        std::fprintf(stderr,
                     "usage: civic-timeline-bench [--cpu-time] FILE...\n"
                     "  (make them with python3 shared/bench/gen_events.py N events_N.json\n"
                     "  and tests/benchmarks/make_variants.py events_N.json DIR)\n");
        return 2;
    }
    int status = 0;
    for (const QString &file : std::as_const(files)) {
        // A process per file, so that each peak memory figure is that file's alone.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList arguments{u"--one"_s, file};
        if (useCpuTime)
            arguments.prepend(u"--cpu-time"_s);
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0)
            status = 1;
    }
    return status;
}

// civic-timeline-window-bench [FILE...]
//
// What the officer waits for in the window itself, with every pane open (offscreen):
//   startup_ms   constructing the window on the built-in story until its first paint is done
// and for each event list given, after it is shown:
//   N=… shape=… open_ms=… edit_window_ms=… search_window_ms=…
// open_ms:          handing the loaded catalogue to the window and painting the timeline
// edit_window_ms:   the median of 20 date edits of the middle event through the document's
//                   undo stack, each moving it a month, until every view has followed (list,
//                   source pane, reader, timeline, overview) and the timeline is repainted
// search_window_ms: the median time of one keystroke in the search, "c" to "council": the
//                   filter applied to every view and the timeline repainted
// Times are wall-clock on the machine it runs on; run it with nothing else busy.

#include "benchshape.h"
#include "catalogueloader.h"
#include "filterbar.h"
#include "hugepages.h"
#include "timelinedocument.h"
#include "timelineviews.h"
#include "timelinewidget.h"
#include "viewerwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSteps = 20;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

TimelineWidget *timelineOf(ViewerWindow &window)
{
    return window.timelineViews()->timeline();
}

void measureFile(ViewerWindow &window, const QString &path)
{
    CatalogueLoadResult loaded = CatalogueLoader::load(path);
    if (!loaded.ok()) {
        for (const Problem &problem : loaded.problems.mid(0, 5))
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    window.setCatalogue(loaded.catalogue, path);
    timelineOf(window)->repaint();
    const double openMs = elapsedMs(timer);

    std::vector<double> edits;
    TimelineDocument *document = window.document();
    for (int i = 0; i < kSteps && !document->catalogue().events().isEmpty(); ++i) {
        const qsizetype middle = document->catalogue().events().size() / 2;
        TimelineEvent event = document->catalogue().events().at(middle);
        const QDate later = event.date.first().addMonths(1);
        event.date = EventDate::fromDays(later, later);
        timer.restart();
        document->changeEvent(event, EventField::Date);
        timelineOf(window)->repaint();
        edits.push_back(elapsedMs(timer));
        QCoreApplication::processEvents(); // what was queued is not counted
    }

    std::vector<double> searches;
    const QString word = u"council"_s;
    QLineEdit *search = window.filterBar()->searchField();
    for (qsizetype letters = 1; letters <= word.size(); ++letters) {
        search->setText(word.left(letters));
        timer.restart();
        emit search->returnPressed(); // at once, not after the pause typing waits for
        timelineOf(window)->repaint();
        searches.push_back(elapsedMs(timer));
        QCoreApplication::processEvents();
    }
    search->clear();
    emit search->returnPressed();

    std::printf("N=%lld shape=%s open_ms=%.1f edit_window_ms=%.2f search_window_ms=%.2f\n",
                qlonglong(document->catalogue().events().size()), qPrintable(benchShape(path)),
                openMs, median(edits), median(searches));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::restartWithHugePageMalloc(argv); // as the application does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("CIVIC_NO_ANIMATIONS", "1");
    QApplication app(argc, argv);
    // A settings file of its own, so the officer's session is neither read nor written.
    QCoreApplication::setOrganizationName(u"civic-timeline-bench"_s);

    QElapsedTimer timer;
    timer.start();
    ViewerWindow window;
    window.openBuiltInStory();
    window.resize(1600, 900);
    window.show();
    timelineOf(window)->repaint();
    std::printf("startup_ms=%.1f\n", elapsedMs(timer));
    std::fflush(stdout);

    for (int i = 1; i < argc; ++i)
        measureFile(window, QString::fromLocal8Bit(argv[i]));
    return 0; // the window goes without asking: nothing here closes it
}

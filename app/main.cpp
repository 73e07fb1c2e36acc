#include "applicationidentity.h"
#include "catalogueargument.h"
#include "checkaction.h"
#include "commandline.h"

#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextStream>

namespace {

int runHeadless(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}

// A stand-in until the timeline window lands: the events in a table.
int runWindow(QApplication &app, const CommandLine &commandLine)
{
    const CommandLineOptions options = commandLine.parse(QCoreApplication::arguments());
    const CatalogueLoadResult loaded = CatalogueArgument::load(options);
    if (!loaded.ok()) {
        QTextStream err(stderr);
        CheckAction::writeProblems(loaded.problems, err);
    }
    const Catalogue &catalogue = loaded.catalogue;

    QMainWindow window;
    window.setWindowTitle(catalogue.title());
    auto *table = new QTableWidget(int(catalogue.events().size()), 3, &window);
    table->setHorizontalHeaderLabels({QCoreApplication::translate("EventListWindow", "Date"),
                                      QCoreApplication::translate("EventListWindow", "Title"),
                                      QCoreApplication::translate("EventListWindow", "Lane")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < catalogue.events().size(); ++row) {
        const TimelineEvent &event = catalogue.events().at(row);
        const Lane *lane = catalogue.lane(event.laneId);
        table->setItem(row, 0, new QTableWidgetItem(event.date.label()));
        table->setItem(row, 1, new QTableWidgetItem(event.title));
        table->setItem(row, 2, new QTableWidgetItem(lane ? lane->name : event.laneId));
    }
    table->resizeColumnsToContents();
    window.setCentralWidget(table);
    window.statusBar()->showMessage(
        loaded.ok() ? QCoreApplication::translate("EventListWindow", "Events: %1")
                          .arg(catalogue.events().size())
                    : QCoreApplication::translate("EventListWindow",
                                                  "Problems: %1; run with --check to list them")
                          .arg(loaded.problems.size()));
    window.resize(900, 600);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    ApplicationIdentity::apply();
    const CommandLine commandLine;
    // Decided before the application object exists: only the window may need a display.
    switch (commandLine.applicationKind(CommandLine::arguments(argc, argv))) {
    case ApplicationKind::Core: {
        QCoreApplication app(argc, argv);
        return runHeadless(commandLine);
    }
    case ApplicationKind::Gui: {
        // Rendering needs fonts, not a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runHeadless(commandLine);
    }
    case ApplicationKind::Widgets:
        break;
    }
    QApplication app(argc, argv);
    return runWindow(app, commandLine);
}

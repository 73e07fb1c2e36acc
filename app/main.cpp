#include "appinfo.h"
#include "applicationidentity.h"
#include "commandline.h"
#include "exitcode.h"
#include "figuresexport.h"
#include "hugepages.h"
#include "registeredactions.h"
#include "viewerwindow.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <new>

using namespace Qt::StringLiterals;

namespace {

int runHeadless(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}

// The window: the file named on the command line, else the last session (the built-in
// story the first time).
int runWindow(QApplication &app, const CommandLine &commandLine)
{
    QTranslator translator;
    if (translator.load(QLocale(), u"civic-timeline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QGuiApplication::setDesktopFileName(AppInfo::applicationIdString());
    QApplication::setWindowIcon(AppInfo::current().icon);

    const CommandLineOptions options = commandLine.parse(QCoreApplication::arguments());
    ViewerWindow window;
    const QStringList files = options.positionalArguments();
    if (files.isEmpty())
        window.restoreSession();
    else if (!window.openFile(files.constFirst()))
        window.openBuiltInStory();
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    HugePages::restartWithHugePageMalloc(argv); // before anything is allocated
    ApplicationIdentity::apply();
    const FiguresExport figures; // the window's chart, for --with-figures
    const CommandLine commandLine(registeredActions(&figures));
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
    case ApplicationKind::OffscreenWidgets: {
        // Qt Charts draws with Widgets; still no screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return runHeadless(commandLine);
    }
    case ApplicationKind::Widgets:
        break;
    }
    QApplication app(argc, argv);
    try {
        return runWindow(app, commandLine);
    } catch (const std::bad_alloc &) {
        // Saves go through QSaveFile and edits are autosaved a few seconds after they stop:
        // the next start offers them back.
        QTextStream(stderr) << ApplicationIdentity::name() << u": "_s
                            << QCoreApplication::translate(
                                   "main", "out of memory; unsaved edits are offered back from "
                                           "the recovery file at the next start")
                            << Qt::endl;
        return ExitCode::Failure;
    }
}

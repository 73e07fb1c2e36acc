#pragma once

// The application object a run needs, decided before one exists: text-only actions must
// work without a display, rendering needs fonts, and only the window needs Widgets.
enum class ApplicationKind {
    Core,    // QCoreApplication: help, version, usage errors, --list-events, --check
    Gui,     // QGuiApplication on an offscreen platform: actions that render (export)
    OffscreenWidgets, // QApplication on an offscreen platform: an export with the Figures
                      // chart, which Qt Charts draws with Widgets
    Widgets, // QApplication: the window
};

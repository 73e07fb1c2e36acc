#pragma once

#include <QObject>

class MainWindow;

// File > Import…, and what File > Open does with a spreadsheet that is not one of our own
// files: reads it (CSV, TSV, XLSX, ODS), lets the officer map its columns in ImportDialog (or
// takes the mapping remembered for the file), and imports the rows as one undoable step into
// the open timeline, or opens them as a new timeline. Import also takes any other file the
// loader reads (TimelineJS, our event lists and catalogues without passages, …) and adds
// its events the same way.
class ImportActions : public QObject
{
    Q_OBJECT
public:
    explicit ImportActions(MainWindow *window);

    enum class Target {
        OpenTimeline, // one "Import … Events" step on the open document
        NewTimeline,  // a new document, read from the spreadsheet (Save As makes a catalogue)
    };
    enum class Mode {
        Ask,        // the dialog, with the remembered mapping or the guess
        Remembered, // the remembered mapping without asking; nothing when there is none
    };

    // Asks for a file; imports into the open timeline when it can be edited, else opens the
    // rows as a new timeline (the built-in story is read-only).
    void showImportDialog();
    // False when nothing was imported: cancelled, unreadable (the problems are shown), or
    // no row could be read. Into the open timeline, a file that is not a foreign
    // spreadsheet is read by the loader.
    bool importFile(const QString &path, Target target, Mode mode = Mode::Ask);

    // Whether a file the loader refused is a spreadsheet to map, rather than one of the
    // loader's own files with a mistake in it: an XLSX or ODS workbook, a TSV file, or a CSV
    // file that is not one of the loader's event lists (id, start, title and optionally end,
    // group, category): our listing's CSV is one to map, which the guess reads back.
    static bool isForeignSpreadsheet(const QString &path);

private:
    bool importTimeline(const QString &path);

    MainWindow *m_window;
};

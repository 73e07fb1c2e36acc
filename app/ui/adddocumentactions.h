#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class MainWindow;
class QAction;
class QMimeData;

// File > Add Document…, and documents dropped on the window: extracts each file's text
// (DocumentImporter), adds it to the open timeline as a new source (one undoable "Add Document
// “…”" step, TimelineDocument::addDocument), then shows it in the document reader and opens
// the sources dialog on it, for its headline, publisher, kind and date. A file that cannot be
// added gets one message box naming it and what is wrong, and nothing is added.
class AddDocumentActions : public QObject
{
    Q_OBJECT
public:
    explicit AddDocumentActions(MainWindow *window);

    QAction *addDocumentAction() const { return m_action; }
    // The file dialog's filter: "Documents (*.txt *.html *.htm *.pdf *.docx *.odt);;All files (*)".
    static QString fileFilter();
    // Whether a drag carries files with the suffixes the filter names.
    static QStringList documentPaths(const QMimeData *mime);

    // Asks for a file (QFileDialog, or the chooser set), then addFiles(); the menu action's.
    void showAddDocumentDialog();
    // What asks for the file: a test gives a function returning the path (empty: cancelled).
    void setFileChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }
    // Adds each file; returns how many sources were added. Problems are shown together in one
    // message box ("addDocumentProblems"), a changed file's note in another ("addDocumentNote").
    int addFiles(const QStringList &paths);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMessage(const QString &objectName, const QString &title, const QStringList &lines,
                     bool warning);
    void showSource(const QString &sourceId);

    MainWindow *m_window;
    QAction *m_action;
    std::function<QString()> m_chooser;
};

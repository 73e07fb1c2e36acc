#pragma once

#include <utility>

class QAction;
class QObject;
class QUndoStack;

// Undo and Redo for a document's history, named after the next command and with the same
// keys everywhere (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y): the window's Edit menu and each editing
// dialog, so Ctrl+Z works in a dialog as in the window.
class HistoryActions
{
public:
    // The two actions, owned by parent.
    static std::pair<QAction *, QAction *> create(QUndoStack *stack, QObject *parent);
};

#include "historyactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

std::pair<QAction *, QAction *> HistoryActions::create(QUndoStack *stack, QObject *parent)
{
    QAction *undo =
        stack->createUndoAction(parent, QCoreApplication::translate("HistoryActions", "&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo =
        stack->createRedoAction(parent, QCoreApplication::translate("HistoryActions", "&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    return {undo, redo};
}

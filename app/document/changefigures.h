#pragma once

#include "figure.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's figures (add, change or remove figures: the text says which).
class ChangeFigures : public QUndoCommand
{
public:
    ChangeFigures(TimelineDocument *document, const QList<Figure> &figures, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Figure> m_before;
    QList<Figure> m_after;
};

#pragma once

#include "actor.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's actors (add, rename, reorder or delete actors: the text says which).
class ChangeActors : public QUndoCommand
{
public:
    ChangeActors(TimelineDocument *document, const QList<Actor> &actors, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Actor> m_before;
    QList<Actor> m_after;
};

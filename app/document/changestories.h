#pragma once

#include "story.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's stories (add, rename, reorder or delete storys: the text says which).
class ChangeStories : public QUndoCommand
{
public:
    ChangeStories(TimelineDocument *document, const QList<Story> &stories, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Story> m_before;
    QList<Story> m_after;
};

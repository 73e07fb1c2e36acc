#pragma once

#include "tag.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's tags (add, rename, reorder or delete tags: the text says which).
class ChangeTags : public QUndoCommand
{
public:
    ChangeTags(TimelineDocument *document, const QList<Tag> &tags, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Tag> m_before;
    QList<Tag> m_after;
};

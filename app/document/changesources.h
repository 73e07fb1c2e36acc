#pragma once

#include "sourceinfo.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's sources (add, rename, reorder or delete sources: the text says which).
class ChangeSources : public QUndoCommand
{
public:
    ChangeSources(TimelineDocument *document, const QList<SourceInfo> &sources,
                  const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<SourceInfo> m_before;
    QList<SourceInfo> m_after;
};

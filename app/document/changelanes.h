#pragma once

#include "lane.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Replaces the catalogue's lanes (add, rename, reorder or delete lanes: the text says which).
class ChangeLanes : public QUndoCommand
{
public:
    ChangeLanes(TimelineDocument *document, const QList<Lane> &lanes, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Lane> m_before;
    QList<Lane> m_after;
};

#pragma once

#include "importmerge.h"

#include <QUndoCommand>

class TimelineDocument;

// Imports a spreadsheet's (or another tool's) events into the open catalogue as one step:
// the lanes, actors, tags and sources they bring, then the events; undo takes them all away.
class ImportEvents : public QUndoCommand
{
public:
    ImportEvents(TimelineDocument *document, const MergedImport &merged, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    MergedImport m_after;
    QList<Lane> m_lanesBefore;
    QList<Actor> m_actorsBefore;
    QList<Tag> m_tagsBefore;
    QList<SourceInfo> m_sourcesBefore;
};

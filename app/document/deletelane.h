#pragma once

#include "lane.h"
#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Deletes a lane, moving its events to another lane first: one step, so undo brings the lane
// back and every event that was in it.
class DeleteLane : public QUndoCommand
{
public:
    DeleteLane(TimelineDocument *document, const QString &laneId, const QString &toLaneId,
               const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Lane> m_lanesBefore;
    QList<Lane> m_lanesAfter;
    QList<TimelineEvent> m_eventsBefore; // the lane's events as they were
    QList<TimelineEvent> m_eventsAfter;  // the same events in the other lane
};

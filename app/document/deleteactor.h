#pragma once

#include "actor.h"
#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Deletes an actor, taking it off every event that names it first: one step, so undo
// brings the actor back on each of those events.
class DeleteActor : public QUndoCommand
{
public:
    DeleteActor(TimelineDocument *document, const QString &actorId, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Actor> m_actorsBefore;
    QList<Actor> m_actorsAfter;
    QList<TimelineEvent> m_eventsBefore; // the events that named it, as they were
    QList<TimelineEvent> m_eventsAfter;  // the same events without it
};

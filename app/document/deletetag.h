#pragma once

#include "tag.h"
#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Deletes a tag, taking it off every event that names it first: one step, so undo
// brings the tag back on each of those events.
class DeleteTag : public QUndoCommand
{
public:
    DeleteTag(TimelineDocument *document, const QString &tagId, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<Tag> m_tagsBefore;
    QList<Tag> m_tagsAfter;
    QList<TimelineEvent> m_eventsBefore; // the events that named it, as they were
    QList<TimelineEvent> m_eventsAfter;  // the same events without it
};

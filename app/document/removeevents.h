#pragma once

#include "story.h"
#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Deletes events ("Delete Event", "Cut 3 Events"); undo puts them back, in their stories too.
class RemoveEvents : public QUndoCommand
{
public:
    RemoveEvents(TimelineDocument *document, const QStringList &ids, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QStringList m_ids;
    QList<TimelineEvent> m_events; // as they were
    QList<Story> m_stories;        // before the events left them
};

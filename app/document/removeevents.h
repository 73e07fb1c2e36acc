#pragma once

#include "figure.h"
#include "story.h"
#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Deletes events ("Delete Event", "Cut 3 Events"); undo puts them back, in their stories and
// with their figures too.
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
    QList<Figure> m_figures;       // before the events' figures went with them
};

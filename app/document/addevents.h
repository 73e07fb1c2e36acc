#pragma once

#include "timelineevent.h"

#include <QList>
#include <QUndoCommand>

class TimelineDocument;

// Adds events with ids no event has ("Insert Event", "Paste 3 Events", "Duplicate Event").
class AddEvents : public QUndoCommand
{
public:
    AddEvents(TimelineDocument *document, const QList<TimelineEvent> &events, const QString &text);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    QList<TimelineEvent> m_events;
};

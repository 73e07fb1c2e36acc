#pragma once

#include "eventfield.h"
#include "timelineevent.h"

#include <QUndoCommand>

class TimelineDocument;

// Sets one field of an event ("Change Date of “…”", or the text given). Consecutive changes
// of the same field of the same event merge, so typing in a field is one step of the
// history; passages never merge, since each passage edit is an action of its own.
class ChangeEvent : public QUndoCommand
{
public:
    ChangeEvent(TimelineDocument *document, const TimelineEvent &before, const TimelineEvent &after,
                EventField field, const QString &text = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    static QString nameOf(EventField field, const QString &title);

private:
    TimelineDocument *m_document;
    TimelineEvent m_before;
    TimelineEvent m_after;
    EventField m_field;
};

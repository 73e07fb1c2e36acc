#include "addevents.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

AddEvents::AddEvents(TimelineDocument *document, const QList<TimelineEvent> &events,
                     const QString &text)
    : m_document(document), m_events(events)
{
    setText(text);
}

void AddEvents::undo()
{
    QStringList ids;
    for (const TimelineEvent &event : std::as_const(m_events))
        ids.append(event.id);
    m_document->applyEdit(
        [&](Catalogue &catalogue) { return CatalogueEdit::removeEvents(catalogue, ids); });
}

void AddEvents::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::addEvents(catalogue, m_events); });
}

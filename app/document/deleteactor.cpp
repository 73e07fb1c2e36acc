#include "deleteactor.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

DeleteActor::DeleteActor(TimelineDocument *document, const QString &actorId, const QString &text)
    : m_document(document), m_actorsBefore(document->catalogue().actors()),
      m_actorsAfter(CatalogueEdit::actorsWithout(document->catalogue(), actorId)),
      m_eventsAfter(CatalogueEdit::eventsWithoutActor(document->catalogue(), actorId))
{
    for (const TimelineEvent &event : std::as_const(m_eventsAfter))
        m_eventsBefore.append(*document->catalogue().event(event.id));
    setText(text);
}

// The events let go of it before it goes and name it again after it is restored, so no view
// sees an event naming a actor that is not there.
void DeleteActor::undo()
{
    m_document->applyEdit([this](Catalogue &catalogue) {
        return CatalogueEdit::setActors(catalogue, m_actorsBefore);
    });
    if (!m_eventsBefore.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsBefore);
        });
    }
}

void DeleteActor::redo()
{
    if (!m_eventsAfter.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsAfter);
        });
    }
    m_document->applyEdit([this](Catalogue &catalogue) {
        return CatalogueEdit::setActors(catalogue, m_actorsAfter);
    });
}

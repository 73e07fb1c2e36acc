#include "deletelane.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

DeleteLane::DeleteLane(TimelineDocument *document, const QString &laneId, const QString &toLaneId,
                       const QString &text)
    : m_document(document), m_lanesBefore(document->catalogue().lanes()),
      m_lanesAfter(CatalogueEdit::lanesWithout(document->catalogue(), laneId)),
      m_eventsAfter(CatalogueEdit::eventsMovedToLane(document->catalogue(), laneId, toLaneId))
{
    for (const TimelineEvent &event : std::as_const(m_eventsAfter))
        m_eventsBefore.append(*document->catalogue().event(event.id));
    setText(text);
}

// The events leave the lane before it goes and come back after it is restored, so no view
// sees an event in a lane that is not there.
void DeleteLane::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setLanes(catalogue, m_lanesBefore); });
    if (!m_eventsBefore.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsBefore);
        });
    }
}

void DeleteLane::redo()
{
    if (!m_eventsAfter.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsAfter);
        });
    }
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setLanes(catalogue, m_lanesAfter); });
}

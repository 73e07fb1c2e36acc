#include "importevents.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ImportEvents::ImportEvents(TimelineDocument *document, const MergedImport &merged,
                           const QString &text)
    : m_document(document), m_after(merged), m_lanesBefore(document->catalogue().lanes()),
      m_actorsBefore(document->catalogue().actors()), m_tagsBefore(document->catalogue().tags()),
      m_sourcesBefore(document->catalogue().sources())
{
    setText(text);
}

// The items come before the events and go after them, so no view sees an event in a lane
// that is not there.
void ImportEvents::redo()
{
    if (m_after.addedLanes > 0)
        m_document->applyEdit(
            [this](Catalogue &catalogue) { return CatalogueEdit::setLanes(catalogue, m_after.lanes); });
    if (m_after.addedActors > 0)
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setActors(catalogue, m_after.actors);
        });
    if (m_after.addedTags > 0)
        m_document->applyEdit(
            [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_after.tags); });
    if (m_after.sources.size() != m_sourcesBefore.size())
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setSources(catalogue, m_after.sources);
        });
    m_document->applyEdit([this](Catalogue &catalogue) {
        return CatalogueEdit::addEvents(catalogue, m_after.events);
    });
}

void ImportEvents::undo()
{
    QStringList ids;
    for (const TimelineEvent &event : std::as_const(m_after.events))
        ids.append(event.id);
    m_document->applyEdit(
        [&](Catalogue &catalogue) { return CatalogueEdit::removeEvents(catalogue, ids); });
    if (m_after.sources.size() != m_sourcesBefore.size())
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setSources(catalogue, m_sourcesBefore);
        });
    if (m_after.addedTags > 0)
        m_document->applyEdit(
            [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_tagsBefore); });
    if (m_after.addedActors > 0)
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setActors(catalogue, m_actorsBefore);
        });
    if (m_after.addedLanes > 0)
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setLanes(catalogue, m_lanesBefore);
        });
}

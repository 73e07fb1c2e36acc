#include "deletetag.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

DeleteTag::DeleteTag(TimelineDocument *document, const QString &tagId, const QString &text)
    : m_document(document), m_tagsBefore(document->catalogue().tags()),
      m_tagsAfter(CatalogueEdit::tagsWithout(document->catalogue(), tagId)),
      m_eventsAfter(CatalogueEdit::eventsWithoutTag(document->catalogue(), tagId))
{
    for (const TimelineEvent &event : std::as_const(m_eventsAfter))
        m_eventsBefore.append(*document->catalogue().event(event.id));
    setText(text);
}

// The events let go of it before it goes and name it again after it is restored, so no view
// sees an event naming a tag that is not there.
void DeleteTag::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_tagsBefore); });
    if (!m_eventsBefore.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsBefore);
        });
    }
}

void DeleteTag::redo()
{
    if (!m_eventsAfter.isEmpty()) {
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::replaceEvents(catalogue, m_eventsAfter);
        });
    }
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_tagsAfter); });
}

#include "changelanes.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeLanes::ChangeLanes(TimelineDocument *document, const QList<Lane> &lanes, const QString &text)
    : m_document(document), m_before(document->catalogue().lanes()), m_after(lanes)
{
    setText(text);
}

void ChangeLanes::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setLanes(catalogue, m_before); });
}

void ChangeLanes::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setLanes(catalogue, m_after); });
}

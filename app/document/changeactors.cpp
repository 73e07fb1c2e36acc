#include "changeactors.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeActors::ChangeActors(TimelineDocument *document, const QList<Actor> &actors,
                           const QString &text)
    : m_document(document), m_before(document->catalogue().actors()), m_after(actors)
{
    setText(text);
}

void ChangeActors::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setActors(catalogue, m_before); });
}

void ChangeActors::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setActors(catalogue, m_after); });
}

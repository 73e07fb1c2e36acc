#include "changetags.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeTags::ChangeTags(TimelineDocument *document, const QList<Tag> &tags, const QString &text)
    : m_document(document), m_before(document->catalogue().tags()), m_after(tags)
{
    setText(text);
}

void ChangeTags::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_before); });
}

void ChangeTags::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setTags(catalogue, m_after); });
}

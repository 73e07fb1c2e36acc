#include "changestories.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeStories::ChangeStories(TimelineDocument *document, const QList<Story> &stories,
                             const QString &text)
    : m_document(document), m_before(document->catalogue().stories()), m_after(stories)
{
    setText(text);
}

void ChangeStories::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setStories(catalogue, m_before); });
}

void ChangeStories::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setStories(catalogue, m_after); });
}

#include "changesources.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeSources::ChangeSources(TimelineDocument *document, const QList<SourceInfo> &sources,
                             const QString &text)
    : m_document(document), m_before(document->catalogue().sources()), m_after(sources)
{
    setText(text);
}

void ChangeSources::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setSources(catalogue, m_before); });
}

void ChangeSources::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setSources(catalogue, m_after); });
}

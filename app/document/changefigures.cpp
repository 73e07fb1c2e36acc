#include "changefigures.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

ChangeFigures::ChangeFigures(TimelineDocument *document, const QList<Figure> &figures,
                             const QString &text)
    : m_document(document), m_before(document->catalogue().figures()), m_after(figures)
{
    setText(text);
}

void ChangeFigures::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setFigures(catalogue, m_before); });
}

void ChangeFigures::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::setFigures(catalogue, m_after); });
}

#include "adddocument.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

#include <QCoreApplication>

AddDocument::AddDocument(TimelineDocument *document, const SourceInfo &source,
                         const SourceDocument &text, const QString &sourceIndexPath)
    : m_document(document), m_source(source), m_text(text),
      m_indexBefore(document->catalogue().sourceIndexPath()), m_indexAfter(sourceIndexPath)
{
    setText(QCoreApplication::translate("AddDocument", "Add Document \u201C%1\u201D")
                .arg(source.title));
}

void AddDocument::undo()
{
    m_document->applyEdit([this](Catalogue &catalogue) {
        const CatalogueChange change = CatalogueEdit::removeSource(catalogue, m_source.id);
        catalogue.setSourceIndexPath(m_indexBefore);
        return change;
    });
}

void AddDocument::redo()
{
    m_document->applyEdit([this](Catalogue &catalogue) {
        catalogue.setSourceIndexPath(m_indexAfter);
        return CatalogueEdit::addSource(catalogue, m_source, m_text);
    });
}

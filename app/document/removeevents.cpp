#include "removeevents.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

RemoveEvents::RemoveEvents(TimelineDocument *document, const QStringList &ids, const QString &text)
    : m_document(document), m_stories(document->catalogue().stories()),
      m_figures(document->catalogue().figures())
{
    setText(text);
    for (const QString &id : ids) {
        if (const TimelineEvent *event = document->catalogue().event(id)) {
            m_ids.append(id);
            m_events.append(*event);
        }
    }
}

void RemoveEvents::undo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::addEvents(catalogue, m_events); });
    if (m_document->catalogue().stories().size() != m_stories.size() ||
        !std::equal(m_stories.cbegin(), m_stories.cend(),
                    m_document->catalogue().stories().cbegin(),
                    [](const Story &a, const Story &b) { return a.eventIds == b.eventIds; }))
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setStories(catalogue, m_stories);
        });
    if (m_document->catalogue().figures().size() != m_figures.size())
        m_document->applyEdit([this](Catalogue &catalogue) {
            return CatalogueEdit::setFigures(catalogue, m_figures);
        });
}

void RemoveEvents::redo()
{
    m_document->applyEdit(
        [this](Catalogue &catalogue) { return CatalogueEdit::removeEvents(catalogue, m_ids); });
}

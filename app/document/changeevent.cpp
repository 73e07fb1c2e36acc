#include "changeevent.h"

#include "catalogueedit.h"
#include "timelinedocument.h"

#include <QCoreApplication>

ChangeEvent::ChangeEvent(TimelineDocument *document, const TimelineEvent &before,
                         const TimelineEvent &after, EventField field, const QString &text)
    : m_document(document), m_before(before), m_after(after), m_field(field)
{
    setText(text.isEmpty() ? nameOf(field, before.title) : text);
}

QString ChangeEvent::nameOf(EventField field, const QString &title)
{
    const char *text = "Change Event \u201C%1\u201D";
    switch (field) {
    case EventField::Title:
        text = "Change Title of \u201C%1\u201D";
        break;
    case EventField::Summary:
        text = "Change Summary of \u201C%1\u201D";
        break;
    case EventField::Date:
        text = "Change Date of \u201C%1\u201D";
        break;
    case EventField::DateBasis:
        text = "Change Date Basis of \u201C%1\u201D";
        break;
    case EventField::Lane:
        text = "Change Lane of \u201C%1\u201D";
        break;
    case EventField::Actors:
        text = "Change Actors of \u201C%1\u201D";
        break;
    case EventField::Tags:
        text = "Change Tags of \u201C%1\u201D";
        break;
    case EventField::Passages:
        text = "Change Passages of \u201C%1\u201D";
        break;
    case EventField::Several:
        break;
    }
    return QCoreApplication::translate("UndoCommands", text).arg(title);
}

void ChangeEvent::undo()
{
    m_document->applyEdit([this](Catalogue &catalogue) {
        return CatalogueEdit::replaceEvents(catalogue, {m_before});
    });
}

void ChangeEvent::redo()
{
    m_document->applyEdit([this](Catalogue &catalogue) {
        return CatalogueEdit::replaceEvents(catalogue, {m_after});
    });
}

int ChangeEvent::id() const
{
    return 1;
}

bool ChangeEvent::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeEvent *>(other);
    if (next->m_document != m_document || next->m_after.id != m_after.id ||
        next->m_field != m_field || m_field == EventField::Passages)
        return false;
    m_after = next->m_after;
    return true;
}

#include "presentationcontroller.h"

#include "catalogue.h"
#include "story.h"

#include <algorithm>

PresentationController::PresentationController(QObject *parent) : QObject(parent) {}

void PresentationController::setEvents(const Catalogue &catalogue, const QBitArray &visible)
{
    // Catalogue::events() is in date order already.
    QList<int> sequence;
    const int count = int(catalogue.events().size());
    for (int i = 0; i < count; ++i) {
        if (visible.isEmpty() || (i < visible.size() && visible.testBit(i)))
            sequence.append(i);
    }
    m_problems.clear();
    reset(sequence);
}

void PresentationController::setStory(const Catalogue &catalogue, const Story &story)
{
    QList<int> sequence;
    m_problems.clear();
    for (const QString &id : story.eventIds) {
        const int index = catalogue.eventIndex(id);
        if (index < 0) {
            m_problems.append(tr("Story \u201C%1\u201D names an event that is not in the "
                                 "catalogue, \u201C%2\u201D; it is left out.")
                                  .arg(story.title, id));
            continue;
        }
        sequence.append(index);
    }
    reset(sequence);
}

void PresentationController::reset(const QList<int> &sequence)
{
    m_sequence = sequence;
    m_position = m_sequence.isEmpty() ? -1 : 0;
    emit sequenceChanged();
    emit currentChanged(m_position, currentEvent());
}

int PresentationController::currentEvent() const
{
    return m_position < 0 ? -1 : m_sequence.at(m_position);
}

QString PresentationController::progressText() const
{
    return tr("%1 / %2").arg(m_position + 1).arg(m_sequence.size());
}

bool PresentationController::next()
{
    return move(m_position + 1);
}

bool PresentationController::previous()
{
    return move(m_position - 1);
}

bool PresentationController::first()
{
    return move(0);
}

bool PresentationController::last()
{
    return move(count() - 1);
}

bool PresentationController::goTo(int position)
{
    return move(position);
}

void PresentationController::startAt(int eventIndex)
{
    const int position = positionOf(eventIndex);
    move(position >= 0 ? position : 0);
}

bool PresentationController::move(int position)
{
    if (m_blanked) {
        setBlanked(false);
        return true;
    }
    if (m_sequence.isEmpty())
        return false;
    position = std::clamp(position, 0, count() - 1);
    if (position == m_position)
        return false;
    m_position = position;
    emit currentChanged(m_position, currentEvent());
    return true;
}

void PresentationController::setBlanked(bool blanked)
{
    if (blanked == m_blanked)
        return;
    m_blanked = blanked;
    emit blankedChanged(m_blanked);
}

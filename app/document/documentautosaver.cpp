#include "documentautosaver.h"

#include "recoveryfile.h"
#include "timelinedocument.h"

#include <QUndoStack>

DocumentAutosaver::DocumentAutosaver(TimelineDocument *document, int delayMs)
    : QObject(document), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DocumentAutosaver::writeNow);
    // After each step of the history (changed() comes before the stack counts the step).
    connect(document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document->isModified())
            m_timer.start();
    });
    connect(document, &TimelineDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            if (m_recovery->isLocked())
                m_recovery->remove(); // saved, or back to what is on disk
        }
    });
    connect(document, &TimelineDocument::fileChanged, this, &DocumentAutosaver::followFile);
    followFile();
}

DocumentAutosaver::~DocumentAutosaver() = default;

void DocumentAutosaver::followFile()
{
    if (m_recovery && m_recovery->documentPath() == m_document->filePath())
        return;
    // Leaving a document with nothing unsaved (Save As, or a clean open) leaves nothing.
    if (m_recovery && m_recovery->isLocked() && !m_document->isModified())
        m_recovery->remove();
    m_timer.stop();
    m_recovery = std::make_unique<RecoveryFile>(m_document->filePath());
    m_recovery->lock();
}

void DocumentAutosaver::writeNow()
{
    // Without the lock another running instance owns the recovery file: never over it.
    if (!m_document->isModified() || !m_recovery->isLocked())
        return;
    QString error;
    if (!m_recovery->write(m_document->catalogue(), &error))
        emit failed(error);
}

void DocumentAutosaver::discard()
{
    m_timer.stop();
    if (m_recovery->isLocked())
        m_recovery->remove();
}

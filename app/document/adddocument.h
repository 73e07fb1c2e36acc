#pragma once

#include "sourcedocument.h"
#include "sourceinfo.h"

#include <QUndoCommand>

class TimelineDocument;

// "Add Document “<title>”": a source made from a document the user added, with its text.
// Undo removes both (and gives back the catalogue's source index name when adding made one);
// redo adds them again, under the same id, so passages made after it still find it.
class AddDocument : public QUndoCommand
{
public:
    AddDocument(TimelineDocument *document, const SourceInfo &source, const SourceDocument &text,
                const QString &sourceIndexPath);

    void undo() override;
    void redo() override;

private:
    TimelineDocument *m_document;
    SourceInfo m_source;
    SourceDocument m_text;
    QString m_indexBefore;
    QString m_indexAfter;
};

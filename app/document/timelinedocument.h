#pragma once

#include "catalogue.h"
#include "cataloguechange.h"
#include "eventfield.h"
#include "newdocumentsource.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QUndoStack;

// The open timeline as an editable document (as Tiled's MapDocument): it owns the Catalogue,
// the file it came from, the undo stack and the clean state, and tells views what changed
// with one typed signal. Every edit an officer makes is a command on undoStack(); the
// commands change the catalogue through applyEdit(), never directly.
class TimelineDocument : public QObject
{
    Q_OBJECT
public:
    explicit TimelineDocument(QObject *parent = nullptr);
    ~TimelineDocument() override;

    const Catalogue &catalogue() const { return m_catalogue; }
    // The file it was read from (CatalogueLoader::builtInPath() for the built-in story), or
    // empty for a new document.
    QString filePath() const { return m_filePath; }
    // The built-in story opens read-only: it can be saved only elsewhere (Save As).
    bool isReadOnly() const;
    // Read from a catalogue file that Save may overwrite (not an event list or listing,
    // which Save As turns into a catalogue, leaving the original alone).
    bool canSaveInPlace() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Starts over with another catalogue read from path; forgets the history.
    void reset(const Catalogue &catalogue, const QString &path);
    // After reset() with a state recovered after a crash: modified until saved.
    void markUnsaved();

    // --- Edits, each one undoable command ---
    // Sets one field of the event with after.id (after holds the whole event).
    void changeEvent(const TimelineEvent &after, EventField field);
    // Sets the passages of an event, one step worded by the caller ("Remove Passage from
    // “…”"); the passages are made by PassageEdit, so the file saved loads again.
    void changePassages(const QString &eventId, const QList<SourceLink> &passages,
                        const QString &commandText);
    // Adds events under new ids where theirs are taken; returns the ids they got.
    QStringList addEvents(QList<TimelineEvent> events, const QString &commandText);
    // Imports another file's events with the lanes, actors, tags and sources they name (joined
    // by name to those the catalogue has), as one step; events without a lane go into
    // fallbackLane. Returns the ids the events got.
    QStringList importEvents(const Catalogue &imported, const QString &fallbackLane,
                             const QString &commandText);
    void removeEvents(const QStringList &ids, const QString &commandText);
    QStringList duplicateEvents(const QStringList &ids);
    void setLanes(const QList<Lane> &lanes, const QString &commandText);
    void setActors(const QList<Actor> &actors, const QString &commandText);
    void setTags(const QList<Tag> &tags, const QString &commandText);
    void setStories(const QList<Story> &stories, const QString &commandText);
    // Lanes, actors and tags: add under a new id made from the name (returned), rename (the
    // name only; ids stay) and delete, in use or not. Deleting a lane in use moves its events
    // to toLaneId, another lane; an actor or tag in use is taken off its events. Either is one
    // step. Add returns the new id (empty for an empty name); the others return false, doing
    // nothing, for an unknown id, an empty or unchanged name, or a lane in use with nowhere
    // to move its events.
    QString addLane(const QString &name);
    QString addActor(const QString &name);
    QString addTag(const QString &name);
    bool renameLane(const QString &laneId, const QString &name);
    bool renameActor(const QString &actorId, const QString &name);
    bool renameTag(const QString &tagId, const QString &name);
    bool deleteLane(const QString &laneId, const QString &toLaneId = {});
    bool deleteActor(const QString &actorId);
    bool deleteTag(const QString &tagId);
    void setSources(const QList<SourceInfo> &sources, const QString &commandText);
    // Adds a document's extracted text as a new source ("Add Document “…”", one step), unless
    // the same file with the same text was added already, or it is refused; a changed file is
    // added as a new source beside the old one. The result says which (message() for the
    // user) and, when added, the new source's id (source.id).
    NewDocumentSource addDocument(const NewDocumentSource::Text &text,
                                  const QDate &today = QDate::currentDate());
    // Adds, changes or removes figures (the whole new list): one undoable step.
    void setFigures(const QList<Figure> &figures, const QString &commandText);

    // For the undo commands: runs one plain edit (CatalogueEdit) and emits changed().
    void applyEdit(const std::function<CatalogueChange(Catalogue &)> &edit);

    // --- Saving ---
    struct SaveResult
    {
        enum Status { Saved, ChangedOnDisk, Failed } status = Failed;
        QString error; // why, when Failed
    };
    // Writes the catalogue to path. Over the file it was read from, a file changed on disk
    // since then is not overwritten (ChangedOnDisk) unless overwriteChanged. On failure
    // nothing changes: the document stays modified and the old file whole.
    SaveResult save(const QString &path, bool overwriteChanged = false);
    // The file it was read from was changed (or removed) by something else since.
    bool changedOnDisk() const;

signals:
    void changed(const CatalogueChange &change);
    void modifiedChanged(bool modified);
    // filePath() or isReadOnly() changed (a load, or Save As).
    void fileChanged();

private:
    void rememberDiskState();

    Catalogue m_catalogue;
    QString m_filePath;
    bool m_catalogueFile = false;
    QUndoStack *m_undoStack = nullptr;
    QDateTime m_diskModified;
    qint64 m_diskSize = -1;
};

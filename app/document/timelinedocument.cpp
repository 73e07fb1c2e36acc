#include "timelinedocument.h"

#include "adddocument.h"
#include "addevents.h"
#include "catalogueedit.h"
#include "catalogueloader.h"
#include "cataloguesaver.h"
#include "changeactors.h"
#include "changeevent.h"
#include "changefigures.h"
#include "changelanes.h"
#include "changesources.h"
#include "changestories.h"
#include "changetags.h"
#include "deleteactor.h"
#include "deletelane.h"
#include "deletetag.h"
#include "importevents.h"
#include "importmerge.h"
#include "removeevents.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

using namespace Qt::StringLiterals;

TimelineDocument::TimelineDocument(QObject *parent)
    : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

TimelineDocument::~TimelineDocument()
{
    // The stack clears itself as it goes, emitting indexChanged() and cleanChanged(); by the
    // time QObject deletes it with the other children this is no longer a TimelineDocument,
    // so whoever listens (the autosaver) must not hear it.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
    m_undoStack = nullptr;
}

bool TimelineDocument::isReadOnly() const
{
    return m_filePath.startsWith(u':');
}

bool TimelineDocument::canSaveInPlace() const
{
    return m_catalogueFile && !isReadOnly();
}

namespace {

// A catalogue names its source index and lanes near its top; event lists and listings do not.
bool isCatalogueFile(const QString &path)
{
    if (path.isEmpty() || path.endsWith(".csv"_L1, Qt::CaseInsensitive))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    return head.contains("\"sourceIndex\"") || head.contains("\"lanes\"");
}

} // namespace

bool TimelineDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void TimelineDocument::reset(const Catalogue &catalogue, const QString &path)
{
    m_undoStack->clear(); // emits modifiedChanged(false) if there were unsaved edits
    m_catalogue = catalogue;
    m_filePath = path;
    m_catalogueFile = isCatalogueFile(path);
    rememberDiskState();
    emit changed(CatalogueChange{});
    emit fileChanged();
}

void TimelineDocument::markUnsaved()
{
    m_undoStack->resetClean(); // no step of the history is what is on disk
}

void TimelineDocument::applyEdit(const std::function<CatalogueChange(Catalogue &)> &edit)
{
    const CatalogueChange change = edit(m_catalogue);
    emit changed(change);
}

void TimelineDocument::changeEvent(const TimelineEvent &after, EventField field)
{
    const TimelineEvent *before = m_catalogue.event(after.id);
    if (!before)
        return;
    m_undoStack->push(new ChangeEvent(this, *before, after, field));
}

void TimelineDocument::changePassages(const QString &eventId, const QList<SourceLink> &passages,
                                      const QString &commandText)
{
    const TimelineEvent *before = m_catalogue.event(eventId);
    if (!before)
        return;
    TimelineEvent after = *before;
    after.setSources(passages);
    m_undoStack->push(new ChangeEvent(this, *before, after, EventField::Passages, commandText));
}

QStringList TimelineDocument::addEvents(QList<TimelineEvent> events, const QString &commandText)
{
    QStringList ids;
    QSet<QString> taken;
    for (TimelineEvent &event : events) {
        QString id = CatalogueEdit::unusedEventId(m_catalogue, event.id);
        for (int n = 2; taken.contains(id); ++n)
            id = CatalogueEdit::unusedEventId(m_catalogue, event.id + u'-' + QString::number(n));
        event.id = id;
        taken.insert(id);
        ids.append(id);
    }
    if (!events.isEmpty())
        m_undoStack->push(new AddEvents(this, events, commandText));
    return ids;
}

QStringList TimelineDocument::importEvents(const Catalogue &imported, const QString &fallbackLane,
                                           const QString &commandText)
{
    const MergedImport merged = ImportMerge::merge(m_catalogue, imported, fallbackLane);
    QStringList ids;
    for (const TimelineEvent &event : merged.events)
        ids.append(event.id);
    if (!ids.isEmpty())
        m_undoStack->push(new ImportEvents(this, merged, commandText));
    return ids;
}

void TimelineDocument::removeEvents(const QStringList &ids, const QString &commandText)
{
    if (!ids.isEmpty())
        m_undoStack->push(new RemoveEvents(this, ids, commandText));
}

QStringList TimelineDocument::duplicateEvents(const QStringList &ids)
{
    QList<TimelineEvent> copies;
    for (const QString &id : ids) {
        if (const TimelineEvent *event = m_catalogue.event(id))
            copies.append(*event);
    }
    const QString text = copies.size() == 1
                             ? tr("Duplicate \u201C%1\u201D").arg(copies.constFirst().title)
                             : tr("Duplicate %n Events", nullptr, int(copies.size()));
    return addEvents(copies, text);
}

void TimelineDocument::setLanes(const QList<Lane> &lanes, const QString &commandText)
{
    m_undoStack->push(new ChangeLanes(this, lanes, commandText));
}

void TimelineDocument::setActors(const QList<Actor> &actors, const QString &commandText)
{
    m_undoStack->push(new ChangeActors(this, actors, commandText));
}

void TimelineDocument::setTags(const QList<Tag> &tags, const QString &commandText)
{
    m_undoStack->push(new ChangeTags(this, tags, commandText));
}

void TimelineDocument::setStories(const QList<Story> &stories, const QString &commandText)
{
    m_undoStack->push(new ChangeStories(this, stories, commandText));
}

namespace {

template <typename T> QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

template <typename T> const T *find(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QString TimelineDocument::addLane(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QList<Lane> lanes = m_catalogue.lanes();
    const QString id = CatalogueEdit::newItemId(trimmed, idsOf(lanes));
    lanes.append({id, trimmed, {}});
    setLanes(lanes, tr("Add Lane \u201C%1\u201D").arg(trimmed));
    return id;
}

QString TimelineDocument::addActor(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QList<Actor> actors = m_catalogue.actors();
    const QString id = CatalogueEdit::newItemId(trimmed, idsOf(actors));
    actors.append({id, trimmed, u"organisation"_s, {}, {}, {}});
    setActors(actors, tr("Add Actor \u201C%1\u201D").arg(trimmed));
    return id;
}

QString TimelineDocument::addTag(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    QList<Tag> tags = m_catalogue.tags();
    const QString id = CatalogueEdit::newItemId(trimmed, idsOf(tags));
    tags.append({id, trimmed});
    setTags(tags, tr("Add Tag \u201C%1\u201D").arg(trimmed));
    return id;
}

bool TimelineDocument::renameLane(const QString &laneId, const QString &name)
{
    const Lane *lane = find(m_catalogue.lanes(), laneId);
    const QString trimmed = name.trimmed();
    if (!lane || trimmed.isEmpty() || trimmed == lane->name)
        return false;
    setLanes(CatalogueEdit::lanesRenamed(m_catalogue, laneId, trimmed),
             tr("Rename Lane \u201C%1\u201D").arg(lane->name));
    return true;
}

bool TimelineDocument::renameActor(const QString &actorId, const QString &name)
{
    const Actor *actor = find(m_catalogue.actors(), actorId);
    const QString trimmed = name.trimmed();
    if (!actor || trimmed.isEmpty() || trimmed == actor->name)
        return false;
    setActors(CatalogueEdit::actorsRenamed(m_catalogue, actorId, trimmed),
              tr("Rename Actor \u201C%1\u201D").arg(actor->name));
    return true;
}

bool TimelineDocument::renameTag(const QString &tagId, const QString &name)
{
    const Tag *tag = find(m_catalogue.tags(), tagId);
    const QString trimmed = name.trimmed();
    if (!tag || trimmed.isEmpty() || trimmed == tag->name)
        return false;
    setTags(CatalogueEdit::tagsRenamed(m_catalogue, tagId, trimmed),
            tr("Rename Tag \u201C%1\u201D").arg(tag->name));
    return true;
}

bool TimelineDocument::deleteLane(const QString &laneId, const QString &toLaneId)
{
    const Lane *lane = find(m_catalogue.lanes(), laneId);
    if (!lane)
        return false;
    const bool inUse = !CatalogueEdit::eventsInLane(m_catalogue, laneId).isEmpty();
    if (inUse && (toLaneId == laneId || !find(m_catalogue.lanes(), toLaneId)))
        return false;
    m_undoStack->push(
        new DeleteLane(this, laneId, toLaneId, tr("Delete Lane \u201C%1\u201D").arg(lane->name)));
    return true;
}

bool TimelineDocument::deleteActor(const QString &actorId)
{
    const Actor *actor = find(m_catalogue.actors(), actorId);
    if (!actor)
        return false;
    m_undoStack->push(
        new DeleteActor(this, actorId, tr("Delete Actor \u201C%1\u201D").arg(actor->name)));
    return true;
}

bool TimelineDocument::deleteTag(const QString &tagId)
{
    const Tag *tag = find(m_catalogue.tags(), tagId);
    if (!tag)
        return false;
    m_undoStack->push(new DeleteTag(this, tagId, tr("Delete Tag \u201C%1\u201D").arg(tag->name)));
    return true;
}

void TimelineDocument::setSources(const QList<SourceInfo> &sources, const QString &commandText)
{
    m_undoStack->push(new ChangeSources(this, sources, commandText));
}

NewDocumentSource TimelineDocument::addDocument(const NewDocumentSource::Text &text,
                                                const QDate &today)
{
    NewDocumentSource added = NewDocumentSource::make(m_catalogue, m_filePath, text, today);
    if (added.match == NewDocumentSource::Match::New ||
        added.match == NewDocumentSource::Match::ChangedSinceAdded)
        m_undoStack->push(
            new AddDocument(this, added.source, added.document, added.sourceIndexPath));
    return added;
}

void TimelineDocument::setFigures(const QList<Figure> &figures, const QString &commandText)
{
    m_undoStack->push(new ChangeFigures(this, figures, commandText));
}

void TimelineDocument::rememberDiskState()
{
    const QFileInfo info(m_filePath);
    m_diskModified = info.exists() ? info.lastModified() : QDateTime();
    m_diskSize = info.exists() ? info.size() : -1;
}

bool TimelineDocument::changedOnDisk() const
{
    if (m_filePath.isEmpty() || isReadOnly())
        return false;
    QFileInfo info(m_filePath);
    info.refresh();
    if (!info.exists())
        return m_diskSize >= 0;
    return info.lastModified() != m_diskModified || info.size() != m_diskSize;
}

TimelineDocument::SaveResult TimelineDocument::save(const QString &path, bool overwriteChanged)
{
    const bool inPlace =
        QFileInfo(path).absoluteFilePath() == QFileInfo(m_filePath).absoluteFilePath();
    if (path.startsWith(u':'))
        return {SaveResult::Failed, tr("the built-in story cannot be overwritten; use Save As")};
    if (inPlace && !overwriteChanged && changedOnDisk())
        return {SaveResult::ChangedOnDisk, {}};
    const CatalogueSaver::Result saved = CatalogueSaver::save(m_catalogue, m_filePath, path);
    if (!saved.ok)
        return {SaveResult::Failed, saved.error};
    if (!inPlace) {
        // Read back as it was written: the source index as the new file names it.
        m_catalogue.setSourceIndexPath(saved.sourceIndex);
        m_filePath = path;
        m_catalogueFile = true;
    }
    rememberDiskState();
    m_undoStack->setClean();
    if (!inPlace)
        emit fileChanged();
    return {SaveResult::Saved, {}};
}

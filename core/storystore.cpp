#include "storystore.h"

#include "catalogue.h"
#include "fileresolver.h"
#include "inputlimits.h"
#include "jsonfile.h"
#include "jsonobjectreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <new>

using namespace Qt::StringLiterals;

namespace {

const QString kSuffix = u".stories.json"_s;

// The byte offset where a 1-based line starts; -1 past the end.
qsizetype lineStart(const QByteArray &data, int line)
{
    qsizetype offset = 0;
    for (int l = 1; l < line; ++l) {
        offset = data.indexOf('\n', offset);
        if (offset < 0)
            return -1;
        ++offset;
    }
    return offset;
}

// Reads one file's stories, reporting each problem at the line of the story's "id" (or, for
// an unknown event, at the line the event's id is written on).
class Reader
{
public:
    Reader(JsonFile &file, const Catalogue *catalogue, ProblemList *problems)
        : m_file(file), m_catalogue(catalogue), m_problems(problems)
    {}

    QList<Story> read()
    {
        JsonObjectReader root(m_file.root(), [this](const QString &key, const QString &message) {
            if (key.isEmpty())
                m_file.report(message);
            else
                m_file.reportAtMember(key, message);
        });
        const QJsonArray array = root.array("stories"_L1, JsonObjectReader::Need::Required);
        root.finish();

        QList<Story> stories;
        QSet<QString> ids;
        for (qsizetype i = 0; i < array.size(); ++i) {
            Story story;
            if (readStory(array.at(i), i, &story, &ids))
                stories.append(story);
        }
        return stories;
    }

private:
    bool readStory(const QJsonValue &value, qsizetype index, Story *story, QSet<QString> *ids)
    {
        QString what = u"story %1"_s.arg(index + 1);
        const auto report = [&](const QString &message) {
            m_file.reportAtElement(u"stories"_s, index, what + u": "_s + message);
        };
        if (!value.isObject()) {
            report(u"expected an object with an \"id\""_s);
            return false;
        }
        const QJsonObject object = value.toObject();
        JsonObjectReader reader(object,
                                [&](const QString &, const QString &message) { report(message); });
        story->id = reader.text("id"_L1);
        bool keep = !story->id.isEmpty();
        if (keep) {
            what = u"story \"%1\""_s.arg(InputLimits::shortened(story->id));
            if (ids->contains(story->id)) {
                report(u"the id is used by an earlier story too"_s);
                keep = false;
            }
            ids->insert(story->id);
        }
        story->title = reader.text("title"_L1);
        const QJsonValue events = reader.value("events"_L1);
        story->eventIds = reader.ids("events"_L1);
        if (events.isUndefined())
            report(u"\"events\" is missing"_s);
        else if (events.isArray() && story->eventIds.isEmpty())
            report(u"\"events\" is empty"_s);
        reader.finish();
        if (keep)
            checkEvents(*story, index, what);
        return keep;
    }

    void checkEvents(const Story &story, qsizetype index, const QString &what)
    {
        QSet<QString> seen;
        for (const QString &id : story.eventIds) {
            if (m_catalogue && m_catalogue->eventIndex(id) < 0)
                reportEvent(index, id,
                            what + u": unknown event \"%1\""_s.arg(InputLimits::shortened(id)));
            else if (seen.contains(id))
                reportEvent(index, id,
                            what + u": names event \"%1\" twice"_s.arg(InputLimits::shortened(id)));
            seen.insert(id);
        }
    }

    // At the event's id within the story's "events" list, else at that list.
    void reportEvent(qsizetype index, const QString &eventId, const QString &message)
    {
        const JsonLocator &locator = m_file.locator();
        JsonLocator::Position at = locator.element(u"stories"_s, index, u"events"_s);
        const qsizetype from = lineStart(m_file.data(), at.line);
        if (from >= 0) {
            const qsizetype found =
                m_file.data().indexOf(QByteArray('"' + eventId.toUtf8() + '"'), from);
            if (found >= 0)
                at = locator.position(found);
        }
        m_problems->append({m_file.path(), at.line, at.column, message});
    }

    JsonFile &m_file;
    const Catalogue *m_catalogue;
    ProblemList *m_problems;
};

} // namespace

QString StoryStore::pathFor(const QString &cataloguePath)
{
    if (!cataloguePath.startsWith(u':')) {
        const QFileInfo info(cataloguePath);
        return info.absoluteFilePath() + kSuffix;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QFileInfo(cataloguePath).fileName() + kSuffix);
}

StoryLoadResult StoryStore::read(const QString &path, const Catalogue *catalogue)
{
    const FileResolver::Read read = FileResolver().read(path, InputLimits::kMaxFileBytes);
    if (read.missing)
        return {};
    StoryLoadResult result;
    if (!read.ok()) {
        result.problems.append({path, 0, 0, read.error});
        return result;
    }
    try {
        return parse(read.data, path, catalogue);
    } catch (const std::bad_alloc &) {
        result.problems.append({path, 0, 0, u"there is not enough memory to read it"_s});
        return result;
    }
}

StoryLoadResult StoryStore::parse(const QByteArray &json, const QString &path,
                                  const Catalogue *catalogue)
{
    StoryLoadResult result;
    JsonFile file(path, json, &result.problems);
    if (!file.isValid())
        return result;
    result.stories = Reader(file, catalogue, &result.problems).read();
    // Unknown events are found after their story's other problems; show them in file order.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}

QByteArray StoryStore::toJson(const QList<Story> &stories)
{
    QJsonArray array;
    for (const Story &story : stories) {
        QJsonObject object;
        object.insert("id"_L1, story.id);
        object.insert("title"_L1, story.title);
        object.insert("events"_L1, QJsonArray::fromStringList(story.eventIds));
        array.append(object);
    }
    QJsonObject root;
    root.insert("stories"_L1, array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProblemList StoryStore::write(const QString &path, const QList<Story> &stories)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return {{path, 0, 0, u"cannot make the folder %1"_s.arg(QDir::toNativeSeparators(folder))}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {{path, 0, 0, u"cannot write: "_s + file.errorString()}};
    file.write(toJson(stories));
    if (!file.commit())
        return {{path, 0, 0, u"cannot write: "_s + file.errorString()}};
    return {};
}

ProblemList StoryStore::save(const QString &path, const Story &story)
{
    // Unknown event ids do not stop a save: they are checked against a catalogue, not here.
    StoryLoadResult saved = read(path);
    if (!saved.ok())
        return saved.problems;
    QList<Story> stories = saved.stories;
    const auto same = std::find_if(stories.begin(), stories.end(),
                                   [&](const Story &s) { return s.id == story.id; });
    if (same != stories.end())
        *same = story;
    else
        stories.append(story);
    return write(path, stories);
}

QList<Story> StoryStore::combined(const QList<Story> &fromCatalogue, const QList<Story> &saved)
{
    QList<Story> stories = fromCatalogue;
    for (const Story &story : saved) {
        const auto same = std::find_if(stories.begin(), stories.end(),
                                       [&](const Story &s) { return s.id == story.id; });
        if (same != stories.end())
            *same = story;
        else
            stories.append(story);
    }
    return stories;
}

QString StoryStore::uniqueId(const QString &title, const QList<Story> &taken)
{
    QString base;
    bool dash = false;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (dash && !base.isEmpty())
                base += u'-';
            base += c.toLower();
            dash = false;
        } else if (!c.isMark()) {
            dash = true;
        }
    }
    if (base.isEmpty())
        base = u"story"_s;

    QSet<QString> ids;
    for (const Story &story : taken)
        ids.insert(story.id);
    QString id = base;
    for (int n = 2; ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

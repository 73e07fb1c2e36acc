#include "storyedit.h"

qsizetype StoryEdit::indexOf(const QList<Story> &stories, const QString &storyId)
{
    for (qsizetype i = 0; i < stories.size(); ++i) {
        if (stories.at(i).id == storyId)
            return i;
    }
    return -1;
}

QList<Story> StoryEdit::renamed(const QList<Story> &stories, const QString &storyId,
                                const QString &title)
{
    const qsizetype at = indexOf(stories, storyId);
    const QString trimmed = title.trimmed();
    if (at < 0 || trimmed.isEmpty())
        return stories;
    QList<Story> out = stories;
    out[at].title = trimmed;
    return out;
}

QList<Story> StoryEdit::moved(const QList<Story> &stories, const QString &storyId, int by)
{
    const qsizetype at = indexOf(stories, storyId);
    const qsizetype to = at + by;
    if (at < 0 || (by != -1 && by != 1) || to < 0 || to >= stories.size())
        return stories;
    QList<Story> out = stories;
    out.move(at, to);
    return out;
}

QList<Story> StoryEdit::without(const QList<Story> &stories, const QString &storyId)
{
    const qsizetype at = indexOf(stories, storyId);
    if (at < 0)
        return stories;
    QList<Story> out = stories;
    out.removeAt(at);
    return out;
}

QList<Story> StoryEdit::stepMoved(const QList<Story> &stories, const QString &storyId,
                                  qsizetype step, int by)
{
    const qsizetype at = indexOf(stories, storyId);
    if (at < 0 || (by != -1 && by != 1))
        return stories;
    const QStringList &steps = stories.at(at).eventIds;
    const qsizetype to = step + by;
    if (step < 0 || step >= steps.size() || to < 0 || to >= steps.size())
        return stories;
    QList<Story> out = stories;
    out[at].eventIds.move(step, to);
    return out;
}

QList<Story> StoryEdit::stepRemoved(const QList<Story> &stories, const QString &storyId,
                                    qsizetype step)
{
    const qsizetype at = indexOf(stories, storyId);
    if (at < 0 || step < 0 || step >= stories.at(at).eventIds.size() ||
        stories.at(at).eventIds.size() < 2)
        return stories;
    QList<Story> out = stories;
    out[at].eventIds.removeAt(step);
    return out;
}

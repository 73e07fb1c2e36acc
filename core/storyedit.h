#pragma once

#include "story.h"

#include <QList>

// The plain edits of a catalogue's stories behind the Stories dialog: each returns the whole
// new list (what ChangeStories is given), or the list as it was when the edit cannot be made
// (an unknown story or step, a move past either end, a blank title, a story's last step: a
// story with no events would not load again).
class StoryEdit
{
public:
    static QList<Story> renamed(const QList<Story> &stories, const QString &storyId,
                                const QString &title);
    // by -1 moves it up (earlier), +1 down.
    static QList<Story> moved(const QList<Story> &stories, const QString &storyId, int by);
    static QList<Story> without(const QList<Story> &stories, const QString &storyId);
    // The step at index step of the story, moved by -1 or +1, or removed.
    static QList<Story> stepMoved(const QList<Story> &stories, const QString &storyId,
                                  qsizetype step, int by);
    static QList<Story> stepRemoved(const QList<Story> &stories, const QString &storyId,
                                    qsizetype step);

    // Where the story is in the list, or -1.
    static qsizetype indexOf(const QList<Story> &stories, const QString &storyId);
};

#pragma once

#include "problem.h"
#include "story.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Catalogue;

// What reading a stories file gives: the stories that could be read and every problem found.
// A story naming events the catalogue does not have is kept (a presentation skips those
// events) and each unknown id is reported.
struct StoryLoadResult
{
    QList<Story> stories;
    ProblemList problems;

    bool ok() const { return problems.isEmpty(); }
};

// Stories people make from the event list, kept in a file beside their catalogue so that the
// catalogue itself (which people edit by hand) is never rewritten:
//
//   {"stories": [{"id": "briefing", "title": "…", "events": ["fyfv-published", "…"]}]}
//
// Stories written in the catalogue's own "stories" list are read by the catalogue loader;
// combined() puts the two together.
class StoryStore
{
public:
    // "<catalogue file>.stories.json"; for a catalogue compiled into the program (":/…"),
    // a file of that name in the application's data folder.
    static QString pathFor(const QString &cataloguePath);

    // A missing file is not a problem: there are no saved stories yet. Anything but a regular
    // file of at most InputLimits::kMaxFileBytes is. With a catalogue,
    // event ids it does not know are reported at the line they are written on.
    static StoryLoadResult read(const QString &path, const Catalogue *catalogue = nullptr);
    // path names the data in problems.
    static StoryLoadResult parse(const QByteArray &json, const QString &path,
                                 const Catalogue *catalogue = nullptr);

    static QByteArray toJson(const QList<Story> &stories);
    // Replaces the file through QSaveFile, making its folder when needed. Returns the
    // problems; empty on success.
    static ProblemList write(const QString &path, const QList<Story> &stories);
    // Adds story to the file at path, replacing a saved story with the same id. A file that
    // cannot be read back is left as it is and its problems are returned.
    static ProblemList save(const QString &path, const Story &story);

    // The catalogue's stories, then the saved ones; a saved story replaces a catalogue story
    // with the same id where that one stood.
    static QList<Story> combined(const QList<Story> &fromCatalogue, const QList<Story> &saved);
    // An id made from title ("Committee briefing" -> "committee-briefing") that none of
    // taken uses ("committee-briefing-2" when it does).
    static QString uniqueId(const QString &title, const QList<Story> &taken);
};

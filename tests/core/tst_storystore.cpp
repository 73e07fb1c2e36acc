#include "catalogue.h"
#include "storystore.h"
#include "testfiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Story)

// Found by QCOMPARE through argument-dependent lookup, so in Story's (global) namespace.
bool operator==(const Story &a, const Story &b)
{
    return a.id == b.id && a.title == b.title && a.eventIds == b.eventIds;
}

namespace {

// Three events; the stories in tests/data/present name them.
Catalogue catalogue()
{
    QList<TimelineEvent> events;
    const auto add = [&](const QString &id, const QString &date) {
        TimelineEvent event;
        event.id = id;
        event.title = id;
        event.date = EventDate::parse(date);
        events.append(event);
    };
    add(u"plan"_s, u"March 2016"_s);
    add(u"letter"_s, u"14 December 2017"_s);
    add(u"review"_s, u"April 2018"_s);
    Catalogue catalogue;
    catalogue.setEvents(events);
    return catalogue;
}

Story story(const QString &id, const QString &title, const QStringList &events)
{
    return Story{id, title, events};
}

QStringList ids(const QList<Story> &stories)
{
    QStringList result;
    for (const Story &s : stories)
        result.append(s.id);
    return result;
}

// "line: message" for each problem, checking every problem names the file.
QStringList located(const ProblemList &problems, const QString &path)
{
    QStringList result;
    for (const Problem &problem : problems) {
        if (problem.file != path)
            result.append(u"wrong file: "_s + problem.file);
        result.append(QString::number(problem.line) + u": "_s + problem.message);
    }
    return result;
}

} // namespace

class tst_StoryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsStories();
    void problems_data();
    void problems();
    void malformedJsonHasLineAndColumn();
    void missingFileIsNoProblem();
    void roundTrip_data();
    void roundTrip();
    void writeThenRead();
    void saveAddsAndReplaces();
    void saveLeavesAnUnreadableFileAlone();
    void pathFor_data();
    void pathFor();
    void combined();
    void uniqueId_data();
    void uniqueId();

private:
    Catalogue m_catalogue;
};

void tst_StoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"civic-timeline-tests"_s);
    m_catalogue = catalogue();
}

void tst_StoryStore::readsStories()
{
    const StoryLoadResult result = StoryStore::read(
        TestFiles::path(u"present"_s, u"two-stories.stories.json"_s), &m_catalogue);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.stories.size(), 2);
    QCOMPARE(result.stories.at(0),
             story(u"briefing"_s, u"Committee briefing"_s, {u"letter"_s, u"plan"_s, u"review"_s}));
    QCOMPARE(result.stories.at(1), story(u"short"_s, u"The short version"_s, {u"review"_s}));
}

void tst_StoryStore::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("storyIds");

    QTest::newRow("unknown event at its line")
        << u"unknown-event.stories.json"_s
        << QStringList{u"8: story \"briefing\": unknown event \"no-such-event\""_s}
        << QStringList{u"briefing"_s};
    QTest::newRow("each mistake at its story")
        << u"mistakes.stories.json"_s
        << QStringList{u"4: story \"first\": \"title\" is empty"_s,
                       u"8: story 2: expected an object with an \"id\""_s,
                       u"10: story \"first\": the id is used by an earlier story too"_s,
                       u"15: story \"third\": \"events\" is missing"_s,
                       u"15: story \"third\": unknown field \"evnts\""_s}
        << QStringList{u"first"_s, u"third"_s};
}

void tst_StoryStore::problems()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, storyIds);

    const QString path = TestFiles::path(u"present"_s, file);
    const StoryLoadResult result = StoryStore::read(path, &m_catalogue);
    QCOMPARE(located(result.problems, path), expected);
    QCOMPARE(ids(result.stories), storyIds);
}

void tst_StoryStore::malformedJsonHasLineAndColumn()
{
    const QString path = TestFiles::path(u"present"_s, u"malformed.stories.json"_s);
    const StoryLoadResult result = StoryStore::read(path, &m_catalogue);
    QCOMPARE(result.problems.size(), 1);
    const Problem &problem = result.problems.first();
    QCOMPARE(problem.file, path);
    QCOMPARE(problem.line, 6); // the missing comma is found at "events"
    QVERIFY(problem.column > 0);
    QVERIFY2(problem.message.startsWith(u"malformed JSON"_s), qPrintable(problem.message));
    QVERIFY(result.stories.isEmpty());
}

void tst_StoryStore::missingFileIsNoProblem()
{
    QTemporaryDir dir;
    const StoryLoadResult result = StoryStore::read(dir.filePath(u"none.stories.json"_s));
    QVERIFY(result.ok());
    QVERIFY(result.stories.isEmpty());
}

void tst_StoryStore::roundTrip_data()
{
    QTest::addColumn<QList<Story>>("stories");
    QTest::newRow("none") << QList<Story>{};
    QTest::newRow("one") << QList<Story>{story(u"a"_s, u"A"_s, {u"plan"_s})};
    QTest::newRow("order kept, not dates")
        << QList<Story>{story(u"b"_s, u"Backwards"_s, {u"review"_s, u"letter"_s, u"plan"_s}),
                        story(u"a"_s, u"Forwards"_s, {u"plan"_s, u"review"_s})};
    QTest::newRow("quotes and accents") << QList<Story>{
        story(u"q"_s, u"\u201CCare\u201D \u2013 Sinnott\u2019s \"pause\""_s, {u"letter"_s})};
}

void tst_StoryStore::roundTrip()
{
    QFETCH(QList<Story>, stories);
    const StoryLoadResult result =
        StoryStore::parse(StoryStore::toJson(stories), u"memory"_s, &m_catalogue);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.stories, stories);
}

void tst_StoryStore::writeThenRead()
{
    QTemporaryDir dir;
    // The folder does not exist yet, as the data folder may not on a first run.
    const QString path = dir.filePath(u"new/folder/catalogue.json.stories.json"_s);
    const QList<Story> stories{story(u"a"_s, u"A"_s, {u"review"_s, u"plan"_s})};
    QVERIFY(StoryStore::write(path, stories).isEmpty());
    const StoryLoadResult result = StoryStore::read(path, &m_catalogue);
    QVERIFY(result.ok());
    QCOMPARE(result.stories, stories);
}

void tst_StoryStore::saveAddsAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalogue.json.stories.json"_s);
    QVERIFY(StoryStore::save(path, story(u"a"_s, u"A"_s, {u"plan"_s})).isEmpty());
    QVERIFY(StoryStore::save(path, story(u"b"_s, u"B"_s, {u"letter"_s})).isEmpty());
    QVERIFY(StoryStore::save(path, story(u"a"_s, u"A again"_s, {u"review"_s})).isEmpty());

    const StoryLoadResult result = StoryStore::read(path);
    QVERIFY(result.ok());
    QCOMPARE(result.stories, (QList<Story>{story(u"a"_s, u"A again"_s, {u"review"_s}),
                                           story(u"b"_s, u"B"_s, {u"letter"_s})}));
}

void tst_StoryStore::saveLeavesAnUnreadableFileAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalogue.json.stories.json"_s);
    QVERIFY(QFile::copy(TestFiles::path(u"present"_s, u"malformed.stories.json"_s), path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    const ProblemList problems = StoryStore::save(path, story(u"a"_s, u"A"_s, {u"plan"_s}));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().file, path);
    QCOMPARE(problems.first().line, 6);

    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void tst_StoryStore::pathFor_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("expected");

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QTest::newRow("beside a file")
        << u"/home/clerk/timelines/stp.json"_s << u"/home/clerk/timelines/stp.json.stories.json"_s;
    QTest::newRow("built in") << u":/resources/catalogue.json"_s
                              << data + u"/catalogue.json.stories.json"_s;
}

void tst_StoryStore::pathFor()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, expected);
    QCOMPARE(StoryStore::pathFor(catalogue), expected);
}

void tst_StoryStore::combined()
{
    const QList<Story> fromCatalogue{story(u"a"_s, u"A"_s, {u"plan"_s}),
                                     story(u"b"_s, u"B"_s, {u"letter"_s})};
    const QList<Story> saved{story(u"c"_s, u"C"_s, {u"review"_s}),
                             story(u"a"_s, u"A edited"_s, {u"review"_s, u"plan"_s})};
    const QList<Story> result = StoryStore::combined(fromCatalogue, saved);
    QCOMPARE(ids(result), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(result.at(0).title, u"A edited"_s);
}

void tst_StoryStore::uniqueId_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");

    QTest::newRow("words") << u"Committee briefing"_s << QStringList{} << u"committee-briefing"_s;
    QTest::newRow("punctuation") << u"  The STP: what\u2019s next?  "_s << QStringList{}
                                 << u"the-stp-what-s-next"_s;
    QTest::newRow("accents") << u"Caf\u00E9 r\u00E9sum\u00E9"_s << QStringList{}
                             << u"cafe-resume"_s;
    QTest::newRow("nothing usable") << u"\u2014"_s << QStringList{} << u"story"_s;
    QTest::newRow("taken") << u"Briefing"_s << QStringList{u"briefing"_s, u"briefing-2"_s}
                           << u"briefing-3"_s;
}

void tst_StoryStore::uniqueId()
{
    QFETCH(QString, title);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QList<Story> stories;
    for (const QString &id : taken)
        stories.append(story(id, id, {}));
    QCOMPARE(StoryStore::uniqueId(title, stories), expected);
}

QTEST_GUILESS_MAIN(tst_StoryStore)
#include "tst_storystore.moc"

#include "catalogueloader.h"
#include "editorialcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The expectations give dates as the catalogue writes them ("September 2017 – March 2018");
// the approximate and planned flags are the catalogue's own business.
bool sameDate(const EventDate &date, const QString &expected)
{
    QString error;
    const EventDate parsed = EventDate::parse(expected, &error);
    if (!parsed.isValid())
        qWarning("%s", qPrintable(error));
    if (!parsed.isValid())
        return false;
    EventDate flagged = parsed;
    flagged.setApproximate(date.isApproximate());
    flagged.setPlanned(date.isPlanned());
    return flagged == date;
}

} // namespace

// The story compiled into the program, checked against what the content was written to say
// (tests/data/catalogue-expectations.json).
class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutProblems();
    void everyQuoteResolves();
    void everySourceHasADocument();
    void referencesResolve();
    void chronological();
    void firstAndLast();
    void mustHave_data();
    void mustHave();
    void storiesNameEvents();
    void mergedEventsAreGone_data();
    void mergedEventsAreGone();
    void passesEditorialCheck();
    void eventsById_data();
    void eventsById();

private:
    CatalogueLoadResult m_loaded;
    QJsonObject m_expectations;
};

void tst_Catalogue::initTestCase()
{
    m_loaded = CatalogueLoader::loadBuiltIn();
    QFile file(QStringLiteral(CIVIC_TEST_DATA_DIR "/catalogue-expectations.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    m_expectations = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(m_expectations.contains("mustHave"_L1));
}

void tst_Catalogue::loadsWithoutProblems()
{
    QStringList problems;
    for (const Problem &problem : std::as_const(m_loaded.problems))
        problems.append(problem.toString());
    QVERIFY2(m_loaded.ok(), qPrintable(problems.join(u'\n')));
    QVERIFY(!m_loaded.catalogue.events().isEmpty());
    QVERIFY(!m_loaded.catalogue.title().isEmpty());
}

void tst_Catalogue::everyQuoteResolves()
{
    const Catalogue &catalogue = m_loaded.catalogue;
    int links = 0;
    for (const TimelineEvent &event : catalogue.events()) {
        QVERIFY2(!event.sources().isEmpty(), qPrintable(event.id));
        for (const SourceLink &link : event.sources()) {
            const SourceDocument *document = catalogue.document(link.sourceId);
            QVERIFY2(document, qPrintable(event.id + u" -> "_s + link.sourceId));
            QVERIFY2(link.start >= 0 && link.start < link.end &&
                         link.end <= document->codePointCount(),
                     qPrintable(event.id));
            QVERIFY(!link.excerpt.trimmed().isEmpty());
            QCOMPARE(link.excerpt, document->slice(link.start, link.end));
            ++links;
        }
    }
    QVERIFY(links >= catalogue.events().size());
}

void tst_Catalogue::everySourceHasADocument()
{
    const Catalogue &catalogue = m_loaded.catalogue;
    QCOMPARE(catalogue.sources().size(), 5);
    for (const SourceInfo &source : catalogue.sources()) {
        const SourceDocument *document = catalogue.document(source.id);
        QVERIFY2(document && document->codePointCount() > 0, qPrintable(source.id));
        QCOMPARE(document->fileName(), source.file);
        QVERIFY2(source.date.isValid(), qPrintable(source.id));
        QVERIFY(!source.title.isEmpty());
    }
}

void tst_Catalogue::referencesResolve()
{
    const Catalogue &catalogue = m_loaded.catalogue;
    for (const TimelineEvent &event : catalogue.events()) {
        QVERIFY2(catalogue.lane(event.laneId), qPrintable(event.id));
        for (const QString &actor : event.actorIds())
            QVERIFY2(catalogue.actor(actor), qPrintable(event.id + u" -> "_s + actor));
        for (const QString &tag : event.tagIds())
            QVERIFY2(catalogue.tag(tag), qPrintable(event.id + u" -> "_s + tag));
        QVERIFY2(event.date.isValid(), qPrintable(event.id));
        QVERIFY2(!event.title.isEmpty() && !event.summary().isEmpty(), qPrintable(event.id));
    }
}

void tst_Catalogue::chronological()
{
    const QList<TimelineEvent> &events = m_loaded.catalogue.events();
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY2(!(events.at(i).date < events.at(i - 1).date), qPrintable(events.at(i).id));
}

// The story runs from October 2014 to 14 June 2018: background (tagged "context") may come
// before, plans announced for later may come after.
void tst_Catalogue::firstAndLast()
{
    QList<const TimelineEvent *> story;
    for (const TimelineEvent &event : m_loaded.catalogue.events()) {
        if (!event.tagIds().contains(u"context"_s) && !event.isPlanned())
            story.append(&event);
    }
    QVERIFY(!story.isEmpty());
    const QJsonObject first = m_expectations.value("first"_L1).toObject();
    const QJsonObject last = m_expectations.value("last"_L1).toObject();
    QCOMPARE(story.first()->id, first.value("id"_L1).toString());
    QVERIFY(sameDate(story.first()->date, first.value("date"_L1).toString()));
    QCOMPARE(story.first()->date.label(), u"October 2014"_s);
    // Nothing in the story is known to begin after the letter; what follows it (the reply, the
    // report of it) only runs on to the end of that month. Several events may begin on the
    // last day; the expected one must be among them. Open-ended dates ("by June 2018") have
    // no known beginning.
    QDate lastDay;
    for (const TimelineEvent *event : std::as_const(story)) {
        if (event->date.earliest().isValid() && event->date.earliest() > lastDay)
            lastDay = event->date.earliest();
        QVERIFY2(event->date.last() <= QDate(2018, 6, 30), qPrintable(event->id));
    }
    QCOMPARE(lastDay, QDate(2018, 6, 14));
    const TimelineEvent *expectedLast = m_loaded.catalogue.event(last.value("id"_L1).toString());
    QVERIFY(expectedLast);
    QCOMPARE(expectedLast->date.first(), lastDay);
    QCOMPARE(expectedLast->date.last(), lastDay);
    QVERIFY(sameDate(expectedLast->date, last.value("date"_L1).toString()));
    // The letter gives no year: it is inferred, so the date is approximate.
    QCOMPARE(expectedLast->date.label(), u"c. 14 June 2018"_s);
}

void tst_Catalogue::mustHave_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("sources");

    const QJsonArray mustHave = m_expectations.value("mustHave"_L1).toArray();
    for (const QJsonValue &value : mustHave) {
        const QJsonObject item = value.toObject();
        QStringList sources;
        for (const QJsonValue &source : item.value("sources"_L1).toArray())
            sources.append(source.toString());
        const QString id = item.value("id"_L1).toString();
        QTest::newRow(qPrintable(id)) << id << item.value("date"_L1).toString() << sources;
    }
}

void tst_Catalogue::mustHave()
{
    QFETCH(QString, id);
    QFETCH(QString, date);
    QFETCH(QStringList, sources);

    const TimelineEvent *event = m_loaded.catalogue.event(id);
    QVERIFY2(event, qPrintable(id));
    QVERIFY2(sameDate(event->date, date), qPrintable(event->date.label()));
    QSet<QString> linked;
    for (const SourceLink &link : event->sources())
        linked.insert(link.sourceId);
    for (const QString &source : sources)
        QVERIFY2(linked.contains(source), qPrintable(id + u" should cite "_s + source));
}

void tst_Catalogue::storiesNameEvents()
{
    const Catalogue &catalogue = m_loaded.catalogue;
    QVERIFY(!catalogue.stories().isEmpty());
    for (const Story &story : catalogue.stories()) {
        QVERIFY(!story.eventIds.isEmpty());
        for (const QString &id : story.eventIds)
            QVERIFY2(catalogue.event(id), qPrintable(story.id + u" -> "_s + id));
    }
}

// Events merged into another (one happening, one event) must not come back.
void tst_Catalogue::mergedEventsAreGone_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("into");

    const QJsonObject merged = m_expectations.value("merged"_L1).toObject();
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
}

void tst_Catalogue::mergedEventsAreGone()
{
    QFETCH(QString, id);
    QFETCH(QString, into);

    QVERIFY2(!m_loaded.catalogue.event(id), qPrintable(id));
    QVERIFY2(m_loaded.catalogue.event(into), qPrintable(into));
}

// The built-in story keeps the editorial rules that can be checked (resources/README.md).
void tst_Catalogue::passesEditorialCheck()
{
    QFile file(CatalogueLoader::builtInPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ProblemList warnings =
        EditorialCheck::check(m_loaded.catalogue, file.readAll(), CatalogueLoader::builtInPath());
    QStringList lines;
    for (const Problem &warning : warnings)
        lines.append(warning.toString());
    QVERIFY2(warnings.isEmpty(), qPrintable(lines.join(u'\n')));
}

void tst_Catalogue::eventsById_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("days");
    // The position each id is found at after sorting, in the order of ids; -1 for "absent".
    QTest::addColumn<QList<int>>("positions");

    const QStringList inOrder = {u"2017-01-01"_s, u"2017-01-02"_s, u"2017-01-03"_s};
    const QStringList reversed = {u"2017-01-03"_s, u"2017-01-02"_s, u"2017-01-01"_s};
    QTest::newRow("numbered in order")
        << QStringList{u"1"_s, u"2"_s, u"3"_s} << inOrder << QList<int>{0, 1, 2, -1};
    QTest::newRow("numbered, sorted into another order")
        << QStringList{u"1"_s, u"2"_s, u"3"_s} << reversed << QList<int>{2, 1, 0, -1};
    QTest::newRow("words") << QStringList{u"b"_s, u"a"_s, u"c"_s} << reversed
                           << QList<int>{2, 1, 0, -1};
    QTest::newRow("numbers and words")
        << QStringList{u"1"_s, u"x"_s, u"01"_s} << inOrder << QList<int>{0, 1, 2, -1};
    // Loaders report repeated ids; the catalogue finds the last of them.
    QTest::newRow("repeated number")
        << QStringList{u"1"_s, u"2"_s, u"1"_s} << inOrder << QList<int>{2, 1, 2, -1};
    QTest::newRow("repeated word")
        << QStringList{u"a"_s, u"b"_s, u"a"_s} << inOrder << QList<int>{2, 1, 2, -1};
}

void tst_Catalogue::eventsById()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, days);
    QFETCH(QList<int>, positions);

    QList<TimelineEvent> events;
    for (int i = 0; i < ids.size(); ++i) {
        TimelineEvent event;
        event.id = ids.at(i);
        event.date = EventDate::parse(days.at(i));
        events.append(event);
    }
    Catalogue catalogue;
    catalogue.setEvents(events);
    QStringList lookups = ids;
    lookups.append(u"absent"_s);
    for (int i = 0; i < lookups.size(); ++i) {
        QCOMPARE(catalogue.eventIndex(lookups.at(i)), positions.at(i));
        const TimelineEvent *event = catalogue.event(lookups.at(i));
        QCOMPARE(event != nullptr, positions.at(i) >= 0);
        if (event)
            QCOMPARE(event->id, lookups.at(i));
    }
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"

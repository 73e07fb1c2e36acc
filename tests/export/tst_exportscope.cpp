#include "exportscope.h"
#include "samplecatalogue.h"
#include "timescale.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The range, lanes, events and sources one exported page shows.
class tst_ExportScope : public QObject
{
    Q_OBJECT

private slots:
    void events_data();
    void events();
    void wholeStoryHasRoom();
    void wholeStoryReachesTheFigures();
    void citedSources();
    void restrictedTo();
    void splitRange_data();
    void splitRange();
    void automaticPageCount();
};

void tst_ExportScope::events_data()
{
    QTest::addColumn<ExportSettings>("settings");
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<QStringList>("events");

    const QStringList allLanes{u"a"_s, u"b"_s, u"c"_s, u"empty"_s};
    ExportSettings whole;
    QTest::newRow("whole story") << whole << allLanes
                                 << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s};

    ExportSettings dates;
    dates.range = ExportSettings::Range::Dates;
    dates.from = QDate(2017, 1, 1);
    dates.to = QDate(2017, 12, 31);
    QTest::newRow("2017") << dates << allLanes << QStringList{u"beta"_s, u"gamma"_s};

    // A period touching the range by one day is shown.
    ExportSettings edge = dates;
    edge.from = QDate(2016, 3, 1);
    edge.to = QDate(2016, 3, 1);
    QTest::newRow("one day") << edge << allLanes << QStringList{u"alpha"_s};

    ExportSettings lanes = whole;
    lanes.laneIds = {u"c"_s, u"a"_s};
    QTest::newRow("lanes") << lanes << QStringList{u"a"_s, u"c"_s}
                           << QStringList{u"alpha"_s, u"gamma"_s, u"delta"_s};

    ExportSettings filtered = whole;
    filtered.applyFilter = true;
    filtered.filter.text = u"MEETS"_s;
    QTest::newRow("filter text") << filtered << allLanes << QStringList{u"beta"_s};

    ExportSettings filterOff = filtered;
    filterOff.applyFilter = false;
    QTest::newRow("filter off") << filterOff << allLanes
                                << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s};

    // The filter's own dates never widen the chosen range.
    ExportSettings filterDates = dates;
    filterDates.applyFilter = true;
    filterDates.filter.from = QDate(2010, 1, 1);
    QTest::newRow("filter dates ignored")
        << filterDates << allLanes << QStringList{u"beta"_s, u"gamma"_s};

    ExportSettings filterLanes = lanes;
    filterLanes.applyFilter = true;
    filterLanes.filter.laneIds = {u"a"_s, u"b"_s};
    QTest::newRow("lanes and filter lanes")
        << filterLanes << QStringList{u"a"_s} << QStringList{u"alpha"_s, u"gamma"_s};

    ExportSettings disjoint = filterLanes;
    disjoint.filter.laneIds = {u"b"_s};
    QTest::newRow("no lanes in common") << disjoint << QStringList{} << QStringList{};

    ExportSettings view;
    view.range = ExportSettings::Range::CurrentView;
    view.viewStart = TimeScale::dayStart(QDate(2018, 4, 1)) + 3600'000;
    view.viewEnd = TimeScale::dayStart(QDate(2018, 5, 1));
    QTest::newRow("view") << view << allLanes << QStringList{u"delta"_s};
}

void tst_ExportScope::events()
{
    QFETCH(ExportSettings, settings);
    QFETCH(QStringList, lanes);
    QFETCH(QStringList, events);

    const Catalogue catalogue = sampleCatalogue();
    const ExportScope scope(catalogue, settings);
    QCOMPARE(scope.laneIds(), lanes);
    QStringList shown;
    for (int index : scope.eventIndexes())
        shown.append(catalogue.events().at(index).id);
    QCOMPARE(shown, events);
    QVERIFY(scope.start() < scope.end());
    QCOMPARE(scope.filter().from, scope.firstDay());
    QCOMPARE(scope.filter().to, scope.lastDay());
    if (settings.range == ExportSettings::Range::Dates) {
        QCOMPARE(scope.firstDay(), settings.from);
        QCOMPARE(scope.lastDay(), settings.to);
        QCOMPARE(scope.end(), TimeScale::dayEnd(settings.to));
    }
}

void tst_ExportScope::wholeStoryHasRoom()
{
    const Catalogue catalogue = sampleCatalogue();
    const ExportScope scope(catalogue, ExportSettings());
    QVERIFY(scope.start() < TimeScale::dayStart(catalogue.firstDay()));
    QVERIFY(scope.end() > TimeScale::dayEnd(catalogue.lastDay()));
    QVERIFY(scope.start() > TimeScale::dayStart(catalogue.firstDay().addMonths(-6)));

    const Catalogue none;
    const ExportScope empty(none, ExportSettings{});
    QVERIFY(empty.start() < empty.end());
    QVERIFY(empty.eventIndexes().isEmpty());
}

// With the figures drawn, the whole story runs as far as the periods they are for.
void tst_ExportScope::wholeStoryReachesTheFigures()
{
    Catalogue catalogue = sampleCatalogue();
    Figure gap;
    gap.id = u"gap"_s;
    gap.measure = u"gap"_s;
    gap.label = u"National funding gap"_s;
    gap.period = EventDate::parse(u"2030/31"_s);
    QVERIFY(gap.period.isValid());
    catalogue.setFigures({gap});
    const ExportScope timeline(catalogue, ExportSettings());
    QVERIFY(timeline.end() < TimeScale::dayStart(QDate(2030, 4, 1)));
    ExportSettings settings;
    settings.figures = ExportSettings::Figures::BelowTimeline;
    const ExportScope withFigures(catalogue, settings);
    QVERIFY(withFigures.end() > TimeScale::dayEnd(QDate(2031, 3, 31)));
    QVERIFY(withFigures.start() <= timeline.start());
    QVERIFY(withFigures.start() < TimeScale::dayStart(catalogue.firstDay()));
}

void tst_ExportScope::citedSources()
{
    const Catalogue catalogue = sampleCatalogue();
    ExportSettings settings;
    QStringList ids;
    for (const SourceInfo *source : ExportScope(catalogue, settings).citedSources())
        ids.append(source->id);
    QCOMPARE(ids, (QStringList{u"s-old"_s, u"s-new"_s})); // by date, each once

    settings.range = ExportSettings::Range::Dates;
    settings.from = QDate(2018, 6, 1);
    settings.to = QDate(2018, 12, 31);
    ids.clear();
    for (const SourceInfo *source : ExportScope(catalogue, settings).citedSources())
        ids.append(source->id);
    QCOMPARE(ids, QStringList{u"s-new"_s});
}

void tst_ExportScope::restrictedTo()
{
    const Catalogue catalogue = sampleCatalogue();
    ExportSettings settings;
    settings.laneIds = {u"a"_s};
    const ExportScope whole(catalogue, settings);
    const ExportScope page = whole.restrictedTo(TimeScale::dayStart(QDate(2017, 1, 1)),
                                                TimeScale::dayStart(QDate(2018, 1, 1)));
    QCOMPARE(page.laneIds(), whole.laneIds());
    QCOMPARE(page.lastDay(), QDate(2017, 12, 31));
    QCOMPARE(page.eventIndexes(), QList<int>{catalogue.eventIndex(u"gamma"_s)});
}

void tst_ExportScope::splitRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to"); // exclusive
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<QDate>>("starts");

    QTest::newRow("one page") << QDate(2014, 1, 1) << QDate(2019, 1, 1) << 1
                              << QList<QDate>{QDate(2014, 1, 1)};
    QTest::newRow("years") << QDate(2014, 1, 1) << QDate(2019, 1, 1) << 5
                           << QList<QDate>{QDate(2014, 1, 1), QDate(2015, 1, 1), QDate(2016, 1, 1),
                                           QDate(2017, 1, 1), QDate(2018, 1, 1)};
    QTest::newRow("snapped to months") << QDate(2016, 11, 17) << QDate(2018, 2, 3) << 2
                                       << QList<QDate>{QDate(2016, 11, 17), QDate(2017, 7, 1)};
    QTest::newRow("days") << QDate(2017, 1, 1) << QDate(2017, 1, 31) << 3
                          << QList<QDate>{QDate(2017, 1, 1), QDate(2017, 1, 11),
                                          QDate(2017, 1, 21)};
    QTest::newRow("fewer days than pages") << QDate(2017, 1, 1) << QDate(2017, 1, 3) << 5
                                           << QList<QDate>{QDate(2017, 1, 1), QDate(2017, 1, 2)};
}

void tst_ExportScope::splitRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, count);
    QFETCH(QList<QDate>, starts);

    const qint64 start = TimeScale::dayStart(from);
    const qint64 end = TimeScale::dayStart(to);
    const auto ranges = ExportScope::splitRange(start, end, count);
    QCOMPARE(ranges.size(), starts.size());
    for (int i = 0; i < ranges.size(); ++i) {
        QCOMPARE(TimeScale::dayOf(ranges.at(i).first), starts.at(i));
        QVERIFY(ranges.at(i).first < ranges.at(i).second);
        if (i > 0)
            QCOMPARE(ranges.at(i).first, ranges.at(i - 1).second); // no gaps, no overlaps
    }
    QCOMPARE(ranges.last().second, end);
}

void tst_ExportScope::automaticPageCount()
{
    const qint64 start = TimeScale::dayStart(QDate(2013, 1, 1));
    const qint64 end = TimeScale::dayStart(QDate(2019, 4, 1));
    QCOMPARE(ExportScope::automaticPageCount(start, end, 273), 7); // A4 landscape
    QVERIFY(ExportScope::automaticPageCount(start, end, 396) < 7); // A3 landscape
    QCOMPARE(ExportScope::automaticPageCount(start, start + TimeScale::kDay, 186), 1);
    QCOMPARE(ExportScope::automaticPageCount(0, 400LL * 366 * TimeScale::kDay, 273),
             ExportSettings::kMaxPages);
}

QTEST_GUILESS_MAIN(tst_ExportScope)
#include "tst_exportscope.moc"

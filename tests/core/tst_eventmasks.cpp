#include "catalogue.h"
#include "eventfilter.h"
#include "eventmasks.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TimelineEvent makeEvent(const QString &id, const QString &title, const QString &date,
                        const QString &lane, const QString &excerpt)
{
    TimelineEvent event;
    event.id = id;
    event.title = title;
    event.date = EventDate::parse(date);
    event.laneId = lane;
    if (!excerpt.isEmpty())
        event.editDetails().sources.append({u"doc"_s, 0, excerpt.size(), excerpt});
    return event;
}

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes({{u"national"_s, u"National"_s, {}}, {u"local"_s, u"Local"_s, {}}});
    catalogue.setEvents({
        makeEvent(u"a"_s, u"Forward View published"_s, u"October 2014"_s, u"national"_s, {}),
        makeEvent(u"b"_s, u"Council sets budget"_s, u"February 2016"_s, u"local"_s,
                  u"a balanced budget"_s),
        makeEvent(u"c"_s, u"STP footprints"_s, u"March 2016"_s, u"national"_s,
                  u"the Better Care Fund"_s),
        makeEvent(u"d"_s, u"Budget consultation"_s, u"2018/19"_s, u"local"_s, {}),
    });
    return catalogue;
}

QString bits(const QBitArray &mask)
{
    QString text;
    for (int i = 0; i < mask.size(); ++i)
        text.append(mask.testBit(i) ? u'1' : u'0');
    return text;
}

} // namespace

class TestEventMasks : public QObject
{
    Q_OBJECT
private slots:
    void visible_data();
    void visible();
    void searchMatches_data();
    void searchMatches();
};

void TestEventMasks::visible_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QString>("mask");

    QTest::newRow("no filter: all") << EventFilter() << u"1111"_s;
    EventFilter f;
    f.laneIds = {u"local"_s};
    QTest::newRow("lane") << f << u"0101"_s;
    f.text = u"BUDGET"_s;
    QTest::newRow("lane and text") << f << u"0101"_s;
    f = {};
    f.text = u"better care"_s;
    QTest::newRow("text in an excerpt") << f << u"0010"_s;
    f.text = u"   "_s;
    QTest::newRow("blank text: all") << f << u"1111"_s;
    f = {};
    f.from = QDate(2016, 3, 1);
    QTest::newRow("from") << f << u"0011"_s;
    f.text = u"nothing like it"_s;
    QTest::newRow("nothing") << f << u"0000"_s;
}

void TestEventMasks::visible()
{
    QFETCH(EventFilter, filter);
    QFETCH(QString, mask);
    const Catalogue catalogue = makeCatalogue();
    const QBitArray visible = EventMasks::visible(catalogue, filter);
    QCOMPARE(bits(visible), mask);
    // The same answer as the filter's own test, event by event.
    for (int i = 0; i < catalogue.events().size(); ++i)
        QCOMPARE(visible.testBit(i), filter.matches(catalogue, catalogue.events().at(i)));
}

void TestEventMasks::searchMatches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("mask");

    QTest::newRow("no search: nothing to highlight") << QString() << QString();
    QTest::newRow("blank") << u"  "_s << QString();
    QTest::newRow("title and excerpt, any case") << u"budget"_s << u"0101"_s;
    QTest::newRow("dates are not searched") << u"2018/19"_s << u"0000"_s;
    QTest::newRow("excerpt") << u"care fund"_s << u"0010"_s;
}

void TestEventMasks::searchMatches()
{
    QFETCH(QString, search);
    QFETCH(QString, mask);
    QCOMPARE(bits(EventMasks::searchMatches(makeCatalogue(), search)), mask);
}

QTEST_GUILESS_MAIN(TestEventMasks)
#include "tst_eventmasks.moc"

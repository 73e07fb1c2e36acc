#include "catalogue.h"
#include "presentationcontroller.h"
#include "story.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Five events given out of date order; Catalogue sorts them:
// 0 a (2014), 1 b (2015), 2 c (2016), 3 d (2017), 4 e (2018).
Catalogue catalogue()
{
    QList<TimelineEvent> events;
    const auto add = [&](const QString &id, const QString &date) {
        TimelineEvent event;
        event.id = id;
        event.title = id.toUpper();
        event.date = EventDate::parse(date);
        events.append(event);
    };
    add(u"c"_s, u"March 2016"_s);
    add(u"a"_s, u"October 2014"_s);
    add(u"e"_s, u"2018"_s);
    add(u"b"_s, u"May 2015"_s);
    add(u"d"_s, u"14 December 2017"_s);
    Catalogue catalogue;
    catalogue.setEvents(events);
    return catalogue;
}

QBitArray mask(const QList<int> &bits, int size = 5)
{
    QBitArray result(size);
    for (int bit : bits)
        result.setBit(bit);
    return result;
}

// Runs steps written as letters: n next, p previous, f first, l last, gN go to N, sN start at
// event N, b toggle blanked.
void run(PresentationController &controller, const QString &steps)
{
    for (const QString &step : steps.split(u' ', Qt::SkipEmptyParts)) {
        switch (step.at(0).unicode()) {
        case 'n':
            controller.next();
            break;
        case 'p':
            controller.previous();
            break;
        case 'f':
            controller.first();
            break;
        case 'l':
            controller.last();
            break;
        case 'g':
            controller.goTo(step.mid(1).toInt());
            break;
        case 's':
            controller.startAt(step.mid(1).toInt());
            break;
        case 'b':
            controller.toggleBlanked();
            break;
        default:
            QFAIL(qPrintable(u"unknown step "_s + step));
        }
    }
}

} // namespace

class tst_PresentationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalogue = catalogue(); }
    void dateOrder_data();
    void dateOrder();
    void steps_data();
    void steps();
    void progressText();
    void startAt_data();
    void startAt();
    void storyOrder();
    void storyWithUnknownEvent();
    void signalsOnlyOnChange();
    void blankedStepsOnlyUnblank();
    void empty();

private:
    Catalogue m_catalogue;
};

void tst_PresentationController::dateOrder_data()
{
    QTest::addColumn<QBitArray>("visible");
    QTest::addColumn<QList<int>>("sequence");

    QTest::newRow("no filter") << QBitArray() << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("filtered") << mask({4, 1, 3}) << QList<int>{1, 3, 4};
    QTest::newRow("nothing visible") << mask({}) << QList<int>{};
}

void tst_PresentationController::dateOrder()
{
    QFETCH(QBitArray, visible);
    QFETCH(QList<int>, sequence);
    PresentationController controller;
    controller.setEvents(m_catalogue, visible);
    QCOMPARE(controller.sequence(), sequence);
    QCOMPARE(controller.position(), sequence.isEmpty() ? -1 : 0);
    QVERIFY(controller.problems().isEmpty());
}

void tst_PresentationController::steps_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<int>("position");

    QTest::newRow("none") << u""_s << 0;
    QTest::newRow("next next previous") << u"n n p"_s << 1;
    QTest::newRow("stops at the end") << u"n n n n n n n"_s << 4;
    QTest::newRow("stops at the start") << u"p p n p p"_s << 0;
    QTest::newRow("last") << u"l"_s << 4;
    QTest::newRow("last previous") << u"l p"_s << 3;
    QTest::newRow("first after last") << u"l f"_s << 0;
    QTest::newRow("go to") << u"g2"_s << 2;
    QTest::newRow("go past the end") << u"g9"_s << 4;
    QTest::newRow("go before the start") << u"n g-3"_s << 0;
}

void tst_PresentationController::steps()
{
    QFETCH(QString, steps);
    QFETCH(int, position);
    PresentationController controller;
    controller.setEvents(m_catalogue);
    run(controller, steps);
    QCOMPARE(controller.position(), position);
    QCOMPARE(controller.currentEvent(), controller.sequence().at(position));
}

void tst_PresentationController::progressText()
{
    PresentationController controller;
    controller.setEvents(m_catalogue);
    QCOMPARE(controller.progressText(), u"1 / 5"_s);
    run(controller, u"n n"_s);
    QCOMPARE(controller.progressText(), u"3 / 5"_s);
    controller.last();
    QCOMPARE(controller.progressText(), u"5 / 5"_s);
}

void tst_PresentationController::startAt_data()
{
    QTest::addColumn<QBitArray>("visible");
    QTest::addColumn<int>("selected");
    QTest::addColumn<int>("position");

    QTest::newRow("selected event") << QBitArray() << 3 << 3;
    QTest::newRow("selected among the visible") << mask({1, 3, 4}) << 3 << 1;
    QTest::newRow("selected event filtered out") << mask({1, 3, 4}) << 2 << 0;
    QTest::newRow("nothing selected") << QBitArray() << -1 << 0;
}

void tst_PresentationController::startAt()
{
    QFETCH(QBitArray, visible);
    QFETCH(int, selected);
    QFETCH(int, position);
    PresentationController controller;
    controller.setEvents(m_catalogue, visible);
    controller.last(); // startAt must not depend on where it was
    controller.startAt(selected);
    QCOMPARE(controller.position(), position);
}

void tst_PresentationController::storyOrder()
{
    PresentationController controller;
    controller.setStory(m_catalogue, Story{u"s"_s, u"Backwards"_s, {u"e"_s, u"a"_s, u"c"_s}});
    QVERIFY(controller.problems().isEmpty());
    QCOMPARE(controller.sequence(), (QList<int>{4, 0, 2}));
    QStringList titles;
    do {
        titles.append(m_catalogue.events().at(controller.currentEvent()).title);
    } while (controller.next());
    QCOMPARE(titles, (QStringList{u"E"_s, u"A"_s, u"C"_s}));
    QCOMPARE(controller.progressText(), u"3 / 3"_s);
}

void tst_PresentationController::storyWithUnknownEvent()
{
    PresentationController controller;
    controller.setStory(m_catalogue,
                        Story{u"s"_s, u"Briefing"_s, {u"d"_s, u"gone"_s, u"b"_s, u"also-gone"_s}});
    QCOMPARE(controller.sequence(), (QList<int>{3, 1}));
    QCOMPARE(controller.problems().size(), 2);
    QVERIFY2(controller.problems().at(0).contains(u"\u201Cgone\u201D"_s),
             qPrintable(controller.problems().at(0)));
    QVERIFY(controller.problems().at(0).contains(u"Briefing"_s));
    QVERIFY(controller.problems().at(1).contains(u"\u201Calso-gone\u201D"_s));

    // A later sequence starts with no problems of its own.
    controller.setEvents(m_catalogue);
    QVERIFY(controller.problems().isEmpty());
}

void tst_PresentationController::signalsOnlyOnChange()
{
    PresentationController controller;
    controller.setEvents(m_catalogue, mask({0, 2, 4}));
    QSignalSpy spy(&controller, &PresentationController::currentChanged);

    QVERIFY(!controller.previous()); // already at the start
    QVERIFY(controller.next());
    QVERIFY(controller.last());
    QVERIFY(!controller.next());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0), (QVariantList{1, 2}));
    QCOMPARE(spy.at(1), (QVariantList{2, 4}));
}

void tst_PresentationController::blankedStepsOnlyUnblank()
{
    PresentationController controller;
    controller.setEvents(m_catalogue);
    QSignalSpy blanked(&controller, &PresentationController::blankedChanged);

    run(controller, u"n b"_s);
    QVERIFY(controller.isBlanked());
    QCOMPARE(controller.position(), 1);

    run(controller, u"n"_s); // brings the picture back and stays
    QVERIFY(!controller.isBlanked());
    QCOMPARE(controller.position(), 1);

    run(controller, u"b b n"_s);
    QVERIFY(!controller.isBlanked());
    QCOMPARE(controller.position(), 2);
    QCOMPARE(blanked.size(), 4);
    QCOMPARE(blanked.at(0).at(0).toBool(), true);
    QCOMPARE(blanked.at(1).at(0).toBool(), false);
}

void tst_PresentationController::empty()
{
    PresentationController controller;
    controller.setEvents(m_catalogue, mask({}));
    QVERIFY(controller.isEmpty());
    QCOMPARE(controller.position(), -1);
    QCOMPARE(controller.currentEvent(), -1);
    QVERIFY(!controller.next());
    QVERIFY(!controller.last());
    controller.startAt(2);
    QCOMPARE(controller.position(), -1);
    QCOMPARE(controller.progressText(), u"0 / 0"_s);
}

QTEST_GUILESS_MAIN(tst_PresentationController)
#include "tst_presentationcontroller.moc"

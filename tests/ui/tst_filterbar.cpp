#include "catalogue.h"
#include "choicebutton.h"
#include "filterbar.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EventFilter)

namespace {

Catalogue makeCatalogue()
{
    Catalogue catalogue;
    catalogue.setLanes(
        {{u"national"_s, u"National bodies"_s, {}}, {u"local"_s, u"LLR councils"_s, {}}});
    catalogue.setTags({{u"money"_s, u"Money"_s}, {u"policy"_s, u"Policy"_s}});
    catalogue.setActors({{u"nhse"_s, u"NHS England"_s, {}, {}, {}, {}}});
    TimelineEvent first;
    first.id = u"a"_s;
    first.date = EventDate::parse(u"October 2014"_s);
    TimelineEvent last;
    last.id = u"b"_s;
    last.date = EventDate::parse(u"2018/19"_s);
    catalogue.setEvents({first, last});
    return catalogue;
}

QAction *choice(ChoiceButton *button, const QString &id)
{
    for (QAction *action : button->choiceActions()) {
        if (action->data().toString() == id)
            return action;
    }
    return nullptr;
}

EventFilter lastFilter(const QSignalSpy &spy)
{
    return spy.last().first().value<EventFilter>();
}

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void offersTheCatalogue();
    void togglesApplyAtOnce_data();
    void togglesApplyAtOnce();
    void typingIsGathered();
    void returnAppliesAtOnce();
    void dateRange();
    void escapeClearsSearchThenFilter();
    void clearButton();
    void newCatalogueClearsTheFilter();
    void accessibleNames();
    void tabLeavesTheDateBoxes();
    void typedDates_data();
    void typedDates();
    void calendarOpensNearTheStory();

private:
    Catalogue m_catalogue;
};

void TestFilterBar::init()
{
    m_catalogue = makeCatalogue();
}

void TestFilterBar::offersTheCatalogue()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    QStringList lanes;
    for (const QAction *action : bar.laneButton()->choiceActions())
        lanes.append(action->text());
    QCOMPARE(lanes, QStringList({u"National bodies"_s, u"LLR councils"_s}));
    QCOMPARE(bar.tagButton()->choiceActions().size(), 2);
    QCOMPARE(bar.actorButton()->choiceActions().size(), 1);
    QVERIFY(bar.filter().isEmpty());
    QCOMPARE(bar.laneButton()->text(), u"Lanes: all"_s);

    FilterBar empty;
    empty.setCatalogue(Catalogue());
    QVERIFY(!empty.actorButton()->isEnabled()); // nothing to choose from
}

void TestFilterBar::togglesApplyAtOnce_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("id");

    QTest::newRow("lane") << u"lanes"_s << u"local"_s;
    QTest::newRow("tag") << u"tags"_s << u"money"_s;
    QTest::newRow("actor") << u"actors"_s << u"nhse"_s;
}

void TestFilterBar::togglesApplyAtOnce()
{
    QFETCH(QString, button);
    QFETCH(QString, id);

    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    ChoiceButton *choices = button == u"lanes"_s  ? bar.laneButton()
                            : button == u"tags"_s ? bar.tagButton()
                                                  : bar.actorButton();
    choice(choices, id)->trigger();
    QCOMPARE(changed.count(), 1);
    const EventFilter filter = lastFilter(changed);
    const QSet<QString> expected{id};
    QCOMPARE(button == u"lanes"_s  ? filter.laneIds
             : button == u"tags"_s ? filter.tagIds
                                   : filter.actorIds,
             expected);
    QVERIFY(choices->text().contains(u": "_s));
    QVERIFY(!choices->text().endsWith(u"all"_s));

    choice(choices, id)->trigger(); // off again: everything
    QCOMPARE(changed.count(), 2);
    QVERIFY(lastFilter(changed).isEmpty());
}

void TestFilterBar::typingIsGathered()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::filterChanged);

    QTest::keyClicks(bar.searchField(), u"budget"_s);
    QCOMPARE(changed.count(), 0); // not on every keystroke
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastFilter(changed).text, u"budget"_s);
    QCOMPARE(bar.filter().text, u"budget"_s);
}

void TestFilterBar::returnAppliesAtOnce()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    QTest::keyClicks(bar.searchField(), u"  plan "_s);
    QTest::keyClick(bar.searchField(), Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastFilter(changed).text, u"plan"_s);
    QTest::qWait(2 * FilterBar::kTypingDelayMs);
    QCOMPARE(changed.count(), 1); // the pending timer was cancelled
}

void TestFilterBar::dateRange()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::filterChanged);

    QCOMPARE(bar.fromEdit()->text(), u"Any date"_s);
    QCOMPARE(bar.toEdit()->text(), u"Any date"_s);
    QCOMPARE(bar.fromEdit()->minimumDate(), QDate(2014, 9, 30)); // the day before the first

    bar.fromEdit()->setDate(QDate(2016, 1, 1));
    bar.toEdit()->setDate(QDate(2017, 6, 30));
    QVERIFY(changed.wait());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(lastFilter(changed).from, QDate(2016, 1, 1));
    QCOMPARE(lastFilter(changed).to, QDate(2017, 6, 30));

    // Each date has a button back to "Any date", shown while a date is set.
    auto *anyFrom = bar.findChild<QToolButton *>(u"anyFromDate"_s);
    QVERIFY(anyFrom && anyFrom->isVisible());
    QTest::mouseClick(anyFrom, Qt::LeftButton);
    QCOMPARE(bar.fromEdit()->text(), u"Any date"_s);
    QVERIFY(!anyFrom->isVisible());
    bar.applyNow();
    QVERIFY(!lastFilter(changed).from.isValid());
    QCOMPARE(lastFilter(changed).to, QDate(2017, 6, 30));
}

void TestFilterBar::escapeClearsSearchThenFilter()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::filterChanged);

    choice(bar.laneButton(), u"local"_s)->trigger();
    bar.focusSearch();
    QTest::keyClicks(bar.searchField(), u"plan"_s);
    QTest::keyClick(bar.searchField(), Qt::Key_Return);
    QCOMPARE(bar.filter().text, u"plan"_s);

    QTest::keyClick(bar.searchField(), Qt::Key_Escape);
    QVERIFY(bar.searchField()->text().isEmpty());
    QVERIFY(bar.filter().text.isEmpty());
    QCOMPARE(bar.filter().laneIds, QSet<QString>{u"local"_s}); // still there

    QTest::keyClick(bar.searchField(), Qt::Key_Escape);
    QVERIFY(bar.filter().isEmpty());
    QVERIFY(!choice(bar.laneButton(), u"local"_s)->isChecked());
    QVERIFY(lastFilter(changed).isEmpty());
}

void TestFilterBar::clearButton()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    auto *clear = bar.findChild<QToolButton *>(u"clearFilter"_s);
    QVERIFY(clear);
    QVERIFY(!clear->isEnabled());
    choice(bar.tagButton(), u"policy"_s)->trigger();
    bar.toEdit()->setDate(QDate(2016, 1, 1));
    bar.applyNow();
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(bar.filter().isEmpty());
    QCOMPARE(bar.toEdit()->text(), u"Any date"_s);
    QVERIFY(!clear->isEnabled());
}

void TestFilterBar::newCatalogueClearsTheFilter()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    choice(bar.laneButton(), u"local"_s)->trigger();
    QCOMPARE(changed.count(), 1);

    Catalogue other;
    other.setLanes({{u"x"_s, u"X"_s, {}}});
    bar.setCatalogue(other);
    QCOMPARE(changed.count(), 2);
    QVERIFY(bar.filter().isEmpty());
    QCOMPARE(bar.laneButton()->choiceActions().size(), 1);
}

void TestFilterBar::accessibleNames()
{
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    const QList<QWidget *> widgets{bar.searchField(), bar.laneButton(), bar.tagButton(),
                                   bar.actorButton(), bar.fromEdit(),   bar.toEdit()};
    for (const QWidget *widget : widgets)
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
}

void TestFilterBar::tabLeavesTheDateBoxes()
{
    // Tab goes on from From (showing "Any date") to To and out of the bar, and Shift+Tab back.
    QWidget window;
    auto *bar = new FilterBar(&window);
    auto *after = new QLineEdit(&window);
    after->move(0, 80);
    bar->setCatalogue(m_catalogue);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bar->fromEdit()->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), bar->fromEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), bar->toEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), bar->fromEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != bar->toEdit());
    QVERIFY(QApplication::focusWidget() != bar->fromEdit());
}

void TestFilterBar::typedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1 Sept 2017") << u"1 Sept 2017"_s << QDate(2017, 9, 1);
    QTest::newRow("1 Sep 2017") << u"1 Sep 2017"_s << QDate(2017, 9, 1);
    QTest::newRow("01/09/2017") << u"01/09/2017"_s << QDate(2017, 9, 1);
    QTest::newRow("2017-09-01") << u"2017-09-01"_s << QDate(2017, 9, 1);
    QTest::newRow("14 June 2018") << u"14 June 2018"_s << QDate(2018, 6, 14);
}

void TestFilterBar::typedDates()
{
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    for (QDateEdit *edit : {bar.fromEdit(), bar.toEdit()}) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->date(), date);
    }
    bar.applyNow();
    QVERIFY(!spy.isEmpty());
    QCOMPARE(lastFilter(spy).from, date);
    QCOMPARE(lastFilter(spy).to, date);
}

void TestFilterBar::calendarOpensNearTheStory()
{
    // While the boxes say "Any date", their calendars open on the story's first and last
    // months, not on the day before it.
    FilterBar bar;
    bar.setCatalogue(m_catalogue);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    for (QDateEdit *edit : {bar.fromEdit(), bar.toEdit()}) {
        const QRect box = edit->rect();
        // The popup opens from the arrow at the right.
        QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(box.right() - 4, box.center().y()));
        QCalendarWidget *calendar = edit->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        const bool from = edit == bar.fromEdit();
        QCOMPARE(calendar->yearShown(), from ? 2014 : 2019);
        QCOMPARE(calendar->monthShown(), from ? 10 : 3);
        calendar->window()->hide();
    }
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"

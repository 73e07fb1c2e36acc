#include "catalogue.h"
#include "storybuilderdialog.h"
#include "storystore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// 0 fyfv (2014), 1 stps (2015), 2 plan (2016), 3 letter (2017), 4 review (2018).
Catalogue catalogue()
{
    QList<TimelineEvent> events;
    const auto add = [&](const QString &id, const QString &date) {
        TimelineEvent event;
        event.id = id;
        event.title = u"Event "_s + id;
        event.date = EventDate::parse(date);
        events.append(event);
    };
    add(u"letter"_s, u"14 December 2017"_s);
    add(u"fyfv"_s, u"October 2014"_s);
    add(u"review"_s, u"April 2018"_s);
    add(u"stps"_s, u"December 2015"_s);
    add(u"plan"_s, u"March 2016"_s);
    Catalogue catalogue;
    catalogue.setEvents(events);
    return catalogue;
}

QPushButton *button(QDialog &dialog, const QString &text)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class tst_StoryBuilderDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalogue = catalogue(); }
    void listsTheChosenEvents();
    void edits_data();
    void edits();
    void keyboard();
    void buttonsFollowTheSelection();
    void saveNeedsATitleAndEvents();
    void savesToTheStoriesFile();
    void idDoesNotClash();
    void failedSaveStaysOpen();

private:
    Catalogue m_catalogue;
};

void tst_StoryBuilderDialog::listsTheChosenEvents()
{
    StoryBuilderDialog dialog(m_catalogue, {3, 0, 3, 42, -1, 4});
    const auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list);
    QCOMPARE(dialog.events(), (QList<int>{3, 0, 4})); // repeats and unknowns left out
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), u"14 December 2017 \u2014 Event letter"_s);
    QCOMPARE(list->currentRow(), 0);
}

void tst_StoryBuilderDialog::edits_data()
{
    QTest::addColumn<QStringList>("clicks"); // "row:button"
    QTest::addColumn<QList<int>>("events");

    QTest::newRow("none") << QStringList{} << QList<int>{4, 0, 3, 1};
    QTest::newRow("move the last up twice")
        << QStringList{u"3:Move Up"_s, u"2:Move Up"_s} << QList<int>{4, 1, 0, 3};
    QTest::newRow("move the first down") << QStringList{u"0:Move Down"_s} << QList<int>{0, 4, 3, 1};
    QTest::newRow("remove two") << QStringList{u"1:Remove"_s, u"0:Remove"_s} << QList<int>{3, 1};
    QTest::newRow("date order") << QStringList{u"0:Date Order"_s} << QList<int>{0, 1, 3, 4};
}

void tst_StoryBuilderDialog::edits()
{
    QFETCH(QStringList, clicks);
    QFETCH(QList<int>, events);
    StoryBuilderDialog dialog(m_catalogue, {4, 0, 3, 1});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    for (const QString &click : clicks) {
        const QStringList parts = click.split(u':');
        list->setCurrentRow(parts.at(0).toInt());
        QPushButton *b = button(dialog, parts.at(1));
        QVERIFY2(b && b->isEnabled(), qPrintable(click));
        QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(dialog.events(), events);
}

void tst_StoryBuilderDialog::keyboard()
{
    StoryBuilderDialog dialog(m_catalogue, {0, 1, 2, 3});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListWidget *>();
    list->setFocus();
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(dialog.events(), (QList<int>{0, 2, 1, 3}));
    QCOMPARE(list->currentRow(), 1); // the moved event stays selected
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(dialog.events(), (QList<int>{0, 1, 3, 2}));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(dialog.events(), (QList<int>{0, 1, 3}));
    QCOMPARE(list->currentRow(), 2);
}

void tst_StoryBuilderDialog::buttonsFollowTheSelection()
{
    StoryBuilderDialog dialog(m_catalogue, {0, 1, 2});
    auto *list = dialog.findChild<QListWidget *>();
    list->setCurrentRow(0);
    QVERIFY(!button(dialog, u"Move Up"_s)->isEnabled());
    QVERIFY(button(dialog, u"Move Down"_s)->isEnabled());
    list->setCurrentRow(2);
    QVERIFY(button(dialog, u"Move Up"_s)->isEnabled());
    QVERIFY(!button(dialog, u"Move Down"_s)->isEnabled());
}

void tst_StoryBuilderDialog::saveNeedsATitleAndEvents()
{
    StoryBuilderDialog dialog(m_catalogue, {2});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(), u"   "_s);
    QVERIFY(!saveButton(dialog)->isEnabled()); // spaces are not a title
    QTest::keyClicks(dialog.findChild<QLineEdit *>(), u"Briefing"_s);
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(button(dialog, u"Remove"_s), Qt::LeftButton);
    QVERIFY(!saveButton(dialog)->isEnabled());
}

void tst_StoryBuilderDialog::savesToTheStoriesFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalogue.json.stories.json"_s);
    StoryBuilderDialog dialog(m_catalogue, {3, 0, 4});
    dialog.setStoriesFile(path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(), u"  Scrutiny  briefing "_s);
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const Story story = dialog.story();
    QCOMPARE(story.id, u"scrutiny-briefing"_s);
    QCOMPARE(story.title, u"Scrutiny briefing"_s);
    QCOMPARE(story.eventIds, (QStringList{u"letter"_s, u"fyfv"_s, u"review"_s}));

    const StoryLoadResult saved = StoryStore::read(path, &m_catalogue);
    QVERIFY(saved.ok());
    QCOMPARE(saved.stories.size(), 1);
    QCOMPARE(saved.stories.first().id, story.id);
    QCOMPARE(saved.stories.first().eventIds, story.eventIds);
}

void tst_StoryBuilderDialog::idDoesNotClash()
{
    StoryBuilderDialog dialog(m_catalogue, {1});
    dialog.setExistingStories({Story{u"briefing"_s, u"Briefing"_s, {u"fyfv"_s}}});
    dialog.setTitle(u"Briefing"_s);
    QCOMPARE(dialog.story().id, u"briefing-2"_s);
}

void tst_StoryBuilderDialog::failedSaveStaysOpen()
{
    QTemporaryDir dir;
    // A folder cannot be made under a plain file.
    const QString blocker = dir.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/catalogue.json.stories.json"_s;

    StoryBuilderDialog dialog(m_catalogue, {1, 2});
    dialog.setStoriesFile(path);
    dialog.setTitle(u"Briefing"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(u"could not be saved"_s))
            problem = label;
    }
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QDir::toNativeSeparators(path)), qPrintable(problem->text()));
}

QTEST_MAIN(tst_StoryBuilderDialog)
#include "tst_storybuilderdialog.moc"

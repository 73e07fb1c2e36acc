#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// The rows of the page as "group|description|keys", read from the tree the user sees.
QStringList shownRows(const ShortcutsDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QStringList rows;
    if (!tree)
        return rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            rows << group->text(0) + u'|' + group->child(i)->text(0) + u'|' +
                        group->child(i)->text(1);
        }
    }
    return rows;
}

QStringList shownGroups(const ShortcutsDialog &dialog)
{
    const auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QStringList groups;
    for (int g = 0; tree && g < tree->topLevelItemCount(); ++g)
        groups << tree->topLevelItem(g)->text(0);
    return groups;
}

QString native(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void plainActionText_data();
    void plainActionText();
    void listsEachActionShortcut_data();
    void listsEachActionShortcut();
    void skipsActionsWithoutShortcuts();
    void joinsSeveralShortcuts();
    void ordersGroups();
    void showsEachKeyOncePerGroup();
    void builtInKeysCoverTimelineAndPresentation_data();
    void builtInKeysCoverTimelineAndPresentation();
    void closes();
};

void TestShortcutsDialog::plainActionText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mnemonic") << u"&Open"_s << u"Open"_s;
    QTest::newRow("mnemonic inside") << u"E&xport"_s << u"Export"_s;
    QTest::newRow("ellipsis") << u"&Export\u2026"_s << u"Export"_s;
    QTest::newRow("three dots") << u"Save &As..."_s << u"Save As"_s;
    QTest::newRow("literal ampersand") << u"Save && &Quit"_s << u"Save & Quit"_s;
    QTest::newRow("plain") << u"Present"_s << u"Present"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestShortcutsDialog::plainActionText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ShortcutsDialog::plainActionText(text), expected);
}

void TestShortcutsDialog::listsEachActionShortcut_data()
{
    QTest::addColumn<QString>("menuTitle");
    QTest::addColumn<QString>("groupProperty");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::addColumn<QString>("expectedRow");

    QTest::newRow("file menu") << u"&File"_s << QString() << u"&Export\u2026"_s
                               << QKeySequence(Qt::CTRL | Qt::Key_E)
                               << u"File|Export|"_s + native(Qt::CTRL | Qt::Key_E);
    QTest::newRow("function key") << u"&View"_s << QString() << u"&Present"_s
                                  << QKeySequence(Qt::Key_F5) << u"View|Present|F5"_s;
    QTest::newRow("group property wins")
        << u"&Go"_s << u"Timeline"_s << u"Zoom to &Fit"_s << QKeySequence(Qt::CTRL | Qt::Key_0)
        << u"Timeline|Zoom to Fit|"_s + native(Qt::CTRL | Qt::Key_0);
    QTest::newRow("modifiers") << u"&Help"_s << QString() << u"&About"_s
                               << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)
                               << u"Help|About|"_s + native(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
}

void TestShortcutsDialog::listsEachActionShortcut()
{
    QFETCH(QString, menuTitle);
    QFETCH(QString, groupProperty);
    QFETCH(QString, text);
    QFETCH(QKeySequence, shortcut);
    QFETCH(QString, expectedRow);

    QMenu menu(menuTitle);
    QAction *action = menu.addAction(text);
    action->setShortcut(shortcut);
    if (!groupProperty.isEmpty())
        action->setProperty("shortcutGroup", groupProperty);

    ShortcutsDialog dialog({action}, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(shownRows(dialog), QStringList{expectedRow});
}

void TestShortcutsDialog::skipsActionsWithoutShortcuts()
{
    QMenu menu(u"&File"_s);
    menu.addAction(u"&Recent files"_s);
    menu.addSeparator();
    menu.addAction(u"&Open"_s)->setShortcut(Qt::CTRL | Qt::Key_O);
    ShortcutsDialog dialog(menu.actions(), {});
    QCOMPARE(shownRows(dialog), QStringList{u"File|Open|"_s + native(Qt::CTRL | Qt::Key_O)});
}

void TestShortcutsDialog::joinsSeveralShortcuts()
{
    QAction action(u"&Next step"_s);
    action.setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Space)});
    action.setProperty("shortcutGroup", u"Presentation"_s);
    ShortcutsDialog dialog({&action}, {});
    QCOMPARE(shownRows(dialog), QStringList{u"Presentation|Next step|"_s + native(Qt::Key_Right) +
                                            u", "_s + native(Qt::Key_Space)});
}

void TestShortcutsDialog::ordersGroups()
{
    QMenu file(u"&File"_s);
    QMenu help(u"&Help"_s);
    QMenu view(u"&View"_s);
    help.addAction(u"&Keyboard shortcuts"_s)->setShortcut(Qt::Key_F1);
    file.addAction(u"&Open"_s)->setShortcut(Qt::CTRL | Qt::Key_O);
    view.addAction(u"&Present"_s)->setShortcut(Qt::Key_F5);
    const QList<QAction *> actions = help.actions() + file.actions() + view.actions();
    const QList<ShortcutEntry> extra{
        {u"B"_s, u"Blank the screen"_s, u"Presentation"_s},
        {u"Esc"_s, u"Clear the search"_s, u"Timeline"_s},
    };

    ShortcutsDialog unordered(actions, extra);
    QCOMPARE(shownGroups(unordered),
             (QStringList{u"Help"_s, u"File"_s, u"View"_s, u"Presentation"_s, u"Timeline"_s}));

    ShortcutsDialog ordered(actions, extra,
                            {u"File"_s, u"View"_s, u"Timeline"_s, u"Presentation"_s, u"Help"_s});
    QCOMPARE(shownGroups(ordered),
             (QStringList{u"File"_s, u"View"_s, u"Timeline"_s, u"Presentation"_s, u"Help"_s}));
    QCOMPARE(ordered.entries().size(), 5);
}

void TestShortcutsDialog::showsEachKeyOncePerGroup()
{
    QAction find(u"&Find\u2026"_s);
    find.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find.setProperty("shortcutGroup", u"Timeline"_s);
    const QList<ShortcutEntry> extra{
        ShortcutEntry::fromSequence(Qt::CTRL | Qt::Key_F, u"Search events"_s, u"Timeline"_s),
        ShortcutEntry::fromSequence(Qt::Key_Escape, u"Leave"_s, u"Presentation"_s),
        ShortcutEntry::fromSequence(Qt::Key_Escape, u"Clear"_s, u"Timeline"_s),
    };
    ShortcutsDialog dialog({&find}, extra, {u"Timeline"_s, u"Presentation"_s});
    QCOMPARE(shownRows(dialog), (QStringList{
                                    u"Timeline|Find|"_s + native(Qt::CTRL | Qt::Key_F),
                                    u"Timeline|Clear|"_s + native(Qt::Key_Escape),
                                    u"Presentation|Leave|"_s + native(Qt::Key_Escape),
                                }));
}

void TestShortcutsDialog::builtInKeysCoverTimelineAndPresentation_data()
{
    // Every key the timeline and the presentation window handle (see their keyPressEvent()).
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("keys");
    const QString slash = u" / "_s;
    const QString shift = native(QKeySequence(Qt::SHIFT | Qt::Key_Left)) + slash +
                          native(QKeySequence(Qt::SHIFT | Qt::Key_Right));
    QTest::newRow("panes") << u"Window"_s << u"Tab / Shift+Tab"_s;
    QTest::newRow("find") << u"Timeline"_s << native(QKeySequence::Find);
    QTest::newRow("clear") << u"Timeline"_s << native(Qt::Key_Escape);
    QTest::newRow("zoom") << u"Timeline"_s << native(Qt::Key_Plus) + slash + native(Qt::Key_Minus);
    QTest::newRow("walk") << u"Timeline"_s << native(Qt::Key_Left) + slash + native(Qt::Key_Right);
    QTest::newRow("pan") << u"Timeline"_s << shift;
    QTest::newRow("page") << u"Timeline"_s
                          << native(Qt::Key_PageUp) + slash + native(Qt::Key_PageDown);
    QTest::newRow("fit") << u"Timeline"_s << native(Qt::Key_Home);
    QTest::newRow("zoom to selection") << u"Timeline"_s << native(Qt::Key_Z);
    QTest::newRow("source") << u"Timeline"_s << native(Qt::Key_Return);
    QTest::newRow("scroll the lanes") << u"Timeline"_s
                                      << native(Qt::Key_Up) + slash + native(Qt::Key_Down);
    QTest::newRow("scroll by the names") << u"Timeline"_s << u"Wheel / drag over the lane names"_s;
    QTest::newRow("expand and collapse") << u"Timeline"_s
                                         << u"Click a lane's name / its triangle"_s;
    QTest::newRow("next step") << u"Presentation"_s << u"Right / Space / Page Down / N"_s;
    QTest::newRow("previous step") << u"Presentation"_s << u"Left / Backspace / Page Up / P"_s;
    QTest::newRow("first and last") << u"Presentation"_s
                                    << native(Qt::Key_Home) + slash + native(Qt::Key_End);
    QTest::newRow("blank") << u"Presentation"_s << u"B / ."_s;
    QTest::newRow("leave") << u"Presentation"_s << native(Qt::Key_Escape);
}

void TestShortcutsDialog::builtInKeysCoverTimelineAndPresentation()
{
    QFETCH(QString, group);
    QFETCH(QString, keys);
    const QList<ShortcutEntry> entries = ShortcutsDialog::builtInKeys();
    bool found = false;
    for (const ShortcutEntry &entry : entries) {
        QVERIFY(!entry.keys.isEmpty());
        QVERIFY(!entry.description.isEmpty());
        found = found || (entry.group == group && entry.keys == keys);
    }
    QVERIFY2(found, qPrintable(keys + u" in "_s + group));

    ShortcutsDialog dialog({}, entries);
    QCOMPARE(shownRows(dialog).size(), entries.size());
}

void TestShortcutsDialog::closes()
{
    ShortcutsDialog dialog({}, ShortcutsDialog::builtInKeys());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"

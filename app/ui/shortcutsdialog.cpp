#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString groupOf(const QAction *action)
{
    const QString property = action->property("shortcutGroup").toString();
    if (!property.isEmpty())
        return property;
    const QList<QObject *> holders = action->associatedObjects();
    for (const QObject *holder : holders) {
        if (const auto *menu = qobject_cast<const QMenu *>(holder)) {
            const QString title = ShortcutsDialog::plainActionText(menu->title());
            if (!title.isEmpty())
                return title;
        }
    }
    return ShortcutsDialog::tr("General");
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.join(u", "_s);
}

// Groups in groupOrder first, then the others in order of first appearance; within a group,
// the order given. The same keys twice in one group are shown once.
QList<ShortcutEntry> ordered(const QList<ShortcutEntry> &entries, const QStringList &groupOrder)
{
    QStringList groups;
    for (const QString &group : groupOrder) {
        if (!groups.contains(group))
            groups << group;
    }
    for (const ShortcutEntry &entry : entries) {
        if (!groups.contains(entry.group))
            groups << entry.group;
    }

    QList<ShortcutEntry> result;
    for (const QString &group : std::as_const(groups)) {
        QStringList seenKeys;
        for (const ShortcutEntry &entry : entries) {
            if (entry.group != group || seenKeys.contains(entry.keys))
                continue;
            seenKeys << entry.keys;
            result << entry;
        }
    }
    return result;
}

} // namespace

ShortcutEntry ShortcutEntry::fromSequence(const QKeySequence &sequence, const QString &description,
                                          const QString &group)
{
    return {sequence.toString(QKeySequence::NativeText), description, group};
}

QString ShortcutsDialog::plainActionText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            // "&&" is a literal ampersand; a single '&' marks the mnemonic.
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                plain += u'&';
                ++i;
            }
            continue;
        }
        plain += text.at(i);
    }
    if (plain.endsWith(u"..."_s))
        plain.chop(3);
    else if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    return plain.trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions,
                                 const QList<ShortcutEntry> &extraEntries,
                                 const QStringList &groupOrder, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);

    QList<ShortcutEntry> entries;
    for (const QAction *action : actions) {
        if (!action || action->isSeparator())
            continue;
        const QString keys = keysOf(action);
        if (keys.isEmpty())
            continue;
        entries.append({keys, plainActionText(action->text()), groupOf(action)});
    }
    entries.append(extraEntries);
    m_entries = ordered(entries, groupOrder);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);

    QTreeWidgetItem *groupItem = nullptr;
    for (const ShortcutEntry &entry : std::as_const(m_entries)) {
        if (!groupItem || groupItem->text(0) != entry.group) {
            groupItem = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(groupItem, {entry.description, entry.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *empty = new QLabel(tr("No keyboard shortcuts."), this);
    empty->setObjectName(u"emptyLabel"_s);
    empty->setVisible(m_entries.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 600);
}

QList<ShortcutEntry> ShortcutsDialog::builtInKeys()
{
    const auto native = [](QKeySequence sequence) -> QString {
        return sequence.toString(QKeySequence::NativeText);
    };
    // QString, not auto: with QStringBuilder, auto would return a view of temporaries.
    const auto pair = [&](QKeySequence a, QKeySequence b) -> QString {
        return native(a) + u" / "_s + native(b);
    };
    const QString timeline = tr("Timeline");
    const QString presentation = tr("Presentation");
    const auto shifted = [&](QKeySequence a, QKeySequence b) -> QString {
        return native(QKeySequence(Qt::SHIFT | a[0].key())) + u" / "_s +
               native(QKeySequence(Qt::SHIFT | b[0].key()));
    };
    const QString window = tr("Window");
    return {
        {tr("Tab / Shift+Tab"), tr("Move between the panes"), window},
        {pair(Qt::Key_Left, Qt::Key_Right), tr("Previous / next event"), timeline},
        {shifted(Qt::Key_Left, Qt::Key_Right), tr("Pan the timeline"), timeline},
        {pair(Qt::Key_PageUp, Qt::Key_PageDown), tr("Pan by a whole view"), timeline},
        {pair(Qt::Key_Plus, Qt::Key_Minus), tr("Zoom in / out"), timeline},
        {native(Qt::Key_Home), tr("Fit the whole story"), timeline},
        {native(Qt::Key_Z), tr("Zoom to the selected event"), timeline},
        {tr("Wheel / drag"), tr("Zoom around the pointer / pan"), timeline},
        {tr("Drag along the dates"), tr("Zoom to that range"), timeline},
        {pair(Qt::Key_Up, Qt::Key_Down), tr("Scroll the lanes"), timeline},
        {tr("Wheel / drag over the lane names"), tr("Scroll the lanes"), timeline},
        {tr("Click a lane's name / its triangle"), tr("Expand / collapse the lane"), timeline},
        {native(Qt::Key_Return), tr("Open the selected event's source"), timeline},
        {native(QKeySequence::Find), tr("Search events"), timeline},
        {native(Qt::Key_Escape), tr("Clear the search and selection"), timeline},
        {tr("Right / Space / Page Down / N"), tr("Next step"), presentation},
        {tr("Left / Backspace / Page Up / P"), tr("Previous step"), presentation},
        {pair(Qt::Key_Home, Qt::Key_End), tr("First / last step"), presentation},
        {tr("Number, then Enter"), tr("Go to that step"), presentation},
        {tr("B / ."), tr("Blank the screen, and back"), presentation},
        {native(Qt::Key_Escape), tr("Leave the presentation"), presentation},
    };
}

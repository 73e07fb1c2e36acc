#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QTreeWidget;

// One line of the shortcuts page for a key that is not a QAction: the timeline's and the
// presentation's own keys.
struct ShortcutEntry
{
    QString keys;        // as shown, e.g. "Ctrl+F" or "Left / Right"
    QString description; // what the keys do
    QString group;       // "Timeline", "Presentation", ...

    // keys from a sequence, in the platform's native text.
    static ShortcutEntry fromSequence(const QKeySequence &sequence, const QString &description,
                                      const QString &group);
};

// Help > Keyboard shortcuts: every shortcut on one page, grouped by area. It lists the
// actions it is given (their shortcuts and texts) and the extra entries for keys that are
// not actions. An action's group is its "shortcutGroup" property if set, otherwise the
// title of the first menu that holds it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // groupOrder: groups listed first, in this order; the others follow as they appear.
    ShortcutsDialog(const QList<QAction *> &actions, const QList<ShortcutEntry> &extraEntries,
                    const QStringList &groupOrder = {}, QWidget *parent = nullptr);

    // The keys the timeline view and the presentation handle themselves (not actions),
    // under the groups tr("Timeline") and tr("Presentation").
    static QList<ShortcutEntry> builtInKeys();

    // The lines shown, in order, for tests and for whoever wants to print them.
    QList<ShortcutEntry> entries() const { return m_entries; }

    // "&Open…" -> "Open", "Save && Quit" -> "Save & Quit".
    static QString plainActionText(const QString &text);

private:
    QList<ShortcutEntry> m_entries;
    QTreeWidget *m_tree = nullptr;
};

#include "choicebutton.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

using namespace Qt::StringLiterals;

ChoiceButton::ChoiceButton(const QString &noun, const QString &allLabel, QWidget *parent)
    : QPushButton(parent), m_noun(noun), m_menu(new QMenu(this))
{
    setMenu(m_menu);
    setAccessibleName(noun);
    setToolTip(tr("Pick some to show only those; none picked shows all."));
    m_menu->setAccessibleName(noun);
    m_menu->installEventFilter(this);

    m_all = m_menu->addAction(allLabel);
    connect(m_all, &QAction::triggered, this, [this] {
        if (selectedIds().isEmpty())
            return;
        clearSelection();
        emit selectionChanged();
    });
    m_menu->addSeparator();
    updateText();
}

void ChoiceButton::setChoices(const QList<QPair<QString, QString>> &choices)
{
    qDeleteAll(m_choices);
    m_choices.clear();
    for (const auto &[id, name] : choices) {
        QAction *action = m_menu->addAction(name);
        action->setCheckable(true);
        action->setData(id);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit selectionChanged();
        });
        m_choices.append(action);
    }
    setEnabled(!m_choices.isEmpty());
    updateText();
}

QSet<QString> ChoiceButton::selectedIds() const
{
    QSet<QString> ids;
    for (const QAction *action : m_choices) {
        if (action->isChecked())
            ids.insert(action->data().toString());
    }
    return ids;
}

void ChoiceButton::setSelectedIds(const QSet<QString> &ids)
{
    for (QAction *action : std::as_const(m_choices)) {
        const QSignalBlocker blocker(action);
        action->setChecked(ids.contains(action->data().toString()));
    }
    updateText();
}

void ChoiceButton::clearSelection()
{
    setSelectedIds({});
}

bool ChoiceButton::eventFilter(QObject *watched, QEvent *event)
{
    // Toggle checkable choices without closing the menu, so several can be picked at once.
    if (watched == m_menu) {
        QAction *action = m_menu->activeAction();
        const bool isChoice = action && action->isCheckable() && action->isEnabled();
        if (isChoice && event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            action->trigger();
            return true;
        }
        if (isChoice && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
                action->trigger();
                return true;
            }
        }
    }
    return QPushButton::eventFilter(watched, event);
}

void ChoiceButton::updateText()
{
    QStringList names;
    for (const QAction *action : std::as_const(m_choices)) {
        if (action->isChecked())
            names.append(action->text());
    }
    QString summary;
    if (names.isEmpty())
        summary = tr("%1: all").arg(m_noun);
    else if (names.size() == 1)
        summary = tr("%1: %2").arg(m_noun,
                                   fontMetrics().elidedText(names.first(), Qt::ElideRight,
                                                            fontMetrics().averageCharWidth() * 18));
    else
        summary = tr("%1: %2 chosen").arg(m_noun).arg(names.size());
    setText(summary);
    // Names come from files: kept out of tooltips, which would read them as rich text.
    setAccessibleDescription(names.join(u", "_s));
    m_all->setEnabled(!names.isEmpty());
}

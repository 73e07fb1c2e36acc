#pragma once

#include <QPushButton>
#include <QSet>

class QMenu;

// A drop-down of checkable choices (lanes, tags, actors) for the filter bar. Nothing
// checked means "all". The menu stays open while choices are toggled.
class ChoiceButton : public QPushButton
{
    Q_OBJECT
public:
    // noun: "Lanes"; allLabel: "All lanes".
    ChoiceButton(const QString &noun, const QString &allLabel, QWidget *parent = nullptr);

    // (id, name) pairs, in the order to show; clears the selection.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    QList<QAction *> choiceActions() const { return m_choices; }

    QSet<QString> selectedIds() const;
    void setSelectedIds(const QSet<QString> &ids);
    void clearSelection();

signals:
    // The user checked or unchecked a choice, or chose "all".
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();

    QString m_noun;
    QMenu *m_menu = nullptr;
    QAction *m_all = nullptr;
    QList<QAction *> m_choices;
};

#pragma once

#include <QStyledItemDelegate>

// Draws the event list's cells: search matches highlighted inside the text, and planned
// events' dates in italics so they read as announcements rather than history. Edits a cell
// in place where the model allows it.
class EventListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EventListDelegate(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Lanes are picked from the catalogue's, not typed; title and date are typed.
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *editor, QEvent *event) override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_searchText;
};

#pragma once

#include <QStyledItemDelegate>

// Draws the event list's cells: search matches highlighted inside the text, and planned
// events' dates in italics so they read as announcements rather than history.
class EventListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EventListDelegate(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_searchText;
};

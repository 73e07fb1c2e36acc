#include "eventlistdelegate.h"

#include "eventtablemodel.h"
#include "searchhighlight.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

EventListDelegate::EventListDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void EventListDelegate::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
}

void EventListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == EventTableModel::DateColumn &&
        index.data(EventTableModel::PlannedRole).toBool())
        option->font.setItalic(true);
}

void EventListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QList<QTextLayout::FormatRange> matches = SearchHighlight::ranges(opt.text, m_searchText);
    if (matches.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Let the style draw the background, selection and focus; then draw the text ourselves
    // with the matches marked.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, opt.textElideMode, textRect.width());
    if (shown != text) // matches past the ellipsis are not drawn
        matches = SearchHighlight::ranges(shown, m_searchText);

    QTextLayout layout(shown, opt.font);
    QTextOption textOption(opt.displayAlignment);
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(matches);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

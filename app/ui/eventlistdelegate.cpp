#include "eventlistdelegate.h"

#include "eventtablemodel.h"
#include "searchhighlight.h"

#include "catalogue.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QPainter>
#include <QTextLayout>

namespace {

// The catalogue behind the view's model, through any proxies.
const Catalogue *catalogueOf(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    const auto *table = qobject_cast<const EventTableModel *>(model);
    return table ? table->catalogue() : nullptr;
}

} // namespace

EventListDelegate::EventListDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *EventListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const Catalogue *catalogue = catalogueOf(index.model());
    if (index.column() != EventTableModel::LaneColumn || !catalogue)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("laneEditor"));
    for (const Lane &lane : catalogue->lanes())
        box->addItem(lane.name, lane.id);
    return box;
}

bool EventListDelegate::eventFilter(QObject *editor, QEvent *event)
{
    // Enter and Esc end an edit in the list; the window's shortcuts on those keys (Enter opens
    // the source) must not take them from the cell editor first.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(editor, event);
}

void EventListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EventListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

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

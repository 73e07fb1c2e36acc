#include "passageview.h"

#include "searchhighlight.h"

#include <cmath>

PassageView::PassageView(const QString &text, QWidget *parent) : QTextEdit(parent), m_text(text)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setPlainText(text);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::ClickFocus); // Tab goes to the buttons, not into every passage
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(2);
    setAccessibleName(tr("Excerpt"));
    setAccessibleDescription(text);
}

void PassageView::setSearchText(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextLayout::FormatRange &range : SearchHighlight::ranges(m_text, text)) {
        QTextCursor cursor(document());
        cursor.setPosition(range.start);
        cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
        selections.append({cursor, range.format});
    }
    setExtraSelections(selections);
}

QList<QPair<int, int>> PassageView::highlightedRanges() const
{
    QList<QPair<int, int>> ranges;
    for (const QTextEdit::ExtraSelection &selection : extraSelections())
        ranges.append({selection.cursor.selectionStart(),
                       selection.cursor.selectionEnd() - selection.cursor.selectionStart()});
    return ranges;
}

QSize PassageView::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), heightForText()};
}

QSize PassageView::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10, heightForText()};
}

void PassageView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    // The height follows the wrapped text at the new width.
    const int height = heightForText();
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

int PassageView::heightForText() const
{
    // QTextEdit lays the document out at the viewport's width.
    return int(std::ceil(document()->size().height())) + 2 * frameWidth();
}

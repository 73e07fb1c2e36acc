#pragma once

#include <QTextEdit>

// A passage quoted from a source, shown read-only as plain text (never HTML), as tall as
// its text needs, with the current search term highlighted.
class PassageView : public QTextEdit
{
    Q_OBJECT
public:
    explicit PassageView(const QString &text, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setSearchText(const QString &text);
    // The characters currently highlighted as search matches, as [start, length) pairs.
    QList<QPair<int, int>> highlightedRanges() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int heightForText() const;

    QString m_text;
};

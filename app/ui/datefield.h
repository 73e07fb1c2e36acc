#pragma once

#include <QDate>
#include <QDateEdit>

// A date box that reads dates as people type them ("1 Sept 2017", "01/09/2017",
// "2017-09-01"), day first as in the UK, lets Tab leave it even while it shows its special
// value ("Any date"), and opens its calendar near a date of the timeline's rather than on
// that special value's.
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget *parent = nullptr);

    // Where the calendar opens while the box shows its special value.
    void setCalendarHint(QDate hint);
    QDate calendarHint() const { return m_hint; }

    // A typed date in any of the accepted forms; invalid when it is none of them.
    static QDate parse(const QString &text);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDate m_hint;
    bool m_typed = false; // text typed since it was last read
};

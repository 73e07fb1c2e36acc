#include "datefield.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(u"d MMM yyyy"_s);
    setCalendarPopup(true);
    calendarWidget()->installEventFilter(this);
}

void DateField::setCalendarHint(QDate hint)
{
    m_hint = hint;
}

QDate DateField::parse(const QString &text)
{
    const QString t = text.simplified();
    if (t.isEmpty())
        return {};
    // Day first, as written in the UK; en-GB spells September "Sept", others "Sep".
    static const QStringList formats{u"d MMM yyyy"_s, u"d MMMM yyyy"_s, u"d/M/yyyy"_s,
                                     u"d.M.yyyy"_s,   u"d-M-yyyy"_s,    u"yyyy-M-d"_s,
                                     u"d MMM yy"_s,   u"d/M/yy"_s};
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QStringList spellings{t};
    if (t.contains(u"Sept"_s, Qt::CaseInsensitive))
        spellings.append(QString(t).replace(u"Sept"_s, u"Sep"_s, Qt::CaseInsensitive));
    else if (t.contains(u"Sep"_s, Qt::CaseInsensitive))
        spellings.append(QString(t).replace(u"Sep"_s, u"Sept"_s, Qt::CaseInsensitive));
    for (const QString &spelling : std::as_const(spellings)) {
        for (const QString &format : formats) {
            QDate date = locale.toDate(spelling, format);
            if (date.isValid()) {
                if (format.endsWith(u"yy"_s) && !format.endsWith(u"yyyy"_s) && date.year() < 1970)
                    date = date.addYears(100);
                return date;
            }
        }
    }
    return {};
}

QValidator::State DateField::validate(QString &input, int &pos) const
{
    const QValidator::State state = QDateEdit::validate(input, pos);
    if (state == QValidator::Acceptable)
        return state;
    const QDate date = parse(input);
    if (date.isValid())
        return date >= minimumDate() && date <= maximumDate() ? QValidator::Acceptable
                                                              : QValidator::Intermediate;
    // Anything on its way to a date may be typed.
    return input.size() <= 40 ? QValidator::Intermediate : QValidator::Invalid;
}

QDateTime DateField::dateTimeFromText(const QString &text) const
{
    const QDate date = parse(text);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0));
    return QDateEdit::dateTimeFromText(text);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    // QDateTimeEdit keeps Tab while it shows its special value; here Tab always moves on
    // (typing, or the arrows, move between day, month and year).
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        m_typed = false;
        interpretText();
        const bool forward =
            event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(forward);
        event->accept();
        return;
    }
    // Typed text goes in as typed: QDateTimeEdit would move the caret between its day, month
    // and year as each key lands, which mangles "1 Sept 2017" or "01/09/2017". What was
    // typed is read on Enter, Tab or leaving the box.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        const QSignalBlocker blocker(lineEdit());
        if (!specialValueText().isEmpty() && lineEdit()->text() == specialValueText())
            lineEdit()->clear();
        if (lineEdit()->hasSelectedText())
            lineEdit()->del();
        lineEdit()->insert(text);
        m_typed = true;
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        m_typed = false;
    QDateEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    if (std::exchange(m_typed, false))
        interpretText();
    QDateEdit::focusOutEvent(event);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == calendarWidget() && event->type() == QEvent::Show && m_hint.isValid() &&
        date() == minimumDate() && !specialValueText().isEmpty())
        calendarWidget()->setCurrentPage(m_hint.year(), m_hint.month());
    return QDateEdit::eventFilter(watched, event);
}

#include "filterbar.h"

#include "catalogue.h"
#include "choicebutton.h"
#include "datefield.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

DateField *createDateEdit(const QString &accessibleName, QWidget *parent)
{
    auto *edit = new DateField(parent);
    edit->setAccessibleName(accessibleName);
    // The minimum date stands for "no limit" and shows as such.
    edit->setSpecialValueText(FilterBar::tr("Any date"));
    return edit;
}

template <typename Item> QList<QPair<QString, QString>> choicesOf(const QList<Item> &items)
{
    QList<QPair<QString, QString>> choices;
    choices.reserve(items.size());
    for (const Item &item : items)
        choices.append({item.id, item.name.isEmpty() ? item.id : item.name});
    return choices;
}

} // namespace

FilterBar::FilterBar(QWidget *parent) : QWidget(parent), m_typing(new QTimer(this))
{
    setAccessibleName(tr("Filter"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingDelayMs);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::applyNow);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Search titles, summaries, excerpts, actors (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    // Narrow enough that the whole bar fits an 800-pixel window; it grows with the width.
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 14);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::applyNow);
    layout->addWidget(m_search, 3);

    m_lanes = new ChoiceButton(tr("Lanes"), tr("All lanes"), this);
    m_tags = new ChoiceButton(tr("Tags"), tr("All tags"), this);
    m_actors = new ChoiceButton(tr("Actors"), tr("Any actor"), this);
    for (ChoiceButton *button : {m_lanes, m_tags, m_actors}) {
        connect(button, &ChoiceButton::selectionChanged, this, &FilterBar::applyNow);
        layout->addWidget(button);
    }

    layout->addSpacing(6);
    m_from = createDateEdit(tr("From date"), this);
    m_to = createDateEdit(tr("To date"), this);
    addDateField(layout, tr("Fro&m"), m_from, tr("Any start date"));
    addDateField(layout, tr("&To"), m_to, tr("Any end date"));

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFilter"_s);
    m_clear->setText(tr("Clear filter"));
    m_clear->setAccessibleName(tr("Clear filter"));
    m_clear->setToolTip(tr("Show every event again (Esc)"));
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    layout->addWidget(m_clear);

    setCatalogue(Catalogue());
}

void FilterBar::addDateField(QHBoxLayout *layout, const QString &label, QDateEdit *edit,
                             const QString &anyName)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    // QDateEdit cannot step below its minimum, which stands for "any": a button goes back.
    auto *any = new QToolButton(this);
    any->setObjectName(edit == m_from ? u"anyFromDate"_s : u"anyToDate"_s);
    any->setAutoRaise(true);
    any->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    any->setAccessibleName(anyName);
    any->setToolTip(anyName);
    any->setFocusPolicy(Qt::TabFocus);
    QSizePolicy policy = any->sizePolicy();
    policy.setRetainSizeWhenHidden(true); // the bar does not jump when it appears
    any->setSizePolicy(policy);
    any->hide();
    connect(any, &QToolButton::clicked, edit, [edit] { edit->setDate(edit->minimumDate()); });
    connect(edit, &QDateEdit::dateChanged, this, [this, edit, any] {
        any->setVisible(dateOf(edit).isValid());
        m_typing->start();
    });
    layout->addWidget(caption);
    layout->addWidget(edit);
    layout->addWidget(any);
}

void FilterBar::setCatalogue(const Catalogue &catalogue)
{
    m_search->clear();
    m_lanes->setChoices(choicesOf(catalogue.lanes()));
    m_tags->setChoices(choicesOf(catalogue.tags()));
    m_actors->setChoices(choicesOf(catalogue.actors()));

    const QDate first = catalogue.firstDay().isValid() ? catalogue.firstDay() : QDate(2000, 1, 1);
    const QDate last = catalogue.lastDay().isValid() ? catalogue.lastDay() : first;
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDateRange(first.addDays(-1), last.addYears(50));
    resetDates();
    // The calendars open on the timeline's span rather than on "any".
    m_from->calendarWidget()->setCurrentPage(first.year(), first.month());
    m_to->calendarWidget()->setCurrentPage(last.year(), last.month());
    static_cast<DateField *>(m_from)->setCalendarHint(first);
    static_cast<DateField *>(m_to)->setCalendarHint(last);
    applyNow();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clear()
{
    m_search->clear();
    for (ChoiceButton *button : {m_lanes, m_tags, m_actors})
        button->clearSelection();
    resetDates();
    applyNow();
}

void FilterBar::clearStep()
{
    if (m_search->text().isEmpty()) {
        clear();
        return;
    }
    m_search->clear();
    applyNow();
}

void FilterBar::applyNow()
{
    m_typing->stop();
    const EventFilter filter = currentFilter();
    m_clear->setEnabled(!filter.isEmpty());
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged(m_filter);
}

void FilterBar::keyPressEvent(QKeyEvent *event)
{
    // Reached when no window-wide Escape shortcut took the key first.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        clearStep();
        return;
    }
    QWidget::keyPressEvent(event);
}

EventFilter FilterBar::currentFilter() const
{
    EventFilter filter;
    filter.text = m_search->text().trimmed();
    filter.laneIds = m_lanes->selectedIds();
    filter.tagIds = m_tags->selectedIds();
    filter.actorIds = m_actors->selectedIds();
    filter.from = dateOf(m_from);
    filter.to = dateOf(m_to);
    return filter;
}

QDate FilterBar::dateOf(const QDateEdit *edit) const
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void FilterBar::resetDates()
{
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDate(edit->minimumDate());
}

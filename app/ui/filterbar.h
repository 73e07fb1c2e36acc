#pragma once

#include "eventfilter.h"

#include <QWidget>

class Catalogue;
class ChoiceButton;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

// The controls that build an EventFilter: text search, lanes, tags, actors and a date
// range. Typing and date edits are gathered for a moment before filterChanged() so that
// large timelines are not re-filtered on every keystroke; toggles apply at once.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTypingDelayMs = 150;

    explicit FilterBar(QWidget *parent = nullptr);

    // Offers the catalogue's lanes, tags and actors and its date span; clears the filter
    // (emitting filterChanged() if it was not empty).
    void setCatalogue(const Catalogue &catalogue);

    EventFilter filter() const { return m_filter; }

    QLineEdit *searchField() const { return m_search; }
    ChoiceButton *laneButton() const { return m_lanes; }
    ChoiceButton *tagButton() const { return m_tags; }
    ChoiceButton *actorButton() const { return m_actors; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

public slots:
    void focusSearch();
    // Everything back to "show all".
    void clear();
    // Escape: clears the search text first, then, pressed again, the rest of the filter.
    void clearStep();
    // Applies pending typing now instead of after the delay.
    void applyNow();

signals:
    void filterChanged(const EventFilter &filter);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addDateField(QHBoxLayout *layout, const QString &label, QDateEdit *edit,
                      const QString &anyName);
    EventFilter currentFilter() const;
    QDate dateOf(const QDateEdit *edit) const;
    void resetDates();

    EventFilter m_filter; // as last emitted
    QLineEdit *m_search = nullptr;
    ChoiceButton *m_lanes = nullptr;
    ChoiceButton *m_tags = nullptr;
    ChoiceButton *m_actors = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_typing = nullptr;
};

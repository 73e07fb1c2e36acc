#pragma once

#include "figure.h"
#include "figuremention.h"

#include <QDialog>
#include <QList>

class Catalogue;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a figure to an event, or changes one: the amount is picked from those the figure
// finder reads in the event's passages (so that it occurs in its quote, as the loader checks),
// the measure from those the catalogue has (a report of the same quantity joins its measure,
// and the chart shows the reports side by side) or a new one named, and the period typed as an
// event's date is ("2017/18", "by 2020/21"), or left empty when the source gives none.
class FigureDialog : public QDialog
{
    Q_OBJECT
public:
    // An amount the event's passages give, and the passage that gives it.
    struct Candidate
    {
        FigureMention mention;
        SourceLink passage;
    };
    // Every amount in the event's passages, in passage order.
    static QList<Candidate> candidates(const Catalogue &catalogue, const QString &eventId);

    // existing: the figure to change (its amount, measure and period chosen), or null to add.
    FigureDialog(const Catalogue &catalogue, const QString &eventId, const Figure *existing,
                 QWidget *parent = nullptr);

    // The figure as chosen: no id (the caller gives one); the measure's key is the chosen
    // measure's, or empty for a new measure named label.
    Figure figure() const;
    // What keeps OK greyed out, or empty.
    QString problem() const;

    QComboBox *amountBox() const { return m_amount; }
    QComboBox *measureBox() const { return m_measure; }
    QLineEdit *periodField() const { return m_period; }

private:
    void update();

    const Catalogue &m_catalogue;
    QString m_eventId;
    QList<Candidate> m_candidates;
    QComboBox *m_amount = nullptr;
    QComboBox *m_measure = nullptr;
    QLineEdit *m_period = nullptr;
    QLabel *m_periodInfo = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

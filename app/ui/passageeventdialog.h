#pragma once

#include "timelineevent.h"

#include <QDialog>

class Catalogue;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "New Event from Passage": the event a selected passage proposes, to check and correct
// before it is added. The title, date (parsed as it is typed, with the period it covers),
// approximate and planned, date basis, lane and summary are editable; the passage is shown
// with its source. Add Event is enabled while the title is there and the date parses.
class PassageEventDialog : public QDialog
{
    Q_OBJECT
public:
    PassageEventDialog(const Catalogue &catalogue, const TimelineEvent &proposed,
                       QWidget *parent = nullptr);

    // The proposed event with the fields as they stand.
    TimelineEvent event() const;

    QLineEdit *titleField() const { return m_title; }
    QLineEdit *dateField() const { return m_date; }
    QLabel *dateInfo() const { return m_dateInfo; }
    QCheckBox *approximateBox() const { return m_approximate; }
    QCheckBox *plannedBox() const { return m_planned; }
    QComboBox *laneBox() const { return m_lane; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    EventDate draftDate(QString *error) const;
    void update();

    TimelineEvent m_proposed;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_date = nullptr;
    QLabel *m_dateInfo = nullptr;
    QCheckBox *m_approximate = nullptr;
    QCheckBox *m_planned = nullptr;
    QLineEdit *m_dateBasis = nullptr;
    QComboBox *m_lane = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

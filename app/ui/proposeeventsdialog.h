#pragma once

#include "eventproposal.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;

// "Propose Events": every sentence of a document that holds a date, with the date it
// proposes, to accept or reject one by one or all at once. Sentences a linked passage already
// covers are marked and left unticked; sentences whose date cannot be worked out (a relative
// date in a document without a date) are shown but cannot be ticked.
class ProposeEventsDialog : public QDialog
{
    Q_OBJECT
public:
    ProposeEventsDialog(const QString &documentTitle, const QList<EventProposal> &proposals,
                        QWidget *parent = nullptr);

    // The proposals ticked, in document order.
    QList<EventProposal> accepted() const;

    QListWidget *list() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void setAllChecked(bool checked);

private:
    void update();

    QList<EventProposal> m_proposals;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

#include "proposeeventsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProposeEventsDialog::ProposeEventsDialog(const QString &documentTitle,
                                         const QList<EventProposal> &proposals, QWidget *parent)
    : QDialog(parent), m_proposals(proposals)
{
    setObjectName(u"proposeEventsDialog"_s);
    setWindowTitle(tr("Propose Events"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Sentences of \u201C%1\u201D that give a date. Tick those to add as events; each "
           "keeps its sentence as its passage.")
            .arg(documentTitle),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"proposals"_s);
    m_list->setAccessibleName(tr("Proposed events"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    for (const EventProposal &proposal : std::as_const(m_proposals)) {
        const QString date = proposal.date.isValid() ? proposal.date.label() : tr("no date");
        QString text = date + u" \u2014 "_s + proposal.quote;
        if (proposal.covered)
            text += u"\n"_s + tr("(already linked to an event)");
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(tr("Title: %1").arg(proposal.title));
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (proposal.date.isValid())
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(proposal.date.isValid() && !proposal.covered ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    layout->addWidget(m_list, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    layout->addWidget(m_count);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *all = m_buttons->addButton(tr("Tick &All"), QDialogButtonBox::ActionRole);
    all->setObjectName(u"tickAll"_s);
    QPushButton *none = m_buttons->addButton(tr("Tick &None"), QDialogButtonBox::ActionRole);
    none->setObjectName(u"tickNone"_s);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::itemChanged, this, &ProposeEventsDialog::update);
    update();
    resize(720, 480);
}

void ProposeEventsDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<EventProposal> ProposeEventsDialog::accepted() const
{
    QList<EventProposal> accepted;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            accepted.append(m_proposals.at(row));
    }
    return accepted;
}

void ProposeEventsDialog::update()
{
    const qsizetype ticked = accepted().size();
    m_count->setText(tr("%1 of %2 sentences ticked").arg(ticked).arg(m_list->count()));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(ticked == 1 ? tr("Add 1 Event") : tr("Add %1 Events").arg(ticked));
    ok->setEnabled(ticked > 0);
}

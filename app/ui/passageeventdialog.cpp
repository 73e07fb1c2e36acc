#include "passageeventdialog.h"

#include "catalogue.h"
#include "eventeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PassageEventDialog::PassageEventDialog(const Catalogue &catalogue, const TimelineEvent &proposed,
                                       QWidget *parent)
    : QDialog(parent), m_proposed(proposed)
{
    setObjectName(u"passageEventDialog"_s);
    setWindowTitle(tr("New Event from Passage"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_title = new QLineEdit(proposed.title, this);
    m_title->setObjectName(u"title"_s);
    form->addRow(tr("&Title:"), m_title);

    // The date as the label writes it, without the flags the boxes below hold.
    EventDate plain = proposed.date;
    plain.setApproximate(false);
    plain.setPlanned(false);
    m_date = new QLineEdit(plain.isValid() ? plain.label() : QString(), this);
    m_date->setObjectName(u"date"_s);
    m_date->setPlaceholderText(tr("e.g. 3 August 2017, 2018/19, by June 2018"));
    form->addRow(tr("&Date:"), m_date);
    m_dateInfo = new QLabel(this);
    m_dateInfo->setObjectName(u"dateInfo"_s);
    m_dateInfo->setWordWrap(true);
    form->addRow(QString(), m_dateInfo);
    m_approximate = new QCheckBox(tr("&Approximate"), this);
    m_approximate->setChecked(proposed.date.isApproximate());
    m_planned = new QCheckBox(tr("&Planned (still to come when written)"), this);
    m_planned->setChecked(proposed.date.isPlanned());
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_approximate);
    flags->addWidget(m_planned);
    flags->addStretch();
    form->addRow(QString(), flags);
    m_dateBasis = new QLineEdit(proposed.dateBasis(), this);
    m_dateBasis->setObjectName(u"dateBasis"_s);
    form->addRow(tr("Date &basis:"), m_dateBasis);

    m_lane = new QComboBox(this);
    m_lane->setObjectName(u"lane"_s);
    for (const Lane &lane : catalogue.lanes())
        m_lane->addItem(lane.name, lane.id);
    m_lane->setCurrentIndex(std::max(0, m_lane->findData(proposed.laneId)));
    form->addRow(tr("&Lane:"), m_lane);

    m_summary = new QPlainTextEdit(proposed.summary(), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("One to three sentences in your own words"));
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Summary:"), m_summary);

    QString passageText;
    if (!proposed.sources().isEmpty()) {
        const SourceLink &link = proposed.sources().constFirst();
        const SourceInfo *source = catalogue.source(link.sourceId);
        passageText = u"\u201C"_s + link.excerpt + u"\u201D"_s;
        if (source)
            passageText += u"\n\u2014 "_s + source->citation();
    }
    auto *passage = new QLabel(passageText, this);
    passage->setObjectName(u"passage"_s);
    passage->setTextFormat(Qt::PlainText);
    passage->setWordWrap(true);
    passage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Passage:"), passage);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Event"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &PassageEventDialog::update);
    connect(m_date, &QLineEdit::textChanged, this, &PassageEventDialog::update);
    connect(m_approximate, &QCheckBox::toggled, this, &PassageEventDialog::update);
    connect(m_planned, &QCheckBox::toggled, this, &PassageEventDialog::update);
    update();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

EventDate PassageEventDialog::draftDate(QString *error) const
{
    EventDate date = EventDate::parse(m_date->text().trimmed(), error);
    if (date.isValid()) {
        date.setApproximate(date.isApproximate() || m_approximate->isChecked());
        date.setPlanned(date.isPlanned() || m_planned->isChecked());
    }
    return date;
}

void PassageEventDialog::update()
{
    QString error;
    const EventDate date = draftDate(&error);
    if (m_date->text().trimmed().isEmpty())
        m_dateInfo->setText(tr("No date in or next to the passage: type one."));
    else
        m_dateInfo->setText(date.isValid() ? EventEditor::periodText(date) : error);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(date.isValid() && !m_title->text().trimmed().isEmpty());
}

TimelineEvent PassageEventDialog::event() const
{
    TimelineEvent event = m_proposed;
    event.title = m_title->text().trimmed();
    event.date = draftDate(nullptr);
    event.setDateBasis(m_dateBasis->text().trimmed());
    event.laneId = m_lane->currentData().toString();
    event.setSummary(m_summary->toPlainText().trimmed());
    return event;
}

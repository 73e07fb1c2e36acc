#include "figuredialog.h"

#include "catalogue.h"
#include "cataloguewriter.h"
#include "eventeditor.h"
#include "figurefinder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace {

// The passage around an amount, short enough for a list: "… the £399m financial gap …".
QString context(const QString &excerpt, const FigureMention &mention)
{
    constexpr qsizetype kAround = 40;
    // Mentions count code points; the excerpt is UTF-16.
    const std::u32string points = excerpt.toStdU32String();
    const qsizetype size = qsizetype(points.size());
    const qsizetype from = std::clamp<qsizetype>(mention.start - kAround, 0, size);
    const qsizetype to = std::clamp<qsizetype>(mention.end + kAround, from, size);
    QString text = QString::fromStdU32String(points.substr(from, to - from)).simplified();
    if (from > 0)
        text.prepend(u"\u2026"_s);
    if (to < size)
        text.append(u"\u2026"_s);
    return text;
}

} // namespace

QList<FigureDialog::Candidate> FigureDialog::candidates(const Catalogue &catalogue,
                                                        const QString &eventId)
{
    QList<Candidate> found;
    const TimelineEvent *event = catalogue.event(eventId);
    if (!event)
        return found;
    for (const SourceLink &link : event->sources()) {
        for (const FigureMention &mention : FigureFinder::find(link.excerpt))
            found.append({mention, link});
    }
    return found;
}

FigureDialog::FigureDialog(const Catalogue &catalogue, const QString &eventId,
                           const Figure *existing, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue), m_eventId(eventId),
      m_candidates(candidates(catalogue, eventId))
{
    setWindowTitle(existing ? tr("Change Figure") : tr("Add Figure"));
    setObjectName(u"figureDialog"_s);

    m_amount = new QComboBox(this);
    m_amount->setObjectName(u"figureAmount"_s);
    for (const Candidate &c : std::as_const(m_candidates)) {
        const QString source = catalogue.source(c.passage.sourceId)
                                   ? catalogue.source(c.passage.sourceId)->title
                                   : c.passage.sourceId;
        m_amount->addItem(tr("%1 \u2014 %2").arg(c.mention.text, context(c.passage.excerpt,
                                                                          c.mention)));
        m_amount->setItemData(m_amount->count() - 1, source, Qt::ToolTipRole);
    }

    m_measure = new QComboBox(this);
    m_measure->setObjectName(u"figureMeasure"_s);
    m_measure->setEditable(true);
    m_measure->setInsertPolicy(QComboBox::NoInsert);
    QStringList seen;
    for (const Figure &f : catalogue.figures()) {
        if (seen.contains(f.measure))
            continue;
        seen.append(f.measure);
        m_measure->addItem(f.label, f.measure);
    }
    m_measure->setCurrentIndex(-1);
    m_measure->lineEdit()->setPlaceholderText(tr("What it measures, e.g. “LLR funding gap”"));

    m_period = new QLineEdit(this);
    m_period->setObjectName(u"figurePeriod"_s);
    m_period->setPlaceholderText(tr("2017/18, by 2020/21… (empty when the source gives none)"));
    m_periodInfo = new QLabel(this);
    m_periodInfo->setObjectName(u"figurePeriodInfo"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"figureProblem"_s);
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(existing ? tr("&Change Figure") : tr("&Add Figure"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("What it &measures:"), m_measure);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), m_periodInfo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    if (existing) {
        for (int i = 0; i < m_candidates.size(); ++i) {
            const Candidate &c = m_candidates.at(i);
            if (c.mention.text == existing->written && !existing->sources.isEmpty() &&
                existing->sources.first().sourceId == c.passage.sourceId) {
                m_amount->setCurrentIndex(i);
                break;
            }
        }
        const int measure = m_measure->findData(existing->measure);
        if (measure >= 0)
            m_measure->setCurrentIndex(measure);
        else
            m_measure->setEditText(existing->label);
        if (existing->period.isValid())
            m_period->setText(CatalogueWriter::dateText(existing->period));
    }

    connect(m_amount, &QComboBox::currentIndexChanged, this, &FigureDialog::update);
    connect(m_measure, &QComboBox::editTextChanged, this, &FigureDialog::update);
    connect(m_period, &QLineEdit::textChanged, this, &FigureDialog::update);
    update();
    m_measure->setFocus();
}

QString FigureDialog::problem() const
{
    if (m_candidates.isEmpty()) {
        return tr("The passages of this event give no amount. Link the passage that gives the "
                  "figure first (select it in the document and use Add Passage).");
    }
    if (m_amount->currentIndex() < 0)
        return tr("Choose the amount.");
    if (m_measure->currentText().trimmed().isEmpty())
        return tr("Say what the figure measures.");
    const QString period = m_period->text().trimmed();
    if (!period.isEmpty()) {
        QString error;
        if (!EventDate::parse(period, &error).isValid())
            return error;
    }
    return {};
}

Figure FigureDialog::figure() const
{
    Figure f;
    f.eventId = m_eventId;
    const int at = m_amount->currentIndex();
    if (at >= 0 && at < m_candidates.size()) {
        const Candidate &c = m_candidates.at(at);
        f.written = c.mention.text;
        f.amount = c.mention.figure;
        f.sources = {c.passage};
    }
    f.label = m_measure->currentText().trimmed();
    // A measure chosen from the list keeps its key; a name typed anew is a new measure.
    const int measure = m_measure->findText(f.label);
    f.measure = measure >= 0 ? m_measure->itemData(measure).toString() : QString();
    const QString period = m_period->text().trimmed();
    if (!period.isEmpty())
        f.period = EventDate::parse(period);
    return f;
}

void FigureDialog::update()
{
    const QString period = m_period->text().trimmed();
    const EventDate date = period.isEmpty() ? EventDate() : EventDate::parse(period);
    m_periodInfo->setText(period.isEmpty() ? tr("No period: the figure sits at its event's date")
                          : date.isValid() ? EventEditor::periodText(date)
                                           : QString());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
